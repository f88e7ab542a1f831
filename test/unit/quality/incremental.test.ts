import { describe, expect, it } from 'vitest';
import { updateRequirement } from '../../../shared/builder/requirement-edits';
import { documentNearDuplicates, IncrementalLinter, withNearDuplicates } from '../../../shared/quality/incremental';
import { lintSpecification } from '../../../shared/quality/lint';
import { makeLargeSpecification } from '../../support/large-specification';

describe('checking while typing', () => {
  it('finds what a full check finds (near-duplicates aside)', () => {
    const spec = makeLargeSpecification(200, 5);
    const full = lintSpecification(spec).filter((finding) => finding.ruleId !== 'SET01');
    const incremental = [...new IncrementalLinter().lint(spec).values()].flat();
    expect(incremental).toEqual(full);
  });

  it('with the near-duplicates added, finds exactly what a full check finds, dismissals included', () => {
    let spec = makeLargeSpecification(200, 5);
    const [first, second, third] = spec.requirements;
    if (first === undefined || second === undefined || third === undefined) throw new Error('fixture');
    const language = spec.primaryLanguage;
    // Two near-copies of the first requirement (each copy is flagged, not the original); the user dismissed SET01 on one.
    spec = updateRequirement(spec, second.id, (r) => ({ ...r, text: { ...r.text, [language]: first.text[language] ?? '' } }));
    spec = updateRequirement(spec, third.id, (r) => ({
      ...r,
      text: { ...r.text, [language]: `${first.text[language] ?? ''} ` },
      dismissedFindings: [{ ruleId: 'SET01', reason: 'Avsiktlig upprepning', at: '2026-11-28T10:00:00.000Z' }],
    }));
    const full = lintSpecification(spec);
    expect(full.filter((finding) => finding.ruleId === 'SET01').map((finding) => finding.requirementId)).toEqual([second.id]);
    const combined = [...withNearDuplicates(spec, new IncrementalLinter().lint(spec), documentNearDuplicates(spec.requirements, language)).values()].flat();
    expect(combined).toEqual(full);
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
