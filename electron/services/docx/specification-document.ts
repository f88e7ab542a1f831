/**
 * The specification as a tender annex: cover, contents, introduction, needs
 * and goals, market dialogue, the requirements by section, qualification
 * requirements, contract conditions, the evaluation model and the annexes;
 * optionally followed by the supplier response form.
 */
import { annexes } from './annexes';
import { buildDocx, type Part } from './build';
import { documentContext, type ExportHooks, type ExportInput } from './context';
import { specificationCover, tableOfContents } from './cover';
import { documentShell } from './document-shell';
import { evaluationChapter } from './evaluation-chapter';
import { introductionChapter, marketDialogueChapter, needsChapter } from './introduction';
import { roleChapterBlocks, sectionBlocks, specificationTable } from './requirement-chapters';
import { appendedResponseFormParts } from './response-form';

export async function exportSpecificationDocx(input: ExportInput, hooks: ExportHooks = {}): Promise<Uint8Array> {
  const context = documentContext(input);
  const { numbering } = context;
  const parts: Part[] = [
    () => specificationCover(context),
    () => tableOfContents(context),
    () => introductionChapter(context),
    () => needsChapter(context),
    () => marketDialogueChapter(context),
    ...numbering.chapters.map((chapter): Part => () => sectionBlocks(chapter, specificationTable, context)),
    ...[numbering.qualification, numbering.contract].flatMap((chapter): Part[] => (chapter === null ? [] : [() => roleChapterBlocks(chapter, specificationTable, context, true)])),
    () => evaluationChapter(context),
    () => annexes(context),
    ...(input.options.appendResponseForm === true ? appendedResponseFormParts(context) : []),
  ];
  return buildDocx(parts, (children) => documentShell(context, context.t(`cover.documentType.${context.jurisdiction}`), children), hooks);
}
