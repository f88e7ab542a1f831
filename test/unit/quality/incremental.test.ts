import { describe, expect, it } from 'vitest';
import { updateRequirement } from '../../../shared/builder/requirement-edits';
import { IncrementalLinter } from '../../../shared/quality/incremental';
import { lintSpecification } from '../../../shared/quality/lint';
import { makeLargeSpecification } from '../../support/large-specification';

describe('checking while typing', () => {
  it('finds what a full check finds (near-duplicates aside)', () => {
    const spec = makeLargeSpecification(200, 5);
    const full = lintSpecification(spec).filter((finding) => finding.ruleId !== 'SET01');
    const incremental = [...new IncrementalLinter().lint(spec).values()].flat();
    expect(incremental).toEqual(full);
  });

  it('checks only the edited requirement again', () => {
    let spec = makeLargeSpecification(200, 5);
    const linter = new IncrementalLinter();
    linter.lint(spec);
    expect(linter.checkedLastTime).toBe(200);
    const target = spec.requirements[10];
    if (target === undefined) throw new Error('fixture');
    const vague = { sv: 'Tjänsten ska vara användarvänlig.', nb: 'Tjenesten skal være brukervennlig.', en: 'The service shall be user-friendly.' }[spec.primaryLanguage];
    spec = updateRequirement(spec, target.id, (r) => ({ ...r, text: { ...r.text, [spec.primaryLanguage]: vague } }));
    const findings = linter.lint(spec);
    expect(linter.checkedLastTime).toBe(1);
    expect((findings.get(target.id) ?? []).map((f) => f.ruleId)).toContain('RQ03');
  });

  it('checks everything again when the glossary changes', () => {
    const spec = makeLargeSpecification(50, 5);
    const linter = new IncrementalLinter();
    linter.lint(spec);
    linter.lint({ ...spec, glossary: [...spec.glossary, { id: 'g-new', term: 'fast', definition: 'Within two seconds.' }] });
    expect(linter.checkedLastTime).toBe(50);
  });
});
