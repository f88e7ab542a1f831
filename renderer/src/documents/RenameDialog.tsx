import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface RenameDialogProps {
  open: boolean;
  currentName: string;
  onRename: (fileName: string) => void;
  onCancel: () => void;
}

export function RenameDialog({ open, currentName, onRename, onCancel }: RenameDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const [name, setName] = useState(currentName.replace(/\.kravspec$/i, ''));
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() !== '') onRename(name.trim());
          }}
        >
          <DialogBody>
            <DialogTitle as="h2">{t('rename.title')}</DialogTitle>
            <DialogContent>
              <Field label={t('rename.label')} required>
                <Input value={name} onChange={(_event, data) => setName(data.value)} contentAfter=".kravspec" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={name.trim() === ''}>
                {t('rename.ok')}
              </Button>
              <Button onClick={onCancel}>{t('rename.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
