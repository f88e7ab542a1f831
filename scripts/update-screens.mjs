// Copies the screenshots the e2e suite took (test-results/screens/) into
// docs/screens/, where the README shows them. Run after `npm run test:e2e`.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const from = path.join('test-results', 'screens');
const to = path.join('docs', 'screens');
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((name) => name.endsWith('.png'));
for (const name of files) copyFileSync(path.join(from, name), path.join(to, name));
console.log(`copied ${files.length} screenshots to ${to}`);
