import { useHints } from '../../open-document/hints';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { numberAsExported } from '../../../../shared/specification/numbering';
import type { StepProps } from '../step-props';
import { CompletenessChecklist } from './CompletenessChecklist';
import { InnovationReview } from './innovation/InnovationReview';
import { OutlinePreview } from './OutlinePreview';
import { QualitySummary } from './QualitySummary';
import { ReviewSummary } from './ReviewSummary';
import { useOpenDocument } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
});

/**
 * The last step before export: whether the specification is complete (every
 * check, grouped by the step that fixes it, with "go to" links), what the
 * quality checker finds in the requirement texts, the innovation review
 * (advisory sub-scores and the innovation-criteria checklist), and the outline the
 * exported tender document will have.
 */
export function ReviewStep({ checks, goTo, onExport, linter }: StepProps): React.JSX.Element {
  const { editor } = useOpenDocument();
  const hints = useHints();
  const styles = useStyles();
  const spec = editor.specification;
  // Requirements are named by their number in the document ("5.1.2 K-ARE-02"), as the export numbers them.
  const numberOf = useMemo(() => numberAsExported(spec).numberOf, [spec]);
  return (
    <div className={styles.page}>
      <ReviewSummary checks={checks} onExport={onExport} />
      <CompletenessChecklist checks={checks} spec={spec} numberOf={numberOf} goTo={goTo} />
      {hints.checker && <QualitySummary spec={spec} numberOf={numberOf} goTo={goTo} linter={linter} />}
      {hints.innovation && <InnovationReview numberOf={numberOf} goTo={goTo} />}
      <OutlinePreview spec={spec} />
    </div>
  );
}
