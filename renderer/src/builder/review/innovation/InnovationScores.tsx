import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowRightRegular, CheckmarkCircleFilled, CircleRegular, ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../../../shared/languages';
import { innovationWeights, scoreLevel, type InnovationAction, type InnovationItem, type InnovationSubScore, type ItemReason } from '../../../../../shared/quality/innovation';
import { formatNumber } from '../../../../../shared/format/numbers';
import type { StepTarget } from '../../step-props';
import { formatPercent } from '../../../../../shared/format/numbers';
import { ItemLinks } from '../ItemLinks';
import { requirementLabel } from '../item-labels';
import { useReviewStyles } from '../review-styles';
import { useUiLanguage } from '../../../open-document/DocumentContext';

type Level = 'good' | 'fair' | 'weak' | 'none';

const useStyles = makeStyles({
  chart: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, overflow: 'hidden' },
  item: { ':not(:last-child)': { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` } },
  header: { margin: 0 },
  row: {
    display: 'grid',
    gridTemplateColumns: '12em minmax(96px, 1fr) 5.75em 6.5em',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    flexGrow: 1,
    width: '100%',
    textAlign: 'start',
  },
  name: { ...typographyStyles.body1Strong },
  track: { height: '10px', borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorNeutralBackground5, overflow: 'hidden', boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorNeutralStroke2}` },
  fill: { height: '100%', borderRadius: tokens.borderRadiusCircular },
  score: { fontVariantNumeric: 'tabular-nums', textAlign: 'end', color: tokens.colorNeutralForeground1 },
  level: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  levelIcon: { fontSize: '16px', display: 'flex' },
  good: { color: tokens.colorPaletteGreenForeground1 },
  fair: { color: tokens.colorPaletteDarkOrangeForeground1 },
  weak: { color: tokens.colorPaletteRedForeground1 },
  none: { color: tokens.colorNeutralForeground3 },
  goodFill: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  fairFill: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  weakFill: { backgroundColor: tokens.colorPaletteRedBackground3 },
  noneFill: { backgroundColor: 'transparent' },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXXL}`,
  },
  text: { margin: 0, maxWidth: '90ch', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  figures: { margin: 0, maxWidth: '90ch', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1 },
  h5: { ...typographyStyles.caption1Strong, margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground1 },
  reasons: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  reason: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  reasonLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  actions: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  action: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  actionRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

const levelIcons: Record<Level, React.JSX.Element> = {
  good: <CheckmarkCircleFilled />,
  fair: <WarningFilled />,
  weak: <ErrorCircleFilled />,
  none: <CircleRegular />,
};

export interface InnovationScoresProps {
  subScores: readonly InnovationSubScore[];
  /** The name of the language the requirements were read in. */
  documentLanguage: string;
  numberOf: ReadonlyMap<string, string>;
  goTo: (target: StepTarget) => void;
}

/**
 * The six sub-scores as a bar chart whose rows open to show how each is
 * worked out, the items behind it and what would raise it. Every bar has its
 * number and a level word with an icon beside it, so colour is never the only
 * signal and the chart reads as text.
 */
export function InnovationScores({ subScores, documentLanguage, numberOf, goTo }: InnovationScoresProps): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Accordion multiple collapsible className={styles.chart} role="group" aria-label={t('steps.innovation.chartLabel')} data-review-part="innovation-chart">
      {subScores.map((subScore) => {
        const level: Level = subScore.score === null ? 'none' : scoreLevel(subScore.score);
        const name = t(`steps.innovation.scores.${subScore.id}.name`);
        return (
          <AccordionItem key={subScore.id} value={subScore.id} className={styles.item} data-subscore={subScore.id} data-score={subScore.score ?? ''} data-level={level}>
            <AccordionHeader as="h4" className={styles.header} expandIconPosition="start" size="large">
              <span className={styles.row}>
                <span className={styles.name}>{name}</span>
                <span className={styles.track} aria-hidden>
                  <span className={mergeClasses(styles.fill, styles[`${level}Fill`])} style={{ display: 'block', width: `${subScore.score ?? 0}%` }} />
                </span>
                <span className={styles.score}>{subScore.score === null ? '–' : t('steps.innovation.scoreOf', { score: formatNumber(subScore.score, language) })}</span>
                <span className={mergeClasses(styles.level, styles[level])}>
                  <span className={styles.levelIcon} aria-hidden>
                    {levelIcons[level]}
                  </span>
                  {t(`steps.innovation.levels.${level}`)}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <SubScoreDetails subScore={subScore} documentLanguage={documentLanguage} numberOf={numberOf} goTo={goTo} />
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

function SubScoreDetails({ subScore, documentLanguage, numberOf, goTo }: { subScore: InnovationSubScore } & Omit<InnovationScoresProps, 'subScores'>): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const shared = useReviewStyles();
  const { t } = useTranslation();
  const itemsId = useId();
  const actionsId = useId();
  const reasons = [...new Set(subScore.items.map((item) => item.reason))];
  return (
    <div className={styles.panel} data-subscore-details={subScore.id}>
      <p className={styles.text}>{howText(subScore, language, t)}</p>
      {subScore.score === null ? (
        <p className={styles.figures}>{t('steps.innovation.notAssessedDetail', { language: documentLanguage })}</p>
      ) : (
        <p className={styles.figures}>{figuresText(subScore, language, t)}</p>
      )}
      {reasons.length > 0 && (
        <section aria-labelledby={itemsId} className={shared.block}>
          <h5 id={itemsId} className={styles.h5}>
            {t('steps.innovation.itemsTitle')}
          </h5>
          <ul className={styles.reasons}>
            {reasons.map((reason) => (
              <ReasonItems key={reason} reason={reason} items={subScore.items.filter((item) => item.reason === reason)} numberOf={numberOf} goTo={goTo} />
            ))}
          </ul>
        </section>
      )}
      {subScore.score !== null && (
        <section aria-labelledby={actionsId} className={shared.block}>
          <h5 id={actionsId} className={styles.h5}>
            {t('steps.innovation.actionsTitle')}
          </h5>
          {subScore.actions.length === 0 ? (
            <p className={styles.text}>{t('steps.innovation.nothingToRaise')}</p>
          ) : (
            <ul className={styles.actions}>
              {subScore.actions.map((action) => (
                <li key={action.key} className={styles.action} data-action={action.key}>
                  <span className={styles.actionRow}>
                    {actionText(action, language, t)}
                    {action.step !== 'requirements' && (
                      <Button size="small" appearance="transparent" icon={<ArrowRightRegular />} iconPosition="after" onClick={() => goTo(action.check === undefined ? { step: action.step } : { step: action.step, check: action.check })}>
                        {t('steps.innovation.goToStep', { step: t(`steps.builder.names.${action.step}`) })}
                      </Button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

function ReasonItems({
  reason,
  items,
  numberOf,
  goTo,
}: {
  reason: ItemReason;
  items: readonly InnovationItem[];
  numberOf: ReadonlyMap<string, string>;
  goTo: (target: StepTarget) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const label = t(`steps.innovation.reasons.${reason}`);
  const step = items[0]?.step ?? 'requirements';
  return (
    <li className={styles.reason} data-reason={reason}>
      <span className={styles.reasonLabel}>{label}</span>
      <ItemLinks
        items={items.map((item) => ({ id: item.id, label: item.words === undefined ? requirementLabel(item.id, numberOf) : `${requirementLabel(item.id, numberOf)} (${item.words.join(', ')})` }))}
        label={t('steps.innovation.itemsLabel', { reason: label })}
        onGo={(itemId) => goTo({ step, itemId })}
      />
    </li>
  );
}

function howText(subScore: InnovationSubScore, language: UiLanguage, t: TFunction): string {
  const key = `steps.innovation.scores.${subScore.id}.how`;
  const w = innovationWeights;
  const n = (value: number): string => formatNumber(value, language);
  switch (subScore.id) {
    case 'openness':
      return t(key, { penalty: n(w.opennessPenaltyPer10), per: n(10) });
    case 'needContext':
      return t(key, { part: n(w.contextPart), link: n(w.linkPart) });
    case 'proportionality':
      return t(key, { full: n(w.densityFull), target: formatPercent(w.evaluatedTarget, language) });
    case 'standardsDialogue':
      return t(key, { standards: n(w.standardsPart), dialogue: n(w.dialoguePart), lots: n(w.lotsPart), variants: n(w.variantsPart) });
    default:
      return t(key);
  }
}

function figuresText(subScore: InnovationSubScore, language: UiLanguage, t: TFunction): string {
  const key = `steps.innovation.scores.${subScore.id}.figures`;
  const n = (name: string): string => formatNumber(subScore.figures[name] ?? 0, language);
  const f = subScore.figures;
  switch (subScore.id) {
    case 'openness':
      return t(key, { count: f['findings'] ?? 0, requirements: n('requirements'), per10: n('per10') });
    case 'functional':
      return t(key, { functional: n('functional'), requirements: n('requirements') });
    case 'needContext':
      return t(key, {
        needs: n('needs'),
        goals: n('goals'),
        situation: t(`steps.innovation.scores.needContext.${f['situation'] === 1 ? 'situationYes' : 'situationNo'}`),
        linked: n('linked'),
        toLink: n('toLink'),
      });
    case 'proportionality':
      return t(key, {
        mandatory: n('mandatory'),
        words: n('words'),
        density: n('density'),
        evaluated: n('evaluated'),
        service: n('service'),
        percent: formatPercent(f['evaluatedPercent'] ?? 0, language),
      });
    case 'verifiable':
      return t(key, { verifiable: n('verifiable'), functional: n('functional') });
    case 'standardsDialogue':
      return t(key, {
        withEquivalence: n('withEquivalence'),
        withStandards: n('withStandards'),
        dialogue: n('dialogue'),
        lots: t(`steps.innovation.scores.standardsDialogue.${f['lotsDecided'] === 1 ? 'lotsYes' : 'lotsNo'}`),
        variants: t(`steps.innovation.scores.standardsDialogue.${f['variantsAllowed'] === 1 ? 'variantsYes' : 'variantsNo'}`),
      });
  }
}

function actionText(action: InnovationAction, language: UiLanguage, t: TFunction): string {
  const key = `steps.innovation.actions.${action.key}`;
  switch (action.key) {
    case 'evaluateSome':
      return t(key, { target: formatPercent(action.values['target'] ?? 0, language) });
    case 'fewerMandatory':
      return t(key, { target: formatNumber(action.values['target'] ?? 0, language) });
    default:
      return action.values['count'] === undefined ? t(key) : t(key, { count: action.values['count'] });
  }
}
