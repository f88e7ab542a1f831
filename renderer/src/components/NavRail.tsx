import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  BookRegular,
  DocumentTextRegular,
  HomeRegular,
  InfoRegular,
  KeyboardRegular,
  SettingsRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

export type Screen = 'home' | 'document' | 'library' | 'settings';

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    minWidth: '200px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { justifyContent: 'flex-start', width: '100%', maxWidth: '240px', textAlign: 'start' },
  spacer: { flexGrow: 1 },
});

export interface NavRailProps {
  current: Screen;
  /** The open document's title, or null when none is open. */
  documentTitle: string | null;
  onNavigate: (screen: Screen) => void;
  onOpenDialog: (dialog: 'about' | 'shortcuts') => void;
}

export function NavRail({ current, documentTitle, onNavigate, onOpenDialog }: NavRailProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const screens: { id: Screen; label: string; icon: React.JSX.Element }[] = [
    { id: 'home', label: t('nav.home'), icon: <HomeRegular /> },
    ...(documentTitle !== null
      ? [{ id: 'document' as const, label: documentTitle.trim() === '' ? t('nav.document') : documentTitle, icon: <DocumentTextRegular /> }]
      : []),
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
              onClick={() => onNavigate(screen.id)}
            >
              {screen.label}
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.spacer} />
      <ul className={styles.list}>
        <li>
          <Button className={styles.item} appearance="subtle" icon={<KeyboardRegular />} onClick={() => onOpenDialog('shortcuts')}>
            {t('nav.shortcuts')}
          </Button>
        </li>
        <li>
          <Button className={styles.item} appearance="subtle" icon={<InfoRegular />} onClick={() => onOpenDialog('about')}>
            {t('nav.about')}
          </Button>
        </li>
      </ul>
    </nav>
  );
}
