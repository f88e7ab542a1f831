/**
 * The question an import asks when the library already has the pack or
 * course: replace the user's own (only when it is theirs), keep both (the
 * file is added as a copy), or cancel. Nothing is written until they answer.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

export type ExistsAnswer = 'replace' | 'keepBoth' | 'cancel';

export interface ImportExistsDialogProps {
  title: string;
  canReplace: boolean;
  onAnswer: (answer: ExistsAnswer) => void;
}

export function ImportExistsDialog({ title, canReplace, onAnswer }: ImportExistsDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, data) => !data.open && onAnswer('cancel')}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('sharing.exists.title', { title })}</DialogTitle>
          <DialogContent>
            <Text>{t(canReplace ? 'sharing.exists.replaceable' : 'sharing.exists.notReplaceable')}</Text>
          </DialogContent>
          <DialogActions>
            {canReplace && (
              <Button appearance="primary" onClick={() => onAnswer('replace')}>
                {t('sharing.exists.replace')}
              </Button>
            )}
            <Button appearance={canReplace ? 'secondary' : 'primary'} onClick={() => onAnswer('keepBoth')}>
              {t('sharing.exists.keepBoth')}
            </Button>
            <Button onClick={() => onAnswer('cancel')}>{t('sharing.exists.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
