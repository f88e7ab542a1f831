/**
 * Numbers, points, percentages and money written the way a language writes
 * them (sv-SE, nb-NO, en-GB), for the tender document and the app alike: the
 * one place that decides how a figure reads. Values come first, the language
 * after. Intl formats are slow to make and used thousands of times in a large
 * document, so each is made once.
 */
import { localeOf } from '../languages';
import type { DocumentLanguage } from '../specification/model/common';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: DocumentLanguage, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${language}:${key}`;
  let format = formats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(localeOf[language], options);
    formats.set(id, format);
  }
  return format;
}

/** Grouped, with up to `decimals` decimals and no trailing zeros: "1 250 000,5". */
export function formatNumber(value: number, language: DocumentLanguage, decimals = 2): string {
  return numberFormat(language, `number:${decimals}`, { maximumFractionDigits: decimals }).format(value);
}

/**
 * A number inside running text (a requirement's parameter): grouped only from five digits, so a
 * year or a count such as 2027 reads "2027", while 12000 reads "12 000" and 99.7 reads "99,7".
 */
export function formatNumberInText(value: number, language: DocumentLanguage, decimals = 2): string {
  return numberFormat(language, `inText:${decimals}`, { maximumFractionDigits: decimals, useGrouping: 'min2' }).format(value);
}

/** An amount in a field, '' when there is none: grouped, up to two decimals. */
export function formatAmount(value: number | null | undefined, language: DocumentLanguage): string {
  return value === null || value === undefined ? '' : formatNumber(value, language);
}

/** As the user would type it back into a field: no grouping ("12,5"), up to `decimals` decimals. */
export function formatEditable(value: number, language: DocumentLanguage, decimals = 2): string {
  return numberFormat(language, `editable:${decimals}`, { maximumFractionDigits: decimals, useGrouping: false }).format(value);
}

/** Points with exactly two decimals, so that the columns of a worked example line up. */
export function formatPoints(value: number, language: DocumentLanguage): string {
  return numberFormat(language, 'points', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A weight given in per cent (0–100), with up to two decimals: "30 %" or "30%" as the locale writes it. */
export function formatPercent(percent: number, language: DocumentLanguage): string {
  return numberFormat(language, 'percent', { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}

/** A share (0–1) as a percentage with up to one decimal. */
export function formatShare(share: number, language: DocumentLanguage): string {
  return numberFormat(language, 'share', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/**
 * Money in a currency (ISO 4217 code), written the locale's way
 * ("1 000 000 kr", "NOK 1,000,000"); öre and cents only when there are any.
 */
export function formatMoney(value: number, currency: string, language: DocumentLanguage): string {
  const decimals = Number.isInteger(value) ? 0 : 2;
  return numberFormat(language, `money:${currency}:${decimals}`, { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** The symbol or code the locale writes for a currency ("kr", "€", "NOK"), shown beside amount fields. */
export function currencySymbol(currency: string, language: DocumentLanguage): string {
  const part = numberFormat(language, `money:${currency}:0`, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 })
    .formatToParts(0)
    .find((piece) => piece.type === 'currency');
  return part?.value ?? currency;
}
