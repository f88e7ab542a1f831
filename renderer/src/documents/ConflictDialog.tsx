import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { fileNameOf } from '../format';

export interface ConflictDialogProps {
  open: boolean;
  path: string;
  onChoose: (keep: 'mine' | 'disk') => void;
}

/** Another program changed the file: the user picks which version to keep (the other becomes a backup). */
export function ConflictDialog({ open, path, onChoose }: ConflictDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Dialog open={open} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle as="h2">{t('conflict.title')}</DialogTitle>
          <DialogContent>{t('conflict.text', { file: fileNameOf(path) })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onChoose('mine')}>
              {t('conflict.keepMine')}
            </Button>
            <Button onClick={() => onChoose('disk')}>{t('conflict.useDisk')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
