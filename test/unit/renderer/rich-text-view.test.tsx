// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogues } from '../../../shared/i18n/catalogues';
import type * as RichTextViewModule from '../../../renderer/src/components/RichTextView';
import type * as RichTextToolsModule from '../../../renderer/src/builder/requirements/RichTextTools';
import { parseRichText, referencedIds } from '../../../shared/text/rich-text';

describe('RichTextView', () => {
  let container: HTMLDivElement;
  let root: Root;
  let RichTextView: typeof RichTextViewModule.RichTextView;
  let tools: typeof RichTextToolsModule;

  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const { initI18n } = await import('../../../renderer/src/i18n');
    await initI18n('nb');
    ({ RichTextView } = await import('../../../renderer/src/components/RichTextView'));
    tools = await import('../../../renderer/src/builder/requirements/RichTextTools');
    // Loading the Fluent UI components takes a while on a busy machine.
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

  it('shows paragraphs, nested lists, emphasis and links, and cross-references as the current number', async () => {
    const source = 'Løsningen **skal** støtte:\n\n- pålogging med *ID-porten*\n- varsling\n  1. e-post\n  2. SMS\n\nSe [K1](ref:REQ-1) og [veilederen](https://example.org/v).';
    await act(async () => root.render(<RichTextView source={source} numberOf={new Map([['REQ-1', 'K7']])} lang="nb" />));
    expect(container.querySelector('strong')?.textContent).toBe('skal');
    expect(container.querySelector('em')?.textContent).toBe('ID-porten');
    expect([...container.querySelectorAll('ul > li')].map((item) => item.firstElementChild?.textContent)).toEqual(['pålogging med ID-porten', 'varsling']);
    expect([...container.querySelectorAll('ul ol > li')].map((item) => item.textContent)).toEqual(['e-post', 'SMS']);
    const paragraphs = [...container.querySelectorAll(':scope > div > p')].map((paragraph) => paragraph.textContent);
    expect(paragraphs).toEqual(['Løsningen skal støtte:', 'Se K7 og veilederen.']);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.org/v');
    expect(container.textContent).not.toContain('*');
    expect(container.textContent).not.toContain('ref:');
  });

  it('marks a reference whose requirement no longer exists', async () => {
    await act(async () => root.render(<RichTextView source="I lys av [K1](ref:GONE)." numberOf={new Map()} />));
    expect(container.textContent).toBe(`I lys av ${catalogues.nb.steps.requirements.richText.missingReference}.`);
  });

  it('inserts a reference the parser reads back, where the user was typing', () => {
    const text = tools.insertAt('I lys av  skal …', { language: 'nb', start: 9, end: 9 }, '[K1](ref:REQ-1)');
    expect(text).toBe('I lys av [K1](ref:REQ-1) skal …');
    expect(referencedIds(parseRichText(text))).toEqual(['REQ-1']);
    expect(tools.insertAt('abc', { language: 'nb', start: 99, end: 99 }, 'X')).toBe('abcX');
    expect(tools.hasMarkup('Plain text, 99.7 % uptime.')).toBe(false);
    expect(tools.hasMarkup('- a list')).toBe(true);
  });
});
