/**
 * The import report, shown before the document is created: what was
 * recognised (counts, requirements by obligation, the requirement tables
 * with their headers) and every place in the source that was not
 * understood. The user confirms the language and jurisdiction (chooses
 * them when the text did not tell) and creates the specification, or
 * cancels. A spreadsheet import shows its column mapping first, in the
 * `mappingStep` slot above the report, which follows every change of it.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportConfirmation, PendingImport } from '../../../shared/import/pending';
import { columnMappingLines, importText, noticeText, placeText, summaryLines, tablePlaceText } from '../../../shared/import/report-text';
import { uiLanguages, type UiLanguage } from '../../../shared/languages';
import { formatNumber } from '../../../shared/format/numbers';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(960px, calc(100vw - 48px))', width: '960px' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  summary: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  region: {
    maxHeight: '240px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  // Each field keeps its own height: stretched, Fluent's field grid would push the shorter one's radios down.
  choices: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalXXL },
  sourceText: { color: tokens.colorNeutralForeground2 },
  numberCell: { textAlign: 'end' },
});

type Jurisdiction = ImportConfirmation['jurisdiction'];
const jurisdictions: readonly Jurisdiction[] = ['se', 'no', 'eu'];

export interface ImportReportDialogProps {
  pending: PendingImport;
  uiLanguage: UiLanguage;
  /** Creates the specification (the main process asks where to save); resolves when done or the save dialog was cancelled. */
  onCreate: (choice: ImportConfirmation) => Promise<void>;
  onCancel: () => void;
  /**
   * A spreadsheet's column mapping, shown above the report (which follows it); while `blocksCreate`
   * is true (no requirement under these columns, or the report is being made again) Create is off.
   */
  mappingStep?: { content: React.ReactNode; blocksCreate: boolean };
}

export function ImportReportDialog({ pending, uiLanguage, onCreate, onCancel, mappingStep }: ImportReportDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [language, setLanguage] = useState<UiLanguage>(pending.language.value);
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>(pending.jurisdiction);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { report } = pending;
  const createBlocked = mappingStep?.blocksCreate === true;
  const number = (value: number): string => formatNumber(value, uiLanguage, 0);

  const create = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      await onCreate({ importId: pending.importId, language, jurisdiction });
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && !busy && onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle as="h2">{importText(uiLanguage, 'dialog.title', { file: pending.fileName })}</DialogTitle>
          <DialogContent className={styles.content}>
            {mappingStep?.content}
            <section aria-labelledby="import-summary">
              <h3 id="import-summary" className={styles.heading}>
                {importText(uiLanguage, 'dialog.summaryHeading')}
              </h3>
              <ul className={styles.summary}>
                {summaryLines(uiLanguage, report).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="import-tables">
              <h3 id="import-tables" className={styles.heading}>
                {importText(uiLanguage, 'tablesHeading')}
              </h3>
              {report.requirementTables.length === 0 ? (
                <Text as="p" block>{importText(uiLanguage, 'tablesNone')}</Text>
              ) : (
                <div className={styles.region} tabIndex={0} role="region" aria-label={importText(uiLanguage, 'dialog.tablesCaption')}>
                  <Table size="small" aria-label={importText(uiLanguage, 'dialog.tablesCaption')}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{importText(uiLanguage, 'tableColumn')}</TableHeaderCell>
                        <TableHeaderCell>{importText(uiLanguage, 'headerColumn')}</TableHeaderCell>
                        <TableHeaderCell className={styles.numberCell}>{importText(uiLanguage, 'requirementsColumn')}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {report.requirementTables.map((table) => (
                        <TableRow key={`${table.table}-${table.name ?? ''}`}>
                          <TableCell>{tablePlaceText(uiLanguage, report.source, table)}</TableCell>
                          <TableCell lang={pending.language.value}>{table.header.join(' · ')}</TableCell>
                          <TableCell className={styles.numberCell}>{number(table.requirements)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
            </section>
            {columnMappingLines(uiLanguage, report).length > 0 && (
              <section aria-labelledby="import-columns">
                <h3 id="import-columns" className={styles.heading}>
                  {importText(uiLanguage, 'columnsHeading')}
                </h3>
                <ul className={styles.summary}>
                  {columnMappingLines(uiLanguage, report).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </section>
            )}
            <section aria-labelledby="import-notices">
              <h3 id="import-notices" className={styles.heading}>
                {`${importText(uiLanguage, 'noticesHeading')} (${number(report.notices.length)})`}
              </h3>
              {report.notices.length === 0 ? (
                <Text as="p" block>{importText(uiLanguage, 'noticesNone')}</Text>
              ) : (
                <div className={styles.region} tabIndex={0} role="region" aria-label={importText(uiLanguage, 'dialog.noticesCaption')}>
                  <Table size="small" aria-label={importText(uiLanguage, 'dialog.noticesCaption')}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{importText(uiLanguage, 'dialog.placeColumn')}</TableHeaderCell>
                        <TableHeaderCell>{importText(uiLanguage, 'dialog.reasonColumn')}</TableHeaderCell>
                        <TableHeaderCell>{importText(uiLanguage, 'dialog.textColumn')}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {report.notices.map((notice, index) => (
                        // Notices have no id of their own; their order is the source's and never changes.
                        <TableRow key={index}>
                          <TableCell>{placeText(uiLanguage, notice.at, notice.place)}</TableCell>
                          <TableCell>{noticeText(uiLanguage, notice)}</TableCell>
                          <TableCell lang={pending.language.value} className={styles.sourceText}>
                            {notice.text}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
            </section>
            <div className={styles.choices}>
              <Field
                label={importText(uiLanguage, 'dialog.languageLabel')}
                hint={pending.language.detected ? importText(uiLanguage, 'dialog.languageDetected') : undefined}
                validationState={pending.language.detected ? 'none' : 'warning'}
                validationMessage={pending.language.detected ? undefined : importText(uiLanguage, 'dialog.languageNotDetected')}
              >
                <RadioGroup value={language} onChange={(_event, data) => setLanguage(data.value as UiLanguage)}>
                  {uiLanguages.map((option) => (
                    <Radio key={option} value={option} label={<span lang={option}>{t(`languageNames.${option}`)}</span>} />
                  ))}
                </RadioGroup>
              </Field>
              <Field label={importText(uiLanguage, 'dialog.jurisdictionLabel')}>
                <RadioGroup value={jurisdiction} onChange={(_event, data) => setJurisdiction(data.value as Jurisdiction)}>
                  {jurisdictions.map((option) => (
                    <Radio key={option} value={option} label={t(`jurisdiction.${option}`)} />
                  ))}
                </RadioGroup>
              </Field>
            </div>
            {failure !== null && (
              <MessageBar intent="error">
                <MessageBarBody>{failure}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" disabled={busy} onClick={onCancel}>
              {importText(uiLanguage, 'dialog.cancel')}
            </Button>
            <Button appearance="primary" disabled={busy || createBlocked} onClick={() => void create()}>
              {importText(uiLanguage, 'dialog.create')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export interface ImportProblem {
  /** The file's path as the main process named it. */
  file: string;
  problem: string;
  limit: string | undefined;
  message: string;
}

/** Why a file cannot be imported, naming it, in the UI language. */
export function ImportProblemDialog({ problem, uiLanguage, onClose }: { problem: ImportProblem; uiLanguage: UiLanguage; onClose: () => void }): React.JSX.Element {
  const name = problem.file.split(/[\\/]/).at(-1) ?? problem.file;
  const known = importText(uiLanguage, `problem.${problem.problem}`, { limit: problem.limit ?? '' });
  const reason = known.startsWith('import.problem.') ? problem.message : known;
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle as="h2">{importText(uiLanguage, 'dialog.problemTitle', { file: name })}</DialogTitle>
          <DialogContent>
            <Text as="p" block>
              {reason}
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {importText(uiLanguage, 'dialog.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
