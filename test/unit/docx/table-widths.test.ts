/**
 * A narrow table column is widened for its longest word, so that Word and
 * LibreOffice never have to break a word mid-word: a compound with a slash or
 * hyphen counts whole (with the punctuation after it), a tick box's label
 * counts, and a compound too long for any column gets a break after its
 * slash instead. (The rendering itself is checked in pdf-libreoffice.test.ts.)
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
  it('keeps a slash or hyphen compound whole; the comma after it does not make it too long to keep', async () => {
    // 24 characters with the comma: more than the 23 a column is widened for, so it gets the most there is.
    expect((await widthsFor(textCell('Demonstrasjon av autentisering/signering, e-tjenester')))[1]).toBeGreaterThanOrEqual(fits('autentisering/signering'.length));
    expect((await widthsFor(textCell('Demonstrasjon av e-tjenester/ID-porten')))[1]).toBeGreaterThanOrEqual(fits('e-tjenester/ID-porten'.length));
    expect((await widthsFor(textCell('Stöd för e-tjänsteplattformen')))[1]).toBeGreaterThanOrEqual(fits('e-tjänsteplattformen'.length));
  });

  it('counts the label of a tick box', async () => {
    expect((await widthsFor([cellTickBox('Funktionsbrevlåda för e-post')]))[1]).toBeGreaterThanOrEqual(fits('Funktionsbrevlåda'.length));
  });

  it('widens no further than for the longest part of a compound too long for any column', async () => {
    const [, middle] = await widthsFor(textCell('behörighetsstyrning/loggningsfunktionalitet'));
    expect(middle).toBeGreaterThanOrEqual(fits('loggningsfunktionalitet'.length));
    expect(middle).toBeLessThan(fits('behörighetsstyrning/loggningsfunktionalitet'.length));
  });
});

describe('a break after the slash of a compound too long for any column', () => {
  it('is a zero-width space, only there, and never inside a web or e-mail address', () => {
    expect(breakableCompounds('behörighetsstyrning/loggningsfunktionalitet krävs')).toBe('behörighetsstyrning/\u200bloggningsfunktionalitet krävs');
    expect(breakableCompounds('autentisering/signering, e-tjenester og 24/7')).toBe('autentisering/signering, e-tjenester og 24/7');
    expect(breakableCompounds('https://www.example.org/informationssakerhet/klassning')).toBe('https://www.example.org/informationssakerhet/klassning');
    expect(breakableCompounds('upphandling/informationssakerhet@storviken.example.se')).toBe('upphandling/informationssakerhet@storviken.example.se');
  });
});
