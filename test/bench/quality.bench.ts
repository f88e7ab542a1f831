/**
 * The quality checker's speed: linting a whole 1,000-requirement document
 * (the CLI, the review) and re-checking one edited requirement (as the user
 * types), against copying the requirement texts in the same run.
 */
import { test } from 'vitest';
import { checkRequirement } from '../../shared/quality/checker';
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
