/**
 * The supplier's response form: a second document with a row per
 * requirement (same numbers as the specification) and the fields the
 * supplier fills in. For Norway it is shaped as Bilag 2, the supplier's
 * description of the solution, with an overall description first.
 */
import type { FileChild } from 'docx';
import { answerCell, fillInCell } from './answer-cells';
import { body, heading } from './blocks';
import { buildDocx, type Part } from './build';
import { type DocumentContext, documentContext, type ExportHooks, type ExportInput } from './context';
import { responseFormCover, tableOfContents } from './cover';
import { documentShell } from './document-shell';
import { type RequirementTableShape, roleChapterBlocks, sectionBlocks } from './requirement-chapters';
import { numberCell, obligationCell, textCellOf } from './requirement-cells';
import { ssaKey } from './ssa';
import { dataTable, textCell } from './tables';

const responseTable: RequirementTableShape = {
  columns: ({ t }) => [
    { header: t('responseForm.columns.number'), share: 11 },
    { header: t('responseForm.columns.requirement'), share: 35 },
    { header: t('responseForm.columns.obligation'), share: 12 },
    { header: t('responseForm.columns.answer'), share: 23 },
    { header: t('responseForm.columns.reference'), share: 19 },
  ],
  row: ({ requirement, number }, context) => [
    numberCell(number, requirement),
    textCellOf(requirement, context.rows),
    obligationCell(requirement, context.rows),
    answerCell(requirement.answerType, context.language, context.t),
    fillInCell(context.t, context.t('responseForm.referencePrompt')),
  ],
  sectionIntros: false,
};

/** "Svarsformulär", or for Norway "Bilag 2 – Leverandørens løsningsspesifikasjon" (by agreement). */
export function responseFormType(context: DocumentContext): string {
  const { t, ssa } = context;
  if (context.jurisdiction !== 'no') return t(`responseForm.documentType.${context.jurisdiction}`);
  const appendix = ssa === null ? t('responseForm.genericAppendix2') : t(`ssa.${ssaKey(ssa)}.appendices.2`);
  return t('responseForm.documentType.no', { appendix });
}

function instructions(context: DocumentContext): FileChild[] {
  const { t } = context;
  const details = ['name', 'organisationNumber', 'contact', 'email', 'phone'].map((field) => [textCell(t(`responseForm.supplier.${field}`), { bold: true }), fillInCell(t, '', t(`responseForm.supplier.${field}`))]);
  return [
    heading(1, '', t('responseForm.instructionsTitle'), { pageBreakBefore: true }),
    ...body(t(`responseForm.instructions.${context.jurisdiction}`)),
    ...body(t('responseForm.instructionsNumbers')),
    heading(1, '', t('responseForm.supplier.title')),
    dataTable(
      [
        { header: t('responseForm.supplier.field'), share: 4 },
        { header: t('responseForm.supplier.value'), share: 7 },
      ],
      details,
    ),
  ];
}

function solutionOverview(context: DocumentContext): FileChild[] {
  const { t } = context;
  if (context.jurisdiction !== 'no') return [];
  return [
    heading(1, '', t('responseForm.overview.title')),
    ...body(t('responseForm.overview.intro')),
    dataTable([{ header: t('responseForm.overview.column'), share: 1 }], [[fillInCell(t, t('answer.text'))]]),
  ];
}

export async function exportResponseFormDocx(input: ExportInput, hooks: ExportHooks = {}): Promise<Uint8Array> {
  const context = documentContext(input);
  const { numbering } = context;
  const documentType = responseFormType(context);
  const parts: Part[] = [
    () => responseFormCover(context, documentType),
    () => tableOfContents(context),
    () => instructions(context),
    () => solutionOverview(context),
    ...numbering.chapters.map((chapter): Part => () => sectionBlocks(chapter, responseTable, context)),
    ...[numbering.qualification, numbering.contract].flatMap((chapter): Part[] => (chapter === null ? [] : [() => roleChapterBlocks(chapter, responseTable, context, false)])),
  ];
  return buildDocx(parts, (children) => documentShell(context, documentType, children), hooks);
}
