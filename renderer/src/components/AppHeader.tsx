import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import iconUrl from '../../../build/icon.svg';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { width: '28px', height: '28px' },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  tagline: { color: tokens.colorNeutralForeground2 },
});

export function AppHeader(): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <header className={styles.header}>
      <img src={iconUrl} alt="" className={styles.logo} />
      <Text className={styles.name}>{t('app.name')}</Text>
      <Text size={200} className={styles.tagline}>
        {t('app.tagline')}
      </Text>
    </header>
  );
}
