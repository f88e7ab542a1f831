import { describe, expect, it } from 'vitest';
import { checkCompleteness, progressByStep } from '../../../shared/builder/completeness';
import { stepStates, stepsWithContent } from '../../../shared/builder/step-states';
import type { BuilderStep } from '../../../shared/builder/steps';
import { createSpecification } from '../../../shared/specification/create';
import type { Specification } from '../../../shared/specification/model';
import { loadFixture } from '../specification/fixtures';

function newDocument(jurisdiction: 'se' | 'no' = 'se'): Specification {
  return createSpecification({ id: 'f0e1d2c3-b4a5-4697-8899-aabbccddeeff', title: 'Ärendehantering', jurisdiction, languages: ['sv'], primaryLanguage: 'sv', now: new Date('2026-12-01T10:00:00Z') });
}

function states(spec: Specification, edited: readonly BuilderStep[] = [], reviewAsked = false) {
  const worked = new Set([...stepsWithContent(spec), ...edited]);
  return stepStates(progressByStep(checkCompleteness(spec)), worked, reviewAsked);
}

describe('the state of each step in the rail', () => {
  it('is neutral on every step of a brand-new document, in Sweden and in Norway', () => {
    for (const jurisdiction of ['se', 'no'] as const) {
      const shown = states(newDocument(jurisdiction));
      for (const step of ['procurement', 'needs', 'requirements', 'evaluation', 'review'] as const) expect(shown[step], `${jurisdiction} ${step}`).toBe('notStarted');
    }
  });

  it('shows a step\'s problems once the user has put something in it, and only that step\'s (and the review\'s)', () => {
    const spec = newDocument();
    const worked = { ...spec, buyer: { ...spec.buyer, name: 'Kommunen' } };
    const shown = states(worked);
    expect(shown.procurement).toBe('open');
    expect(shown.needs).toBe('notStarted');
    expect(shown.requirements).toBe('notStarted');
    expect(shown.review).toBe('open');
  });

  it('shows a step\'s problems once the user has edited there, even if the field is empty again', () => {
    expect(states(newDocument(), ['needs']).needs).toBe('open');
  });

  it('shows every step\'s problems once the user asks for the review', () => {
    const shown = states(newDocument(), [], true);
    expect(shown.procurement).toBe('open');
    expect(shown.needs).toBe('open');
    expect(shown.requirements).toBe('open');
  });

  it('counts requirements taken from packs as work in the Requirements step', () => {
    const spec = loadFixture('rich.kravspec');
    expect(stepsWithContent(spec)).toContain('requirements');
    expect(stepsWithContent({ ...newDocument(), requirements: [], sections: [] })).not.toContain('requirements');
  });

  it('says done for a finished step whatever the session', () => {
    const spec = loadFixture('rich.kravspec');
    const shown = states(spec);
    const progress = progressByStep(checkCompleteness(spec));
    for (const step of ['procurement', 'needs', 'requirements'] as const) expect(shown[step]).toBe(progress[step].open === 0 ? 'done' : 'open');
  });
});
