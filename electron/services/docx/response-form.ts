/**
 * The supplier's response form: a second document with a row per
 * requirement (same numbers as the specification) and the fields the
 * supplier fills in. For Norway it is shaped as Bilag 2, the supplier's
 * description of the solution, with an overall description first.
 */
import type { FileChild } from 'docx';
import { answerCell, fillInCell } from './answer-cells';
import { body, heading, leadIn } from './blocks';
import { buildDocx, type Part } from './build';
import { type DocumentContext, documentContext, type ExportHooks, type ExportInput } from './context';
import { responseFormCover, tableOfContents } from './cover';
import { documentShell } from './document-shell';
import { type RequirementTableShape, roleChapterBlocks, sectionBlocks } from './requirement-chapters';
import { numberCell, obligationCell, textCellOf } from './requirement-cells';
import { ssaKey } from './ssa';
import { cellTickBox, dataTable, textCell } from './tables';

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

function instructions(context: DocumentContext, shift: number): FileChild[] {
  const { t } = context;
  const details = ['name', 'organisationNumber', 'contact', 'email', 'phone'].map((field) => [textCell(t(`responseForm.supplier.${field}`), { bold: true }), fillInCell(t, '', t(`responseForm.supplier.${field}`))]);
  // Where variants are allowed, the tenderer says whether this tender is one.
  if (context.spec.procurement.variants.allowed === true) {
    details.push([textCell(t('responseForm.supplier.variant'), { bold: true }), [cellTickBox(t('responseForm.supplier.mainTender')), cellTickBox(t('responseForm.supplier.variantTender'))]]);
  }
  return [
    heading(1 + shift, '', t('responseForm.instructionsTitle'), shift === 0 ? { pageBreakBefore: true } : {}),
    ...body(t(`responseForm.instructions.${context.jurisdiction}`)),
    ...body(t('responseForm.instructionsNumbers')),
    heading(1 + shift, '', t('responseForm.supplier.title')),
    dataTable(
      [
        { header: t('responseForm.supplier.field'), share: 4 },
        { header: t('responseForm.supplier.value'), share: 7 },
      ],
      details,
    ),
  ];
}

function solutionOverview(context: DocumentContext, shift: number): FileChild[] {
  const { t } = context;
  if (context.jurisdiction !== 'no') return [];
  return [
    heading(1 + shift, '', t('responseForm.overview.title')),
    leadIn(t('responseForm.overview.intro')),
    dataTable([{ header: t('responseForm.overview.column'), share: 1 }], [[fillInCell(t, t('answer.text'))]]),
  ];
}

/**
 * The form after its cover and contents: instructions, the supplier's
 * details, (Norway) the overall description, and the requirement tables.
 * `shift` moves every heading down a level when the form follows the
 * specification in the same file.
 */
function formParts(context: DocumentContext, shift: number): Part[] {
  const { numbering } = context;
  return [
    () => instructions(context, shift),
    () => solutionOverview(context, shift),
    ...numbering.chapters.map((chapter): Part => () => sectionBlocks(chapter, responseTable, context, shift)),
    ...[numbering.qualification, numbering.contract].flatMap((chapter): Part[] => (chapter === null ? [] : [() => roleChapterBlocks(chapter, responseTable, context, false, shift)])),
  ];
}

/** The form as the last part of the specification: a new page headed with the form's name, then the form. */
export function appendedResponseFormParts(context: DocumentContext): Part[] {
  const { t } = context;
  const documentType = responseFormType(context);
  return [
    () => [heading(1, '', documentType, { pageBreakBefore: true }), ...body(t('responseForm.role', { documentType: t(`cover.documentType.${context.jurisdiction}`) }))],
    ...formParts(context, 1),
  ];
}

export async function exportResponseFormDocx(input: ExportInput, hooks: ExportHooks = {}): Promise<Uint8Array> {
  const context = documentContext(input);
  const documentType = responseFormType(context);
  const parts: Part[] = [() => responseFormCover(context, documentType), () => tableOfContents(context), ...formParts(context, 0)];
  return buildDocx(parts, (children) => documentShell(context, documentType, children), hooks);
}
