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
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ssaAgreements, type ExportChoices, type ExportFormatSummary, type ExportResult, type OptionalExportChoice } from '../../../shared/export-choices';
import { KravstudioError } from '../../../shared/errors';
import type { Specification } from '../../../shared/specification/model';
import { api } from '../api';
import { fileNameOf } from '../format';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The placement belongs to the response-form checkbox above it.
  nested: { marginInlineStart: tokens.spacingHorizontalXXL },
});

type Phase = { kind: 'choosing' } | { kind: 'exporting'; fraction: number } | { kind: 'done'; result: ExportResult } | { kind: 'cancelled' } | { kind: 'failed'; reason: string };

export interface ExportDialogProps {
  sessionId: string;
  specification: Specification;
  onClose: () => void;
}

/**
 * Export in one of the registered formats: the choices (remembered per document), progress with cancel,
 * then open or show the file. The format picker shows only when there is more than one format to pick;
 * the choices the chosen format does not use are hidden.
 */
export function ExportDialog({ sessionId, specification, onClose }: ExportDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [choices, setChoices] = useState<ExportChoices | null>(null);
  const [formats, setFormats] = useState<ExportFormatSummary[] | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });

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

  const busy = phase.kind === 'exporting';
  const format = formats?.find((entry) => entry.id === choices?.format);
  const uses = (choice: OptionalExportChoice): boolean => format?.choices.includes(choice) ?? false;
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && !busy && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle as="h2">{formats !== null && formats.length > 1 ? t('exportDialog.titleAnyFormat') : t('exportDialog.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            {choices !== null && formats !== null && (
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
                <Button appearance="primary" onClick={() => void api.export.open({ path: phase.result.path })}>
                  {t('exportDialog.open')}
                </Button>
                <Button onClick={() => void api.document.showInFolder({ path: phase.result.path })}>{t('exportDialog.showInFolder')}</Button>
                <Button onClick={onClose}>{t('exportDialog.close')}</Button>
              </>
            ) : busy ? (
              <Button onClick={() => void api.export.cancel({ sessionId })}>{t('exportDialog.cancel')}</Button>
            ) : (
              <>
                <Button appearance="primary" disabled={choices === null || format === undefined || format.unavailableReason !== null} onClick={() => void run()}>
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
