import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular, SubtractCircleRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../../../../shared/languages';
import { innovationCriterionStatuses, type InnovationCriterionStatus } from '../../../../../shared/specification/model';
import type { InnovationCriterion } from '../../../../../shared/templates/catalogues';
import { useReviewStyles } from '../review-styles';
import { checklistEntry, setChecklistEntry } from '../../../../../shared/builder/innovation-checklist-edits';
import { useInnovationCriteria } from './useInnovationCriteria';
import { useOpenDocument } from '../../../open-document/DocumentContext';

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  summary: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  list: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, overflow: 'hidden' },
  item: { ':not(:last-child)': { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` } },
  header: { margin: 0 },
  headerRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, width: '100%' },
  title: { ...typographyStyles.body1, textAlign: 'start' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXXL}` },
  explanation: { margin: 0, maxWidth: '90ch', lineHeight: tokens.lineHeightBase300 },
  facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0, maxWidth: '90ch' },
  term: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground1, paddingTop: '1px' },
  definition: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  evidence: { maxWidth: '90ch' },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const statusBadge: Record<InnovationCriterionStatus, { color: 'success' | 'informative' | 'warning'; icon: React.JSX.Element }> = {
  met: { color: 'success', icon: <CheckmarkCircleFilled /> },
  'not-applicable': { color: 'informative', icon: <SubtractCircleRegular /> },
  open: { color: 'warning', icon: <CircleRegular /> },
};

/**
 * The criteria of the innovation-criteria catalogue as a checklist: for each,
 * what it means, its basis in law or guidance, what shows it is met, and the
 * user's assessment (met, not applicable, open) with the evidence, kept in the
 * document.
 */
export function InnovationChecklist(): React.JSX.Element {
  const { editor } = useOpenDocument();
  const styles = useStyles();
  const shared = useReviewStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const state = useInnovationCriteria();
  const spec = editor.specification;

  const statuses = state.kind === 'ready' ? state.criteria.map((criterion) => checklistEntry(spec, criterion.id).status) : [];
  const tally = (status: InnovationCriterionStatus): number => statuses.filter((s) => s === status).length;

  return (
    <section aria-labelledby={headingId} className={shared.block} data-review-part="innovation-checklist">
      <div className={styles.toolbar}>
        <h4 id={headingId} className={shared.h4}>
          {t('steps.innovation.checklist.title')}
        </h4>
        {state.kind === 'ready' && (
          <span className={styles.summary} data-checklist-summary>
            {t('steps.innovation.checklist.summary', { met: tally('met'), notApplicable: tally('not-applicable'), open: tally('open') })}
          </span>
        )}
      </div>
      <p className={shared.intro}>{t('steps.innovation.checklist.intro')}</p>
      {state.kind === 'loading' && <Spinner size="tiny" label={t('steps.innovation.checklist.loading')} />}
      {state.kind === 'failed' && <p className={styles.note}>{t('steps.innovation.checklist.failed', { reason: state.reason })}</p>}
      {state.kind === 'ready' && (
        <Accordion multiple collapsible className={styles.list} role="group" aria-label={t('steps.innovation.checklist.listLabel')}>
          {state.criteria.map((criterion) => (
            <CriterionItem key={criterion.id} criterion={criterion} />
          ))}
        </Accordion>
      )}
    </section>
  );
}

function CriterionItem({ criterion }: { criterion: InnovationCriterion }): React.JSX.Element {
  const { editor, language } = useOpenDocument();
  const styles = useStyles();
  const { t } = useTranslation();
  const entry = checklistEntry(editor.specification, criterion.id);
  const badge = statusBadge[entry.status];
  const title = inLanguage(criterion.title, language);
  return (
    <AccordionItem value={criterion.id} className={styles.item} data-criterion={criterion.id} data-status={entry.status}>
      <AccordionHeader as="h5" className={styles.header} expandIconPosition="start">
        <span className={styles.headerRow}>
          <span className={styles.title}>{title}</span>
          <Badge appearance="tint" color={badge.color} icon={badge.icon}>
            {t(`steps.innovation.checklist.statuses.${entry.status}`)}
          </Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel}>
          <p className={styles.explanation}>{inLanguage(criterion.explanation, language)}</p>
          <dl className={styles.facts}>
            <dt className={styles.term}>{t('steps.innovation.checklist.hint')}</dt>
            <dd className={styles.definition}>{inLanguage(criterion.evidence, language)}</dd>
            <dt className={styles.term}>{t('steps.innovation.checklist.anchor')}</dt>
            <dd className={styles.definition}>{inLanguage(criterion.anchor, language)}</dd>
          </dl>
          <Field label={t('steps.innovation.checklist.status')}>
            <RadioGroup
              layout="horizontal"
              value={entry.status}
              onChange={(_event, data) =>
                editor.edit(`innovation.${criterion.id}.status`, (current) => setChecklistEntry(current, criterion.id, { status: data.value as InnovationCriterionStatus }))
              }
            >
              {innovationCriterionStatuses.map((status) => (
                <Radio key={status} value={status} label={t(`steps.innovation.checklist.statuses.${status}`)} />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t('steps.innovation.checklist.evidence')} className={styles.evidence}>
            <Textarea
              value={entry.evidence}
              resize="vertical"
              placeholder={t('steps.innovation.checklist.evidencePlaceholder')}
              onChange={(_event, data) => editor.edit(`innovation.${criterion.id}.evidence`, (current) => setChecklistEntry(current, criterion.id, { evidence: data.value }))}
            />
          </Field>
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
