/**
 * The company profile editor (`.kravprofil`): the company's name and
 * organisation number, staff, turnover, certifications with their expiry
 * dates, and customer references. The reusable answers the profile holds are
 * kept as they are. Saved whole with the safe writer.
 */
import { Badge, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, Textarea, Title3, tokens, typographyStyles } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, FolderOpenRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KravstudioError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/numbers';
import type { UiLanguage } from '../../../shared/languages';
import type { SupplierProfile } from '../../../shared/response/profile';
import { companyDraft, companyFromDraft, type CompanyDraft, type CompanyProblem } from '../../../shared/response/profile-edits';
import { api } from '../api';

const useStyles = makeStyles({
  page: { maxWidth: '960px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.title1, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    alignItems: 'flex-end',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  status: { minHeight: '1.5em' },
});

export interface ProfileScreenProps {
  profile: SupplierProfile;
  path: string | null;
  language: UiLanguage;
  headingRef: React.Ref<HTMLHeadingElement> | null;
  /** Another profile was opened: the screen starts again from it. */
  onOpened: (profile: SupplierProfile, path: string) => void;
}

const fileNameOf = (filePath: string): string => filePath.split(/[\\/]/).pop() ?? filePath;

/** Today as an ISO date in the computer's own time zone, to mark expired certifications. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function ProfileScreen({ profile, path, language, headingRef, onOpened }: ProfileScreenProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CompanyDraft>(() => companyDraft(profile.company, language));
  const [savedPath, setSavedPath] = useState<string | null>(path);
  const [problems, setProblems] = useState<CompanyProblem[]>([]);
  const [status, setStatus] = useState<{ kind: 'saved'; file: string } | { kind: 'failed'; message: string } | { kind: 'problems' } | null>(null);
  const today = localToday();

  const edit = (patch: Partial<CompanyDraft>): void => setDraft((current) => ({ ...current, ...patch }));
  const problemAt = (field: CompanyProblem['field'], row?: number): string | undefined =>
    problems.some((problem) => problem.field === field && (!('row' in problem) || problem.row === row)) ? t(`supplier.profile.problems.${field}`) : undefined;
  const fieldState = (message: string | undefined): { validationState: 'error' | 'none'; validationMessage?: string } =>
    message === undefined ? { validationState: 'none' } : { validationState: 'error', validationMessage: message };

  const save = async (as: boolean): Promise<void> => {
    const read = companyFromDraft(draft, language, profile.company);
    if (!read.ok) {
      setProblems(read.problems);
      setStatus({ kind: 'problems' });
      return;
    }
    setProblems([]);
    try {
      const saved = await api.supplier.saveProfile({ profile: { ...profile, company: read.company }, path: as ? null : savedPath });
      if (saved === null) return;
      setSavedPath(saved.path);
      setStatus({ kind: 'saved', file: fileNameOf(saved.path) });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof KravstudioError || error instanceof Error ? error.message : String(error) });
    }
  };

  const open = async (): Promise<void> => {
    try {
      const opened = await api.supplier.openProfile({ path: null });
      if (opened !== null) onOpened(opened.profile, opened.path);
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const setCertification = (index: number, patch: Partial<CompanyDraft['certifications'][number]>): void =>
    edit({ certifications: draft.certifications.map((row, at) => (at === index ? { ...row, ...patch } : row)) });
  const setReference = (index: number, patch: Partial<CompanyDraft['references'][number]>): void =>
    edit({ references: draft.references.map((row, at) => (at === index ? { ...row, ...patch } : row)) });

  return (
    <div className={styles.page}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('supplier.profile.heading')}
      </h1>
      <Text as="p" block>
        {t('supplier.profile.intro')}
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<SaveRegular />} onClick={() => void save(false)}>
          {t('supplier.profile.save')}
        </Button>
        <Button onClick={() => void save(true)}>{t('supplier.profile.saveAs')}</Button>
        <Button icon={<FolderOpenRegular />} onClick={() => void open()}>
          {t('supplier.profile.open')}
        </Button>
      </div>
      <div role="status" aria-live="polite" className={styles.status}>
        {status?.kind === 'saved' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('supplier.profile.saved', { file: status.file })}</MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === 'problems' && (
          <MessageBar intent="error">
            <MessageBarBody>{t('supplier.profile.fixProblems')}</MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.row}>
        <Field label={t('supplier.profile.companyName')}>
          <Input value={draft.name} maxLength={300} onChange={(_event, data) => edit({ name: data.value })} />
        </Field>
        <Field label={t('supplier.profile.organisationNumber')}>
          <Input value={draft.organisationNumber} maxLength={40} onChange={(_event, data) => edit({ organisationNumber: data.value })} />
        </Field>
        <Field label={t('supplier.profile.staff')} {...fieldState(problemAt('staff'))}>
          <Input inputMode="numeric" value={draft.staff} onChange={(_event, data) => edit({ staff: data.value })} />
        </Field>
      </div>
      <section aria-labelledby="profile-turnover" className={styles.group}>
        <Title3 as="h2" id="profile-turnover" className={styles.title}>
          {t('supplier.profile.turnoverTitle')}
        </Title3>
        <div className={styles.row}>
          <Field label={t('supplier.profile.turnoverAmount')} {...fieldState(problemAt('turnoverAmount'))}>
            <Input inputMode="decimal" value={draft.turnoverAmount} onChange={(_event, data) => edit({ turnoverAmount: data.value })} />
          </Field>
          <Field label={t('supplier.profile.turnoverCurrency')} {...fieldState(problemAt('turnoverCurrency'))}>
            <Input value={draft.turnoverCurrency} maxLength={3} onChange={(_event, data) => edit({ turnoverCurrency: data.value })} />
          </Field>
          <Field label={t('supplier.profile.turnoverYear')} {...fieldState(problemAt('turnoverYear'))}>
            <Input inputMode="numeric" value={draft.turnoverYear} maxLength={4} onChange={(_event, data) => edit({ turnoverYear: data.value })} />
          </Field>
        </div>
      </section>
      <section aria-labelledby="profile-certifications" className={styles.group}>
        <Title3 as="h2" id="profile-certifications" className={styles.title}>
          {t('supplier.profile.certifications')}
        </Title3>
        {draft.certifications.map((row, index) => {
          const number = formatNumber(index + 1, language, 0);
          return (
            <div key={index} role="group" aria-label={t('supplier.profile.certificationRow', { number })} className={styles.item}>
              <Field label={t('supplier.profile.certName')}>
                <Input value={row.name} maxLength={300} onChange={(_event, data) => setCertification(index, { name: data.value })} />
              </Field>
              <Field label={t('supplier.profile.certIssuer')}>
                <Input value={row.issuer} maxLength={300} onChange={(_event, data) => setCertification(index, { issuer: data.value })} />
              </Field>
              <Field label={t('supplier.profile.certValidUntil')} {...fieldState(problemAt('validUntil', index))}>
                <Input type="date" value={row.validUntil} onChange={(_event, data) => setCertification(index, { validUntil: data.value })} />
              </Field>
              {row.validUntil !== '' && row.validUntil < today && (
                <Badge appearance="filled" color="danger">
                  {t('supplier.profile.expired')}
                </Badge>
              )}
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t('supplier.profile.removeCertification', { number })}
                title={t('supplier.profile.removeCertification', { number })}
                onClick={() => edit({ certifications: draft.certifications.filter((_row, at) => at !== index) })}
              />
            </div>
          );
        })}
        <div>
          <Button icon={<AddRegular />} onClick={() => edit({ certifications: [...draft.certifications, { name: '', issuer: '', validUntil: '' }] })}>
            {t('supplier.profile.addCertification')}
          </Button>
        </div>
      </section>
      <section aria-labelledby="profile-references" className={styles.group}>
        <Title3 as="h2" id="profile-references" className={styles.title}>
          {t('supplier.profile.references')}
        </Title3>
        {draft.references.map((row, index) => {
          const number = formatNumber(index + 1, language, 0);
          return (
            <div key={index} role="group" aria-label={t('supplier.profile.referenceRow', { number })} className={styles.item}>
              <Field label={t('supplier.profile.refCustomer')}>
                <Input value={row.customer} maxLength={300} onChange={(_event, data) => setReference(index, { customer: data.value })} />
              </Field>
              <Field label={t('supplier.profile.refYear')} {...fieldState(problemAt('referenceYear', index))}>
                <Input inputMode="numeric" maxLength={4} value={row.year} onChange={(_event, data) => setReference(index, { year: data.value })} />
              </Field>
              <Field label={t('supplier.profile.refContact')}>
                <Input value={row.contact} maxLength={300} onChange={(_event, data) => setReference(index, { contact: data.value })} />
              </Field>
              <Field label={t('supplier.profile.refDescription')} style={{ flexBasis: '100%' }}>
                <Textarea resize="vertical" value={row.description} maxLength={5_000} onChange={(_event, data) => setReference(index, { description: data.value })} />
              </Field>
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t('supplier.profile.removeReference', { number })}
                title={t('supplier.profile.removeReference', { number })}
                onClick={() => edit({ references: draft.references.filter((_row, at) => at !== index) })}
              />
            </div>
          );
        })}
        <div>
          <Button icon={<AddRegular />} onClick={() => edit({ references: [...draft.references, { customer: '', description: '', year: '', contact: '' }] })}>
            {t('supplier.profile.addReference')}
          </Button>
        </div>
      </section>
      <Text as="p" block>
        {t('supplier.profile.answersKept', { count: profile.answers.length, formatted: formatNumber(profile.answers.length, language, 0) })}
      </Text>
    </div>
  );
}
