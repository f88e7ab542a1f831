import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { innovationReview, levelThresholds } from '../../../../../shared/quality/innovation';
import { formatNumber } from '../../../../../shared/format/numbers';
import type { StepTarget } from '../../step-props';
import { languageName } from '../check-texts';
import { useReviewStyles } from '../review-styles';
import { InnovationChecklist } from './InnovationChecklist';
import { InnovationScores } from './InnovationScores';
import { useOpenDocument } from '../../../open-document/DocumentContext';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/**
 * The innovation review on the Review step: six advisory sub-scores computed
 * from the document, each opening onto what lies behind it, and the
 * innovation-criteria checklist the user fills in.
 */
export function InnovationReview({
  numberOf,
  goTo,
}: {
  numberOf: ReadonlyMap<string, string>;
  goTo: (target: StepTarget) => void;
}): React.JSX.Element {
  const { editor, language } = useOpenDocument();
  const styles = useStyles();
  const shared = useReviewStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const spec = editor.specification;
  // Recomputed only when what the review reads changes (not when the checklist below is edited).
  const { primaryLanguage, background, currentSituation, needs, goals, marketDialogue, procurement, requirements, glossary, attachments } = spec;
  const review = useMemo(
    () => innovationReview({ primaryLanguage, background, currentSituation, needs, goals, marketDialogue, procurement, requirements, glossary, attachments }),
    [primaryLanguage, background, currentSituation, needs, goals, marketDialogue, procurement, requirements, glossary, attachments],
  );
  const documentLanguage = languageName(language, spec.primaryLanguage);
  return (
    <section aria-labelledby={headingId} className={styles.part} data-review-part="innovation">
      <div className={shared.block}>
        <h3 id={headingId} className={shared.h3}>
          {t('steps.innovation.title')}
        </h3>
        <p className={shared.intro}>{t('steps.innovation.intro', { language: documentLanguage })}</p>
      </div>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t('steps.innovation.advisory')}</MessageBarBody>
      </MessageBar>
      <div className={shared.block}>
        <InnovationScores subScores={review.subScores} documentLanguage={documentLanguage} numberOf={numberOf} goTo={goTo} />
        <p className={shared.intro}>{t('steps.innovation.legend', {
            good: formatNumber(levelThresholds.good, language),
            fair: formatNumber(levelThresholds.fair, language),
            fairTop: formatNumber(levelThresholds.good - 1, language),
          })}</p>
      </div>
      <InnovationChecklist />
    </section>
  );
}
