import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../../shared/documents';
import type { UiLanguage } from '../../../shared/languages';
import { formatSavedTime } from '../format';
import { budgetLimitText } from './budget-text';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minHeight: '24px' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  conflict: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** "Saved 12:04", "Saving…", or why saving failed — announced politely to screen readers. */
export function SaveIndicator({ state, language }: { state: SaveState; language: UiLanguage }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  let content: React.JSX.Element;
  switch (state.kind) {
    case 'saved':
      content = (
        <>
          <CheckmarkCircleRegular className={styles.ok} aria-hidden="true" />
          <Text size={200}>{t('saveState.saved', { time: formatSavedTime(language, state.at) })}</Text>
        </>
      );
      break;
    case 'saving':
    case 'unsaved':
      content = <Spinner size="extra-tiny" label={t('saveState.saving')} labelPosition="after" />;
      break;
    case 'failed':
      content = (
        <>
          <ErrorCircleRegular className={styles.failed} aria-hidden="true" />
          <Text size={200} className={styles.failed} title={state.detail}>
            {t('saveState.failed', {
              reason: t(`saveState.reasons.${state.reason}`, state.budget === undefined ? {} : { limit: budgetLimitText(t, language, state.budget) }),
            })}
          </Text>
        </>
      );
      break;
    case 'conflict':
      content = (
        <>
          <WarningRegular className={styles.conflict} aria-hidden="true" />
          <Text size={200} className={styles.conflict}>
            {t('saveState.conflict')}
          </Text>
        </>
      );
      break;
  }
  return (
    <div className={styles.root} role="status" aria-live="polite" data-save-state={state.kind}>
      {content}
    </div>
  );
}
