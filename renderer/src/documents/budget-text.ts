/**
 * A parse-budget limit in the user's words and numbers: "more than 30 000
 * items in one list", for the open-problem notice and the save indicator.
 */
import type { TFunction } from 'i18next';
import type { BudgetExcess } from '../../../shared/file-reading/budget-excess';
import { formatNumber } from '../../../shared/format/numbers';
import type { UiLanguage } from '../../../shared/languages';

export function budgetLimitText(t: TFunction, language: UiLanguage, excess: BudgetExcess): string {
  const max = excess.limit === 'file-size' ? formatNumber(excess.max / (1024 * 1024), language, 1) : formatNumber(excess.max, language, 0);
  return t(`budget.${excess.limit}`, { max });
}
