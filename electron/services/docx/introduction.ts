/**
 * The chapters before the requirements: the introduction (background, scope
 * and volumes, lots, procedure, timetable, annexes, how to read the
 * requirements), the current situation with needs and goals, and the market
 * dialogue. Always chapters 1–3, so requirement numbers do not move when one
 * of them gains or loses content.
 */
import type { FileChild } from 'docx';
import { body, bullet, fact, heading, leadIn } from './blocks';
import type { DocumentContext } from './context';
import { formatIsoDate } from './formatting';
import { formatMoney, formatNumber } from '../../../shared/format/numbers';
import { oneLine } from './sanitise';
import { dataTable, textCell } from './tables';

type Part = { title: string; content: FileChild[] };

/** A chapter of numbered sections; sections without content are left out. */
function chapter(number: number, title: string, parts: readonly Part[], options: { pageBreakBefore?: boolean; whenEmpty?: string } = {}): FileChild[] {
  const present = parts.filter((part) => part.content.length > 0);
  const out: FileChild[] = [heading(1, String(number), title, options)];
  if (present.length === 0 && options.whenEmpty !== undefined) out.push(...body(options.whenEmpty));
  present.forEach((part, index) => out.push(heading(2, `${number}.${index + 1}`, part.title), ...part.content));
  return out;
}

function scope(context: DocumentContext): FileChild[] {
  const { spec, t, language, currency } = context;
  const out: FileChild[] = [];
  const procurement = spec.procurement;
  if (procurement.estimatedValue !== null) out.push(fact(t('introduction.estimatedValue'), t('common.excludingVat', { amount: formatMoney(procurement.estimatedValue, currency, language) })));
  if (procurement.cpvCodes.length > 0) out.push(fact(t('introduction.cpvCodes'), procurement.cpvCodes.join(', ')));
  if (spec.userGroups.length > 0) {
    out.push(leadIn(t('introduction.volumesIntro')));
    out.push(
      dataTable(
        [
          { header: t('introduction.userGroups.name'), share: 3 },
          { header: t('introduction.userGroups.description'), share: 6 },
          { header: t('introduction.userGroups.size'), share: 2 },
        ],
        spec.userGroups.map((group) => [textCell(group.name), textCell(group.description), textCell(group.size === undefined ? '' : formatNumber(group.size, language))]),
      ),
    );
  }
  return out;
}

function lots(context: DocumentContext): FileChild[] {
  const { spec, t, language, currency } = context;
  const procurement = spec.procurement;
  if (procurement.lots.length === 0) {
    const reason = oneLine(procurement.notDividedReason);
    return reason === '' ? body(t('introduction.notDivided')) : [leadIn(t('introduction.notDividedBecause')), ...body(procurement.notDividedReason)];
  }
  return [
    leadIn(t('introduction.lotsIntro', { count: procurement.lots.length })),
    dataTable(
      [
        { header: t('introduction.lotColumns.lot'), share: 3 },
        { header: t('introduction.lotColumns.description'), share: 6 },
        { header: t('introduction.lotColumns.value'), share: 2 },
      ],
      procurement.lots.map((lot) => [textCell(lot.title), textCell(lot.description), textCell(lot.estimatedValue === undefined ? '' : formatMoney(lot.estimatedValue, currency, language))]),
    ),
  ];
}

function procedure(context: DocumentContext): FileChild[] {
  const { spec, t } = context;
  const chosen = spec.procurement.procedure;
  return [
    fact(t('introduction.procedure'), chosen === null ? t('introduction.procedureUndecided') : t(`procedure.${chosen}`)),
    fact(t('introduction.awardBasis'), t(`evaluation.basisName.${spec.evaluation.basis}`)),
    ...variants(context),
  ];
}

/** Whether variants are allowed and, if so, their minimum requirements; nothing while undecided. */
function variants(context: DocumentContext): FileChild[] {
  const { t } = context;
  const { allowed, conditions } = context.spec.procurement.variants;
  if (allowed === null) return [];
  const out = [fact(t('introduction.variants'), t(allowed ? 'introduction.variantsAllowed' : 'introduction.variantsNotAllowed'))];
  if (allowed && oneLine(conditions) !== '') out.push(leadIn(t('introduction.variantConditions')), ...body(conditions));
  return out;
}

function timetable(context: DocumentContext): FileChild[] {
  const { spec, t, language, currency } = context;
  const period = spec.procurement.contractPeriod;
  const out: FileChild[] = [];
  if (period.startDate !== null) out.push(fact(t('introduction.contractStart'), formatIsoDate(period.startDate, language)));
  if (period.endDate !== null) out.push(fact(t('introduction.contractEnd'), formatIsoDate(period.endDate, language)));
  if (period.durationMonths !== undefined) out.push(fact(t('introduction.duration'), t('common.months', { count: period.durationMonths })));
  if (spec.procurement.options.length > 0) {
    out.push(leadIn(t('introduction.optionsIntro')));
    for (const option of spec.procurement.options) {
      const details = [
        option.durationMonths === undefined ? '' : t('common.months', { count: option.durationMonths }),
        option.estimatedValue === undefined ? '' : t('introduction.optionValue', { amount: formatMoney(option.estimatedValue, currency, language) }),
      ].filter((part) => part !== '');
      out.push(bullet(details.length === 0 ? option.description : `${oneLine(option.description)} (${details.join(', ')})`));
    }
  }
  return out;
}

function attachments(context: DocumentContext): FileChild[] {
  const { spec, t } = context;
  if (spec.attachments.length === 0) return [];
  return [
    leadIn(t('introduction.attachmentsIntro')),
    dataTable(
      [
        { header: t('introduction.attachmentColumns.name'), share: 4 },
        { header: t('introduction.attachmentColumns.description'), share: 7 },
      ],
      spec.attachments.map((attachment) => [textCell(attachment.name), textCell(attachment.description)]),
    ),
  ];
}

function readingGuide(context: DocumentContext): FileChild[] {
  const { t } = context;
  return [...body(t('introduction.readingGuide.numbers')), ...body(t('introduction.readingGuide.obligations')), ...body(t('introduction.readingGuide.answers'))];
}

export function introductionChapter(context: DocumentContext): FileChild[] {
  const { spec, t } = context;
  return chapter(
    1,
    t('introduction.title'),
    [
      { title: t('introduction.background'), content: body(spec.background) },
      { title: t('introduction.scope'), content: scope(context) },
      { title: t('introduction.lots'), content: lots(context) },
      { title: t('introduction.procedureTitle'), content: procedure(context) },
      { title: t('introduction.timetable'), content: timetable(context) },
      { title: t('introduction.attachments'), content: attachments(context) },
      { title: t('introduction.readingGuide.title'), content: readingGuide(context) },
    ],
    { pageBreakBefore: true },
  );
}

function needsTable(context: DocumentContext): FileChild[] {
  const { spec, t } = context;
  if (spec.needs.length === 0) return [];
  return [
    dataTable(
      [
        { header: t('needs.columns.need'), share: 5 },
        { header: t('needs.columns.who'), share: 2 },
        { header: t('needs.columns.why'), share: 5 },
        { header: t('needs.columns.priority'), share: 2 },
      ],
      spec.needs.map((need) => [textCell(need.statement), textCell(need.who), textCell(need.why), textCell(t(`needs.priority.${need.priority}`))]),
    ),
  ];
}

function goalsTable(context: DocumentContext): FileChild[] {
  const { spec, t } = context;
  if (spec.goals.length === 0) return [];
  const withUnit = (value: string, unit: string | undefined): string => (unit === undefined || oneLine(unit) === '' || oneLine(value) === '' ? value : `${value} ${unit}`);
  return [
    dataTable(
      [
        { header: t('needs.goalColumns.goal'), share: 4 },
        { header: t('needs.goalColumns.indicator'), share: 4 },
        { header: t('needs.goalColumns.baseline'), share: 2 },
        { header: t('needs.goalColumns.target'), share: 2 },
      ],
      spec.goals.map((goal) => [textCell(goal.description), textCell(goal.indicator), textCell(withUnit(goal.baseline, goal.unit)), textCell(withUnit(goal.target, goal.unit))]),
    ),
  ];
}

function stakeholders(context: DocumentContext): FileChild[] {
  const { spec, t } = context;
  if (spec.stakeholders.length === 0) return [];
  return [
    dataTable(
      [
        { header: t('needs.stakeholderColumns.name'), share: 3 },
        { header: t('needs.stakeholderColumns.role'), share: 3 },
        { header: t('needs.stakeholderColumns.description'), share: 6 },
      ],
      spec.stakeholders.map((stakeholder) => [textCell(stakeholder.name), textCell(stakeholder.role), textCell(stakeholder.description)]),
    ),
  ];
}

export function needsChapter(context: DocumentContext): FileChild[] {
  const { spec, t } = context;
  return chapter(
    2,
    t('needs.title'),
    [
      { title: t('needs.currentSituation'), content: body(spec.currentSituation) },
      { title: t('needs.stakeholders'), content: stakeholders(context) },
      { title: t('needs.needs'), content: needsTable(context) },
      { title: t('needs.goals'), content: goalsTable(context) },
    ],
    { whenEmpty: t('needs.none') },
  );
}

export function marketDialogueChapter(context: DocumentContext): FileChild[] {
  const { spec, t, language } = context;
  const out: FileChild[] = [heading(1, '3', t('marketDialogue.title'))];
  if (spec.marketDialogue.length === 0) return [...out, ...body(t('marketDialogue.none'))];
  return [
    ...out,
    leadIn(t('marketDialogue.intro')),
    dataTable(
      [
        { header: t('marketDialogue.columns.when'), share: 3 },
        { header: t('marketDialogue.columns.participants'), share: 4 },
        { header: t('marketDialogue.columns.learned'), share: 4 },
        { header: t('marketDialogue.columns.changed'), share: 4 },
      ],
      spec.marketDialogue.map((entry) => [
        [...textCell(t(`marketDialogue.form.${entry.form}`), { bold: true }), ...textCell(entry.date === null ? '' : formatIsoDate(entry.date, language))],
        textCell(entry.participants),
        textCell(entry.learned),
        textCell(entry.changed),
      ]),
    ),
  ];
}
