import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface DuplicateDialogProps {
  /** The title of the document being duplicated. */
  currentTitle: string;
  onDuplicate: (title: string) => void;
  onCancel: () => void;
}

/** Asks what the copy of a specification is called before it is made, so it is not a second file with the same title. */
export function DuplicateDialog({ currentTitle, onDuplicate, onCancel }: DuplicateDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const [title, setTitle] = useState(() => t('duplicateDialog.initial', { title: currentTitle }));
  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim() !== '') onDuplicate(title.trim());
          }}
        >
          <DialogBody>
            <DialogTitle as="h2">{t('duplicateDialog.title')}</DialogTitle>
            <DialogContent>
              <Field label={t('duplicateDialog.label')} hint={t('duplicateDialog.hint')} required>
                <Input value={title} onChange={(_event, data) => setTitle(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={title.trim() === ''}>
                {t('duplicateDialog.ok')}
              </Button>
              <Button onClick={onCancel}>{t('duplicateDialog.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
