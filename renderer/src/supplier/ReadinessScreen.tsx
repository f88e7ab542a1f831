/**
 * Readiness: how far the company profile already answers a buyer's
 * specification or the library packs buyers start from — per requirement
 * meets, partly, does not or unknown, with the profile's answer and evidence;
 * the showstoppers (mandatory, not met) first; the points or deductions within
 * reach. Read-only: a bid/no-bid look before answering, which exports as a
 * report (DOCX or XLSX) for the decision.
 */
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { ArrowExportRegular, ArrowLeftRegular, DocumentCheckmarkRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/numbers';
import type { UiLanguage } from '../../../shared/languages';
import type { SupplierProfile } from '../../../shared/response/profile';
import { assessReadiness, type ReadinessStatus } from '../../../shared/response/readiness';
import { readinessView, type ReadinessSubject } from '../../../shared/response/readiness-subject';
import { answerInWords } from '../../../shared/response/response-edits';

const useStyles = makeStyles({
  page: { maxWidth: '1080px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.title1, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  numberColumn: { width: '5em' },
  statusColumn: { width: '16em' },
});

const statusColour: Record<ReadinessStatus, 'success' | 'warning' | 'danger' | 'subtle'> = { meets: 'success', partly: 'warning', 'does-not': 'danger', unknown: 'subtle' };

/** Today as an ISO date in the computer's own time zone, for a compliance promised from a later date. */
export function localToday(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type ReadinessReportFormat = 'docx' | 'xlsx';

export interface ReadinessScreenProps {
  subject: ReadinessSubject;
  profile: SupplierProfile;
  profileFile: string;
  language: UiLanguage;
  headingRef: React.Ref<HTMLHeadingElement> | null;
  /** Goes on to answering the specification; null when packs are checked (there is nothing to answer). */
  onAnswer: (() => void) | null;
  /** Writes the report through main; the file name written, or null when the user cancelled the save dialog. */
  onExport: (format: ReadinessReportFormat) => Promise<string | null>;
  /** Back to choosing what to check against. */
  onChangeSubject: () => void;
}

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; file: string } | { kind: 'failed'; message: string };

export function ReadinessScreen({ subject, profile, profileFile, language, headingRef, onAnswer, onExport, onChangeSubject }: ReadinessScreenProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const view = useMemo(() => readinessView(subject, language), [subject, language]);
  const readiness = useMemo(() => assessReadiness(view.requirements, profile, { languages: view.languages, today: localToday() }), [view, profile]);
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const n = (value: number): string => formatNumber(value, language, 2);
  const exportReport = (format: ReadinessReportFormat): void => {
    setExportState({ kind: 'busy' });
    onExport(format).then(
      (file) => setExportState(file === null ? { kind: 'idle' } : { kind: 'saved', file }),
      (error: unknown) => setExportState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div className={styles.page}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('supplier.readiness.heading', { title: view.title })}
      </h1>
      <Text as="p" block>
        {t(subject.kind === 'packs' ? 'supplier.readiness.introPacks' : 'supplier.readiness.intro', { file: profileFile, company: profile.company.name })}
      </Text>
      <section aria-label={t('supplier.readiness.summaryLabel')} className={styles.summary} data-testid="readiness-summary">
        <Text weight="semibold">
          {readiness.showstoppers === 0
            ? t('supplier.readiness.noShowstoppers')
            : t('supplier.readiness.showstoppers', { count: readiness.showstoppers, formatted: n(readiness.showstoppers) })}
        </Text>
        <Text>
          {t('supplier.readiness.counts', {
            meets: n(readiness.counts.meets),
            partly: n(readiness.counts.partly),
            doesNot: n(readiness.counts['does-not']),
            unknown: n(readiness.counts.unknown),
          })}
        </Text>
        {readiness.pointsPossible > 0 && <Text>{t('supplier.readiness.points', { reached: n(readiness.pointsWithinReach), possible: n(readiness.pointsPossible) })}</Text>}
        {readiness.deductionPossible > 0 && (
          <Text>{t('supplier.readiness.deduction', { reached: n(readiness.deductionWithinReach), possible: n(readiness.deductionPossible) })}</Text>
        )}
      </section>
      <div className={styles.actions}>
        {onAnswer !== null && (
          <Button appearance="primary" icon={<DocumentCheckmarkRegular />} onClick={onAnswer}>
            {t('supplier.readiness.answerThis')}
          </Button>
        )}
        <Button icon={<ArrowExportRegular />} disabled={exportState.kind === 'busy'} onClick={() => exportReport('docx')}>
          {t('supplier.readiness.exportDocx')}
        </Button>
        <Button icon={<ArrowExportRegular />} disabled={exportState.kind === 'busy'} onClick={() => exportReport('xlsx')}>
          {t('supplier.readiness.exportXlsx')}
        </Button>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onChangeSubject}>
          {t('supplier.readiness.changeSubject')}
        </Button>
      </div>
      <div role="status">
        {exportState.kind === 'saved' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('supplier.readiness.exported', { file: exportState.file })}</MessageBarBody>
          </MessageBar>
        )}
        {exportState.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{t('supplier.readiness.exportFailed', { message: exportState.message })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Table size="small" aria-label={t('supplier.readiness.tableLabel')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.numberColumn}>{t('supplier.readiness.colNumber')}</TableHeaderCell>
            <TableHeaderCell>{t('supplier.readiness.colRequirement')}</TableHeaderCell>
            <TableHeaderCell className={styles.statusColumn}>{t('supplier.readiness.colStatus')}</TableHeaderCell>
            <TableHeaderCell>{t('supplier.readiness.colAnswer')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {readiness.items.map((item) => {
            const row = view.rows.get(item.requirementId);
            const text = row?.text ?? '';
            const answer = item.answer === null ? null : answerInWords(item.answer, language);
            const evidence = item.evidence.map((file) => file.fileName);
            return (
              <TableRow key={item.requirementId} data-status={item.status}>
                <TableCell>{row?.number ?? item.requirementId}</TableCell>
                <TableCell>{text.length > 200 ? `${text.slice(0, 199)}…` : text}</TableCell>
                <TableCell>
                  <span className={styles.badges}>
                    {item.showstopper && (
                      <Badge appearance="filled" color="danger">
                        {t('supplier.readiness.showstopper')}
                      </Badge>
                    )}
                    <Badge appearance="tint" color={statusColour[item.status]}>
                      {t(`supplier.readiness.statuses.${item.status}`)}
                    </Badge>
                  </span>
                  {item.partlyBecause !== null && <Text size={200}>{t(`supplier.readiness.partlyBecause.${item.partlyBecause}`)}</Text>}
                </TableCell>
                <TableCell>{answer === null && evidence.length === 0 ? t('supplier.readiness.none') : [answer, ...evidence].filter((part) => part !== null).join(' · ')}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
