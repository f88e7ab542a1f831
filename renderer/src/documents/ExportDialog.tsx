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
import { ssaAgreements, type ExportChoices, type ExportResult } from '../../../shared/export-choices';
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

/** Export to DOCX: the choices (remembered per document), progress with cancel, then open or show the file. */
export function ExportDialog({ sessionId, specification, onClose }: ExportDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [choices, setChoices] = useState<ExportChoices | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });

  useEffect(() => {
    void api.export.choices({ sessionId }).then(setChoices);
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
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && !busy && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle as="h2">{t('exportDialog.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <p>{t('exportDialog.intro')}</p>
            {choices !== null && (
              <>
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
                {specification.jurisdiction === 'no' && (
                  <Field label={t('exportDialog.ssa')}>
                    <Select value={choices.ssa ?? 'SSA-L'} disabled={busy} onChange={(_e, data) => setChoices({ ...choices, ssa: data.value as ExportChoices['ssa'] })}>
                      {ssaAgreements.map((ssa) => (
                        <option key={ssa} value={ssa}>
                          {ssa}
                        </option>
                      ))}
                    </Select>
                  </Field>
                )}
                <Checkbox
                  checked={choices.guidanceAnnex}
                  disabled={busy}
                  label={t('exportDialog.guidance')}
                  onChange={(_e, data) => setChoices({ ...choices, guidanceAnnex: data.checked === true })}
                />
                <Checkbox
                  checked={choices.responseForm}
                  disabled={busy}
                  label={t('exportDialog.responseForm')}
                  onChange={(_e, data) => setChoices({ ...choices, responseForm: data.checked === true })}
                />
                {choices.responseForm && (
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
                      : choices?.responseForm === true && choices.responseFormAppended
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
                <Button appearance="primary" disabled={choices === null} onClick={() => void run()}>
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
