/**
 * Writes the plan's sections and blocks as Word content: numbered headings
 * in Heading 1–6, body text, lead-ins, facts, bullets, and tables (the
 * requirement tables with their columns and cell styles). Decides only how
 * things look; what is printed comes from the plan.
 */
import type { FileChild } from 'docx';
import type { PlanBlock, PlanCell, PlanSection, RequirementRow } from '../../../shared/tender-document/plan-types';
import { body, bullet, fact, heading, leadIn } from './blocks';
import { fillInParagraph } from './fill-in';
import { type CellContent, type CellParagraph, cellField, cellLink, cellParagraph, cellRichText, cellTickBox, type Column, dataTable, textCell } from './tables';
import { planPlainText } from '../../../shared/tender-document/plan-rich-text';
import { richTextBody } from './rich-text';
import { oneLine } from './sanitise';

/** A plan cell as Word table-cell paragraphs. */
export function cellContent(cell: PlanCell): CellContent {
  return cell.flatMap((line): CellParagraph[] => {
    switch (line.kind) {
      case 'text':
        return [...textCell(line.text, line.strong === true ? { bold: true } : {})];
      case 'link':
        return [cellLink(line.text, line.url)];
      case 'tickBox':
        return [cellTickBox(line.label)];
      case 'field':
        return [cellField(line.title, line.label, line.placeholder)];
      case 'prompt':
        return [cellParagraph(line.text, { italics: true })];
      case 'richText':
        return [cellRichText(line.content, planPlainText(line.content))];
      case 'fillIn':
        return [cellField(line.fillIn.title, '', line.fillIn.placeholder)];
    }
  });
}

/** Column widths of the two requirement tables, in parts of the text width. */
const requirementShares = { specification: [11, 37, 12, 18, 22], responseForm: [11, 35, 12, 23, 19] } as const;

/**
 * A requirement's cells. The requirement cell holds the title in bold, the text, the standards
 * and then the response instruction in paragraphs of their own (in the widest column, not a
 * column of its own: no merged cells, which screen readers and Word's accessibility checker
 * cannot follow); the response form repeats the instruction in the answer cell, before the answer.
 */
function requirementCells(row: RequirementRow, form: 'specification' | 'responseForm', reference: CellContent, instructionLabel: string): CellContent[] {
  const number: CellContent = [cellParagraph(row.number, { bold: true }), cellParagraph(oneLine(row.id), { size: 16 })];
  const title: CellContent = row.title === null ? [] : [cellParagraph(oneLine(row.title), { bold: true })];
  const instruction: CellContent =
    row.responseInstruction === null ? [] : [cellParagraph(instructionLabel, { italics: true, bold: true }), cellRichText(row.responseInstruction.richText, row.responseInstruction.text)];
  const standards = row.standards === null ? [] : [cellParagraph(oneLine(row.standards), { italics: true, size: 17 })];
  const text: CellContent = [...title, cellRichText(row.richText, row.text), ...standards, ...(form === 'specification' ? instruction : [])];
  const obligation: CellContent = [cellParagraph(row.obligationLabel, { bold: true }), ...row.scoring.map((line) => cellParagraph(line, { size: 17 }))];
  const answer = cellContent(row.answer);
  if (form === 'specification') return [number, text, obligation, [...textCell(row.verification), ...textCell(row.verificationDescription)], answer];
  return [number, text, obligation, [...instruction, ...answer], reference];
}

export function blockContent(block: PlanBlock): FileChild[] {
  switch (block.kind) {
    case 'text':
      return body(block.text);
    case 'richText':
      return block.content.length === 0 ? [] : [richTextBody(block.content)];
    case 'leadIn':
      return [leadIn(block.text)];
    case 'fact':
      return [fact(block.label, block.value)];
    case 'fillInFact':
      return [fillInParagraph(block.label, block.fillIn)];
    case 'fillIn':
      return [fillInParagraph(null, block.fillIn)];
    case 'bullet':
      return [bullet(block.text)];
    case 'table':
      return [dataTable(block.columns, block.rows.map((row) => row.map(cellContent)))];
    case 'requirements': {
      const shares = requirementShares[block.form];
      const columns: Column[] = block.headers.map((header, index) => ({ header, share: shares[index] ?? 1 }));
      const reference = cellContent(block.reference);
      return [dataTable(columns, block.rows.map((row) => requirementCells(row, block.form, reference, block.instructionLabel)))];
    }
  }
}

/** The chapters that start on a new page. */
const onNewPage = new Set<PlanSection['kind']>(['introduction', 'annex']);

/**
 * A section with its content and subsections. `shift` moves the headings
 * down a level (the response form after the specification); `newPage`
 * starts the section on a new page.
 */
export function sectionContent(section: PlanSection, shift = 0, newPage = onNewPage.has(section.kind)): FileChild[] {
  return [
    heading(section.level + shift, section.number, section.title, newPage ? { pageBreakBefore: true } : {}),
    ...section.blocks.flatMap((block) => blockContent(block)),
    ...section.children.flatMap((child) => sectionContent(child, shift)),
  ];
}
