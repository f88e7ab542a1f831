/** The sentences for a parameter value's problems and bounds, in the UI language. */
import type { TFunction } from 'i18next';
import { formatWithUnit } from '../../../../shared/format/units';
import type { UiLanguage } from '../../../../shared/languages';
import { formatParameterValue, parameterBounds, type ParameterProblem, type ParameterRule } from '../../../../shared/specification/parameters';

/** What is wrong with a value, naming the bounds with their unit ("between 90 % and 100 %"). */
export function parameterProblemText(problem: ParameterProblem, rule: ParameterRule, language: UiLanguage, t: TFunction): string {
  const bound = (value: number): string => formatWithUnit(value, rule.unit, language);
  switch (problem.kind) {
    case 'notANumber':
      return t('steps.parameters.notANumber');
    case 'notATime':
      return t('steps.parameters.notATime');
    case 'belowMin':
      return t('steps.parameters.atLeast', { min: bound(problem.min) });
    case 'aboveMax':
      return t('steps.parameters.atMost', { max: bound(problem.max) });
    case 'outOfRange':
      return t('steps.parameters.between', { min: bound(problem.min), max: bound(problem.max) });
    default:
      return t('steps.parameters.notANumber');
  }
}

/** The hint under a field: the library's default and the allowed range, as far as there are any. */
export function parameterHint(rule: ParameterRule, defaultValue: string | number | undefined, language: UiLanguage, t: TFunction): string | undefined {
  const parts: string[] = [];
  if (defaultValue !== undefined) parts.push(t('steps.parameters.default', { value: formatWithUnit(formatParameterValue(defaultValue, rule.type, language), rule.type === 'time' ? undefined : rule.unit, language) }));
  const { min, max } = parameterBounds(rule);
  const bound = (value: number): string => formatWithUnit(value, rule.unit, language);
  if (min !== undefined && max !== undefined) parts.push(t('steps.parameters.range', { min: bound(min), max: bound(max) }));
  else if (min !== undefined) parts.push(t('steps.parameters.atLeast', { min: bound(min) }));
  else if (max !== undefined) parts.push(t('steps.parameters.atMost', { max: bound(max) }));
  return parts.length === 0 ? undefined : parts.join(' · ');
}
