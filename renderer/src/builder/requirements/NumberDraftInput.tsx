import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf, type UiLanguage } from '../../../../shared/languages';

/** Reads a number as people type it in the locale: "1 200,5" (sv, nb) or "1,200.5" (en). Null when it is not one. */
export function parseLocaleNumber(text: string, language: UiLanguage): number | null {
  const decimal = new Intl.NumberFormat(localeOf[language]).format(1.5).charAt(1);
  let cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  if (decimal === ',') cleaned = cleaned.replace(/\./g, '').replace(',', '.');
  else cleaned = cleaned.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

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
    if (parseLocaleNumber(draft, language) !== (value ?? null)) setDraft(show(value, language));
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
          const parsed = parseLocaleNumber(data.value, language);
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
