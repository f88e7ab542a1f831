import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface SaveAsPackDialogProps {
  defaultTitle: string;
  onSave: (title: string) => Promise<void>;
  onCancel: () => void;
}

/** "Save these requirements as a pack": names the pack the organisation keeps in its own library. */
export function SaveAsPackDialog({ defaultTitle, onSave, onCancel }: SaveAsPackDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const [title, setTitle] = useState(defaultTitle);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim() === '') return;
            onSave(title.trim()).catch((error: Error) => setFailure(error.message));
          }}
        >
          <DialogBody>
            <DialogTitle as="h2">{t('library.saveAsPackTitle')}</DialogTitle>
            <DialogContent>
              <p>{t('library.saveAsPackIntro')}</p>
              <Field label={t('library.packTitle')} required>
                <Input value={title} onChange={(_e, data) => setTitle(data.value)} />
              </Field>
              {failure !== null && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{failure}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={title.trim() === ''}>
                {t('library.save')}
              </Button>
              <Button onClick={onCancel}>{t('library.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
