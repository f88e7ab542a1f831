/**
 * What the Review step says about each completeness check: a label for what
 * is checked and, while the check is open, what is missing with its figures.
 * Words that differ between jurisdictions (ska-krav / skal-krav, diarienummer
 * / saksnummer) come from the `_se`, `_no`, `_eu` variants of a key.
 */
import type { TFunction } from 'i18next';
import type { CompletenessCheck } from '../../../../shared/builder/completeness';
import { formatPercent } from '../../../../shared/format/numbers';
import { localeOf, type UiLanguage } from '../../../../shared/languages';
import { norwegianClimateMinimumPercent } from '../../../../shared/procurement-rules';
import type { Specification } from '../../../../shared/specification/model';
import { isScored } from '../../../../shared/specification/model/requirements';

export interface CheckText {
  label: string;
  /** Null while the check is done. */
  message: string | null;
}

/** The checks whose words follow the jurisdiction's vocabulary. */
const byJurisdiction = new Set<CompletenessCheck['id']>(['reference', 'verification', 'evaluatedUsed', 'points', 'deductions']);


/** A language's name in running text of the UI language ("Swedish", "engelska", "norsk bokmål"). */
export function languageName(language: UiLanguage, code: string): string {
  return new Intl.DisplayNames([localeOf[language]], { type: 'language' }).of(code) ?? code;
}

function listOf(language: UiLanguage, items: readonly string[]): string {
  return new Intl.ListFormat(localeOf[language], { style: 'long', type: 'conjunction' }).format(items);
}

export function checkText(check: CompletenessCheck, spec: Specification, language: UiLanguage, t: TFunction): CheckText {
  const key = `steps.review.checks.${check.id}`;
  const context = byJurisdiction.has(check.id) ? spec.jurisdiction : undefined;
  const percent = (value: number): string => formatPercent(value, language);
  const languages = listOf(
    language,
    spec.languages.map((code) => languageName(language, code)),
  );
  const labelValues = { context, languages, full: percent(100), minimum: percent(norwegianClimateMinimumPercent) };
  const label = t(`${key}.label`, labelValues);
  if (check.done) return { label, message: null };

  const count = check.items.length;
  const message = ((): string => {
    switch (check.id) {
      case 'organisationNumber':
        return spec.buyer.organisationNumber.trim() === ''
          ? t(`${key}.openMissing`)
          : t(`${key}.openInvalid`, { value: spec.buyer.organisationNumber.trim() });
      case 'qualityMethod': {
        if (spec.evaluation.basis === 'price-quality') return t(`${key}.openNoMethod`);
        const evaluated = spec.requirements.filter((requirement) => isScored(requirement.obligation)).length;
        return t(`${key}.openPriceOnly`, { count: evaluated, context: spec.jurisdiction });
      }
      case 'weights':
        return spec.evaluation.criteria.length === 0 ? t(`${key}.openNone`) : t(`${key}.open`, { sum: percent(check.values['sum'] ?? 0), full: percent(100) });
      case 'climate':
        return t(`${key}.open`, { weight: percent(check.values['weight'] ?? 0), minimum: percent(norwegianClimateMinimumPercent) });
      case 'needsComplete':
      case 'goalsMeasurable':
      case 'translations':
      case 'verification':
      case 'placeholders':
      case 'tracing':
      case 'criteriaNamed':
      case 'evaluatedUsed':
      case 'points':
      case 'deductions':
        return t(`${key}.open`, { count, context });
      default:
        return t(`${key}.open`, { context });
    }
  })();
  return { label, message };
}
