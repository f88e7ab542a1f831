/**
 * An import as the user walks through it: the report dialog, and for a
 * spreadsheet the column mapping above the report. Every change of a column's
 * field imports the sheet again in the main process (import:remap) and the
 * report follows; the mapping can be saved as MAPPING.json or taken from one
 * (the main process shows the file dialogs and reads the file).
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens, typographyStyles } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KravstudioError } from '../../../shared/errors';
import type { ImportConfirmation, PendingImport } from '../../../shared/import/pending';
import type { ColumnMapping } from '../../../shared/import/table';
import type { UiLanguage } from '../../../shared/languages';
import { api } from '../api';
import { ColumnMappingEditor } from './ColumnMapping';
import { mappingProblems } from './column-mapping-state';
import { ImportReportDialog } from './ImportReportDialog';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  intro: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

type Status = { intent: 'success' | 'warning' | 'error'; text: string } | null;

export interface ImportFlowProps {
  pending: PendingImport;
  uiLanguage: UiLanguage;
  onCreate: (choice: ImportConfirmation) => Promise<void>;
  onCancel: () => void;
}

/** The file's name and the reason, from a refusal that names the file ("name: reason"). */
function reasonOf(error: KravstudioError): string {
  const name = error.file?.split(/[\\/]/).at(-1);
  return name !== undefined && error.message.startsWith(`${name}: `) ? error.message.slice(name.length + 2) : error.message;
}

export function ImportFlow({ pending: first, uiLanguage, onCreate, onCancel }: ImportFlowProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [pending, setPending] = useState(first);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(first.spreadsheet?.mapping);
  // The report is being made again; answers to older requests are dropped.
  const [reading, setReading] = useState(false);
  const request = useRef(0);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const importId = first.importId;

  /** Why a mapping file cannot be used, in the UI language (the main process's sentence when it gave no known reason). */
  const mappingFileReason = useCallback(
    (error: KravstudioError): string => {
      const reason = error.details?.find((detail) => detail.path === 'reason')?.message;
      const known = reason === undefined ? undefined : t(`tableImport.mapping.fileReasons.${reason}`, { defaultValue: '' });
      return known === undefined || known === '' ? reasonOf(error) : known;
    },
    [t],
  );

  const failed = useCallback(
    (error: unknown): string => {
      if (!(error instanceof KravstudioError)) throw error;
      return error.problem === 'sheet-no-requirements' ? t('tableImport.mapping.noRequirements') : t('tableImport.mapping.notUsable', { reason: reasonOf(error) });
    },
    [t],
  );

  const change = useCallback(
    (next: ColumnMapping) => {
      setMapping(next);
      setStatus(null);
      const ticket = ++request.current;
      if (mappingProblems(next).length > 0) {
        // The editor says what is missing; the report waits for a mapping that can be used.
        setReading(false);
        return;
      }
      setReading(true);
      api.import
        .remap({ importId, mapping: next })
        .then((answer) => {
          if (ticket !== request.current) return;
          setPending(answer);
          setRefusal(null);
        })
        .catch((error: unknown) => {
          if (ticket === request.current) setRefusal(failed(error));
        })
        .finally(() => {
          if (ticket === request.current) setReading(false);
        });
    },
    [importId, failed],
  );

  const save = useCallback(async () => {
    if (mapping === undefined) return;
    try {
      const saved = await api.import.saveMapping({ importId, mapping });
      if (saved !== null) setStatus({ intent: 'success', text: t('tableImport.mapping.saved', { file: saved.fileName }) });
    } catch (error) {
      if (!(error instanceof KravstudioError)) throw error;
      setStatus({ intent: 'error', text: error.message });
    }
  }, [importId, mapping, t]);

  const takeSavedMapping = useCallback(async () => {
    const ticket = ++request.current;
    try {
      const answer = await api.import.useMapping({ importId });
      if (answer === null || ticket !== request.current) return;
      setPending(answer);
      setMapping(answer.spreadsheet?.mapping);
      setRefusal(null);
      setReading(false);
      setStatus({ intent: 'success', text: t('tableImport.mapping.used') });
    } catch (error) {
      if (!(error instanceof KravstudioError)) throw error;
      const file = error.file?.split(/[\\/]/).at(-1) ?? '';
      const text = error.problem === 'mapping-file' ? t('tableImport.mapping.mappingFileProblem', { file, reason: mappingFileReason(error) }) : failed(error);
      setStatus({ intent: 'error', text });
    }
  }, [importId, t, failed, mappingFileReason]);

  const spreadsheet = pending.spreadsheet;
  if (spreadsheet === undefined || mapping === undefined) {
    return <ImportReportDialog pending={pending} uiLanguage={uiLanguage} onCreate={onCreate} onCancel={onCancel} />;
  }
  const problems = mappingProblems(mapping);
  const noRequirements = refusal === null && problems.length === 0 && !reading && pending.report.requirements === 0;
  const content = (
    <section aria-labelledby="import-mapping" className={styles.section}>
      <h3 id="import-mapping" className={styles.heading}>
        {t('tableImport.mapping.heading')}
      </h3>
      <p className={styles.intro}>{t('tableImport.mapping.stepIntro')}</p>
      <ColumnMappingEditor workbook={spreadsheet} mapping={mapping} onChange={change} previewRows={5} lang={pending.language.value} compact />
      <div className={styles.actions}>
        <Button disabled={problems.length > 0} onClick={() => void save()}>
          {t('tableImport.mapping.save')}
        </Button>
        <Button onClick={() => void takeSavedMapping()}>{t('tableImport.mapping.use')}</Button>
      </div>
      <div className={styles.status} role="status" aria-live="polite">
        {reading && <Spinner size="tiny" labelPosition="after" label={t('tableImport.mapping.reading')} />}
        {refusal !== null && (
          <MessageBar intent="warning">
            <MessageBarBody>{refusal}</MessageBarBody>
          </MessageBar>
        )}
        {noRequirements && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('tableImport.mapping.noRequirements')}</MessageBarBody>
          </MessageBar>
        )}
        {status !== null && (
          <MessageBar intent={status.intent}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
  const blocksCreate = reading || refusal !== null || problems.length > 0 || pending.report.requirements === 0;
  return <ImportReportDialog pending={pending} uiLanguage={uiLanguage} onCreate={onCreate} onCancel={onCancel} mappingStep={{ content, blocksCreate }} />;
}
