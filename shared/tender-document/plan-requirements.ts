/**
 * The requirement chapters of the plan: a heading per section with its
 * introduction and its table of requirement rows, the chapters of
 * qualification requirements and contract conditions grouped by section,
 * and the same chapters as the response form shows them.
 */
import { formatMoney, formatNumber } from '../format/numbers';
import { unitName } from '../format/units';
import type { AnswerType, Requirement, Section } from '../specification/model';
import type { NumberedRequirement, NumberedSection, RoleChapter } from '../specification/numbering';
import { parameterTexts } from '../specification/parameters';
import { fillParameters } from '../templates/instantiate';
import { blank, type PlanContext, singleLine } from './plan-context';
import type { PlanBlock, PlanCell, PlanCellLine, PlanSection, RequirementRow } from './plan-types';
import { planPlainText, planRichText } from './plan-rich-text';
import { escapeRichText } from '../text/rich-text';
import type { Texts } from './texts';
import { isScored } from '../specification/model/requirements';

export type RequirementForm = 'specification' | 'responseForm';

/** A rich text of the requirement (its text, its response instruction) in the document language (else the primary one), parameters filled in as written, never as markup. */
export function requirementSource(requirement: Requirement, text: Requirement['text'] | undefined, context: PlanContext): string {
  // Each value as the document's language writes it ("16:00" for a time, "99,5" in sv and nb), escaped so it never becomes markup.
  const values = Object.fromEntries(Object.entries(parameterTexts(requirement.parameters, context.language)).map(([name, value]) => [name, value === null ? null : escapeRichText(value)]));
  return fillParameters(context.local(text), values);
}

/** The requirement's text in the document language (else the primary one), parameters filled in: rich-text source. */
export function requirementText(requirement: Requirement, context: PlanContext): string {
  return requirementSource(requirement, requirement.text, context);
}

/** A field after its label ("Värde (kr):"); the field is titled with the label less its colon. */
function labelledField(label: string, t: Texts): PlanCellLine {
  return { kind: 'field', title: singleLine(label.replace(/:\s*$/, '')), label: singleLine(label), placeholder: t('answer.placeholder') };
}

/** A cell the supplier fills in: a field after `label`, titled `title` (the label by default). */
export function fillInCell(t: Texts, label: string, title?: string): PlanCell {
  return title === undefined ? [labelledField(label, t)] : [{ kind: 'field', title: singleLine(title), label: singleLine(label), placeholder: t('answer.placeholder') }];
}

function bounds(answer: Extract<AnswerType, { kind: 'number' }>, context: PlanContext): string {
  const { t, language } = context;
  const unit = singleLine(unitName(answer.unit, language));
  const { min, max } = answer;
  if (min !== undefined && max !== undefined) return t('answer.numberBetween', { unit, min: formatNumber(min, language), max: formatNumber(max, language) });
  if (min !== undefined) return t('answer.numberAtLeast', { unit, min: formatNumber(min, language) });
  if (max !== undefined) return t('answer.numberAtMost', { unit, max: formatNumber(max, language) });
  return unit === '' ? t('answer.numberPlain') : t('answer.number', { unit });
}

/** The empty answer cell for a requirement of this answer type. */
export function answerCell(answer: AnswerType, context: PlanContext): PlanCell {
  const { t, language } = context;
  const prompt = (text: string): PlanCellLine => ({ kind: 'prompt', text: singleLine(text) });
  const tickBox = (label: string): PlanCellLine => ({ kind: 'tickBox', label: singleLine(label) });
  switch (answer.kind) {
    case 'yes-no':
      return [tickBox(t('answer.yes')), tickBox(t('answer.no'))];
    case 'confirmation':
      return [tickBox(t('answer.confirm'))];
    case 'number':
      return [labelledField(bounds(answer, context), t)];
    case 'text':
      return [labelledField(answer.maxLength === undefined ? t('answer.text') : t('answer.textLimited', { max: formatNumber(answer.maxLength, language) }), t)];
    case 'choice':
      return [prompt(answer.multiple ? t('answer.chooseSeveral') : t('answer.chooseOne')), ...answer.options.map((option) => tickBox(option))];
    case 'date':
      return answer.period ? [labelledField(t('answer.periodFrom'), t), labelledField(t('answer.periodTo'), t)] : [labelledField(t('answer.date'), t)];
    case 'attachment': {
      const what = answer.description === undefined || singleLine(answer.description) === '' ? [] : [prompt(t('answer.attachmentWhat', { description: singleLine(answer.description) }))];
      return [...what, labelledField(t('answer.attachmentName'), t)];
    }
    case 'compliance': {
      const annex = answer.additionPriceAnnex === undefined || singleLine(answer.additionPriceAnnex) === '' ? t('answer.compliancePriceAnnex') : singleLine(answer.additionPriceAnnex);
      return [
        prompt(t('answer.chooseOne')),
        tickBox(t('answer.complianceNow')),
        tickBox(t('answer.complianceLater')),
        labelledField(t('answer.complianceFrom'), t),
        tickBox(t('answer.no')),
        tickBox(t('answer.complianceAddition', { annex })),
        labelledField(t('answer.complianceReference'), t),
      ];
    }
  }
}

/** A requirement's optional text (title, response instruction) in the document language, or null when it has none. */
function optionalText(text: Requirement['title'], context: PlanContext): string | null {
  const local = context.local(text);
  return blank(local) ? null : local;
}

/** One requirement as its row prints it. */
export function requirementRow({ requirement, number }: NumberedRequirement, context: PlanContext, place: string): RequirementRow {
  const { t, language, currency } = context;
  const goTo = { step: 'requirements', itemId: requirement.id } as const;
  const richText = planRichText(requirementText(requirement, context), context, { place, goTo });
  const text = planPlainText(richText);
  if (blank(text)) context.note({ code: 'requirement.noText', category: 'empty', place, printed: '', values: { number }, goTo });
  const evaluation = isScored(requirement.obligation) ? requirement.evaluation : undefined;
  const scoring: string[] = [];
  if (evaluation?.points !== undefined) scoring.push(t('requirements.points', { points: formatNumber(evaluation.points, language) }));
  if (evaluation?.deduction !== undefined) scoring.push(t('requirements.deduction', { amount: formatMoney(evaluation.deduction, currency, language) }));
  // A number the section's scheme could not give (missing or already taken): the automatic one is printed instead.
  const issue = context.numbering.issues.find((candidate) => candidate.requirementId === requirement.id);
  if (issue !== undefined) {
    context.note({ code: issue.kind === 'duplicate' ? 'numbering.duplicate' : 'numbering.fixedMissing', category: 'inconsistent', place, printed: number, values: { number }, goTo: { step: 'requirements', itemId: requirement.id } });
  }
  const method = requirement.verification.method;
  // No method: the cell says nothing rather than "Not stated".
  if (method === null) context.note({ code: 'requirement.noVerification', category: 'empty', place, printed: '', values: { number }, goTo: { step: 'requirements', check: 'verification', itemId: requirement.id } });
  const title = optionalText(requirement.title, context);
  const instruction = blank(context.local(requirement.responseInstruction)) ? null : requirementSource(requirement, requirement.responseInstruction, context);
  const instructionRich = instruction === null ? null : planRichText(instruction, context, { place, goTo: { step: 'requirements', itemId: requirement.id } });
  return {
    number,
    id: requirement.id,
    obligation: requirement.obligation,
    title: title === null ? null : singleLine(title),
    text,
    richText,
    responseInstruction: instructionRich === null ? null : { text: planPlainText(instructionRich), richText: instructionRich },
    standards: requirement.standards.length === 0 ? null : t('requirements.standards', { standards: requirement.standards.map((id) => context.standardNames.get(id) ?? id).join(', ') }),
    obligationLabel: t(`obligation.${requirement.obligation}`),
    scoring,
    verification: method === null ? '' : t(`verification.${method}`),
    verificationDescription: requirement.verification.description ?? '',
    answer: answerCell(requirement.answerType, context),
  };
}

/** A section's heading: its title in the document language, else another language of the document, else "Untitled section". */
export function sectionTitle(section: Section | null, context: PlanContext): { title: string; untitled: boolean } {
  if (section === null) return { title: context.t('requirements.otherSection'), untitled: false };
  const title = context.local(section.title);
  return blank(title) ? { title: context.t('requirements.untitledSection'), untitled: true } : { title, untitled: false };
}

function headersOf(form: RequirementForm, t: Texts): string[] {
  return form === 'specification'
    ? ['number', 'requirement', 'obligation', 'verification', 'answer'].map((column) => t(`requirements.columns.${column}`))
    : ['number', 'requirement', 'obligation', 'answer', 'reference'].map((column) => t(`responseForm.columns.${column}`));
}

function requirementTable(items: readonly NumberedRequirement[], form: RequirementForm, context: PlanContext, place: string, rows: Map<string, RequirementRow>): PlanBlock[] {
  if (items.length === 0) return [];
  return [
    {
      kind: 'requirements',
      form,
      headers: headersOf(form, context.t),
      // Each requirement is worded once, for the specification and the response form alike.
      rows: items.map((item) => {
        let row = rows.get(item.requirement.id);
        if (row === undefined) {
          row = requirementRow(item, context, place);
          rows.set(item.requirement.id, row);
        }
        return row;
      }),
      reference: fillInCell(context.t, context.t('responseForm.referencePrompt')),
      instructionLabel: context.t('requirements.instructionLabel'),
    },
  ];
}

/** A section of requirements on the service with its subsections; `shift` moves the headings down (the form after the specification). */
export function sectionChapter(numbered: NumberedSection, form: RequirementForm, context: PlanContext, rows: Map<string, RequirementRow>, shift = 0): PlanSection {
  const section = numbered.section;
  const { title, untitled } = sectionTitle(section, context);
  const place = `${numbered.number} ${title}`;
  // Placeholders are noted once, from the specification's chapters.
  if (untitled && form === 'specification' && section !== null) context.note({ code: 'section.untitled', category: 'placeholder', place, printed: title, goTo: { step: 'requirements', itemId: section.id } });
  const blocks: PlanBlock[] = [];
  const intro = form === 'specification' && section?.intro !== undefined ? context.local(section.intro) : '';
  if (!blank(intro) && section !== null) blocks.push({ kind: 'richText', content: planRichText(intro, context, { place, goTo: { step: 'requirements', itemId: section.id } }) });
  blocks.push(...requirementTable(numbered.requirements, form, context, place, rows));
  return {
    kind: 'section',
    level: numbered.level + shift,
    number: numbered.number,
    title,
    sectionId: section?.id ?? null,
    figures: [],
    blocks,
    children: numbered.children.map((child) => sectionChapter(child, form, context, rows, shift)),
  };
}

/** The chapter of qualification requirements or of contract conditions, grouped by section. */
export function roleChapter(chapter: RoleChapter, form: RequirementForm, context: PlanContext, rows: Map<string, RequirementRow>, shift = 0): PlanSection {
  const { t } = context;
  const children = chapter.groups.map((group): PlanSection => {
    const parts = group.path.map((part) => context.local(part));
    const title = group.section === null ? t('requirements.otherSection') : parts.map((part) => (blank(part) ? t('requirements.untitledSection') : part)).join(' – ');
    const place = `${group.number} ${title}`;
    if (form === 'specification' && group.section !== null && parts.some(blank)) {
      context.note({ code: 'section.untitled', category: 'placeholder', place, printed: t('requirements.untitledSection'), goTo: { step: 'requirements', itemId: group.section.id } });
    }
    return {
      kind: 'section',
      level: 2 + shift,
      number: group.number,
      title,
      sectionId: group.section?.id ?? null,
      figures: [],
      blocks: requirementTable(group.requirements, form, context, place, rows),
      children: [],
    };
  });
  return {
    kind: chapter.role,
    level: 1 + shift,
    number: chapter.number,
    title: t(`requirements.${chapter.role}.title`),
    sectionId: null,
    figures: [],
    blocks: form === 'specification' ? [{ kind: 'text', text: t(`requirements.${chapter.role}.intro`) }] : [],
    children,
  };
}
