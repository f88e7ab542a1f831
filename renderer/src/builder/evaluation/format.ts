/** Numbers, percentages, points and money on the Evaluation step, in the UI language's locale. */
import { localeOf, type UiLanguage } from '../../../../shared/languages';
import type { Currency } from '../../../../shared/specification/model';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: UiLanguage, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${language}:${key}`;
  let format = formats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(localeOf[language], options);
    formats.set(id, format);
  }
  return format;
}

/** Up to two decimals, grouped ("1 250 000,5"). */
export function formatDecimal(value: number, language: UiLanguage): string {
  return numberFormat(language, 'decimal', { maximumFractionDigits: 2 }).format(value);
}

/** As the user would type it back into a field: no grouping ("12,5"). */
export function formatEditable(value: number, language: UiLanguage): string {
  return numberFormat(language, 'editable', { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

/** Points with exactly two decimals, so that the example's columns line up. */
export function formatPoints(value: number, language: UiLanguage): string {
  return numberFormat(language, 'points', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A weight given in per cent (0–100): "30 %" or "30%" as the locale writes it. */
export function formatPercent(percent: number, language: UiLanguage): string {
  return numberFormat(language, 'percent', { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}

/** A share (0–1) as a percentage. */
export function formatShare(share: number, language: UiLanguage): string {
  return numberFormat(language, 'share', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** Money in the procurement's currency, written the locale's way ("1 000 000 kr", "€1,000,000"); öre and cents only when there are any. */
export function formatMoney(value: number, currency: Currency, language: UiLanguage): string {
  const decimals = Number.isInteger(value) ? 0 : 2;
  return numberFormat(language, `money:${currency}:${decimals}`, { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** The symbol or code the locale writes for a currency ("kr", "€", "NOK"), shown beside amount fields. */
export function currencySymbol(currency: Currency, language: UiLanguage): string {
  const part = numberFormat(language, `money:${currency}:0`, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 })
    .formatToParts(0)
    .find((p) => p.type === 'currency');
  return part?.value ?? currency;
}
