import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { keyLabel, shortcuts } from '../shortcuts';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  kbd: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  plus: { padding: `0 ${tokens.spacingHorizontalXXS}` },
});

export interface ShortcutsDialogProps {
  open: boolean;
  platform: string;
  onClose: () => void;
}

export function ShortcutsDialog({ open, platform, onClose }: ShortcutsDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle as="h2">{t('shortcuts.title')}</DialogTitle>
          {/* The list is longer than a small window: the region takes focus so it scrolls from the keyboard. */}
          <DialogContent className={styles.content} tabIndex={0} role="region" aria-label={t('shortcuts.title')}>
            <Text as="p" block>{t('shortcuts.intro')}</Text>
            <Table size="small" aria-label={t('shortcuts.title')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('shortcuts.action')}</TableHeaderCell>
                  <TableHeaderCell>{t('shortcuts.keys')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shortcuts.map((shortcut) => (
                  <TableRow key={shortcut.id}>
                    <TableCell>{t(`shortcuts.items.${shortcut.id}`)}</TableCell>
                    <TableCell>
                      {shortcut.keys.map((key, index) => (
                        <span key={key}>
                          {index > 0 && <span className={styles.plus} aria-hidden="true">+</span>}
                          <kbd className={styles.kbd}>{keyLabel(key, platform)}</kbd>
                        </span>
                      ))}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('shortcuts.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
