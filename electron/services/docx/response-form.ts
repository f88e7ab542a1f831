/**
 * The supplier's response form, written from the plan: a document of its
 * own (cover, contents, the form) or the end of the specification (a heading
 * with the form's name, then the form with every heading a level down).
 */
import type { ResponseFormPlan } from '../../../shared/tender-document/plan-types';
import { body, heading } from './blocks';
import { buildDocx, type Part } from './build';
import { documentContext, type ExportHooks, type ExportInput } from './context';
import { coverContent, tableOfContents } from './cover';
import { documentShell } from './document-shell';
import { sectionContent } from './plan-writer';

/** The form's parts; on its own, the first (the instructions) starts on a new page after the contents. */
function formParts(form: ResponseFormPlan, shift: number): Part[] {
  return form.sections.map((section, index): Part => () => sectionContent(section, shift, shift === 0 && index === 0));
}

/** The form as the last part of the specification: a new page headed with the form's name, then the form. */
export function appendedResponseFormParts(form: ResponseFormPlan): Part[] {
  return [() => [heading(1, '', form.documentType, { pageBreakBefore: true }), ...body(form.role)], ...formParts(form, 1)];
}

export async function exportResponseFormDocx(input: ExportInput, hooks: ExportHooks = {}): Promise<Uint8Array> {
  const context = documentContext(input);
  const form = context.plan.responseForm;
  const parts: Part[] = [() => coverContent(form.cover), () => tableOfContents(context.plan.tableOfContentsTitle), ...formParts(form, 0)];
  return buildDocx(parts, (children) => documentShell(context, form.documentType, children), hooks);
}
