import { Field, Input } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { localeOf, type UiLanguage } from '../../../../shared/languages';
import { parseDecimal } from '../../../../shared/locale-input';
import { useDraft } from '../useDraft';
import { useUiLanguage } from '../../open-document/DocumentContext';

function show(value: number | undefined, language: UiLanguage): string {
  return value === undefined ? '' : new Intl.NumberFormat(localeOf[language], { maximumFractionDigits: 10, useGrouping: false }).format(value);
}

export interface NumberDraftInputProps {
  label: string;
  value: number | undefined;
  min?: number;
  integer?: boolean;
  hint?: string;
  /** Called with a valid number, or undefined when the field is emptied. */
  onCommit: (value: number | undefined) => void;
}

/**
 * A number field for parameter values and answer bounds: what the user types
 * stays a draft until it is a valid number (see useDraft), and a half-typed
 * one shows why it is not taken.
 */
export function NumberDraftInput({ label, value, min, integer, hint, onCommit }: NumberDraftInputProps): React.JSX.Element {
  const language = useUiLanguage();
  const { t } = useTranslation();
  const draft = useDraft<number | undefined>(
    value,
    (current) => show(current, language),
    (text) => {
      if (text.trim() === '') return { ok: true, value: undefined };
      const parsed = parseDecimal(text, language);
      if (parsed === null) return { ok: false, problem: t('steps.requirements.notANumber') };
      if (min !== undefined && parsed < min) return { ok: false, problem: t('steps.requirements.atLeast', { min }) };
      if (integer === true && !Number.isInteger(parsed)) return { ok: false, problem: t('steps.requirements.wholeNumber') };
      return { ok: true, value: parsed };
    },
    onCommit,
  );
  return (
    <Field label={label} hint={hint} validationMessage={draft.problem}>
      <Input inputMode="decimal" value={draft.text} onChange={(_event, data) => draft.onChange(data.value)} onBlur={draft.onBlur} />
    </Field>
  );
}
