/**
 * The requirement chapters: a heading per section (Heading 1–3 and below),
 * the section's introduction, and one table per section whose header row
 * repeats on every page. The specification and the response form share the
 * layout and differ in their columns.
 */
import type { FileChild } from 'docx';
import type { Section } from '../../../shared/specification/model';
import { body, heading } from './blocks';
import type { DocumentContext } from './context';
import { textIn } from '../../../shared/text/localised';
import type { NumberedRequirement, NumberedSection, RoleChapter } from '../../../shared/specification/numbering';
import { answerCell } from './answer-cells';
import { numberCell, obligationCell, textCellOf, verificationCell } from './requirement-cells';
import { type CellContent, type Column, dataTable } from './tables';

export interface RequirementTableShape {
  columns: (context: DocumentContext) => Column[];
  row: (item: NumberedRequirement, context: DocumentContext) => CellContent[];
  /** Whether sections' introductions are printed above their tables. */
  sectionIntros: boolean;
}

/** The specification's table: number, requirement, Ska/Bör, verification, answer. */
export const specificationTable: RequirementTableShape = {
  columns: ({ t }) => [
    { header: t('requirements.columns.number'), share: 11 },
    { header: t('requirements.columns.requirement'), share: 37 },
    { header: t('requirements.columns.obligation'), share: 12 },
    { header: t('requirements.columns.verification'), share: 18 },
    { header: t('requirements.columns.answer'), share: 22 },
  ],
  row: ({ requirement, number }, context) => [
    numberCell(number, requirement),
    textCellOf(requirement, context.rows),
    obligationCell(requirement, context.rows),
    verificationCell(requirement, context.t),
    answerCell(requirement.answerType, context.language, context.t),
  ],
  sectionIntros: true,
};

function sectionTitle(section: Section | null, context: DocumentContext): string {
  return section === null ? context.t('requirements.otherSection') : textIn(section.title, context.language, [context.primary]) || context.t('requirements.untitledSection');
}

function requirementTable(items: readonly NumberedRequirement[], shape: RequirementTableShape, context: DocumentContext): FileChild[] {
  if (items.length === 0) return [];
  return [dataTable(shape.columns(context), items.map((item) => shape.row(item, context)))];
}

/**
 * A section of requirements on the service, with its subsections. `shift`
 * moves the headings down a level (a response form after the specification).
 */
export function sectionBlocks(section: NumberedSection, shape: RequirementTableShape, context: DocumentContext, shift = 0): FileChild[] {
  const out: FileChild[] = [heading(section.level + shift, section.number, sectionTitle(section.section, context))];
  if (shape.sectionIntros && section.section?.intro !== undefined) out.push(...body(textIn(section.section.intro, context.language, [context.primary])));
  out.push(...requirementTable(section.requirements, shape, context));
  for (const child of section.children) out.push(...sectionBlocks(child, shape, context, shift));
  return out;
}

/** The chapter of qualification requirements or of contract conditions, grouped by section. */
export function roleChapterBlocks(chapter: RoleChapter, shape: RequirementTableShape, context: DocumentContext, withIntro: boolean, shift = 0): FileChild[] {
  const { t } = context;
  const out: FileChild[] = [heading(1 + shift, chapter.number, t(`requirements.${chapter.role}.title`))];
  if (withIntro) out.push(...body(t(`requirements.${chapter.role}.intro`)));
  for (const group of chapter.groups) {
    const title = group.section === null ? t('requirements.otherSection') : group.path.map((part) => textIn(part, context.language, [context.primary]) || t('requirements.untitledSection')).join(' – ');
    out.push(heading(2 + shift, group.number, title));
    out.push(...requirementTable(group.requirements, shape, context));
  }
  return out;
}
