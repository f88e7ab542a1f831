import { Field, Input, makeStyles, Textarea, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { emailProblem, organisationNumberProblem } from '../../../shared/specification/content-checks';
import type { Specification } from '../../../shared/specification/model';
import type { DocumentEditor } from './useDocumentEditor';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
  wide: { gridColumn: '1 / -1' },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** The basic facts of a document (the guided steps build on these). */
export function DetailsForm({ editor }: { editor: DocumentEditor }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const spec = editor.specification;
  const j = spec.jurisdiction;
  const set = (group: string, change: (s: Specification) => Specification) => editor.edit(group, change);
  return (
    <section aria-labelledby="details-heading" className={styles.form}>
      <div className={styles.wide}>
        <h2 id="details-heading" className={styles.heading}>
          {t('details.title')}
        </h2>
        <p className={styles.intro}>{t('details.intro')}</p>
      </div>
      <Field label={t('details.titleLabel')} className={styles.wide} required>
        <Input value={spec.title} onChange={(_e, d) => set('title', (s) => ({ ...s, title: d.value }))} />
      </Field>
      <Field label={t(`details.reference.${j}`)}>
        <Input
          value={spec.procurement.referenceNumber}
          onChange={(_e, d) => set('reference', (s) => ({ ...s, procurement: { ...s.procurement, referenceNumber: d.value } }))}
        />
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
      <Field label={t('details.background')} hint={t('details.backgroundHint')} className={styles.wide}>
        <Textarea
          resize="vertical"
          rows={6}
          value={spec.background}
          onChange={(_e, d) => set('background', (s) => ({ ...s, background: d.value }))}
        />
      </Field>
    </section>
  );
}
