/**
 * Which set of procurement rules an estimated value falls under, decided
 * from the rules data (thresholds with validity dates and "verify" flags),
 * never from amounts written in code.
 *
 * The limits of one jurisdiction form a ladder, lowest first: the amount the
 * act applies from (Norway), the direct-award limit (Sweden) or the national
 * threshold (Norway), then the EU/EEA thresholds for supplies and services
 * (central government below sub-central authorities). The value is placed on
 * that ladder: the highest limit it reaches and the lowest limit it stays
 * under. A limit in another currency than the value is never converted: it
 * is reported as not compared, and when such a limit lies between the two,
 * the regime is left undetermined.
 */
import type { Jurisdiction } from '../specification/model/common';
import type { Currency } from '../specification/model/procurement';
import type { JurisdictionRules, Threshold } from '../templates/catalogues';

export type ThresholdComparison = 'below' | 'at-or-above' | 'other-currency';

export interface ThresholdRow {
  threshold: Threshold;
  comparison: ThresholdComparison;
  /** Whether the row took part in the decision (false for a limit in another currency that a same-currency row replaces). */
  decisive: boolean;
}

export type Regime =
  /** Norway: below the amount the procurement act applies from. */
  | 'outside-act'
  /** Sweden: below the direct-award limit. */
  | 'direct-award'
  /** Norway: below the national threshold (Part I only). */
  | 'below-national'
  /** Norway: at or above the national threshold, below the EEA thresholds (Part II). */
  | 'national'
  /** Below the EU/EEA thresholds (and above any national limit). */
  | 'below-eu'
  /** At or above the threshold for central government, below the one for other authorities. */
  | 'between-eu'
  /** At or above every EU/EEA threshold for supplies and services. */
  | 'above-eu';

export type ThresholdAssessment =
  | { kind: 'no-value' }
  /** No rules data for the jurisdiction, or no threshold in force on the date. */
  | { kind: 'no-rules' }
  | {
      kind: 'placed';
      /** Null when a limit in another currency keeps the answer open. */
      regime: Regime | null;
      /** The highest decisive limit the value reaches, if any. */
      reached: ThresholdRow | null;
      /** The lowest decisive limit the value stays under, if any. */
      under: ThresholdRow | null;
      /** Limits between `reached` and `under` that are in another currency. */
      notCompared: ThresholdRow[];
      /** Every limit in force on the date, in ladder order. */
      rows: ThresholdRow[];
      /** Some decisive limit is marked "verify" in the data. */
      verify: boolean;
    };

export interface ThresholdQuery {
  rules: readonly JurisdictionRules[];
  jurisdiction: Jurisdiction;
  /** Estimated total value excluding VAT, options included; null while not estimated. */
  value: number | null;
  currency: Currency;
  /** The date the answer is for, ISO 8601 (YYYY-MM-DD). */
  today: string;
}

/** The order of the kinds of limit on the ladder. */
const kindOrder: Record<Threshold['kind'], number> = {
  'act-applies-from': 0,
  'direct-award-limit': 1,
  'national-threshold': 1,
  'eu-threshold': 2,
};

/**
 * The rules data has no field for the sector a limit belongs to, so limits
 * for works, social services and the utilities sectors (LUF) are told apart
 * by the words in their ids; an ICT service specification is judged against
 * the limits for supplies and services of the classic sector.
 */
const otherSectorWords = new Set(['works', 'social', 'utilities', 'luf', 'lufs', 'concessions', 'defence']);

export function isServicesThreshold(threshold: Threshold): boolean {
  return !threshold.id.split('-').some((word) => otherSectorWords.has(word));
}

export function isInForce(threshold: Threshold, today: string): boolean {
  return thresholdValidity(threshold, today) === 'inForce';
}

/** Whether a threshold applies on `today` (YYYY-MM-DD), no longer applies, or does not apply yet. */
export function thresholdValidity(threshold: Pick<Threshold, 'validFrom' | 'validTo'>, today: string): 'inForce' | 'expired' | 'upcoming' {
  if (today < threshold.validFrom) return 'upcoming';
  if (threshold.validTo !== null && today > threshold.validTo) return 'expired';
  return 'inForce';
}

function compare(threshold: Threshold, value: number, currency: Currency): ThresholdComparison {
  if (threshold.currency !== currency) return 'other-currency';
  return value >= threshold.amount ? 'at-or-above' : 'below';
}

export function assessThresholds({ rules, jurisdiction, value, currency, today }: ThresholdQuery): ThresholdAssessment {
  const inForce = (rules.find((entry) => entry.jurisdiction === jurisdiction)?.thresholds ?? []).filter(
    (threshold) => isServicesThreshold(threshold) && isInForce(threshold, today),
  );
  if (inForce.length === 0) return { kind: 'no-rules' };
  if (value === null) return { kind: 'no-value' };

  // Within a kind, limits in the value's currency decide; the same limits in
  // another currency are shown, but only decide when nothing else can.
  const kindsInCurrency = new Set(inForce.filter((threshold) => threshold.currency === currency).map((threshold) => threshold.kind));
  const rows: ThresholdRow[] = inForce
    .map((threshold) => ({
      threshold,
      comparison: compare(threshold, value, currency),
      decisive: threshold.currency === currency || !kindsInCurrency.has(threshold.kind),
    }))
    .sort(
      (a, b) =>
        kindOrder[a.threshold.kind] - kindOrder[b.threshold.kind] ||
        Number(a.threshold.currency !== currency) - Number(b.threshold.currency !== currency) ||
        a.threshold.currency.localeCompare(b.threshold.currency) ||
        a.threshold.amount - b.threshold.amount,
    );

  const ladder = rows.filter((row) => row.decisive);
  let reachedIndex = -1;
  ladder.forEach((row, index) => {
    if (row.comparison === 'at-or-above') reachedIndex = index;
  });
  let underIndex = ladder.findIndex((row, index) => index > reachedIndex && row.comparison === 'below');
  if (underIndex === -1) underIndex = ladder.length;
  const reached = ladder[reachedIndex] ?? null;
  const under = ladder[underIndex] ?? null;
  const notCompared = ladder.slice(reachedIndex + 1, underIndex).filter((row) => row.comparison === 'other-currency');
  const regime = notCompared.length > 0 ? null : regimeOf(reached?.threshold ?? null, under?.threshold ?? null, ladder);
  const verify = [reached, under, ...notCompared].some((row) => row?.threshold.verify === true);
  return { kind: 'placed', regime, reached, under, notCompared, rows, verify };
}

function regimeOf(reached: Threshold | null, under: Threshold | null, ladder: readonly ThresholdRow[]): Regime | null {
  if (under?.kind === 'act-applies-from') return 'outside-act';
  if (under?.kind === 'direct-award-limit') return 'direct-award';
  if (under?.kind === 'national-threshold') return 'below-national';
  if (reached?.kind === 'eu-threshold') return under === null ? 'above-eu' : 'between-eu';
  if (under?.kind === 'eu-threshold') return reached?.kind === 'national-threshold' ? 'national' : 'below-eu';
  // Above every national limit, and no EU threshold in the data at all.
  const hasEu = ladder.some((row) => row.threshold.kind === 'eu-threshold');
  if (!hasEu && reached?.kind === 'national-threshold') return 'national';
  return null;
}
