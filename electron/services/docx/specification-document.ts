/**
 * The specification as a tender annex, written from the plan: cover,
 * contents, the chapters in the plan's order (introduction, needs and goals,
 * market dialogue, the requirements by section, qualification requirements,
 * contract conditions, the evaluation model, the annexes); optionally
 * followed by the supplier response form.
 */
import { buildDocx, type Part } from './build';
import { documentContext, type ExportHooks, type ExportInput } from './context';
import { coverContent, tableOfContents } from './cover';
import { documentShell } from './document-shell';
import { sectionContent } from './plan-writer';
import { appendedResponseFormParts } from './response-form';

export async function exportSpecificationDocx(input: ExportInput, hooks: ExportHooks = {}): Promise<Uint8Array> {
  const context = documentContext(input);
  const { plan } = context;
  const parts: Part[] = [
    () => coverContent(plan.cover),
    () => tableOfContents(plan.tableOfContentsTitle),
    ...plan.sections.map((section): Part => () => sectionContent(section)),
    ...(input.options.appendResponseForm === true ? appendedResponseFormParts(plan.responseForm) : []),
  ];
  return buildDocx(parts, (children) => documentShell(context, plan.documentType, children), hooks);
}
