// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type * as FilledSentenceModule from '../../../renderer/src/builder/requirements/FilledSentence';
import type { RequirementParameter } from '../../../shared/specification/model/requirements';

describe('FilledSentence (the list row and the editor preview)', () => {
  let container: HTMLDivElement;
  let root: Root;
  let FilledSentence: typeof FilledSentenceModule.FilledSentence;

  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    ({ FilledSentence } = await import('../../../renderer/src/builder/requirements/FilledSentence'));
  }, 60_000);

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const parameters: RequirementParameter[] = [
    { name: 'supportStart', type: 'time', value: '07:30' },
    { name: 'supportEnd', type: 'time', value: null },
    { name: 'annualCases', type: 'number', value: 12000, unit: 'cases' },
  ];
  const labels: Record<string, string> = { supportEnd: 'Supporttid slutter' };
  const labelOf = (name: string): string => labels[name] ?? name;

  it('writes each value as the text language writes it and shows a value not set as its label, marked as a blank', async () => {
    const text = 'Support kl. {supportStart}–{supportEnd} for {annualCases} saker.';
    await act(async () => root.render(<FilledSentence text={text} parameters={parameters} language="nb" labelOf={labelOf} />));
    expect(container.textContent?.replace(/\s/g, ' ')).toBe('Support kl. 07:30–Supporttid slutter for 12 000 saker.');
    expect(container.textContent).not.toContain('{');
    const blanks = [...container.querySelectorAll('[data-parameter-blank]')];
    expect(blanks.map((blank) => [blank.getAttribute('data-parameter-blank'), blank.textContent])).toEqual([['supportEnd', 'Supporttid slutter']]);
  });

  it('in English the number is grouped as English writes it', async () => {
    await act(async () => root.render(<FilledSentence text="{annualCases} cases" parameters={parameters} language="en" labelOf={labelOf} />));
    expect(container.textContent).toBe('12,000 cases');
  });
});
