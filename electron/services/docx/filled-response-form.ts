/**
 * The filled response form as a Word document: the form's name and the
 * specification's title, who answers, and per section a table of the
 * requirements with their instructions, the supplier's answers, comments and
 * the names of the attached files. The styles, header, footer and tables are
 * those of the buyer's empty form, so the two look alike.
 */
import { Document, Paragraph, TextRun } from 'docx';
import type { FilledResponseForm } from '../../../shared/response/filled-response-form';
import { fact, heading } from './blocks';
import { buildDocx, type Part } from './build';
import type { ExportHooks } from './context';
import { documentTexts } from './labels';
import { joinWithDash, pageFooter, pageHeader } from './page-furniture';
import { oneLine } from './sanitise';
import { documentStyles } from './styles';
import { dataTable, textCell, type CellContent } from './tables';

function requirementCell(text: string, instructionLabel: string, instruction: string): CellContent {
  return [...textCell(text), ...(instruction === '' ? [] : textCell(`${instructionLabel} ${instruction}`, { italics: true }))];
}

function commentCell(comment: string, attachmentsLabel: string, attachments: readonly string[]): CellContent {
  return [...textCell(comment), ...(attachments.length === 0 ? [] : textCell(`${attachmentsLabel} ${attachments.join(', ')}`, { italics: true }))];
}

export async function exportFilledResponseFormDocx(form: FilledResponseForm, hooks: ExportHooks = {}): Promise<Uint8Array> {
  const { columns } = form;
  const title = joinWithDash(form.documentType, form.title);
  const parts: Part[] = [
    () => [new Paragraph({ style: 'Title', children: [new TextRun(oneLine(title))] }), ...form.supplier.map((item) => fact(item.label, item.value))],
    ...form.groups.map(
      (group): Part =>
        () => [
          heading(1, group.number, group.title),
          dataTable(
            [
              { header: columns.number, share: 1 },
              { header: columns.requirement, share: 5 },
              { header: columns.obligation, share: 1 },
              { header: columns.answer, share: 2 },
              { header: columns.comment, share: 3 },
            ],
            group.rows.map((row) => [
              textCell(row.number),
              requirementCell(row.requirement, form.instructionLabel, row.instruction),
              textCell(row.obligation),
              textCell(row.answer, row.answered ? { bold: true } : { italics: true }),
              commentCell(row.comment, form.attachmentsLabel, row.attachments),
            ]),
          ),
        ],
    ),
  ];
  const supplier = oneLine(form.supplier[0]?.value ?? '');
  return buildDocx(
    parts,
    (children) =>
      new Document({
        title: oneLine(title),
        subject: form.title,
        creator: supplier === '' ? 'Kravstudio' : supplier,
        styles: documentStyles(form.language),
        sections: [{ headers: { default: pageHeader(title, '', '') }, footers: { default: pageFooter(documentTexts(form.language)) }, children }],
      }),
    hooks,
  );
}
