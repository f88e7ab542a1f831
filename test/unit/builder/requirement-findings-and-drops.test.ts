import { describe, expect, it } from 'vitest';
import { dismissFinding, moveRequirementBefore, restoreFinding, sectionRequirements } from '../../../shared/builder/requirement-edits';
import { Specification, type Requirement } from '../../../shared/specification/model';
import { makeLargeSpecification } from '../../support/large-specification';

function valid(spec: Specification): Specification {
  const result = Specification.safeParse(spec);
  if (!result.success) throw new Error(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  return result.data;
}

const idsIn = (spec: Specification, sectionId: string): string[] => sectionRequirements(spec, sectionId).map((requirement) => requirement.id);

/** A document with two sections that both hold at least three requirements. */
function document(): { spec: Specification; first: string; second: string } {
  const spec = valid(makeLargeSpecification(40, 3));
  const withRequirements = [...new Set(spec.requirements.map((requirement) => requirement.sectionId))].filter((id) => idsIn(spec, id).length >= 3);
  const [first, second] = withRequirements;
  if (first === undefined || second === undefined) throw new Error('the fixture needs two sections with three requirements');
  return { spec, first, second };
}

describe('dropping a requirement on another one in the list', () => {
  it('from above: it lands just before the one it was dropped on', () => {
    const { spec, first } = document();
    const [a, b, c] = idsIn(spec, first) as [string, string, string];
    const next = valid(moveRequirementBefore(spec, a, c));
    expect(idsIn(next, first).slice(0, 3)).toEqual([b, a, c]);
  });

  it('from below: it lands just before the one it was dropped on', () => {
    const { spec, first } = document();
    const [a, b, c] = idsIn(spec, first) as [string, string, string];
    const next = valid(moveRequirementBefore(spec, c, a));
    expect(idsIn(next, first).slice(0, 3)).toEqual([c, a, b]);
  });

  it('from another section: it moves into the target section, before the target', () => {
    const { spec, first, second } = document();
    const moved = idsIn(spec, second)[0] ?? '';
    const target = idsIn(spec, first)[1] ?? '';
    const next = valid(moveRequirementBefore(spec, moved, target));
    expect(idsIn(next, first).indexOf(moved)).toBe(idsIn(next, first).indexOf(target) - 1);
    expect(idsIn(next, second)).not.toContain(moved);
  });

  it('a target that no longer exists changes nothing', () => {
    const { spec, first } = document();
    expect(moveRequirementBefore(spec, idsIn(spec, first)[0] ?? '', 'gone')).toBe(spec);
  });
});

describe('dismissing and restoring a quality finding', () => {
  const requirement = (): Requirement => {
    const found = makeLargeSpecification(1, 1).requirements[0];
    if (found === undefined) throw new Error('fixture');
    return { ...found, dismissedFindings: [] };
  };

  it('a dismissal keeps the reason and when it was given', () => {
    const dismissed = dismissFinding(requirement(), 'vague-words', 'Defined in the glossary', '2026-03-01T10:00:00.000Z');
    expect(dismissed.dismissedFindings).toEqual([{ ruleId: 'vague-words', reason: 'Defined in the glossary', at: '2026-03-01T10:00:00.000Z' }]);
  });

  it('dismissing the same rule again replaces the earlier reason rather than listing it twice', () => {
    let r = dismissFinding(requirement(), 'vague-words', 'first', '2026-03-01T10:00:00.000Z');
    r = dismissFinding(r, 'passive-voice', 'quoted law', '2026-03-01T10:01:00.000Z');
    r = dismissFinding(r, 'vague-words', 'second', '2026-03-01T10:02:00.000Z');
    expect(r.dismissedFindings.map((entry) => [entry.ruleId, entry.reason])).toEqual([
      ['passive-voice', 'quoted law'],
      ['vague-words', 'second'],
    ]);
  });

  it('restoring a finding takes only that rule off the list', () => {
    let r = dismissFinding(requirement(), 'vague-words', 'first', '2026-03-01T10:00:00.000Z');
    r = dismissFinding(r, 'passive-voice', 'quoted law', '2026-03-01T10:01:00.000Z');
    expect(restoreFinding(r, 'vague-words').dismissedFindings.map((entry) => entry.ruleId)).toEqual(['passive-voice']);
  });
});
