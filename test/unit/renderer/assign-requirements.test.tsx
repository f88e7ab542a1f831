// @vitest-environment jsdom
/**
 * "Choose by section…" on a criterion card: one tick takes every evaluated
 * requirement the search leaves, and Apply assigns them to the criterion.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type * as AssignModule from '../../../renderer/src/builder/evaluation/AssignRequirements';
import { evaluatedRequirements } from '../../../shared/builder/evaluation-edits';
import { catalogues } from '../../../shared/i18n/catalogues';
import { createSpecification } from '../../../shared/specification/create';
import { newRequirementFields } from '../../../shared/specification/create';
import type { Requirement, Specification } from '../../../shared/specification/model';

const b = catalogues.nb.steps.bulk;

function requirement(id: string, sectionId: string, order: number): Requirement {
  return { ...newRequirementFields(), id, sectionId, order, text: { nb: `Leverandøren bør ${id}.` }, obligation: 'evaluated', answerType: { kind: 'yes-no' } } as Requirement;
}

function document(): Specification {
  const spec = createSpecification({ id: '6f1c2b1e-5d7a-4c3b-9a8e-1f2d3c4b5a69', title: 'Test', jurisdiction: 'no', languages: ['nb'], primaryLanguage: 'nb', now: new Date('2026-01-01T00:00:00Z') });
  return {
    ...spec,
    sections: [
      { id: 's-1', parentId: null, order: 0, title: { nb: 'Drift' } },
      { id: 's-2', parentId: null, order: 1, title: { nb: 'Klima' } },
    ],
    requirements: [requirement('DRI-1', 's-1', 0), requirement('DRI-2', 's-1', 1), requirement('SUST-1', 's-2', 0)],
    evaluation: { basis: 'price-quality', method: 'weighted-points', priceFormula: 'proportional', criteria: [{ id: 'crit-1', name: 'Kvalitet', weightPercent: 60, requirementIds: [] }] },
  };
}

describe('AssignRequirements', () => {
  let container: HTMLDivElement;
  let root: Root;
  let AssignRequirements: typeof AssignModule.AssignRequirements;

  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const { initI18n } = await import('../../../renderer/src/i18n');
    await initI18n('nb');
    ({ AssignRequirements } = await import('../../../renderer/src/builder/evaluation/AssignRequirements'));
  }, 60_000);

  beforeEach(() => {
    container = document_();
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  function document_(): HTMLDivElement {
    const node = window.document.createElement('div');
    window.document.body.append(node);
    return node;
  }

  const checkbox = (name: RegExp): HTMLInputElement => {
    const found = [...window.document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((input) => name.test(input.labels?.[0]?.textContent ?? ''));
    if (found === undefined) throw new Error(`no checkbox ${String(name)}`);
    return found;
  };

  it('one tick takes every requirement shown; Apply assigns them all in one edit', async () => {
    let spec = document();
    const render = async (): Promise<void> => {
      const criterion = spec.evaluation.criteria[0];
      if (criterion === undefined) throw new Error('no criterion');
      const context = {
        spec,
        language: 'nb' as const,
        primary: 'nb' as const,
        currency: 'NOK' as const,
        edit: (_group: string, change: (current: Specification) => Specification) => {
          spec = change(spec);
        },
        evaluated: evaluatedRequirements(spec),
        requirementText: (r: Requirement) => r.text.nb ?? '',
      };
      await act(async () => root.render(<AssignRequirements context={context} criterion={criterion} name="Kvalitet" />));
    };
    await render();
    const open = [...container.querySelectorAll('button')].find((button) => button.textContent === b.assignOpen);
    await act(async () => open?.click());
    const all = [...window.document.querySelectorAll('button')].find((button) => button.textContent === 'Velg alle 3 bør-krav som vises');
    await act(async () => all?.click());
    expect(all?.getAttribute('aria-pressed')).toBe('true');
    expect(checkbox(/^Drift \(2/).checked).toBe(true);
    expect(checkbox(/^Klima \(1/).checked).toBe(true);
    const apply = [...window.document.querySelectorAll('button')].find((button) => button.textContent === b.assignApply);
    await act(async () => apply?.click());
    expect(spec.evaluation.criteria[0]?.requirementIds).toEqual(['DRI-1', 'DRI-2', 'SUST-1']);
  });
});
