import { Field, makeStyles, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Specification } from '../../../../shared/specification/model';
import type { ProcurementEdit } from './edit-procurement';

const useStyles = makeStyles({
  conditions: { maxWidth: '80ch' },
});

export interface VariantsSectionProps {
  spec: Specification;
  edit: ProcurementEdit;
}

const choices = ['undecided', 'allowed', 'notAllowed'] as const;
type Choice = (typeof choices)[number];

const choiceOf = (allowed: boolean | null): Choice => (allowed === null ? 'undecided' : allowed ? 'allowed' : 'notAllowed');
const allowedOf = (choice: Choice): boolean | null => (choice === 'undecided' ? null : choice === 'allowed');

/**
 * Whether suppliers may offer variants and, if so, the minimum requirements a
 * variant must meet (Directive 2014/24/EU art. 45). Conditions written before
 * variants were ruled out are kept, so choosing "allowed" again brings them back.
 */
export function VariantsSection({ spec, edit }: VariantsSectionProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const key = 'steps.procurement.variants';
  const { variants } = spec.procurement;

  return (
    <>
      <Field label={t(`${key}.label`)}>
        <RadioGroup
          value={choiceOf(variants.allowed)}
          onChange={(_event, data) => {
            const choice = choices.find((candidate) => candidate === data.value);
            if (choice !== undefined) edit('variants.allowed', (p) => ({ ...p, variants: { ...p.variants, allowed: allowedOf(choice) } }));
          }}
        >
          {choices.map((choice) => (
            <Radio key={choice} value={choice} label={t(`${key}.${choice}`)} />
          ))}
        </RadioGroup>
      </Field>
      {variants.allowed === true && (
        <Field label={t(`${key}.conditions`)} hint={t(`${key}.conditionsHint`)} className={styles.conditions}>
          <Textarea
            resize="vertical"
            rows={3}
            value={variants.conditions}
            onChange={(_e, d) => edit('variants.conditions', (p) => ({ ...p, variants: { ...p.variants, conditions: d.value } }))}
          />
        </Field>
      )}
    </>
  );
}
