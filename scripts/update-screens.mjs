// Copies the screenshots the e2e suite took (test-results/screens/, and the
// window-size screenshots test-results/layout-*.png) into docs/screens/, where
// the README shows them. Run after `npm run test:e2e`.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const to = path.join('docs', 'screens');
mkdirSync(to, { recursive: true });
const sources = [
  { from: path.join('test-results', 'screens'), take: (name) => name.endsWith('.png') },
  { from: 'test-results', take: (name) => name.startsWith('layout-') && name.endsWith('.png') },
];
let copied = 0;
for (const { from, take } of sources) {
  if (!existsSync(from)) continue;
  for (const name of readdirSync(from).filter(take)) {
    copyFileSync(path.join(from, name), path.join(to, name));
    copied += 1;
  }
}
console.log(`copied ${copied} screenshots to ${to}`);
