import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '../../../shared/documents';
import type { UiLanguage } from '../../../shared/languages';
import { api } from '../api';
import { formatDateTime, folderOf } from '../format';

const useStyles = makeStyles({
  surface: { maxWidth: '720px', width: '90vw' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface TrashDialogProps {
  open: boolean;
  language: UiLanguage;
  onRestored: () => void;
  onClose: () => void;
}

export function TrashDialog({ open, language, onRestored, onClose }: TrashDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [items, setItems] = useState<TrashItem[]>([]);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);

  // The dialog is mounted when opened, so its state starts fresh each time.
  useEffect(() => {
    void api.trash.list().then(setItems);
  }, []);

  const restore = async (item: TrashItem): Promise<void> => {
    try {
      const { path } = await api.trash.restore({ id: item.id });
      setItems(await api.trash.list());
      setMessage({ intent: 'success', text: t('trash.restored', { title: item.title, folder: folderOf(path) }) });
      onRestored();
    } catch (e) {
      setMessage({ intent: 'error', text: (e as Error).message });
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle as="h2">{t('trash.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p" block>{t('trash.intro')}</Text>
            <div role="status" aria-live="polite">
              {message !== null && (
                <MessageBar intent={message.intent}>
                  <MessageBarBody>{message.text}</MessageBarBody>
                </MessageBar>
              )}
            </div>
            {items.length === 0 ? (
              <Text as="p" block>{t('trash.empty')}</Text>
            ) : (
              <Table size="small" aria-label={t('trash.title')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('trash.colTitle')}</TableHeaderCell>
                    <TableHeaderCell>{t('trash.colWhen')}</TableHeaderCell>
                    <TableHeaderCell>
                      <span className="visually-hidden">{t('trash.restore')}</span>
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((item) => (
                    <TableRow key={item.id}>
                      <TableCell>{item.title}</TableCell>
                      <TableCell>{formatDateTime(language, item.trashedAt)}</TableCell>
                      <TableCell>
                        <Button size="small" aria-label={t('trash.restoreNamed', { title: item.title })} onClick={() => void restore(item)}>
                          {t('trash.restore')}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('trash.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
