import { Field, Input, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { emailProblem, organisationNumberProblem } from '../../../../shared/specification/content-checks';
import type { Specification } from '../../../../shared/specification/model';
import { BuyerLogo } from './BuyerLogo';
import { useSectionStyles } from './SectionCard';
import { useOpenDocument } from '../../open-document/DocumentContext';

/**
 * Title, buyer, contact, reference number and background. The labels are the
 * document-details labels (`details.*`) the rest of the app and its tests
 * know these fields by. The organisation number and e-mail are saved as typed
 * (the schema accepts any text there) and checked at the field.
 */
export function BuyerSection(): React.JSX.Element {
  const { editor } = useOpenDocument();
  const styles = useSectionStyles();
  const { t } = useTranslation();
  const spec = editor.specification;
  const j = spec.jurisdiction;
  const set = (group: string, change: (s: Specification) => Specification): void => editor.edit(group, change);
  return (
    <div className={styles.grid}>
      <Field label={t('details.titleLabel')} className={styles.wide} required>
        <Input value={spec.title} onChange={(_e, d) => set('title', (s) => ({ ...s, title: d.value }))} />
      </Field>
      <Field label={t('details.buyerName')}>
        <Input value={spec.buyer.name} onChange={(_e, d) => set('buyer.name', (s) => ({ ...s, buyer: { ...s.buyer, name: d.value } }))} />
      </Field>
      <Field
        label={t('details.orgNumber')}
        hint={t(`details.orgNumberHint.${j}`)}
        validationMessage={organisationNumberProblem(j, spec.buyer.organisationNumber) ? t(`details.orgNumberInvalid.${j}`) : undefined}
      >
        <Input
          value={spec.buyer.organisationNumber}
          onChange={(_e, d) => set('buyer.organisationNumber', (s) => ({ ...s, buyer: { ...s.buyer, organisationNumber: d.value } }))}
        />
      </Field>
      <Field label={t(`details.reference.${j}`)}>
        <Input
          value={spec.procurement.referenceNumber}
          onChange={(_e, d) => set('reference', (s) => ({ ...s, procurement: { ...s.procurement, referenceNumber: d.value } }))}
        />
      </Field>
      <Field label={t('details.contactName')}>
        <Input
          value={spec.buyer.contact.name ?? ''}
          onChange={(_e, d) => set('buyer.contact.name', (s) => ({ ...s, buyer: { ...s.buyer, contact: { ...s.buyer.contact, name: d.value } } }))}
        />
      </Field>
      <Field label={t('details.contactEmail')} validationMessage={emailProblem(spec.buyer.contact.email) ? t('details.emailInvalid') : undefined}>
        <Input
          type="email"
          value={spec.buyer.contact.email ?? ''}
          onChange={(_e, d) => set('buyer.contact.email', (s) => ({ ...s, buyer: { ...s.buyer, contact: { ...s.buyer.contact, email: d.value } } }))}
        />
      </Field>
      <div className={styles.wide}>
        <BuyerLogo />
      </div>
      <Field label={t('details.background')} hint={t('details.backgroundHint')} className={styles.wide}>
        <Textarea resize="vertical" rows={5} value={spec.background} onChange={(_e, d) => set('background', (s) => ({ ...s, background: d.value }))} />
      </Field>
    </div>
  );
}
