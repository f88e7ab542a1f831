// @vitest-environment jsdom
/**
 * The column mapping dialog as a buyer uses it: the guessed field above each
 * column of the preview, the header row and sheet choices, a warning (and
 * no import) while no column is the requirement text, and the mapping handed
 * to "Save mapping…" and "Import". Axe finds nothing to fix in it.
 */
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogues } from '../../../shared/i18n/catalogues';
import type { ColumnMapping } from '../../../shared/import/table';
import type * as ColumnMappingModule from '../../../renderer/src/import/ColumnMapping';
import { columnLetter, mappingProblems, withField, withHeaderRow } from '../../../renderer/src/import/column-mapping-state';
import { guessMapping } from '../../../shared/import/table';

const texts = catalogues.sv.tableImport.mapping;

const workbook = {
  sheets: [
    {
      name: 'Krav',
      rows: [
        ['Kravspecifikation för ärendehantering'],
        [],
        ['Nr', 'Krav', 'Ska/Bör', 'Leverantörens svar'],
        ['K1', 'Systemet ska logga all åtkomst.', 'Ska', ''],
        ['K2', 'Systemet bör stödja BankID.', 'Bör', ''],
      ],
    },
    { name: 'Prislista', rows: [['Artikel', 'Pris'], ['Licens', '1 200']] },
  ],
};

function select(container: HTMLElement, label: string): HTMLSelectElement {
  const found = [...container.ownerDocument.querySelectorAll('select')].find((element) => element.getAttribute('aria-label') === label || element.labels?.[0]?.textContent?.includes(label) === true);
  if (found === undefined) throw new Error(`no select "${label}"`);
  return found;
}

function choose(element: HTMLSelectElement, value: string): void {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((element) => element.textContent === name);
  if (found === undefined) throw new Error(`no button "${name}"`);
  return found;
}

describe('ColumnMapping dialog', () => {
  let container: HTMLDivElement;
  let root: Root;
  let ColumnMappingDialog: typeof ColumnMappingModule.ColumnMapping;

  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    // Fluent's message bar measures itself; jsdom has no layout to observe.
    window.ResizeObserver ??= class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
    const { initI18n } = await import('../../../renderer/src/i18n');
    await initI18n('sv');
    ({ ColumnMapping: ColumnMappingDialog } = await import('../../../renderer/src/import/ColumnMapping'));
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

  it('shows the guess, warns without a text column, and hands the chosen mapping to save and import', async () => {
    const onConfirm = vi.fn<(mapping: ColumnMapping) => void>();
    const onSaveMapping = vi.fn<(mapping: ColumnMapping) => void>();
    await act(async () => root.render(<ColumnMappingDialog workbook={workbook} onConfirm={onConfirm} onSaveMapping={onSaveMapping} onCancel={() => undefined} />));
    expect(document.querySelector('h2')?.textContent).toBe(texts.title);
    expect(select(document.body, texts.headerRow).value).toBe('2');
    const fieldSelects = ['A', 'B', 'C', 'D'].map((letter) => select(document.body, texts.columnField.replace('{{column}}', letter)));
    expect(fieldSelects.map((element) => element.value)).toEqual(['number', 'text', 'obligation', 'ignore']);
    expect([...document.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual(['4K1Systemet ska logga all åtkomst.Ska', '5K2Systemet bör stödja BankID.Bör']);

    choose(fieldSelects[1] ?? select(document.body, ''), 'ignore');
    expect(document.body.textContent).toContain(texts.noText);
    expect(button(texts.confirm).disabled).toBe(true);
    choose(fieldSelects[1] ?? select(document.body, ''), 'text');
    expect(document.body.textContent).not.toContain(texts.noText);

    act(() => button(texts.save).click());
    act(() => button(texts.confirm).click());
    const expected = { version: 1, sheet: 'Krav', headerRow: 2, columns: [{ column: 0, header: 'Nr', field: 'number' }, { column: 1, header: 'Krav', field: 'text' }, { column: 2, header: 'Ska/Bör', field: 'obligation' }] };
    expect(onSaveMapping).toHaveBeenCalledWith(expected);
    expect(onConfirm).toHaveBeenCalledWith(expected);

    choose(select(document.body, texts.sheet), '1');
    // No header names a requirement there: the longest texts are taken as the requirement.
    expect(select(document.body, texts.columnField.replace('{{column}}', 'A')).value).toBe('text');
    expect(document.body.textContent).toContain('Licens');

    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' ')}`)).toEqual([]);
  });
});

describe('the dialog logic', () => {
  it('re-reads the fields when another header row is chosen, and keeps columns in order', () => {
    const rows = workbook.sheets[0]?.rows ?? [];
    const wrong = withHeaderRow({ ...guessMapping(rows), obligationValues: { Obl: 'mandatory' } }, rows, 1);
    expect(wrong.columns).toEqual([]);
    expect(wrong.obligationValues).toEqual({ Obl: 'mandatory' });
    expect(mappingProblems(wrong)).toEqual([{ kind: 'noText' }]);
    const right = withHeaderRow(wrong, rows, 2);
    expect(right.columns.map((entry) => entry.field)).toEqual(['number', 'text', 'obligation']);
    expect(withField(right, 3, 'text', 'Svar').columns.map((entry) => entry.column)).toEqual([0, 1, 2, 3]);
    expect(mappingProblems(withField(right, 3, 'text', 'Svar'))).toEqual([{ kind: 'twice', field: 'text' }]);
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});
