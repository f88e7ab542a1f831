/**
 * The quality checker's speed: linting a whole 1,000-requirement document
 * (the CLI, the review) and re-checking one edited requirement (as the user
 * types); linting a whole 30,000-requirement document of varied library
 * texts; and the near-duplicate pass on its own — each against lower-casing
 * the requirement texts in the same run.
 */
import { test } from 'vitest';
import { checkRequirement } from '../../shared/quality/checker';
import { nearDuplicates } from '../../shared/quality/near-duplicates';
import { lintSpecification } from '../../shared/quality/lint';
import { Specification } from '../../shared/specification/model';
import { makeLargeSpecification } from '../support/large-specification';
import { makeVariedSpecification } from '../support/varied-requirements';
import { recordComparison, toCase } from './record';

test('quality: linting a 1,000-requirement document and re-checking one requirement', async ({ bench }) => {
  const spec = Specification.parse(makeLargeSpecification(1000));
  const one = spec.requirements[7];
  if (one === undefined) throw new Error('no requirement');
  const baseline = 'baseline: lower-casing every requirement text once';
  const whole = 'lintSpecification (whole document, sv)';
  const single = 'checkRequirement (one edited requirement)';
  const results = await bench.compare(
    bench(baseline, () => spec.requirements.map((r) => (r.text.sv ?? '').toLowerCase()).length),
    bench(whole, () => lintSpecification(spec, 'sv').length),
    bench(single, () => checkRequirement({ text: one.text.sv ?? '', language: 'sv', obligation: one.obligation, role: one.role }).length),
    { time: 1500 },
  );
  await recordComparison('quality', {
    title: 'Checking requirement quality',
    baseline,
    cases: [toCase(results.get(baseline)), toCase(results.get(whole)), toCase(results.get(single))],
    budgets: { 'whole document': '≤ 200 ms', 'one requirement': '≤ 2 ms median' },
    extra: { requirements: spec.requirements.length },
  });
});

test('quality: linting a whole 30,000-requirement document of varied library texts', async ({ bench }) => {
  const count = 30_000;
  // The shipped library's texts as buyers adapt them, about 5 % near-copies (test/support/varied-requirements.ts).
  const spec = makeVariedSpecification(count, 'sv');
  const baseline = 'baseline: lower-casing every requirement text once';
  const whole = 'lintSpecification (30,000 varied requirements, sv)';
  let findings = 0;
  const results = await bench.compare(
    bench(baseline, () => spec.requirements.map((r) => (r.text.sv ?? '').toLowerCase()).length),
    bench(whole, () => {
      findings = lintSpecification(spec, 'sv').length;
    }),
    { time: 0, iterations: 7 },
  );
  // The processor time of a run beside the wall-clock figures: on a shared, busy machine it says what the lint itself costs.
  const cpuMs: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const before = process.cpuUsage();
    lintSpecification(spec, 'sv');
    const used = process.cpuUsage(before);
    cpuMs.push((used.user + used.system) / 1000);
  }
  await recordComparison('quality-large-document', {
    title: 'Linting a very large document (every rule, SET01 included)',
    baseline,
    cases: [toCase(results.get(baseline)), toCase(results.get(whole))],
    budgets: { 'whole document, 30,000 varied requirements': '≤ 2 s median' },
    extra: {
      requirements: count,
      'distinct texts': new Set(spec.requirements.map((r) => r.text.sv)).size,
      findings,
      'processor time per lint (median of 3)': `${(cpuMs.sort((a, b) => a - b)[1] ?? 0).toFixed(0)} ms`,
    },
  });
}, 600_000);

test('quality: the near-duplicate pass (SET01) over 30,000 requirements', async ({ bench }) => {
  const count = 30_000;
  const spec = Specification.parse(makeLargeSpecification(count));
  const generated = spec.requirements.map((r) => ({ id: r.id, text: r.text.sv ?? '', language: 'sv' as const, obligation: r.obligation, role: r.role }));
  const sameText = 'Leverantören ska leverera en månatlig rapport om tillgänglighet, incidenter och ändringar till beställaren.';
  const identical = generated.map((r) => ({ ...r, text: sameText }));
  const library = makeVariedSpecification(count, 'sv').requirements.map((r) => ({ id: r.id, text: r.text.sv ?? '' }));
  const baseline = 'baseline: lower-casing every requirement text once';
  const varied = 'nearDuplicates (30,000 generated requirements)';
  const adapted = 'nearDuplicates (30,000 varied library texts)';
  const copies = 'nearDuplicates (30,000 copies of one text)';
  const results = await bench.compare(
    bench(baseline, () => generated.map((r) => r.text.toLowerCase()).length),
    bench(varied, () => nearDuplicates(generated).size),
    bench(adapted, () => nearDuplicates(library).size),
    bench(copies, () => nearDuplicates(identical).size),
    // A run can take seconds on a slow machine: a few samples are enough.
    { time: 0, iterations: 5 },
  );
  await recordComparison('quality-near-duplicates', {
    title: 'Finding near-duplicate requirements (SET01) in a very large document',
    baseline,
    cases: [toCase(results.get(baseline)), toCase(results.get(varied)), toCase(results.get(adapted)), toCase(results.get(copies))],
    budgets: { '30,000 requirements (any set)': '≤ 2 s' },
    extra: { requirements: count },
  });
  // Room for a loaded machine: the default minute is short for several samples of a large document.
}, 600_000);
