import type { TFunction, i18n as I18n } from 'i18next';
import type { PreflightItem } from '../../../shared/tender-document/plan-types';

/** How one preflight item reads in the list: its sentence, and the parts of it quoted from the document (in the document's language). */
export interface PreflightItemText {
  /** Where it is printed ("Cover", "1.4 Procedure"). */
  place: string;
  /** What the item says about it, in the UI language. */
  message: string;
}

/**
 * The one function that words a preflight item. An item whose code has its own
 * UI text ("preflight.<code>", in the UI catalogues) reads by that text; until
 * then it says where the export prints it and what it prints there instead.
 */
export function preflightItemText(item: PreflightItem, t: TFunction, i18n: I18n): PreflightItemText {
  const place = item.place === 'cover' ? t('exportDialog.preflightCover') : item.place;
  const key = `preflight.${item.code}`;
  const values = { ...item.values, place, printed: item.printed };
  if (i18n.exists(key)) return { place, message: t(key, values) };
  return { place, message: item.printed.trim() === '' ? t('exportDialog.preflightEmpty') : t('exportDialog.preflightPrinted', values) };
}
