/**
 * Tables are written as WordprocessingML text and put in place after the
 * docx package has packed the document: they must land where they were
 * placed, keep their links, and never touch text a user wrote.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { body, heading } from '../../../electron/services/docx/blocks';
import { buildDocx } from '../../../electron/services/docx/build';
import { insertPrewritten } from '../../../electron/services/docx/prewritten';
import { cellLink, dataTable, textCell } from '../../../electron/services/docx/tables';
import { childElements, elements, parseXml, readWordPackage, styleOf, textOf } from '../../support/word-package';

const columns = [
  { header: 'Namn', share: 1 },
  { header: 'Länk', share: 2 },
];

async function build(children: () => (Paragraph | ReturnType<typeof dataTable>)[]) {
  const bytes = await buildDocx([children], (all) => new Document({ sections: [{ children: all }] }));
  return readWordPackage(bytes);
}

describe('tables written as WordprocessingML', () => {
  it('stand where they were placed, between the text before and after them', async () => {
    const word = await build(() => [...body('Före'), dataTable(columns, [[textCell('A & B'), textCell('<C>')]]), ...body('Mellan'), dataTable(columns, [[[], []]]), ...body('Efter')]);
    const blocks = childElements(word.body).filter((child) => child.name !== 'w:sectPr');
    expect(blocks.map((child) => child.name)).toEqual(['w:p', 'w:tbl', 'w:p', 'w:tbl', 'w:p']);
    expect(blocks.map((child) => textOf(child))).toEqual(['Före', 'Namn\nLänk\nA & B\n<C>', 'Mellan', 'Namn\nLänk', 'Efter']);
    // An empty cell still holds a paragraph, as Word requires.
    const emptyRow = childElements(blocks[3] ?? word.body, 'w:tr')[1];
    expect(childElements(emptyRow ?? word.body, 'w:tc').map((cell) => childElements(cell, 'w:p').length)).toEqual([1, 1]);
  });

  it('leave space between a table and the text after it; a heading after a table keeps its own', async () => {
    const word = await build(() => [dataTable(columns, [[textCell('A'), []]]), ...body('Efter tabellen'), dataTable(columns, [[textCell('B'), []]]), heading(1, '2', 'Nästa kapitel')]);
    const spaceBefore = (text: string): string | undefined =>
      elements(word.body, 'w:p')
        .filter((paragraph) => textOf(paragraph) === text)
        .flatMap((paragraph) => elements(paragraph, 'w:spacing'))
        .map((spacing) => spacing.attributes['w:before'])[0];
    expect(spaceBefore('Efter tabellen')).toBe('120');
    expect(spaceBefore('2 Nästa kapitel')).toBeUndefined();
    const next = elements(word.body, 'w:p').find((paragraph) => textOf(paragraph) === '2 Nästa kapitel');
    expect(next === undefined ? undefined : styleOf(next)).toBe('Heading1');
  });

  it('give every link a relationship to its address, with unique ids', async () => {
    const urls = ['https://example.org/a?b=1&c=2', 'https://example.org/"quoted"', 'https://example.org/a?b=1&c=2'];
    const word = await build(() => [
      dataTable(
        columns,
        urls.map((url, index) => [textCell('Standard'), [cellLink(`Standard ${index + 1}`, url)]]),
      ),
      dataTable(columns, [[textCell('Till'), [cellLink('Exempel', 'https://example.com/')]]]),
    ]);
    const relationships = childElements(parseXml(word.parts.get('word/_rels/document.xml.rels') ?? ''), 'Relationship');
    const byId = new Map(relationships.map((relationship) => [relationship.attributes['Id'], relationship.attributes]));
    expect(byId.size).toBe(relationships.length);
    const links = elements(word.body, 'w:hyperlink');
    expect(links.map((link) => textOf(link))).toEqual(['Standard 1', 'Standard 2', 'Standard 3', 'Exempel']);
    const addresses = [...urls, 'https://example.com/'];
    for (const [index, link] of links.entries()) {
      const relationship = byId.get(link.attributes['r:id']);
      expect(relationship?.['Target']).toBe(addresses[index]);
      expect(relationship?.['TargetMode']).toBe('External');
      expect(relationship?.['Type']).toMatch(/\/hyperlink$/);
    }
  });

  it('leave text that looks like their place markers as the user wrote it', async () => {
    const lookalike = 'kravstudio-prewritten-1 kravstudio-prewritten-2';
    const word = await build(() => [...body(lookalike), dataTable(columns, [[textCell(lookalike), []]]), ...body(lookalike)]);
    const blocks = childElements(word.body).filter((child) => child.name !== 'w:sectPr');
    expect(blocks.map((child) => textOf(child))).toEqual([lookalike, `Namn\nLänk\n${lookalike}`, lookalike]);
  });

  it('refuse to give a document with a table left as its marker (placed inside another element)', async () => {
    const nested = new Table({ rows: [new TableRow({ children: [new TableCell({ children: [dataTable(columns, [[textCell('Inuti'), []]])] })] })] });
    await expect(buildDocx([() => [nested]], (all) => new Document({ sections: [{ children: all }] }))).rejects.toThrow(/top level/);
  });

  it('refuse to give a document without a table whose place was lost', async () => {
    const table = dataTable(columns, [[textCell('Borttappad'), []]]);
    const packed = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Utan markör')] }] }));
    expect(() => insertPrewritten(new Uint8Array(packed), [table])).toThrow(/was not found/);
  });
});
