/**
 * The readiness report: what a company's bid/no-bid meeting reads — what was
 * checked, against which profile, the showstoppers, the counts, the points or
 * deductions within reach, and a row per requirement (showstoppers first) —
 * worded in the UI language. The DOCX and XLSX writers print it as it is.
 */
import { catalogues, lookup } from '../i18n/catalogues';
import type { UiLanguage } from '../languages';
import { localeOf } from '../languages';
import { formatIsoDate } from '../format/dates';
import { formatNumber } from '../format/numbers';
import type { SupplierProfile } from './profile';
import type { Readiness, ReadinessStatus } from './readiness';
import { answerInWords } from './response-edits';
import type { ReadinessView } from './readiness-subject';

export interface ReadinessReportRow {
  number: string;
  text: string;
  /** "Shall", "Should"… in the report's language. */
  obligation: string;
  status: ReadinessStatus;
  /** The status in words, with "showstopper" and the reason for "partly" where they apply. */
  statusText: string;
  showstopper: boolean;
  answer: string;
  evidence: string;
  /** Points or deduction within reach, in words; empty for requirements that are not evaluated. */
  withinReach: string;
}

export interface ReadinessReport {
  language: UiLanguage;
  title: string;
  /** What was checked and against which profile, on the date given. */
  facts: { label: string; value: string }[];
  summary: string[];
  columns: Record<'number' | 'requirement' | 'obligation' | 'status' | 'answer' | 'evidence' | 'withinReach', string>;
  rows: ReadinessReportRow[];
  /** The sheet's and the table's name. */
  tableTitle: string;
}

export function readinessReport(view: ReadinessView, readiness: Readiness, profile: SupplierProfile, options: { language: UiLanguage; today: string }): ReadinessReport {
  const { language } = options;
  const catalogue = catalogues[language];
  const t = (key: string, values: Record<string, string | number> = {}): string => lookup(catalogue, `supplier.readinessReport.${key}`, values);
  const screen = (key: string, values: Record<string, string | number> = {}): string => lookup(catalogue, `supplier.readiness.${key}`, values);
  const n = (value: number): string => formatNumber(value, language, 2);
  const plural = new Intl.PluralRules(localeOf[language]).select(readiness.showstoppers) === 'one' ? 'one' : 'other';
  const summary = [
    readiness.showstoppers === 0 ? screen('noShowstoppers') : screen(`showstoppers_${plural}`, { formatted: n(readiness.showstoppers) }),
    screen('counts', { meets: n(readiness.counts.meets), partly: n(readiness.counts.partly), doesNot: n(readiness.counts['does-not']), unknown: n(readiness.counts.unknown) }),
    ...(readiness.pointsPossible > 0 ? [screen('points', { reached: n(readiness.pointsWithinReach), possible: n(readiness.pointsPossible) })] : []),
    ...(readiness.deductionPossible > 0 ? [screen('deduction', { reached: n(readiness.deductionWithinReach), possible: n(readiness.deductionPossible) })] : []),
  ];
  const rows = readiness.items.map((item): ReadinessReportRow => {
    const row = view.rows.get(item.requirementId);
    const status = [
      ...(item.showstopper ? [screen('showstopper')] : []),
      screen(`statuses.${item.status}`),
      ...(item.partlyBecause === null ? [] : [screen(`partlyBecause.${item.partlyBecause}`)]),
    ].join(' — ');
    const reach = item.withinReach;
    const withinReach =
      reach === null
        ? ''
        : [
            ...(reach.points > 0 ? [t(reach.reached ? 'pointsReached' : 'pointsMissed', { points: n(reach.points) })] : []),
            ...(reach.deduction > 0 ? [t(reach.reached ? 'deductionReached' : 'deductionMissed', { amount: n(reach.deduction) })] : []),
          ].join(' · ');
    return {
      number: row?.number ?? item.requirementId,
      text: row?.text ?? '',
      obligation: row === undefined ? '' : lookup(catalogue, `docx.obligation.${row.obligation}`),
      status: item.status,
      statusText: status,
      showstopper: item.showstopper,
      answer: item.answer === null ? '' : answerInWords(item.answer, language),
      evidence: item.evidence.map((file) => file.fileName).join(', '),
      withinReach,
    };
  });
  const company = profile.company.name.trim();
  return {
    language,
    title: t('title', { title: view.title }),
    facts: [
      { label: view.packTitles.length > 0 ? t('factPacks') : t('factSpecification'), value: view.title },
      { label: t('factCompany'), value: company === '' ? screen('none') : company },
      { label: t('factDate'), value: formatIsoDate(options.today, language) },
    ],
    summary,
    columns: {
      number: screen('colNumber'),
      requirement: screen('colRequirement'),
      obligation: t('colObligation'),
      status: screen('colStatus'),
      answer: t('colAnswer'),
      evidence: t('colEvidence'),
      withinReach: t('colWithinReach'),
    },
    rows,
    tableTitle: screen('tableLabel'),
  };
}
