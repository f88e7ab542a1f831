import { Button, makeStyles } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  actions: { display: 'flex', flexShrink: 0 },
});

export interface ItemActionsProps {
  /** "need 2": names the item in each button's accessible name. */
  itemRef: string;
  first: boolean;
  last: boolean;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/**
 * Move up, move down and remove for one item, as icon buttons named after the
 * item. At either end the move button stays focusable (aria-disabled), so
 * focus is not lost when an item reaches the top or the bottom.
 */
export function ItemActions({ itemRef, first, last, onMove, onRemove }: ItemActionsProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const up = t('steps.needs.actions.moveUp', { item: itemRef });
  const down = t('steps.needs.actions.moveDown', { item: itemRef });
  const remove = t('steps.needs.actions.remove', { item: itemRef });
  return (
    <div className={styles.actions}>
      <Button size="small" appearance="subtle" icon={<ArrowUpRegular />} aria-label={up} title={up} data-focus-part="up" disabledFocusable={first} onClick={() => onMove(-1)} />
      <Button size="small" appearance="subtle" icon={<ArrowDownRegular />} aria-label={down} title={down} data-focus-part="down" disabledFocusable={last} onClick={() => onMove(1)} />
      <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={remove} title={remove} onClick={onRemove} />
    </div>
  );
}
