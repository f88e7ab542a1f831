import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/format/numbers';
import type { EvaluationCriterion } from '../../../../shared/specification/model';
import { useUiLanguage } from '../../open-document/DocumentContext';

/** A count as the UI language writes it ("1 000" in sv and nb, "1,000" in en). */
function useCount(): (value: number) => string {
  const language = useUiLanguage();
  return (value) => formatNumber(value, language, 0);
}

export interface StandAloneDialogProps {
  open: boolean;
  count: number;
  onCancel: () => void;
  onApply: (reason: string) => void;
}

/** Asks why the selected requirements stand alone (the dismissal of "not traced to a need"); applies only with a reason. */
export function StandAloneDialog({ open, count, onCancel, onApply }: StandAloneDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const n = useCount();
  const [reason, setReason] = useState('');
  const ready = reason.trim() !== '';
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!ready) return;
            onApply(reason);
            setReason('');
          }}
        >
          <DialogBody>
            <DialogTitle>{t('steps.bulk.standAloneTitle', { count, n: n(count) })}</DialogTitle>
            <DialogContent>
              <Text as="p">{t('steps.bulk.standAloneText')}</Text>
              <Field label={t('steps.bulk.reason')} required>
                <Textarea value={reason} placeholder={t('steps.bulk.reasonPlaceholder')} rows={2} resize="vertical" onChange={(_event, data) => setReason(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={!ready}>
                {t('steps.bulk.standAloneApply')}
              </Button>
              <Button onClick={onCancel}>{t('steps.bulk.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

export interface DeleteManyDialogProps {
  open: boolean;
  count: number;
  onCancel: () => void;
  onConfirm: () => void;
}

/** "Delete 12 requirements?": the count in the question and on the button. */
export function DeleteManyDialog({ open, count, onCancel, onConfirm }: DeleteManyDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const n = useCount();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('steps.bulk.deleteTitle', { count, n: n(count) })}</DialogTitle>
          <DialogContent>{t('steps.bulk.deleteText')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t('steps.bulk.deleteConfirm', { count, n: n(count) })}
            </Button>
            <Button onClick={onCancel}>{t('steps.bulk.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export interface MoveFromCriterionDialogProps {
  /** Requirement id → the criterion that holds it now. */
  held: ReadonlyMap<string, EvaluationCriterion>;
  /** The name of the criterion the requirements would move to. */
  to: string;
  nameOf: (criterion: EvaluationCriterion) => string;
  /** How many requirements were chosen in all; "Add only the others" shows when some are not held elsewhere. */
  chosenCount?: number;
  onMove: () => void;
  onOthersOnly: () => void;
  onCancel: () => void;
}

/**
 * Asks before requirements leave the criterion they are in: "K12 is under
 * Quality; move it to Climate?" (one), or how many and from which (many).
 */
export function MoveFromCriterionDialog({ held, to, nameOf, chosenCount, onMove, onOthersOnly, onCancel }: MoveFromCriterionDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const n = useCount();
  const [first] = held.entries();
  const from = [...new Set([...held.values()].map(nameOf))].join(', ');
  const question =
    held.size === 1 && first !== undefined
      ? t('steps.bulk.moveOne', { id: first[0], from: nameOf(first[1]), to })
      : t('steps.bulk.moveMany', { count: held.size, n: n(held.size), from, to });
  const others = chosenCount === undefined || chosenCount > held.size;
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('steps.bulk.moveTitle')}</DialogTitle>
          <DialogContent>{question}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onMove}>
              {t('steps.bulk.moveConfirm', { to })}
            </Button>
            {others && <Button onClick={onOthersOnly}>{t('steps.bulk.moveOthersOnly')}</Button>}
            <Button onClick={onCancel}>{t('steps.bulk.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
