// @vitest-environment jsdom
/**
 * A table copied from Word or Excel as the clipboard's HTML: each cell's
 * paragraphs, list items and line breaks become lines, Word's own list
 * bullets included, and the rows read as requirements.
 */
import { describe, expect, it } from 'vitest';
import { requirementsFromClipboard } from '../../../shared/import/table';
import { tableRowsFromHtml } from '../../../renderer/src/import/clipboard-html';

const fromWord = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body lang=SV>
<!--StartFragment-->
<table class=MsoTableGrid border=1>
 <tr><td><p class=MsoNormal><b>Nr</b></p></td><td><p class=MsoNormal><b>Krav</b></p></td><td><p class=MsoNormal><b>Ska/Bör</b></p></td></tr>
 <tr><td><p class=MsoNormal>K1</p></td><td><p class=MsoNormal>Systemet ska
 stödja:</p><p class=MsoListParagraphCxSpFirst><span style='mso-list:Ignore'>·<span style='font:7.0pt'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span>BankID</p><p class=MsoListParagraphCxSpLast><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span>Freja eID</p></td><td><p class=MsoNormal>Ska</p></td></tr>
 <tr><td><p class=MsoNormal>K2</p></td><td><p class=MsoNormal>Systemet bör visa historik.</p><table><tr><td>inre</td></tr></table></td><td><p class=MsoNormal>Bör</p></td></tr>
</table>
<!--EndFragment--></body></html>`;

const fromExcel = `<table><col width=64><tr height=20><td>ID</td><td>Requirement</td><td>Type</td></tr>
<tr><td>R1</td><td>The service shall:<br style='mso-data-placement:same-cell' />- log in<br style='mso-data-placement:same-cell' />- log out</td><td>AV</td></tr></table>`;

describe('clipboard HTML tables', () => {
  it('reads a Word table with paragraphs and Word bullets inside cells, outer table only', () => {
    const rows = tableRowsFromHtml(fromWord, 100);
    expect(rows).toEqual([
      ['Nr', 'Krav', 'Ska/Bör'],
      ['K1', 'Systemet ska stödja:\n·\u00a0\u00a0\u00a0\u00a0 BankID\n·\u00a0\u00a0 Freja eID', 'Ska'],
      ['K2', 'Systemet bör visa historik.\ninre', 'Bör'],
    ]);
    const { requirements } = requirementsFromClipboard({ kind: 'cells', rows: rows ?? [] }, 'sv');
    expect(requirements.map((requirement) => [requirement.fixedNumber, requirement.text.sv, requirement.obligation])).toEqual([
      ['K1', 'Systemet ska stödja:\n\n- BankID\n- Freja eID', 'mandatory'],
      ['K2', 'Systemet bör visa historik.\n\ninre', 'evaluated'],
    ]);
  });

  it('reads Excel line breaks inside a cell, and finds no table in other HTML', () => {
    const rows = tableRowsFromHtml(fromExcel, 100);
    expect(rows?.[1]).toEqual(['R1', 'The service shall:\n- log in\n- log out', 'AV']);
    const { requirements } = requirementsFromClipboard({ kind: 'cells', rows: rows ?? [] }, 'en');
    expect(requirements[0]?.text.en).toBe('The service shall:\n\n- log in\n- log out');
    expect(requirements[0]?.obligation).toBe('minimum-and-evaluated');
    expect(tableRowsFromHtml('<p>Just a paragraph</p>', 100)).toBeNull();
  });
});
