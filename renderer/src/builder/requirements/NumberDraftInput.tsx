import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf, type UiLanguage } from '../../../../shared/languages';
import { parseDecimal } from '../../../../shared/locale-input';

function show(value: number | undefined, language: UiLanguage): string {
  return value === undefined ? '' : new Intl.NumberFormat(localeOf[language], { maximumFractionDigits: 10, useGrouping: false }).format(value);
}

export interface NumberDraftInputProps {
  label: string;
  value: number | undefined;
  language: UiLanguage;
  min?: number;
  integer?: boolean;
  hint?: string;
  /** Called with a valid number, or undefined when the field is emptied. */
  onCommit: (value: number | undefined) => void;
}

/**
 * A number field that keeps what the user types until it is a valid number:
 * only valid values reach the document (which the main process validates),
 * and a half-typed one shows why it is not taken.
 */
export function NumberDraftInput({ label, value, language, min, integer, hint, onCommit }: NumberDraftInputProps): React.JSX.Element {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => show(value, language));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // A change from elsewhere (undo, another field) shows unless the draft already says the same.
    setShown(value);
    if (parseDecimal(draft, language) !== (value ?? null)) setDraft(show(value, language));
    setProblem(undefined);
  }
  return (
    <Field label={label} hint={hint} validationMessage={problem}>
      <Input
        inputMode="decimal"
        value={draft}
        onChange={(_event, data) => {
          setDraft(data.value);
          if (data.value.trim() === '') {
            setProblem(undefined);
            onCommit(undefined);
            return;
          }
          const parsed = parseDecimal(data.value, language);
          if (parsed === null) setProblem(t('steps.requirements.notANumber'));
          else if (min !== undefined && parsed < min) setProblem(t('steps.requirements.atLeast', { min }));
          else if (integer === true && !Number.isInteger(parsed)) setProblem(t('steps.requirements.wholeNumber'));
          else {
            setProblem(undefined);
            onCommit(parsed);
          }
        }}
      />
    </Field>
  );
}
