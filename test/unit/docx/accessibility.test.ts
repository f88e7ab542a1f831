/**
 * What Word's accessibility checker looks at, checked in the exported files
 * themselves (Word cannot run here): objects have alternative text, tables
 * have a header row and a simple structure without blank rows or columns,
 * headings use the built-in styles without skipping a level, link text says
 * where it leads rather than being the bare address, no repeated blank
 * characters or empty paragraphs make space, and text contrasts enough with
 * its background. The title and language are checked in
 * specification-document.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Specification } from '../../../shared/specification/model';
import { childElements, elements, styleOf, textOf, type WordPackage, type XmlElement } from '../../support/word-package';
import { bodyRows, norwegian, responseFormPackage, rich, shippedLibrary, specificationPackage } from './fixtures';

async function documents(): Promise<{ name: string; word: WordPackage }[]> {
  const library = await shippedLibrary();
  const extra = { library, standards: library.standards };
  const out: { name: string; word: WordPackage }[] = [];
  const messy = rich();
  messy.title = 'Ärende  och\tarkiv';
  messy.background = 'Bakgrund   med\t\tluckor\n\n\noch tomma rader';
  for (const requirement of messy.requirements.slice(0, 3)) {
    requirement.text = { sv: 'Tjänsten  ska\tvisa   ärenden.  ' };
    requirement.parameters = [];
  }
  const cases: [string, Specification, 'sv' | 'nb' | 'en'][] = [
    ['Swedish specification', rich(), 'sv'],
    ['Swedish specification written with repeated blanks', messy, 'sv'],
    ['Norwegian specification', norwegian(), 'nb'],
    ['English specification', rich(), 'en'],
  ];
  out.push({ name: 'Swedish specification with the response form at its end', word: await specificationPackage(rich(), { language: 'sv', appendResponseForm: true }, extra) });
  for (const [name, spec, language] of cases) {
    out.push({ name, word: await specificationPackage(spec, { language, guidanceAnnex: true, ssa: 'SSA-D' }, extra) });
    out.push({ name: name.replace('specification', 'response form'), word: await responseFormPackage(spec, { language, ssa: 'SSA-D' }, extra) });
  }
  return out;
}

const cellTexts = (row: XmlElement): string[] => childElements(row, 'w:tc').map((cell) => textOf(cell).trim());

/** WCAG's contrast ratio of a hex colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (start: number): number => {
    const value = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return 1.05 / (luminance + 0.05);
}

describe('what Word’s accessibility checker looks at', () => {
  it('finds nothing to fix in the specification or the response form, in any language', async () => {
    for (const { name, word } of await documents()) {
      const problems: string[] = [];
      // Objects without alternative text.
      for (const drawing of [...elements(word.body, 'w:drawing'), ...elements(word.body, 'w:pict')]) {
        const description = elements(drawing, 'wp:docPr')[0]?.attributes['descr'] ?? '';
        if (description.trim() === '') problems.push('an object without alternative text');
      }
      // Tables: a header row, a simple structure, no blank rows or columns.
      for (const table of elements(word.body, 'w:tbl')) {
        const label = textOf(table).slice(0, 40).replace(/\n/g, ' | ');
        const [first] = childElements(table, 'w:tr');
        if (first === undefined || elements(first, 'w:tblHeader').length === 0) problems.push(`a table without a header row: ${label}`);
        if (elements(table, 'w:tbl').length > 0) problems.push(`a nested table: ${label}`);
        if (['w:gridSpan', 'w:vMerge', 'w:hMerge'].some((merge) => elements(table, merge).length > 0)) problems.push(`merged cells: ${label}`);
        const rows = bodyRows(table).map(cellTexts);
        if (rows.some((cells) => cells.every((text) => text === ''))) problems.push(`a blank row: ${label}`);
        const columns = cellTexts(first ?? table).length;
        for (let column = 0; column < columns; column += 1) {
          if (rows.length > 0 && rows.every((cells) => (cells[column] ?? '') === '')) problems.push(`a blank column ${column + 1}: ${label}`);
        }
      }
      // Headings in the built-in styles, never skipping a level on the way down.
      const levels = elements(word.body, 'w:pStyle')
        .map((style) => /^Heading(\d)$/.exec(style.attributes['w:val'] ?? '')?.[1])
        .filter((level) => level !== undefined)
        .map(Number);
      if (levels.length === 0) problems.push('no headings');
      levels.forEach((level, index) => {
        const previous = index === 0 ? 0 : (levels[index - 1] ?? 0);
        if (level > previous + 1) problems.push(`Heading ${level} after Heading ${previous}`);
      });
      // Link text that says where it leads, not the bare address.
      for (const link of elements(word.body, 'w:hyperlink')) {
        if (/^(https?:\/\/|www\.)/i.test(textOf(link).trim())) problems.push(`a link whose text is its address: ${textOf(link)}`);
      }
      // Repeated blank characters (the table of contents lines up its page numbers with a tab, as Word's own does).
      for (const part of [word.body, ...word.headers, ...word.footers]) {
        for (const paragraph of elements(part, 'w:p').filter((p) => !(styleOf(p) ?? '').startsWith('TOC'))) {
          for (const text of elements(paragraph, 'w:t')) {
            const value = text.children.join('');
            if (/ {2}|\t/.test(value)) problems.push(`repeated blank characters: "${value.slice(0, 40)}"`);
          }
          if (elements(paragraph, 'w:tab').length > 0) problems.push(`a tab used for spacing: ${textOf(paragraph).slice(0, 40)}`);
        }
      }
      // Text colours readable on the white page (4.5:1 for normal text).
      for (const colour of elements(word.styles, 'w:color')) {
        const value = colour.attributes['w:val'] ?? 'auto';
        if (value !== 'auto' && contrastOnWhite(value) < 4.5) problems.push(`text colour ${value} on white: ${contrastOnWhite(value).toFixed(1)}:1`);
      }
      expect(problems, name).toEqual([]);
    }
  });
});
