import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  BookRegular,
  BuildingShopRegular,
  DocumentCheckmarkRegular,
  DocumentTextRegular,
  HomeRegular,
  InfoRegular,
  KeyboardRegular,
  SettingsRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '../visually-hidden';

export type Screen = 'home' | 'document' | 'response' | 'profile' | 'library' | 'settings';

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    minWidth: '200px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // A narrow window (or 200 % zoom) keeps the icons; the names stay for screen readers and as tooltips.
    '@media (max-width: 1100px)': { minWidth: 0, padding: tokens.spacingVerticalS },
  },
  label: { '@media (max-width: 1100px)': visuallyHidden },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    justifyContent: 'flex-start',
    width: '100%',
    maxWidth: '240px',
    textAlign: 'start',
    '@media (max-width: 1100px)': { minWidth: 0, justifyContent: 'center', padding: tokens.spacingHorizontalS },
  },
  spacer: { flexGrow: 1 },
});

export interface NavRailProps {
  current: Screen;
  /** The open document's title, or null when none is open. */
  documentTitle: string | null;
  /** The title of the specification a supplier is answering, or null when no response is open. */
  responseTitle?: string | null;
  /** Whether a company profile is open in its editor. */
  profileOpen?: boolean;
  onNavigate: (screen: Screen) => void;
  onOpenDialog: (dialog: 'about' | 'shortcuts') => void;
}

export function NavRail({ current, documentTitle, responseTitle = null, profileOpen = false, onNavigate, onOpenDialog }: NavRailProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const screens: { id: Screen; label: string; icon: React.JSX.Element }[] = [
    { id: 'home', label: t('nav.home'), icon: <HomeRegular /> },
    ...(documentTitle !== null
      ? [{ id: 'document' as const, label: documentTitle.trim() === '' ? t('nav.document') : documentTitle, icon: <DocumentTextRegular /> }]
      : []),
    ...(responseTitle !== null ? [{ id: 'response' as const, label: t('supplier.answering.heading', { title: responseTitle }), icon: <DocumentCheckmarkRegular /> }] : []),
    ...(profileOpen ? [{ id: 'profile' as const, label: t('supplier.home.profile'), icon: <BuildingShopRegular /> }] : []),
    { id: 'library', label: t('nav.library'), icon: <BookRegular /> },
    { id: 'settings', label: t('nav.settings'), icon: <SettingsRegular /> },
  ];
  return (
    <nav aria-label={t('nav.label')} className={styles.nav}>
      <ul className={styles.list}>
        {screens.map((screen) => (
          <li key={screen.id}>
            <Button
              className={styles.item}
              appearance={current === screen.id ? 'secondary' : 'subtle'}
              icon={screen.icon}
              aria-current={current === screen.id ? 'page' : undefined}
              title={screen.label}
              onClick={() => onNavigate(screen.id)}
            >
              <span className={styles.label}>{screen.label}</span>
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.spacer} />
      <ul className={styles.list}>
        <li>
          <Button className={styles.item} appearance="subtle" icon={<KeyboardRegular />} title={t('nav.shortcuts')} onClick={() => onOpenDialog('shortcuts')}>
            <span className={styles.label}>{t('nav.shortcuts')}</span>
          </Button>
        </li>
        <li>
          <Button className={styles.item} appearance="subtle" icon={<InfoRegular />} title={t('nav.about')} onClick={() => onOpenDialog('about')}>
            <span className={styles.label}>{t('nav.about')}</span>
          </Button>
        </li>
      </ul>
    </nav>
  );
}
