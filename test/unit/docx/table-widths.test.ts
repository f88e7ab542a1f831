/**
 * A narrow table column is widened for its longest word, so that Word and
 * LibreOffice never have to break a word mid-word: a compound with a slash or
 * hyphen may break after it, so its longest part counts; a tick box's label
 * counts; and a slash between letters gets a break opportunity, since the
 * renderers break after a hyphen but not after a slash. The requirement column
 * keeps its room for the text. (The rendering itself is checked in
 * pdf-libreoffice.test.ts.)
 */
import { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../electron/services/docx/build';
import { breakableCompounds, cellTickBox, dataTable, textCell, type CellContent } from '../../../electron/services/docx/tables';
import { elements, readWordPackage } from '../../support/word-package';

const columns = [
  { header: 'Krav', share: 80 },
  { header: 'Nr', share: 10 },
  { header: 'Svar', share: 10 },
];

/** The column widths, in twips, of a table whose narrow middle column holds `content`. */
async function widthsFor(content: CellContent): Promise<number[]> {
  const bytes = await buildDocx([() => [dataTable(columns, [[textCell('Tekst'), content, textCell('Ja')]])]], (all) => new Document({ sections: [{ children: all }] }));
  return elements(readWordPackage(bytes).body, 'w:gridCol').map((column) => Number(column.attributes['w:w']));
}

/** What a column holding a word of this many characters needs: 0.6 em of 9 pt text per character and the cell margins. */
const fits = (characters: number): number => characters * 108 + 200;

describe('the widening rule for narrow table columns', () => {
  it('widens for the longest part of a slash or hyphen compound, not the whole compound', async () => {
    const [, middle] = await widthsFor(textCell('Demonstrasjon av autentisering/signering, e-tjenester'));
    expect(middle).toBeGreaterThanOrEqual(fits('autentisering/'.length));
    expect(middle).toBeLessThan(fits('autentisering/signering,'.length));
    expect((await widthsFor(textCell('Stöd för e-tjänsteplattformen')))[1]).toBeGreaterThanOrEqual(fits('tjänsteplattformen'.length));
  });

  it('counts the label of a tick box', async () => {
    expect((await widthsFor([cellTickBox('Funktionsbrevlåda för e-post')]))[1]).toBeGreaterThanOrEqual(fits('Funktionsbrevlåda'.length));
  });

  it('keeps the wide column wide when a narrow one only holds compounds', async () => {
    const [wide] = await widthsFor(textCell('Ska/Bör, autentisering/signering'));
    expect(wide).toBeGreaterThan(fits(40));
  });
});

describe('a break after the slash of a compound', () => {
  it('is a zero-width space after a slash between letters, and never inside a web or e-mail address or a number', () => {
    expect(breakableCompounds('behörighetsstyrning/loggningsfunktionalitet krävs')).toBe('behörighetsstyrning/\u200bloggningsfunktionalitet krävs');
    expect(breakableCompounds('autentisering/signering, e-tjenester og 24/7')).toBe('autentisering/\u200bsignering, e-tjenester og 24/7');
    expect(breakableCompounds('https://www.example.org/informationssakerhet/klassning')).toBe('https://www.example.org/informationssakerhet/klassning');
    expect(breakableCompounds('upphandling/informationssakerhet@storviken.example.se')).toBe('upphandling/informationssakerhet@storviken.example.se');
  });
});
