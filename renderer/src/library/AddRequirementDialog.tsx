import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitName } from '../../../shared/format/units';
import { inLanguage, type UiLanguage } from '../../../shared/languages';
import type { ParameterValues } from '../../../shared/templates/instantiate';
import type { LibraryRequirement } from '../../../shared/templates/library';
import { parameterDefault } from '../../../shared/templates/model';
import { parameterLabel } from '../../../shared/templates/parameter-labels';
import { editableParameterValue, isNumericParameter, parseParameterValue, type ParsedParameter } from '../../../shared/specification/parameters';
import { parameterHint, parameterProblemText } from '../builder/requirements/parameter-messages';

/** The number a field holds, for the plural of its unit; undefined while it holds none. */
function numberIn(parsed: ParsedParameter | undefined): number | undefined {
  return parsed?.ok === true && typeof parsed.value === 'number' ? parsed.value : undefined;
}

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

export interface AddRequirementDialogProps {
  requirement: LibraryRequirement;
  language: UiLanguage;
  onAdd: (values: ParameterValues) => void;
  onCancel: () => void;
}

/** The values a library requirement's parameters take in this specification. */
export function AddRequirementDialog({ requirement, language, onAdd, onCancel }: AddRequirementDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(requirement.parameters.map((p) => [p.name, editableParameterValue(parameterDefault(p, language), p.type, language)])),
  );
  // Read the same way as the requirement editor reads them: a time of day, a number in its unit, a percentage, a text.
  const parsed = new Map(requirement.parameters.map((p) => [p.name, parseParameterValue(values[p.name] ?? '', p, language)]));
  const problems = Object.fromEntries(
    requirement.parameters.map((p) => {
      const result = parsed.get(p.name);
      if (result === undefined || result.ok) return [p.name, result?.ok === true && result.value === null && isNumericParameter(p.type) ? t('steps.parameters.notANumber') : undefined];
      return [p.name, parameterProblemText(result.problem, p, language, t)];
    }),
  );
  const valid = Object.values(problems).every((problem) => problem === undefined);
  const submit = (): void => {
    if (!valid) return;
    const out: ParameterValues = {};
    for (const p of requirement.parameters) {
      const result = parsed.get(p.name);
      const value = result?.ok === true ? result.value : null;
      out[p.name] = value ?? '';
    }
    onAdd(out);
  };
  const label = (text: Partial<Record<UiLanguage, string>>): string => inLanguage(text, language);
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <DialogBody>
            <DialogTitle as="h2">{t('library.addTitle', { id: requirement.id })}</DialogTitle>
            <DialogContent className={styles.content}>
              <Text as="p" block>{label(requirement.text)}</Text>
              {requirement.parameters.length > 0 && <Text as="p" block>{t('library.addIntro')}</Text>}
              {requirement.parameters.map((p) => (
                <Field key={p.name} label={parameterLabel(p.name, p, language)} hint={parameterHint(p, undefined, language, t)} validationMessage={problems[p.name]}>
                  <Input
                    value={values[p.name] ?? ''}
                    inputMode={isNumericParameter(p.type) ? 'decimal' : 'text'}
                    placeholder={p.type === 'time' ? t('steps.parameters.timePlaceholder') : undefined}
                    contentAfter={p.unit === undefined || p.type === 'time' ? undefined : unitName(p.unit, language, numberIn(parsed.get(p.name)))}
                    onChange={(_e, data) => setValues((current) => ({ ...current, [p.name]: data.value }))}
                  />
                </Field>
              ))}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={!valid}>
                {t('library.addConfirm')}
              </Button>
              <Button onClick={onCancel}>{t('library.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
