import { describe, expect, it } from 'vitest';
import { checklistEntry, setChecklistEntry } from '../../../shared/builder/innovation-checklist-edits';
import { Specification } from '../../../shared/specification/model';
import { makeLargeSpecification } from '../../support/large-specification';

function valid(spec: Specification): Specification {
  const result = Specification.safeParse(spec);
  if (!result.success) throw new Error(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  return result.data;
}

describe('the innovation-criteria checklist', () => {
  it('a criterion nobody has touched is open, with no evidence', () => {
    const spec = makeLargeSpecification(2, 1);
    expect(checklistEntry(spec, 'open-standards')).toEqual({ criterionId: 'open-standards', status: 'open', evidence: '' });
  });

  it('a first change adds the criterion at the end, in the order first touched', () => {
    const first = setChecklistEntry(makeLargeSpecification(2, 1), 'open-standards', { status: 'met' });
    const second = valid(setChecklistEntry(first, 'data-portability', { evidence: 'Section 4.2' }));
    expect(second.innovationChecklist).toEqual([
      { criterionId: 'open-standards', status: 'met', evidence: '' },
      { criterionId: 'data-portability', status: 'open', evidence: 'Section 4.2' },
    ]);
  });

  it('a later change edits the entry in place and keeps what it does not change', () => {
    let spec = setChecklistEntry(makeLargeSpecification(2, 1), 'open-standards', { status: 'met', evidence: 'Annex B' });
    spec = setChecklistEntry(spec, 'data-portability', { status: 'not-applicable' });
    spec = valid(setChecklistEntry(spec, 'open-standards', { evidence: 'Annex C' }));
    expect(spec.innovationChecklist?.map((entry) => entry.criterionId)).toEqual(['open-standards', 'data-portability']);
    expect(checklistEntry(spec, 'open-standards')).toEqual({ criterionId: 'open-standards', status: 'met', evidence: 'Annex C' });
  });
});
