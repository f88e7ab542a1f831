#!/usr/bin/env node
// The kravstudio command. Checks the Node version, then runs the built CLI.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`kravstudio: Node.js 22.12 or newer is needed (this is ${process.versions.node}).\n`);
  process.exit(2);
}
const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('kravstudio: the command line is not built yet; run "npm run build" first.\n');
  process.exit(2);
}
// A reader that stops early (`kravstudio course list … | head -1`) closes the pipe: stop quietly, as Unix tools do, instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { runCli } = await import(cli);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  templatesDir: fileURLToPath(new URL('../templates', import.meta.url)),
});
