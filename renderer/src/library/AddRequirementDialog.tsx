import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitName } from '../../../shared/format/units';
import { inLanguage, type UiLanguage } from '../../../shared/languages';
import type { ParameterValues } from '../../../shared/templates/instantiate';
import type { LibraryRequirement } from '../../../shared/templates/library';
import type { TemplateParameter } from '../../../shared/templates/model';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

export interface AddRequirementDialogProps {
  requirement: LibraryRequirement;
  language: UiLanguage;
  onAdd: (values: ParameterValues) => void;
  onCancel: () => void;
}

/** The number typed in a field ("1", "1,5"), for the plural of its unit; undefined while it is not one. */
function numberIn(raw: string): number | undefined {
  const n = Number(raw.replace(',', '.'));
  return raw.trim() === '' || Number.isNaN(n) ? undefined : n;
}

/** Whether the parameter holds a number: a count, a percentage, or a duration given in a unit (a number of days, hours, …). */
function isNumeric(p: TemplateParameter): boolean {
  return p.type === 'number' || p.type === 'percentage' || (p.type === 'duration' && typeof p.default === 'number');
}

/** The values a library requirement's parameters take in this specification. */
export function AddRequirementDialog({ requirement, language, onAdd, onCancel }: AddRequirementDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(requirement.parameters.map((p) => [p.name, String(p.default)])),
  );
  const problems = Object.fromEntries(
    requirement.parameters.map((p) => {
      const raw = values[p.name] ?? '';
      if (!isNumeric(p)) return [p.name, undefined];
      const n = Number(raw.replace(',', '.'));
      const bad = raw.trim() === '' || Number.isNaN(n) || (p.min !== undefined && n < p.min) || (p.max !== undefined && n > p.max);
      return [p.name, bad ? `${p.min ?? '−∞'} – ${p.max ?? '∞'} ${p.unit === undefined ? '' : unitName(p.unit, language)}`.trim() : undefined];
    }),
  );
  const valid = Object.values(problems).every((problem) => problem === undefined);
  const submit = (): void => {
    if (!valid) return;
    const out: ParameterValues = {};
    for (const p of requirement.parameters) {
      const raw = values[p.name] ?? '';
      out[p.name] = isNumeric(p) ? Number(raw.replace(',', '.')) : raw;
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
              <Text as="p">{label(requirement.text)}</Text>
              {requirement.parameters.length > 0 && <Text as="p">{t('library.addIntro')}</Text>}
              {requirement.parameters.map((p) => (
                <Field key={p.name} label={label(p.label) || p.name} validationMessage={problems[p.name]}>
                  <Input
                    value={values[p.name] ?? ''}
                    inputMode={isNumeric(p) ? 'decimal' : 'text'}
                    contentAfter={p.unit === undefined ? undefined : unitName(p.unit, language, numberIn(values[p.name] ?? ''))}
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
