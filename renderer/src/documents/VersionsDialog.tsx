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
  Spinner,
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
import type { BackupSummary, OpenDocument, VersionComparison } from '../../../shared/documents';
import type { UiLanguage } from '../../../shared/languages';
import { api } from '../api';
import { formatDateTime } from '../format';
import { formatNumber } from '../../../shared/format/numbers';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '90vw' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tableWrap: { maxHeight: '260px', overflowY: 'auto' },
  comparison: {
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

export interface VersionsDialogProps {
  open: boolean;
  sessionId: string;
  language: UiLanguage;
  onRestored: (document: OpenDocument, at: string) => void;
  onClose: () => void;
}

/** The backups of a document: compare one with the document as it is, and restore it. */
export function VersionsDialog({ open, sessionId, language, onRestored, onClose }: VersionsDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [selected, setSelected] = useState<BackupSummary | null>(null);
  const [comparison, setComparison] = useState<VersionComparison | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The dialog is mounted when opened, so its state starts fresh each time.
  useEffect(() => {
    let cancelled = false;
    void api.backups.list({ sessionId }).then((list) => !cancelled && setBackups(list), (e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
    };
  }, [sessionId]);

  const compare = async (backup: BackupSummary): Promise<void> => {
    setSelected(backup);
    setComparison(null);
    setError(null);
    try {
      setComparison(await api.backups.compare({ sessionId, backupId: backup.id }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const restore = async (): Promise<void> => {
    if (selected === null) return;
    try {
      onRestored(await api.backups.restore({ sessionId, backupId: selected.id }), selected.createdAt);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const changes =
    comparison === null
      ? []
      : [
          ...(comparison.titleChanged ? [t('versions.titleChanged')] : []),
          ...(comparison.added.length > 0 ? [t('versions.added', { count: comparison.added.length })] : []),
          ...(comparison.removed.length > 0 ? [t('versions.removed', { count: comparison.removed.length })] : []),
          ...(comparison.changed.length > 0 ? [t('versions.changed', { count: comparison.changed.length })] : []),
          ...(comparison.otherChanges.length > 0
            ? [t('versions.otherChanged', { parts: comparison.otherChanges.map((part) => t(`versions.parts.${part}`, { defaultValue: part })).join(', ') })]
            : []),
        ];

  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle as="h2">{t('versions.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p" block>{t('versions.intro')}</Text>
            {error !== null && (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
            {backups === null && error === null && <Spinner size="tiny" />}
            {backups !== null && backups.length === 0 && <Text as="p" block>{t('versions.empty')}</Text>}
            {backups !== null && backups.length > 0 && (
              <div className={styles.tableWrap}>
                <Table size="small" aria-label={t('versions.title')}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t('versions.colWhen')}</TableHeaderCell>
                      <TableHeaderCell>{t('versions.colKind')}</TableHeaderCell>
                      <TableHeaderCell>{t('versions.colRequirements')}</TableHeaderCell>
                      <TableHeaderCell>
                        <span className="visually-hidden">{t('versions.compare')}</span>
                      </TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {backups.map((backup) => (
                      <TableRow key={backup.id} className={selected?.id === backup.id ? styles.selected : undefined}>
                        <TableCell>{formatDateTime(language, backup.createdAt)}</TableCell>
                        <TableCell>{t(`versions.${backup.kind}`)}</TableCell>
                        <TableCell>{formatNumber(backup.requirementCount, language)}</TableCell>
                        <TableCell>
                          <Button
                            size="small"
                            aria-label={t('versions.compareNamed', { time: formatDateTime(language, backup.createdAt) })}
                            onClick={() => void compare(backup)}
                          >
                            {t('versions.compare')}
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
            {selected !== null && comparison !== null && (
              <section className={styles.comparison} aria-live="polite" aria-label={t('versions.comparisonTitle', { time: formatDateTime(language, selected.createdAt) })}>
                <Text weight="semibold">{t('versions.comparisonTitle', { time: formatDateTime(language, selected.createdAt) })}</Text>
                {changes.length === 0 ? (
                  <Text>{t('versions.identical')}</Text>
                ) : (
                  <ul className={styles.list}>
                    {changes.map((change) => (
                      <li key={change}>{change}</li>
                    ))}
                  </ul>
                )}
              </section>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={comparison === null} onClick={() => void restore()}>
              {t('versions.restore')}
            </Button>
            <Button onClick={onClose}>{t('versions.close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
