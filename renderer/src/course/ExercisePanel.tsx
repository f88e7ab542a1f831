/**
 * A trainee's exercise beside the builder: the case and the task, which
 * helps the exercise hides, and "Check my answer" with the score, each
 * reference requirement's status and the points to work on, each with "go
 * to". The reference is offered only after the first check.
 */
import { Badge, Button, Card, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular, ClipboardTaskRegular, EyeRegular, EyeOffRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackPoints, type FeedbackPoint, type FeedbackTarget } from '../../../shared/course/feedback';
import { checkAnswer, type CheckResult, type ItemStatus } from '../../../shared/course/matching';
import type { Exercise } from '../../../shared/course/model';
import { filledRequirementText, requirementTitle } from '../../../shared/course/reference-text';
import { formatNumber } from '../../../shared/format/numbers';
import { inLanguage, type UiLanguage } from '../../../shared/languages';
import type { Specification } from '../../../shared/specification/model';
import { RichTextView } from '../components/RichTextView';
import { useOpenDocument } from '../open-document/DocumentContext';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  subheading: { ...typographyStyles.subtitle2, margin: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: tokens.spacingHorizontalL },
  fact: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  score: { ...typographyStyles.title3 },
  points: { margin: 0, paddingInlineStart: '1.2em', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  point: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  reference: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, paddingInlineStart: '1.2em' },
  muted: { color: tokens.colorNeutralForeground2 },
});

const noNumbers: ReadonlyMap<string, string> = new Map();

export const statusColours: Record<ItemStatus | 'extra', 'success' | 'warning' | 'danger' | 'informative'> = {
  covered: 'success',
  partly: 'warning',
  missing: 'danger',
  extra: 'informative',
};

export interface ExercisePanelProps {
  exercise: Exercise;
  /** Goes to a requirement of the answer, or a step of the builder. */
  onGoTo: (target: FeedbackTarget) => void;
}

interface Checked {
  result: CheckResult;
  points: FeedbackPoint[];
  previousScore: number | null;
}

/** The case's facts, read-only, in the UI language. */
export function ExerciseCaseView({ exercise, language }: { exercise: Exercise; language: UiLanguage }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const facts = ['organisation', 'need', 'volumes', 'constraints'] as const;
  return (
    <>
      <div className={styles.facts}>
        {facts.map((fact) => (
          <div key={fact} className={styles.fact}>
            <h4 className={styles.subheading}>{t(`courseScreens.case.${fact}`)}</h4>
            <RichTextView source={inLanguage(exercise.case[fact], language)} numberOf={noNumbers} />
          </div>
        ))}
      </div>
      {(exercise.case.attachments ?? []).length > 0 && (
        <div className={styles.fact}>
          <h4 className={styles.subheading}>{t('courseScreens.case.attachments')}</h4>
          {(exercise.case.attachments ?? []).map((attachment, index) => (
            <div key={index} className={styles.fact}>
              <Text weight="semibold">{inLanguage(attachment.title, language)}</Text>
              <RichTextView source={inLanguage(attachment.text, language)} numberOf={noNumbers} />
            </div>
          ))}
        </div>
      )}
    </>
  );
}

export function ExercisePanel({ exercise, onGoTo }: ExercisePanelProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { editor, language } = useOpenDocument();
  const answer: Specification = editor.specification;
  const [caseOpen, setCaseOpen] = useState(true);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [referenceShown, setReferenceShown] = useState(false);
  const reference = exercise.reference;
  const hidden = (['checker', 'guidance', 'innovation'] as const).filter((hint) => exercise.hints[hint] === 'hidden');
  const title = inLanguage(exercise.title, language) || exercise.id;

  const check = (): void => {
    if (reference === undefined) return;
    const result = checkAnswer(exercise, answer);
    // The first check folds the case away (its button brings it back), so the feedback sits nearer the builder.
    if (checked === null) setCaseOpen(false);
    setChecked((previous) => ({ result, points: feedbackPoints(exercise, result, language), previousScore: previous?.result.score ?? null }));
  };

  const targetName = (target: FeedbackTarget): string => (target.kind === 'requirement' ? target.requirementId : t(`steps.builder.names.${target.step}`));

  const referenceTitles = useMemo(() => {
    const textLanguage = checked?.result.language ?? answer.primaryLanguage;
    return new Map((reference?.requirements ?? []).map((requirement) => [requirement.id, requirementTitle(requirement, textLanguage) || requirement.id]));
  }, [reference, checked, answer.primaryLanguage]);

  return (
    <Card className={styles.card} role="region" aria-labelledby="exercise-heading">
      <h2 id="exercise-heading" className={styles.heading}>
        {t('courseScreens.check.panelTitle', { title })}
      </h2>
      {hidden.length > 0 && (
        <Text as="p" block className={styles.muted}>
          {t('courseScreens.case.hintsHidden', { hints: hidden.map((hint) => t(`courseScreens.case.hintNames.${hint}`)).join(', ') })}
        </Text>
      )}
      <div className={styles.actions}>
        <Button
          icon={caseOpen ? <ChevronUpRegular /> : <ChevronDownRegular />}
          aria-expanded={caseOpen}
          aria-controls="exercise-case"
          onClick={() => setCaseOpen((open) => !open)}
        >
          {caseOpen ? t('courseScreens.case.hideCase') : t('courseScreens.case.showCase')}
        </Button>
      </div>
      <div id="exercise-case" hidden={!caseOpen}>
        <section aria-labelledby="exercise-case-heading" className={styles.fact}>
          <h3 id="exercise-case-heading" className={styles.subheading}>
            {t('courseScreens.case.title')}
          </h3>
          <ExerciseCaseView exercise={exercise} language={language} />
          <h3 className={styles.subheading}>{t('courseScreens.case.task')}</h3>
          <RichTextView source={inLanguage(exercise.task, language)} numberOf={noNumbers} />
        </section>
      </div>

      {reference === undefined ? (
        <Text as="p" block>
          {t('courseScreens.check.noReference')}
        </Text>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" icon={<ClipboardTaskRegular />} onClick={check}>
            {checked === null ? t('courseScreens.check.check') : t('courseScreens.check.checkAgain')}
          </Button>
          {checked !== null && (
            <Button icon={referenceShown ? <EyeOffRegular /> : <EyeRegular />} aria-expanded={referenceShown} onClick={() => setReferenceShown((shown) => !shown)}>
              {referenceShown ? t('courseScreens.check.hideReference') : t('courseScreens.check.showReference')}
            </Button>
          )}
        </div>
      )}

      <div role="status" aria-live="polite">
        {checked !== null && (
          <Text as="p" block className={styles.score} data-testid="exercise-score">
            {t('courseScreens.check.score', { score: formatNumber(checked.result.score, language) })}
            {checked.previousScore !== null && (
              <Text className={styles.muted}> · {t('courseScreens.check.previous', { score: formatNumber(checked.previousScore, language) })}</Text>
            )}
          </Text>
        )}
      </div>

      {checked !== null && (
        <>
          <section aria-labelledby="exercise-points-heading" className={styles.fact}>
            <h3 id="exercise-points-heading" className={styles.subheading}>
              {t('courseScreens.check.pointsTitle')}
            </h3>
            {checked.points.length === 0 ? (
              <Text as="p" block>
                {t('courseScreens.check.noPoints')}
              </Text>
            ) : (
              <ul className={styles.points}>
                {checked.points.map((point, index) => (
                  <li key={index} className={styles.point}>
                    <Text>{point.message}</Text>
                    <Button size="small" appearance="subtle" aria-label={`${t('courseScreens.check.goTo')}: ${targetName(point.target)}`} onClick={() => onGoTo(point.target)}>
                      {t('courseScreens.check.goTo')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="exercise-items-heading" className={styles.fact}>
            <h3 id="exercise-items-heading" className={styles.subheading}>
              {t('courseScreens.check.itemsTitle')}
            </h3>
            <Table size="small" aria-labelledby="exercise-items-heading">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('courseScreens.check.colItem')}</TableHeaderCell>
                  <TableHeaderCell>{t('courseScreens.check.colStatus')}</TableHeaderCell>
                  <TableHeaderCell>{t('courseScreens.check.colMatch')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[...checked.result.items, ...checked.result.extras].map((item) => {
                  const matched = 'matchedRequirementId' in item ? item.matchedRequirementId : item.id;
                  return (
                    <TableRow key={`${item.status}-${item.id}`} data-item={item.id}>
                      <TableCell>{item.status === 'extra' ? t('courseScreens.check.extraTitle') : (referenceTitles.get(item.id) ?? item.id)}</TableCell>
                      <TableCell>
                        <Badge appearance="tint" color={statusColours[item.status]}>
                          {t(`course.statuses.${item.status}`)}
                        </Badge>
                      </TableCell>
                      <TableCell>
                        {matched === null ? (
                          '—'
                        ) : (
                          <Button size="small" appearance="subtle" onClick={() => onGoTo({ kind: 'requirement', requirementId: matched })}>
                            {t('courseScreens.check.goTo')} {matched}
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </section>
        </>
      )}

      {checked !== null && referenceShown && reference !== undefined && (
        <section aria-labelledby="exercise-reference-heading" className={styles.fact}>
          <h3 id="exercise-reference-heading" className={styles.subheading}>
            {t('courseScreens.check.referenceTitle')}
          </h3>
          <ol className={styles.reference}>
            {reference.requirements.map((requirement) => (
              <li key={requirement.id}>
                <Text weight="semibold">{requirementTitle(requirement, checked.result.language) || requirement.id}</Text>
                <RichTextView source={filledRequirementText(requirement, checked.result.language)} numberOf={noNumbers} lang={checked.result.language} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </Card>
  );
}
