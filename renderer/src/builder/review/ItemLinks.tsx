import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/format/numbers';
import { useUiLanguage } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  link: { fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  more: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
});

export interface ItemLink {
  id: string;
  label: string;
}

/** How many links show before "Show all". */
const shownAtFirst = 8;

/** A compact, wrapping row of "go to" links for the items behind a finding; long lists fold. */
export function ItemLinks({ items, label, onGo }: { items: readonly ItemLink[]; label: string; onGo: (id: string) => void }): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, shownAtFirst);
  return (
    <ul className={styles.list} aria-label={label}>
      {shown.map((item) => (
        <li key={item.id}>
          <Link as="button" className={styles.link} onClick={() => onGo(item.id)} data-item={item.id}>
            {item.label}
          </Link>
        </li>
      ))}
      {items.length > shownAtFirst && (
        <li>
          <Link as="button" className={styles.more} aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? t('steps.review.checklist.showFewer') : t('steps.review.checklist.showAll', { total: formatNumber(items.length, language) })}
          </Link>
        </li>
      )}
    </ul>
  );
}
