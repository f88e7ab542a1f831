/**
 * The chapters before the requirements, as plan sections: the introduction
 * (background, scope and volumes, lots, procedure, timetable, annexes, how to
 * read the requirements), the current situation with needs and goals, and the
 * market dialogue. Always chapters 1–3, so requirement numbers do not move
 * when one of them gains or loses content.
 */
import { formatIsoDate } from '../format/dates';
import { formatMoney, formatNumber } from '../format/numbers';
import { localeOf } from '../languages';
import { blank, columns, type PlanContext, singleLine, textCell } from './plan-context';
import type { PlanBlock, PlanCell, PlanColumn, PlanGoTo, PlanSection, PlanSectionKind } from './plan-types';
import { readingGuide } from './plan-reading-guide';

type Part = { title: string; blocks: PlanBlock[] };

const text = (value: string): PlanBlock[] => [{ kind: 'text', text: value }];

/** A chapter of numbered parts; parts without content are left out. `whenEmpty` is what an empty chapter holds. */
function chapter(kind: PlanSectionKind, number: number, title: string, parts: readonly Part[], whenEmpty?: PlanBlock[]): PlanSection {
  const present = parts.filter((part) => part.blocks.length > 0);
  return {
    kind,
    level: 1,
    number: String(number),
    title,
    sectionId: null,
    figures: [],
    blocks: present.length === 0 && whenEmpty !== undefined ? whenEmpty : [],
    children: present.map((part, index) => ({ kind: 'part', level: 2, number: `${number}.${index + 1}`, title: part.title, sectionId: null, figures: [], blocks: part.blocks, children: [] })),
  };
}

/** The columns with something in at least one row (the first always kept): a column of empty cells tells tenderers nothing. */
function filledColumns(header: readonly PlanColumn[], rows: readonly PlanCell[][]): PlanBlock {
  const keep = header.map((_, index) => index === 0 || rows.some((row) => (row[index] ?? []).some((line) => line.kind !== 'text' || !blank(line.text))));
  return { kind: 'table', columns: header.filter((_, index) => keep[index]), rows: rows.map((row) => row.filter((_, index) => keep[index])) };
}

/** Body text, or nothing when the text is blank (so the part is left out). */
function prose(value: string): PlanBlock[] {
  return blank(value) ? [] : text(value);
}

function scope(context: PlanContext): PlanBlock[] {
  const { spec, t, language, currency } = context;
  const out: PlanBlock[] = [];
  const procurement = spec.procurement;
  if (procurement.estimatedValue !== null) out.push({ kind: 'fact', label: t('introduction.estimatedValue'), value: t('common.excludingVat', { amount: formatMoney(procurement.estimatedValue, currency, language) }) });
  if (procurement.cpvCodes.length > 0) out.push({ kind: 'fact', label: t('introduction.cpvCodes'), value: procurement.cpvCodes.join(', ') });
  if (spec.userGroups.length > 0) {
    out.push({ kind: 'leadIn', text: t('introduction.volumesIntro') });
    out.push(
      filledColumns(
        columns([t('introduction.userGroups.name'), 3], [t('introduction.userGroups.description'), 6], [t('introduction.userGroups.size'), 2]),
        spec.userGroups.map((group) => [textCell(group.name), textCell(group.description), textCell(group.size === undefined ? '' : formatNumber(group.size, language))]),
      ),
    );
  }
  return out;
}

function lots(context: PlanContext): PlanBlock[] {
  const { spec, t, language, currency } = context;
  const procurement = spec.procurement;
  if (procurement.lots.length === 0) {
    return blank(singleLine(procurement.notDividedReason)) ? text(t('introduction.notDivided')) : [{ kind: 'leadIn', text: t('introduction.notDividedBecause') }, ...text(procurement.notDividedReason)];
  }
  return [
    { kind: 'leadIn', text: t('introduction.lotsIntro', { count: procurement.lots.length }) },
    filledColumns(
      columns([t('introduction.lotColumns.lot'), 3], [t('introduction.lotColumns.description'), 6], [t('introduction.lotColumns.value'), 2]),
      procurement.lots.map((lot) => [textCell(lot.title), textCell(lot.description), textCell(lot.estimatedValue === undefined ? '' : formatMoney(lot.estimatedValue, currency, language))]),
    ),
  ];
}

/** Whether variants are allowed and, if so, their minimum requirements; nothing while undecided. */
function variants(context: PlanContext): PlanBlock[] {
  const { t } = context;
  const { allowed, conditions } = context.spec.procurement.variants;
  if (allowed === null) return [];
  const out: PlanBlock[] = [{ kind: 'fact', label: t('introduction.variants'), value: t(allowed ? 'introduction.variantsAllowed' : 'introduction.variantsNotAllowed') }];
  if (allowed && !blank(singleLine(conditions))) out.push({ kind: 'leadIn', text: t('introduction.variantConditions') }, ...text(conditions));
  return out;
}

function procedure(context: PlanContext): PlanBlock[] {
  const { spec, t } = context;
  const chosen = spec.procurement.procedure;
  return [
    // Undecided: a field for the buyer to fill in before publishing, never "Not decided yet".
    chosen === null ? { kind: 'fillInFact', label: t('introduction.procedure'), fillIn: context.fillIn } : { kind: 'fact', label: t('introduction.procedure'), value: t(`procedure.${chosen}`) },
    { kind: 'fact', label: t('introduction.awardBasis'), value: t(`evaluation.basisName.${spec.evaluation.basis}`) },
    ...variants(context),
  ];
}

/** "1 month", "12 months", "1 måned", "12 måneder", the count as the language writes numbers. */
export function months(count: number, context: PlanContext): string {
  const one = new Intl.PluralRules(localeOf[context.language]).select(count) === 'one';
  return context.t(one ? 'common.monthsOne' : 'common.months', { count: formatNumber(count, context.language) });
}

function timetable(context: PlanContext): PlanBlock[] {
  const { spec, t, language, currency } = context;
  const period = spec.procurement.contractPeriod;
  const out: PlanBlock[] = [];
  if (period.startDate !== null) out.push({ kind: 'fact', label: t('introduction.contractStart'), value: formatIsoDate(period.startDate, language) });
  if (period.endDate !== null) out.push({ kind: 'fact', label: t('introduction.contractEnd'), value: formatIsoDate(period.endDate, language) });
  if (period.durationMonths !== undefined) out.push({ kind: 'fact', label: t('introduction.duration'), value: months(period.durationMonths, context) });
  if (spec.procurement.options.length > 0) {
    out.push({ kind: 'leadIn', text: t('introduction.optionsIntro') });
    for (const option of spec.procurement.options) {
      const details = [
        option.durationMonths === undefined ? '' : months(option.durationMonths, context),
        option.estimatedValue === undefined ? '' : t('introduction.optionValue', { amount: formatMoney(option.estimatedValue, currency, language) }),
      ].filter((part) => part !== '');
      out.push({ kind: 'bullet', text: details.length === 0 ? option.description : `${singleLine(option.description)} (${details.join(', ')})` });
    }
  }
  return out;
}

function attachments(context: PlanContext): PlanBlock[] {
  const { spec, t } = context;
  if (spec.attachments.length === 0) return [];
  return [
    { kind: 'leadIn', text: t('introduction.attachmentsIntro') },
    {
      kind: 'table',
      columns: columns([t('introduction.attachmentColumns.name'), 4], [t('introduction.attachmentColumns.description'), 7]),
      rows: spec.attachments.map((attachment) => [textCell(attachment.name), textCell(attachment.description)]),
    },
  ];
}

export function introductionChapter(context: PlanContext): PlanSection {
  const { spec, t } = context;
  const introduction = chapter('introduction', 1, t('introduction.title'), [
    { title: t('introduction.background'), blocks: prose(spec.background) },
    { title: t('introduction.scope'), blocks: scope(context) },
    { title: t('introduction.lots'), blocks: lots(context) },
    { title: t('introduction.procedureTitle'), blocks: procedure(context) },
    { title: t('introduction.timetable'), blocks: timetable(context) },
    { title: t('introduction.attachments'), blocks: attachments(context) },
    { title: t('introduction.readingGuide.title'), blocks: readingGuide(context) },
  ]);
  if (spec.procurement.procedure === null) {
    const part = introduction.children.find((child) => child.title === t('introduction.procedureTitle'));
    context.note({ code: 'introduction.procedureUndecided', category: 'placeholder', place: part === undefined ? '1' : `${part.number} ${part.title}`, printed: context.fillIn.title, goTo: { step: 'procurement', check: 'procedure' } });
  }
  return introduction;
}

function needsTable(context: PlanContext): PlanBlock[] {
  const { spec, t } = context;
  if (spec.needs.length === 0) return [];
  return [
    filledColumns(
      columns([t('needs.columns.need'), 5], [t('needs.columns.who'), 2], [t('needs.columns.why'), 5], [t('needs.columns.priority'), 2]),
      spec.needs.map((need) => [textCell(need.statement), textCell(need.who), textCell(need.why), textCell(t(`needs.priority.${need.priority}`))]),
    ),
  ];
}

function goalsTable(context: PlanContext): PlanBlock[] {
  const { spec, t } = context;
  if (spec.goals.length === 0) return [];
  const withUnit = (value: string, unit: string | undefined): string => (unit === undefined || blank(singleLine(unit)) || blank(singleLine(value)) ? value : `${value} ${unit}`);
  return [
    filledColumns(
      columns([t('needs.goalColumns.goal'), 4], [t('needs.goalColumns.indicator'), 4], [t('needs.goalColumns.baseline'), 2], [t('needs.goalColumns.target'), 2]),
      spec.goals.map((goal) => [textCell(goal.description), textCell(goal.indicator), textCell(withUnit(goal.baseline, goal.unit)), textCell(withUnit(goal.target, goal.unit))]),
    ),
  ];
}

function stakeholders(context: PlanContext): PlanBlock[] {
  const { spec, t } = context;
  if (spec.stakeholders.length === 0) return [];
  return [
    filledColumns(
      columns([t('needs.stakeholderColumns.name'), 3], [t('needs.stakeholderColumns.role'), 3], [t('needs.stakeholderColumns.description'), 6]),
      spec.stakeholders.map((stakeholder) => [textCell(stakeholder.name), textCell(stakeholder.role), textCell(stakeholder.description)]),
    ),
  ];
}

/**
 * A chapter with nothing decided yet: left out when the user chose to omit empty chapters (the
 * numbers of the others stay, as the app shows them), else a field for the buyer to fill in.
 */
function emptyChapter(code: string, place: string, goTo: PlanGoTo, context: PlanContext): 'omit' | PlanBlock[] {
  if (context.choices.omitEmptyChapters === true) {
    context.note({ code: `${code}Omitted`, category: 'dropped', severity: 'warning', place, printed: '', goTo });
    return 'omit';
  }
  context.note({ code, category: 'empty', place, printed: context.fillIn.title, goTo });
  return [{ kind: 'fillIn', fillIn: context.fillIn }];
}

/** Chapter 2; null when it is empty and empty chapters are left out. */
export function needsChapter(context: PlanContext): PlanSection | null {
  const { spec, t } = context;
  const parts: Part[] = [
    { title: t('needs.currentSituation'), blocks: prose(spec.currentSituation) },
    { title: t('needs.stakeholders'), blocks: stakeholders(context) },
    { title: t('needs.needs'), blocks: needsTable(context) },
    { title: t('needs.goals'), blocks: goalsTable(context) },
  ];
  let whenEmpty: PlanBlock[] = [];
  if (parts.every((part) => part.blocks.length === 0)) {
    const empty = emptyChapter('needs.none', `2 ${t('needs.title')}`, { step: 'needs', check: 'needs' }, context);
    if (empty === 'omit') return null;
    whenEmpty = empty;
  }
  const section = chapter('needs', 2, t('needs.title'), parts, whenEmpty);
  return { ...section, figures: [{ unit: 'needs', count: spec.needs.length }, { unit: 'goals', count: spec.goals.length }] };
}

/** Chapter 3; null when it is empty and empty chapters are left out. */
export function marketDialogueChapter(context: PlanContext): PlanSection | null {
  const { spec, t, language } = context;
  const base: PlanSection = { kind: 'marketDialogue', level: 1, number: '3', title: t('marketDialogue.title'), sectionId: null, figures: [], blocks: [], children: [] };
  if (spec.marketDialogue.length === 0) {
    const empty = emptyChapter('marketDialogue.none', `3 ${base.title}`, { step: 'needs' }, context);
    return empty === 'omit' ? null : { ...base, blocks: empty };
  }
  return {
    ...base,
    figures: [{ unit: 'meetings', count: spec.marketDialogue.length }],
    blocks: [
      { kind: 'leadIn', text: t('marketDialogue.intro') },
      filledColumns(
        columns([t('marketDialogue.columns.when'), 3], [t('marketDialogue.columns.participants'), 4], [t('marketDialogue.columns.learned'), 4], [t('marketDialogue.columns.changed'), 4]),
        spec.marketDialogue.map((entry) => [
          [...textCell(t(`marketDialogue.form.${entry.form}`), true), ...textCell(entry.date === null ? '' : formatIsoDate(entry.date, language))],
          textCell(entry.participants),
          textCell(entry.learned),
          textCell(entry.changed),
        ]),
      ),
    ],
  };
}
