/**
 * The quality checker's speed: linting a whole 1,000-requirement document
 * (the CLI, the review) and re-checking one edited requirement (as the user
 * types), against copying the requirement texts in the same run.
 */
import { test } from 'vitest';
import { checkRequirement } from '../../shared/quality/checker';
import { nearDuplicates } from '../../shared/quality/near-duplicates';
import { lintSpecification } from '../../shared/quality/lint';
import { Specification } from '../../shared/specification/model';
import { makeLargeSpecification } from '../support/large-specification';
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

test('quality: the near-duplicate pass (SET01) over 30,000 requirements', async ({ bench }) => {
  const count = 30_000;
  const spec = Specification.parse(makeLargeSpecification(count));
  const generated = spec.requirements.map((r) => ({ id: r.id, text: r.text.sv ?? '', language: 'sv' as const, obligation: r.obligation, role: r.role }));
  const sameText = 'Leverantören ska leverera en månatlig rapport om tillgänglighet, incidenter och ändringar till beställaren.';
  const identical = generated.map((r) => ({ ...r, text: sameText }));
  const baseline = 'baseline: lower-casing every requirement text once';
  const varied = 'nearDuplicates (30,000 generated requirements)';
  const copies = 'nearDuplicates (30,000 copies of one text)';
  const results = await bench.compare(
    bench(baseline, () => generated.map((r) => r.text.toLowerCase()).length),
    bench(varied, () => nearDuplicates(generated).size),
    bench(copies, () => nearDuplicates(identical).size),
    // A run can take seconds on a slow machine: a few samples are enough.
    { time: 0, iterations: 3 },
  );
  await recordComparison('quality-near-duplicates', {
    title: 'Finding near-duplicate requirements (SET01) in a very large document',
    baseline,
    cases: [toCase(results.get(baseline)), toCase(results.get(varied)), toCase(results.get(copies))],
    budgets: { '30,000 requirements (either set)': '≤ 2 s' },
    extra: { requirements: count },
  });
  // The generated set takes tens of seconds on a loaded machine: the default minute is too short for three samples.
}, 600_000);
