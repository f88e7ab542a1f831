import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import { cliLanguage, runCli } from '../../electron/cli';
import packageJson from '../../package.json' with { type: 'json' };
import { elements, readWordPackage, styleOf, textOf } from '../support/word-package';

/** Runs the CLI as a shell would, collecting what it prints; `cwd` and `templatesDir` only when a test gives them. */
async function run(argv: string[], env: Record<string, string> = {}, where: { cwd?: string; templatesDir?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, ...where });
  return { code, stdout, stderr };
}

describe('kravstudio CLI', () => {
  it('--help prints usage and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: kravstudio <command>/);
    expect(result.stdout).toContain('--version');
  });

  it('--version prints the package version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('usage errors exit 2 with one line naming the problem', async () => {
    for (const argv of [['--frobnicate'], ['frobnicate'], []]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('speaks the language of the terminal', async () => {
    expect(cliLanguage({ LANG: 'sv_SE.UTF-8' })).toBe('sv');
    expect(cliLanguage({ LC_ALL: 'nb_NO.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('nb');
    expect(cliLanguage({ LANG: 'C' })).toBe('en');
    expect((await run(['--help'], { LANG: 'nb_NO.UTF-8' })).stdout).toMatch(/^Bruk: kravstudio/);
    expect((await run(['--nope'], { LANG: 'sv_SE.UTF-8' })).stderr).toContain('okänd flagga --nope');
  });
});

describe('the built kravstudio bin', () => {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const bin = path.join(root, 'bin', 'kravstudio.mjs');
  const exec = promisify(execFile);

  it('runs on plain Node after a build', async () => {
    if (!existsSync(path.join(root, 'out', 'main', 'cli.js'))) {
      throw new Error('out/main/cli.js is missing: run "npm run build" before the unit tests (npm test does).');
    }
    const help = await exec(process.execPath, [bin, '--help'], { env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '' } });
    expect(help.stdout).toContain('Usage: kravstudio');
    const version = await exec(process.execPath, [bin, '--version']);
    expect(version.stdout.trim()).toBe(packageJson.version);
    const usage = await exec(process.execPath, [bin, 'nonsense']).catch((error: { code: number; stderr: string }) => error);
    expect(usage).toMatchObject({ code: 2 });
  }, 60_000); // three Node processes start one after another: seconds on a loaded machine

  it('stops quietly when the reader of its output closes early, as `| head -1` does', async () => {
    const child = spawn(process.execPath, [bin, 'course', 'list', path.join(root, 'templates', 'courses', 'requirement-writing.kravkurs')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Close the reading end before anything is written, as head does once it has its line: every write then meets a closed pipe.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  }, 60_000);
});

describe('kravstudio new and validate', () => {
  const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-cli-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const runIn = (argv: string[], env: Record<string, string> = {}) => run(argv, env, { cwd: dir });

  it('new writes a valid, empty specification that validate accepts', async () => {
    const created = await runIn(['new', '--jurisdiction', 'no', '--lang', 'nb,en', '--title', 'Driftstjenester 2027', '--out', 'drift']);
    expect(created.code).toBe(0);
    const file = path.join(dir, 'drift.kravspec');
    expect(created.stdout).toContain(file);
    const parsed = parseSpecificationBytes(await readFile(file));
    expect(parsed.ok && parsed.specification).toMatchObject({
      title: 'Driftstjenester 2027',
      jurisdiction: 'no',
      languages: ['nb', 'en'],
      primaryLanguage: 'nb',
    });
    expect(await runIn(['validate', 'drift.kravspec'])).toMatchObject({ code: 0, stdout: 'drift.kravspec: valid (0 requirements)\n' });
  });

  it.skipIf(process.platform === 'win32')('new --force replaces a link at --out with the new file and never writes through it', async () => {
    const victim = path.join(dir, 'victim.txt');
    await writeFile(victim, 'not ours');
    await symlink(victim, path.join(dir, 'x.kravspec'));
    const created = await runIn(['new', '--jurisdiction', 'se', '--lang', 'sv', '--title', 'T', '--out', 'x.kravspec', '--force']);
    expect(created.code).toBe(0);
    expect(await readFile(victim, 'utf8')).toBe('not ours');
    expect(parseSpecificationBytes(await readFile(path.join(dir, 'x.kravspec'))).ok).toBe(true);
  });

  it('new refuses to overwrite, and explains usage errors in one line with exit 2', async () => {
    await writeFile(path.join(dir, 'x.kravspec'), 'keep me');
    const refused = await runIn(['new', '--jurisdiction', 'se', '--lang', 'sv', '--title', 'T', '--out', 'x.kravspec']);
    expect(refused.code).toBe(2);
    expect(await readFile(path.join(dir, 'x.kravspec'), 'utf8')).toBe('keep me');
    for (const argv of [
      ['new', '--jurisdiction', 'dk', '--lang', 'sv', '--title', 'T', '--out', 'y'],
      ['new', '--jurisdiction', 'se', '--lang', 'de', '--title', 'T', '--out', 'y'],
      ['new', '--jurisdiction', 'se', '--lang', 'sv', '--out', 'y'],
      ['new', '--colour', 'red'],
      ['validate'],
    ]) {
      const result = await runIn(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });

  it('validate prints one line per problem with the JSON path, and exits 1', async () => {
    const result = await runIn(['validate', path.join(fixtures, 'fails-schema.kravspec')]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((line) => line.includes('$.requirements[1].obligation'))).toBe(true);
    for (const line of lines) expect(line).toMatch(/fails-schema\.kravspec: \$[^:]*: .+/);
  });

  it.each(['not-json', 'empty', 'wrong-format', 'newer-version', 'proto-key', 'invalid-utf8'])('validate rejects %s with exit 1', async (name) => {
    const result = await runIn(['validate', path.join(fixtures, `${name}.kravspec`)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/: \$.*: .+/);
  });

  it('validate reports a wrong organisation number as a problem', async () => {
    await runIn(['new', '--jurisdiction', 'se', '--lang', 'sv', '--title', 'T', '--out', 'org']);
    const file = path.join(dir, 'org.kravspec');
    const doc = JSON.parse(await readFile(file, 'utf8')) as { buyer: { organisationNumber: string } };
    doc.buyer.organisationNumber = '212000-0143';
    await writeFile(file, JSON.stringify(doc));
    const result = await runIn(['validate', 'org.kravspec']);
    expect(result).toMatchObject({ code: 1 });
    expect(result.stdout).toContain('$.buyer.organisationNumber');
  });

  it('validate accepts the rich fixture and says when a file is in an older format', async () => {
    expect((await runIn(['validate', path.join(fixtures, 'rich.kravspec')])).code).toBe(0);
    const old = await runIn(['validate', path.join(fixtures, 'version-0.kravspec')]);
    expect(old.code).toBe(0);
    expect(old.stdout).toContain('format version 0');
  });

  it('never prints the contents of a file that is not JSON, nor control characters from a file', async () => {
    await writeFile(path.join(dir, 'secret.kravspec'), 'password=hunter2\n');
    const notJson = await runIn(['validate', 'secret.kravspec']);
    expect(notJson.code).toBe(1);
    expect(notJson.stdout).toContain('secret.kravspec');
    expect(notJson.stdout).not.toMatch(/password|hunter2/);

    // An unknown key that would clear the screen and print a fake "valid" line.
    const spec = JSON.parse(await readFile(path.join(fixtures, 'rich.kravspec'), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(dir, 'escape.kravspec'), JSON.stringify({ ...spec, ['\u001b[2J\rrich.kravspec: valid']: 1 }));
    const escaped = await runIn(['validate', 'escape.kravspec']);
    expect(escaped.code).toBe(1);
    expect([...escaped.stdout].filter((char) => char !== '\n' && char.charCodeAt(0) < 0x20)).toEqual([]);
    expect(escaped.stdout).toContain('\\u001b[2J');
  });

  it('new writes the path given: no extension gets .kravspec, another extension is a usage error and writes nothing', async () => {
    expect((await runIn(['new', '--jurisdiction', 'se', '--lang', 'sv', '--title', 'T', '--out', 'plain'])).code).toBe(0);
    expect(existsSync(path.join(dir, 'plain.kravspec'))).toBe(true);
    const refused = await runIn(['new', '--jurisdiction', 'se', '--lang', 'sv', '--title', 'T', '--out', 'a.json']);
    expect(refused).toMatchObject({ code: 2, stderr: 'kravstudio: --out must end in .kravspec (or have no extension)\n' });
    expect(await readdir(dir)).not.toContain('a.json');
    expect(await readdir(dir)).not.toContain('a.json.kravspec');
  });

  it('every command answers --help with the help, exit 0', async () => {
    const help = await runIn(['--help']);
    for (const command of ['new', 'validate', 'templates', 'export', 'lint']) {
      expect(await runIn([command, '--help'])).toEqual({ code: 0, stdout: help.stdout, stderr: '' });
    }
  });

  it('a missing file is a validation failure, not a crash', async () => {
    expect(await runIn(['validate', 'nowhere.kravspec'])).toMatchObject({ code: 1, stdout: 'nowhere.kravspec: $: the file does not exist\n' });
  });
});

describe('kravstudio templates and new --template', () => {
  const templatesDir = path.resolve(import.meta.dirname, '..', '..', 'templates');
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-cli-tpl-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const runWith = (argv: string[]) => run(argv, {}, { cwd: dir, templatesDir });

  it('lists every pack with its requirement count, as text and as JSON', async () => {
    const text = await runWith(['templates']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^cloud-service\s+\d+\s+Cloud service/m);
    const json = JSON.parse((await runWith(['templates', '--json'])).stdout) as { packs: { id: string; requirements: number; modules: string[] }[] };
    expect(json.packs.length).toBeGreaterThanOrEqual(8);
    for (const pack of json.packs) expect(pack.requirements, pack.id).toBeGreaterThan(pack.modules.length);
  });

  it('new --template creates a specification with every requirement of the packs, once each', async () => {
    const result = await runWith(['new', '--jurisdiction', 'se', '--lang', 'sv', '--title', 'Drift och moln', '--template', 'cloud-service,it-operations', '--out', 'drift']);
    expect(result.code).toBe(0);
    const parsed = parseSpecificationBytes(await readFile(path.join(dir, 'drift.kravspec')));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const ids = parsed.specification.requirements.map((r) => r.provenance?.requirementId);
    expect(new Set(ids).size).toBe(ids.length);
    const json = JSON.parse((await runWith(['templates', '--json'])).stdout) as { packs: { id: string; requirements: number }[] };
    const cloud = json.packs.find((p) => p.id === 'cloud-service')?.requirements ?? 0;
    expect(ids.length).toBeGreaterThan(cloud);
    expect(parsed.specification.requirements.every((r) => r.text.sv !== undefined && r.text.en === undefined)).toBe(true);
    expect((await runWith(['validate', 'drift.kravspec'])).code).toBe(0);
  });

  it('an unknown pack is a usage error', async () => {
    const result = await runWith(['new', '--jurisdiction', 'se', '--lang', 'sv', '--title', 'T', '--template', 'no-such-pack', '--out', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-pack');
  });
});

// Each export first runs the preflight (the quality checker's first run loads its rules): seconds on a loaded machine.
describe('kravstudio export', { timeout: 30_000 }, () => {
  const templatesDir = path.resolve(import.meta.dirname, '..', '..', 'templates');
  const rich = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents', 'rich.kravspec');
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-cli-export-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const runWith = (argv: string[]) => run(argv, {}, { cwd: dir, templatesDir });

  it('writes the DOCX and, when asked, the response form', async () => {
    const result = await runWith(['export', rich, '--format', 'docx', '--lang', 'en', '--response-form', '--out', 'spec.docx', '--allow-incomplete']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect((await readFile(path.join(dir, 'spec.docx'))).subarray(0, 2).toString()).toBe('PK');
    expect((await readFile(path.join(dir, 'spec – response form.docx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it('puts the response form at the end of the same file with --append-response-form, and refuses both ways at once', async () => {
    const result = await runWith(['export', rich, '--lang', 'en', '--append-response-form', '--out', 'together.docx', '--allow-incomplete']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const word = readWordPackage(new Uint8Array(await readFile(path.join(dir, 'together.docx'))));
    expect(elements(word.body, 'w:p').filter((p) => styleOf(p) === 'Heading1').map((p) => textOf(p))).toContain('Response form');
    expect((await readdir(dir)).filter((name) => name.endsWith('.docx'))).toEqual(['together.docx']);
    const both = await runWith(['export', rich, '--response-form', '--append-response-form', '--out', 'both.docx']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--response-form and --append-response-form cannot be used together');
  });

  it('refuses a language the document is not written in, a wrong format, and overwriting; a bad file exits 1', async () => {
    expect((await runWith(['export', rich, '--lang', 'nb', '--out', 'x.docx'])).code).toBe(2);
    expect((await runWith(['export', rich, '--format', 'odt', '--out', 'x.docx'])).code).toBe(2);
    expect((await runWith(['export', rich])).code).toBe(2);
    await writeFile(path.join(dir, 'taken.docx'), 'keep');
    expect((await runWith(['export', rich, '--out', 'taken.docx'])).code).toBe(2);
    expect(await readFile(path.join(dir, 'taken.docx'), 'utf8')).toBe('keep');
    const bad = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents', 'not-json.kravspec');
    expect((await runWith(['export', bad, '--out', 'y.docx'])).code).toBe(1);
  });

  it('prints the preflight list and writes nothing for an incomplete document unless --allow-incomplete is given', async () => {
    await run(['new', '--jurisdiction', 'se', '--lang', 'sv', '--title', 'Ärendehantering', '--out', 'blank'], {}, { cwd: dir });
    const refused = await runWith(['export', 'blank.kravspec', '--out', 'blank.docx']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('blank.kravspec: error placeholder cover: The buyer is not named; the cover has a field to fill in instead.');
    expect(refused.stdout).toContain('warning completeness');
    expect(refused.stderr).toContain('--allow-incomplete');
    expect((await readdir(dir)).filter((name) => name.endsWith('.docx'))).toEqual([]);
    const allowed = await runWith(['export', 'blank.kravspec', '--out', 'blank.docx', '--allow-incomplete']);
    expect(allowed).toMatchObject({ code: 0, stderr: '' });
    expect(allowed.stdout).toContain('Wrote');
    expect((await runWith(['--help'])).stdout).toContain('[--omit-empty-chapters] [--allow-incomplete]');
  });

  it('--ssa takes every agreement, SSA-S, SSA-B and SSA-O included, in any case, and puts its appendices on the Norwegian cover', async () => {
    const norwegian = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents', 'norwegian.kravspec');
    for (const [ssa, title] of [
      ['ssa-s', 'Bilag 1 til SSA-S, statens standardavtale for smidige utviklingsprosjekter (smidigavtalen)'],
      ['SSA-B', 'Bilag 1 til SSA-B, statens standardavtale for bistand fra konsulent (bistandsavtalen)'],
      ['SSA-O', 'Bilag 1 til SSA-O, statens standardavtale for konsulentoppdrag (oppdragsavtalen)'],
      ['SSA-V', 'Bilag 1 til SSA-V, statens standardavtale for vedlikehold og service av utstyr og programvare (vedlikeholdsavtalen)'],
    ] as const) {
      const result = await runWith(['export', norwegian, '--lang', 'nb', '--ssa', ssa, '--out', `${ssa}.docx`, '--allow-incomplete']);
      expect(result, ssa).toMatchObject({ code: 0, stderr: '' });
      const word = readWordPackage(new Uint8Array(await readFile(path.join(dir, `${ssa}.docx`))));
      expect(elements(word.body, 'w:p').map((p) => textOf(p))).toContain(title);
    }
    const refused = await runWith(['export', norwegian, '--lang', 'nb', '--ssa', 'SSA-X', '--out', 'x.docx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--ssa');
    expect((await runWith(['--help'])).stdout).toContain('[--ssa SSA-L|SSA-D|SSA-V|SSA-T|SSA-S|SSA-B|SSA-O]');
  });
});

describe('kravstudio lint', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-cli-lint-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const runIn = (argv: string[]) => run(argv, {}, { cwd: dir });

  it('prints each finding with requirement id, rule, severity, span and message, and exits 1 on an error', async () => {
    await runIn(['new', '--jurisdiction', 'se', '--lang', 'sv', '--title', 'T', '--out', 'spec']);
    const file = path.join(dir, 'spec.kravspec');
    const doc = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown> & { requirements: unknown[]; sections: unknown[] };
    const requirement = (id: string, text: string) => ({
      id, sectionId: 'allmant', order: 0, text: { sv: text }, obligation: 'mandatory', role: 'specification',
      verification: { method: 'declaration' }, answerType: { kind: 'confirmation' }, parameters: [], level: 'basic', standards: [],
      needIds: [], tracing: 'not-needed', tracingReason: '', provenance: null, dismissedFindings: [], notes: '',
    });
    doc.sections = [{ id: 'allmant', parentId: null, order: 0, title: { sv: 'Allmänt' } }];
    doc.requirements = [requirement('K-1', 'Tjänsten ska integreras med SharePoint.'), requirement('K-2', 'Leverantören ska svara inom 2 arbetsdagar.')];
    await writeFile(file, JSON.stringify(doc));
    const text = await runIn(['lint', 'spec.kravspec']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/spec\.kravspec: K-1 PP01 error \[\d+–\d+\]: /);
    const json = JSON.parse((await runIn(['lint', 'spec.kravspec', '--json'])).stdout) as { findings: { requirementId: string; ruleId: string; start: number; end: number }[] };
    expect(json.findings).toContainEqual(expect.objectContaining({ requirementId: 'K-1', ruleId: 'PP01', start: 28, end: 38 }));
    expect(json.findings.filter((f) => f.requirementId === 'K-2')).toEqual([]);
  });
});
