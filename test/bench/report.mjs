// Prints every comparison the benchmarks recorded in bench-results/, each
// case with its median and its ratio to the baseline measured in the same run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = 'bench-results';
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
if (files.length === 0) {
  console.error('No benchmark results in bench-results/.');
  process.exit(1);
}
const ms = (value) => (value === null ? '—' : value < 0.01 ? `${(value * 1000).toFixed(2)} µs` : `${value.toFixed(3)} ms`);
for (const file of files) {
  const comparison = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const baseline = comparison.cases.find((c) => c.name === comparison.baseline);
  console.log(`\n${comparison.title}`);
  for (const c of comparison.cases) {
    const ratio = baseline && c !== baseline ? `  ×${(c.medianMs / baseline.medianMs).toFixed(2)} of baseline` : '';
    console.log(`  ${c.name.padEnd(58)} median ${ms(c.medianMs).padStart(10)}  p99 ${ms(c.p99Ms).padStart(10)}  (${c.samples} samples)${ratio}`);
  }
  for (const [what, budget] of Object.entries(comparison.budgets ?? {})) console.log(`  budget: ${what} ${budget}`);
  for (const [what, value] of Object.entries(comparison.extra ?? {})) console.log(`  ${what}: ${value}`);
}
