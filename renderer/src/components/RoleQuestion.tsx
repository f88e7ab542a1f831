import { Button, Card, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { BuildingGovernmentRegular, BuildingShopRegular, HatGraduationRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '../../../shared/settings';

const useStyles = makeStyles({
  card: { maxWidth: '72ch', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  choices: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const icons: Record<UserRole, React.JSX.Element> = {
  buyer: <BuildingGovernmentRegular />,
  supplier: <BuildingShopRegular />,
  course: <HatGraduationRegular />,
};

/**
 * The home screen's one question: who the user works for. Offered, never
 * forced: the buyer's home works as it always has until it is answered, and
 * the answer can be changed in Settings.
 */
export function RoleQuestion({ onChoose }: { onChoose: (role: UserRole) => void }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Card className={styles.card} role="region" aria-labelledby="home-role">
      <Title3 as="h2" id="home-role" className={styles.title}>
        {t('supplier.role.question')}
      </Title3>
      <Text as="p" block>
        {t('supplier.role.hint')}
      </Text>
      <div className={styles.choices}>
        {(['buyer', 'supplier', 'course'] as const).map((role) => (
          <Button key={role} icon={icons[role]} onClick={() => onChoose(role)}>
            {t(`supplier.role.${role}`)}
          </Button>
        ))}
      </div>
    </Card>
  );
}
