import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setFixedNumber } from '../../../../shared/builder/requirement-edits';
import { FixedRequirementNumber, type Requirement } from '../../../../shared/specification/model/requirements';

export interface FixedNumberFieldProps {
  requirement: Requirement;
  change: (group: string, update: (requirement: Requirement) => Requirement) => void;
}

/**
 * The buyer's own number of a requirement ("K3", "1.11"), shown where its
 * section numbers by fixed numbers. What is typed is kept as a draft and
 * stored only once it is a valid number (or empty, which removes it), so the
 * document never holds a number the schema refuses.
 */
export function FixedNumberField({ requirement, change }: FixedNumberFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(requirement.fixedNumber ?? '');
  const trimmed = draft.trim();
  const invalid = trimmed !== '' && !FixedRequirementNumber.safeParse(trimmed).success;
  const missing = trimmed === '';
  return (
    <Field
      label={t('steps.requirements.fixedNumber')}
      hint={invalid || missing ? undefined : t('steps.requirements.fixedNumberHint')}
      validationState={invalid ? 'error' : missing ? 'warning' : 'none'}
      validationMessage={invalid ? t('steps.requirements.fixedNumberInvalid') : missing ? t('steps.requirements.fixedNumberMissing') : undefined}
    >
      <Input
        value={draft}
        onChange={(_event, data) => {
          setDraft(data.value);
          const next = data.value.trim();
          if (next === '' || FixedRequirementNumber.safeParse(next).success) change(`requirement.${requirement.id}.fixedNumber`, (req) => setFixedNumber(req, next));
        }}
      />
    </Field>
  );
}
