import { Field, Input, makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { unitName } from '../../../../shared/format/units';
import type { UiLanguage } from '../../../../shared/languages';
import type { DocumentLanguage } from '../../../../shared/specification/model/common';
import type { Requirement, RequirementParameter } from '../../../../shared/specification/model/requirements';
import {
  editableParameterValue,
  isNumericParameter,
  parseParameterValue,
  storedValueProblem,
  type ParameterValue,
} from '../../../../shared/specification/parameters';
import { parameterLabel, templateParameterOf } from '../../../../shared/templates/parameter-labels';
import { parameterDefault, type TemplateParameter } from '../../../../shared/templates/model';
import { useTemplateParameters } from '../../library/useTemplateParameters';
import { useUiLanguage } from '../../open-document/DocumentContext';
import { useDraft } from '../useDraft';
import { FilledSentence } from './FilledSentence';
import { parameterHint, parameterProblemText } from './parameter-messages';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM, alignItems: 'start' },
  preview: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  previewTitle: { ...typographyStyles.caption1Strong, display: 'block', color: tokens.colorNeutralForeground2 },
});

export interface ParameterFieldsProps {
  requirement: Requirement;
  /** The language the preview sentence is shown in (the document's primary language). */
  textLanguage: DocumentLanguage;
  onChange: (name: string, value: ParameterValue) => void;
}

/**
 * The values in a requirement's text, one field per parameter, typed as its
 * type asks (a time of day, a number in its unit, a percentage, a text), named
 * by the library's label in the UI language with the library's default and
 * the allowed range beside it; below them, the sentence as it will read.
 */
export function ParameterFields({ requirement, textLanguage, onChange }: ParameterFieldsProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const templates = useTemplateParameters();
  const text = requirement.text[textLanguage] ?? '';
  const labelOf = (name: string): string => parameterLabel(name, templateParameterOf(requirement, name, templates), language);
  return (
    <>
      <div className={styles.grid}>
        {requirement.parameters.map((parameter) => (
          <ParameterField
            key={parameter.name}
            parameter={parameter}
            template={templateParameterOf(requirement, parameter.name, templates)}
            language={language}
            onCommit={(value) => onChange(parameter.name, value)}
          />
        ))}
      </div>
      {text.trim() !== '' && (
        <p className={styles.preview} aria-live="polite" data-testid="parameter-preview">
          <span className={styles.previewTitle}>{t('steps.parameters.preview')}</span>
          <Text lang={textLanguage}>
            <FilledSentence text={text} parameters={requirement.parameters} language={textLanguage} labelOf={labelOf} />
          </Text>
        </p>
      )}
    </>
  );
}

interface ParameterFieldProps {
  parameter: RequirementParameter;
  template: TemplateParameter | undefined;
  language: UiLanguage;
  onCommit: (value: ParameterValue) => void;
}

/** One parameter's field: a draft until the text reads as a value of its type within its bounds, then committed. */
function ParameterField({ parameter, template, language, onCommit }: ParameterFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  const rule = { type: parameter.type, unit: parameter.unit, min: parameter.min, max: parameter.max };
  const draft = useDraft<ParameterValue, string>(
    parameter.value,
    (value) => editableParameterValue(value, parameter.type, language),
    (typed) => {
      const parsed = parseParameterValue(typed, rule, language);
      return parsed.ok ? parsed : { ok: false, problem: parameterProblemText(parsed.problem, rule, language, t) };
    },
    onCommit,
  );
  const stored = storedValueProblem(parameter.value, rule);
  const problem = draft.problem ?? (stored === undefined ? undefined : parameterProblemText(stored, rule, language, t));
  const unset = parameter.value === null || parameter.value === '';
  const numeric = isNumericParameter(parameter.type);
  const count = typeof parameter.value === 'number' ? parameter.value : undefined;
  const unit = parameter.unit === undefined || parameter.unit.trim() === '' || parameter.type === 'time' ? undefined : unitName(parameter.unit, language, count);
  const hint = [unset ? t('steps.requirements.parameterUnset') : undefined, parameterHint(rule, template === undefined ? undefined : parameterDefault(template, language), language, t)].filter((part) => part !== undefined).join(' ');
  return (
    <Field
      label={parameterLabel(parameter.name, template, language)}
      hint={hint === '' ? undefined : hint}
      validationMessage={problem}
      validationState={problem !== undefined ? 'error' : unset ? 'warning' : 'none'}
    >
      <Input
        value={draft.text}
        inputMode={numeric ? 'decimal' : 'text'}
        placeholder={parameter.type === 'time' ? t('steps.parameters.timePlaceholder') : undefined}
        contentAfter={unit}
        onChange={(_event, data) => draft.onChange(data.value)}
        onBlur={draft.onBlur}
      />
    </Field>
  );
}
