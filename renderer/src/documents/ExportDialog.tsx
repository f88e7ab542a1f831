import {
  Button,
  Checkbox,
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
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ssaAgreements, type ExportChoices, type ExportFormatSummary, type ExportResult, type OptionalExportChoice } from '../../../shared/export-choices';
import { KravstudioError } from '../../../shared/errors';
import type { Specification } from '../../../shared/specification/model';
import { exportPreflight } from '../../../shared/builder/export-preflight';
import type { TemplateLibrary } from '../../../shared/templates/library';
import type { PlanGoTo, PreflightItem } from '../../../shared/tender-document/plan-types';
import { api } from '../api';
import { fileNameOf } from '../format';
import { PreflightList } from './PreflightList';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The placement belongs to the response-form checkbox above it.
  nested: { marginInlineStart: tokens.spacingHorizontalXXL },
  // The preflight's three actions keep their words on one line.
  action: { whiteSpace: 'nowrap', minWidth: 'auto' },
});

type Phase =
  | { kind: 'choosing' }
  /** What the document would print empty or as a placeholder, shown before anything is written. */
  | { kind: 'preflight'; items: PreflightItem[] }
  | { kind: 'exporting'; fraction: number } | { kind: 'done'; result: ExportResult } | { kind: 'cancelled' } | { kind: 'failed'; reason: string };

export interface ExportDialogProps {
  sessionId: string;
  specification: Specification;
  onClose: () => void;
  /** "Go to" from the preflight: closes the dialog and opens the builder where the item is fixed. */
  onGoTo: (target: PlanGoTo) => void;
}

/**
 * Export in one of the registered formats: the choices (remembered per document), progress with cancel,
 * then open or show the file. The format picker shows only when there is more than one format to pick;
 * the choices the chosen format does not use are hidden. Before writing, the preflight lists what the
 * document would print empty or as a placeholder, with "Go to" for each; the user fixes them or exports anyway.
 */
export function ExportDialog({ sessionId, specification, onClose, onGoTo }: ExportDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [choices, setChoices] = useState<ExportChoices | null>(null);
  const [formats, setFormats] = useState<ExportFormatSummary[] | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });
  // The template library names the standards and guidance the document prints; until it has loaded (or if it cannot), the preflight leaves those out.
  const [library, setLibrary] = useState<TemplateLibrary | null>(null);
  const preflightHeading = useRef<HTMLHeadingElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    let cancelled = false;
    api.templates.library().then(
      (loaded) => !cancelled && setLibrary(loaded),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);

  // The preflight list takes focus when it appears; going back from it returns focus to the Export button.
  useEffect(() => {
    if (phase.kind === 'preflight') preflightHeading.current?.focus();
    else if (phase.kind === 'choosing' && returnFocus.current) {
      returnFocus.current = false;
      exportButton.current?.focus();
    }
  }, [phase.kind]);

  useEffect(() => {
    void Promise.all([api.export.choices({ sessionId }), api.export.formats()]).then(([remembered, offered]) => {
      // A remembered format that cannot be written now (a program was removed) gives way to the first one that can.
      const usable = offered.filter((format) => format.unavailableReason === null);
      const format = usable.some((entry) => entry.id === remembered.format) ? remembered.format : (usable[0]?.id ?? remembered.format);
      setFormats(offered);
      setChoices({ ...remembered, format });
    });
  }, [sessionId]);

  useEffect(
    () =>
      api.on('export:progress', (event) => {
        if (event.sessionId === sessionId) setPhase((current) => (current.kind === 'exporting' ? { kind: 'exporting', fraction: event.fraction } : current));
      }),
    [sessionId],
  );

  const run = async (): Promise<void> => {
    if (choices === null) return;
    setPhase({ kind: 'exporting', fraction: 0 });
    try {
      const result = await api.export.run({ sessionId, choices });
      setPhase(result === null ? { kind: 'choosing' } : { kind: 'done', result });
    } catch (error) {
      if (error instanceof KravstudioError && error.code === 'CANCELLED') setPhase({ kind: 'cancelled' });
      else setPhase({ kind: 'failed', reason: (error as Error).message });
    }
  };

  const start = (): void => {
    if (choices === null) return;
    const items = exportPreflight(specification, choices, library);
    if (items.length === 0) void run();
    else setPhase({ kind: 'preflight', items });
  };

  const busy = phase.kind === 'exporting';
  const format = formats?.find((entry) => entry.id === choices?.format);
  const uses = (choice: OptionalExportChoice): boolean => format?.choices.includes(choice) ?? false;
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && !busy && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle as="h2">{formats !== null && formats.length > 1 ? t('exportDialog.titleAnyFormat') : t('exportDialog.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            {phase.kind === 'preflight' && <PreflightList ref={preflightHeading} items={phase.items} documentLanguage={choices?.language ?? specification.primaryLanguage} onGoTo={onGoTo} />}
            {choices !== null && formats !== null && phase.kind !== 'preflight' && (
              <>
                {formats.length > 1 && (
                  <Field label={t('exportDialog.format')}>
                    <RadioGroup value={choices.format} disabled={busy} onChange={(_e, data) => setChoices({ ...choices, format: data.value })}>
                      {formats.map((entry) => (
                        <Radio
                          key={entry.id}
                          value={entry.id}
                          disabled={entry.unavailableReason !== null}
                          label={entry.unavailableReason === null ? entry.name : t('exportDialog.formatUnavailable', { format: entry.name, reason: entry.unavailableReason })}
                        />
                      ))}
                    </RadioGroup>
                  </Field>
                )}
                {format !== undefined && <p>{format.description}</p>}
                <Field label={t('exportDialog.language')}>
                  <RadioGroup
                    value={choices.language}
                    disabled={busy}
                    onChange={(_e, data) => setChoices({ ...choices, language: data.value as ExportChoices['language'] })}
                  >
                    {specification.languages.map((language) => (
                      <Radio key={language} value={language} label={<span lang={language}>{t(`languageNames.${language}`)}</span>} />
                    ))}
                  </RadioGroup>
                </Field>
                {specification.jurisdiction === 'no' && uses('ssa') && (
                  <Field label={t('exportDialog.ssa')} hint={t(`exportDialog.ssaHint.${choices.ssa ?? 'SSA-L'}`)}>
                    <Select value={choices.ssa ?? 'SSA-L'} disabled={busy} onChange={(_e, data) => setChoices({ ...choices, ssa: data.value as ExportChoices['ssa'] })}>
                      {ssaAgreements.map((ssa) => (
                        <option key={ssa} value={ssa}>
                          {ssa}
                        </option>
                      ))}
                    </Select>
                  </Field>
                )}
                {uses('guidanceAnnex') && (
                  <Checkbox
                    checked={choices.guidanceAnnex}
                    disabled={busy}
                    label={t('exportDialog.guidance')}
                    onChange={(_e, data) => setChoices({ ...choices, guidanceAnnex: data.checked === true })}
                  />
                )}
                {uses('omitEmptyChapters') && (
                  <Field hint={t('exportDialog.omitEmptyChaptersHint')}>
                    <Checkbox
                      checked={choices.omitEmptyChapters === true}
                      disabled={busy}
                      label={t('exportDialog.omitEmptyChapters')}
                      onChange={(_e, data) => setChoices({ ...choices, omitEmptyChapters: data.checked === true })}
                    />
                  </Field>
                )}
                {uses('pdfa') && (
                  <Field hint={t('exportDialog.pdfaHint')}>
                    <Checkbox
                      checked={choices.pdfa === true}
                      disabled={busy}
                      label={t('exportDialog.pdfa')}
                      onChange={(_e, data) => setChoices({ ...choices, pdfa: data.checked === true })}
                    />
                  </Field>
                )}
                {uses('responseForm') && (
                  <Checkbox
                    checked={choices.responseForm}
                    disabled={busy}
                    label={t('exportDialog.responseForm')}
                    onChange={(_e, data) => setChoices({ ...choices, responseForm: data.checked === true })}
                  />
                )}
                {choices.responseForm && uses('responseForm') && uses('responseFormAppended') && (
                  <Field label={t('exportDialog.responseFormPlacement')} className={styles.nested}>
                    <RadioGroup
                      value={choices.responseFormAppended ? 'appended' : 'separate'}
                      disabled={busy}
                      onChange={(_e, data) => setChoices({ ...choices, responseFormAppended: data.value === 'appended' })}
                    >
                      <Radio value="separate" label={t('exportDialog.responseFormSeparate')} />
                      <Radio value="appended" label={t('exportDialog.responseFormAppended')} />
                    </RadioGroup>
                  </Field>
                )}
              </>
            )}
            {phase.kind === 'exporting' && (
              <Field label={t('exportDialog.exporting')} validationState="none">
                <ProgressBar value={phase.fraction} max={1} aria-label={t('exportDialog.progress')} />
              </Field>
            )}
            <div role="status" aria-live="polite">
              {phase.kind === 'done' && (
                <MessageBar intent="success">
                  <MessageBarBody>
                    {phase.result.responseFormPath !== null
                      ? t('exportDialog.doneWithForm', { file: fileNameOf(phase.result.path), form: fileNameOf(phase.result.responseFormPath) })
                      : choices?.responseForm === true && choices.responseFormAppended && uses('responseForm') && uses('responseFormAppended')
                        ? t('exportDialog.doneWithFormAppended', { file: fileNameOf(phase.result.path) })
                        : t('exportDialog.done', { file: fileNameOf(phase.result.path) })}
                  </MessageBarBody>
                </MessageBar>
              )}
              {phase.kind === 'cancelled' && (
                <MessageBar intent="warning">
                  <MessageBarBody>{t('exportDialog.cancelled')}</MessageBarBody>
                </MessageBar>
              )}
              {phase.kind === 'failed' && (
                <MessageBar intent="error">
                  <MessageBarBody>{t('exportDialog.failed', { reason: phase.reason })}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          </DialogContent>
          <DialogActions>
            {phase.kind === 'done' ? (
              <>
                <Button appearance="primary" className={styles.action} onClick={() => void api.export.open({ path: phase.result.path })}>
                  {t('exportDialog.open')}
                </Button>
                <Button className={styles.action} onClick={() => void api.document.showInFolder({ path: phase.result.path })}>
                  {t('exportDialog.showInFolder')}
                </Button>
                <Button className={styles.action} onClick={onClose}>
                  {t('exportDialog.close')}
                </Button>
              </>
            ) : busy ? (
              <Button onClick={() => void api.export.cancel({ sessionId })}>{t('exportDialog.cancel')}</Button>
            ) : phase.kind === 'preflight' ? (
              <>
                <Button appearance="primary" className={styles.action} onClick={() => void run()}>
                  {t('exportDialog.exportAnyway')}
                </Button>
                <Button
                  className={styles.action}
                  onClick={() => {
                    returnFocus.current = true;
                    setPhase({ kind: 'choosing' });
                  }}
                >
                  {t('exportDialog.backToChoices')}
                </Button>
                <Button onClick={onClose}>{t('exportDialog.close')}</Button>
              </>
            ) : (
              <>
                <Button ref={exportButton} appearance="primary" disabled={choices === null || format === undefined || format.unavailableReason !== null} onClick={start}>
                  {t('exportDialog.export')}
                </Button>
                <Button onClick={onClose}>{t('exportDialog.close')}</Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
