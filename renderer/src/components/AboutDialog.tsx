import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Input,
  Field,
  Link,
  makeStyles,
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
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import iconUrl from '../../../build/icon.svg';
import type { AppInfo, BundledLicence } from '../../../shared/app-info';
import { validateExternalUrl } from '../../../shared/external-url';
import type { UiLanguage } from '../../../shared/languages';
import { api } from '../api';
import { formatNumber } from '../../../shared/format/numbers';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '90vw' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  identity: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL },
  logo: { width: '56px', height: '56px' },
  identityText: { display: 'flex', flexDirection: 'column' },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tableWrap: {
    maxHeight: '280px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type LoadState = { kind: 'loading' } | { kind: 'loaded'; licences: BundledLicence[] } | { kind: 'failed' };

export interface AboutDialogProps {
  open: boolean;
  info: AppInfo;
  language: UiLanguage;
  onClose: () => void;
}

export function AboutDialog({ open, info, language, onClose }: AboutDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [filter, setFilter] = useState('');

  useEffect(() => {
    if (!open || state.kind === 'loaded') return;
    let cancelled = false;
    api.app.getLicences().then(
      (licences) => !cancelled && setState({ kind: 'loaded', licences }),
      () => !cancelled && setState({ kind: 'failed' }),
    );
    return () => {
      cancelled = true;
    };
  }, [open, state.kind]);

  const visible = useMemo(() => {
    if (state.kind !== 'loaded') return [];
    const needle = filter.trim().toLowerCase();
    return needle === ''
      ? state.licences
      : state.licences.filter((entry) => `${entry.name} ${entry.licence}`.toLowerCase().includes(needle));
  }, [state, filter]);

  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle as="h2">{t('about.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <div className={styles.identity}>
              <img src={iconUrl} alt="" className={styles.logo} />
              <div className={styles.identityText}>
                <Text weight="semibold" size={500}>
                  {t('app.name')}
                </Text>
                <Text>{t('about.version', { version: info.version })}</Text>
                <Text size={200}>
                  {info.electronVersion !== null && info.chromeVersion !== null
                    ? t('about.runtime', { electron: info.electronVersion, chrome: info.chromeVersion, node: info.nodeVersion })
                    : t('about.runtimeNode', { node: info.nodeVersion })}
                </Text>
              </div>
            </div>
            <Text as="p" block>{t('about.licence', { licence: info.licence, templatesLicence: info.templatesLicence })}</Text>
            <Text as="p" block>{t('about.privacy')}</Text>
            <h3 className={styles.sectionTitle}>{t('about.bundledTitle')}</h3>
            {state.kind === 'loading' && <Spinner size="tiny" label={t('about.loading')} />}
            {state.kind === 'failed' && <Text role="alert">{t('about.loadFailed')}</Text>}
            {state.kind === 'loaded' && (
              <>
                <Text as="p" block>
                  {t('about.bundledCount', { count: state.licences.length, formatted: formatNumber(state.licences.length, language) })}
                </Text>
                <Field label={t('about.filterLabel')}>
                  <Input value={filter} onChange={(_event, data) => setFilter(data.value)} type="search" />
                </Field>
                <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t('about.bundledTitle')}>
                  <Table size="small" aria-label={t('about.bundledTitle')}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{t('about.tableName')}</TableHeaderCell>
                        <TableHeaderCell>{t('about.tableVersion')}</TableHeaderCell>
                        <TableHeaderCell>{t('about.tableLicence')}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {visible.map((entry) => {
                        const homepage = entry.homepage === null ? null : validateExternalUrl(entry.homepage);
                        return (
                          <TableRow key={`${entry.name}@${entry.version}`}>
                            <TableCell>
                              {homepage === null ? (
                                entry.name
                              ) : (
                                <Link href={homepage} onClick={(event) => {
                                  event.preventDefault();
                                  void api.shell.openExternal({ url: homepage });
                                }}>
                                  {entry.name}
                                </Link>
                              )}
                            </TableCell>
                            <TableCell>{entry.version}</TableCell>
                            <TableCell>{entry.licence}</TableCell>
                          </TableRow>
                        );
                      })}
                    </TableBody>
                  </Table>
                </div>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('about.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
