import { Badge, Button, Checkbox, Dropdown, Field, Input, makeStyles, Option, Text, Textarea, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignRequirements, criterionOf, readWeight, updateCriterion } from '../../../../shared/builder/evaluation-edits';
import type { EvaluationCriterion } from '../../../../shared/specification/model';
import type { EvaluationContext } from './context';
import { formatEditable } from '../../../../shared/format/numbers';
import { NumberField } from './NumberField';
import { heldElsewhere } from '../../../../shared/builder/bulk-edits';
import { MoveFromCriterionDialog } from '../requirements/BulkDialogs';
import { AssignRequirements } from './AssignRequirements';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 150px',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    backgroundColor: tokens.colorNeutralBackground1,
    scrollMarginTop: tokens.spacingVerticalXXL,
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  header: { gridColumn: '1 / -1', display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '32px' },
  title: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, textTransform: 'uppercase', letterSpacing: '0.04em' },
  spacer: { flexGrow: 1 },
  wide: { gridColumn: '1 / -1' },
  requirements: { gridColumn: '1 / -1', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', alignItems: 'end', gap: tokens.spacingHorizontalL, '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  chosen: { gridColumn: '1 / -1', margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  chosenItem: { display: 'flex', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground1, flexShrink: 0 },
  option: { display: 'flex', flexDirection: 'column' },
  optionNote: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  priceNote: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  climate: { paddingBottom: tokens.spacingVerticalXXS },
});

export interface CriterionCardProps {
  context: EvaluationContext;
  criterion: EvaluationCriterion;
  /** 1-based place among the quality criteria (0 for price). */
  ordinal: number;
  isPrice: boolean;
  colour: string;
  /** True right after Add, until the name field is left: no "needs a name" warning yet. */
  fresh: boolean;
  onNameBlur: () => void;
  onRemove: () => void;
}

/** One award criterion: name, weight, description, climate flag and its evaluated requirements. */
export function CriterionCard({ context, criterion, ordinal, isPrice, colour, fresh, onNameBlur, onRemove }: CriterionCardProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { spec, language, edit, evaluated, requirementText, primary } = context;
  const titleId = useId();
  const nameLabelId = useId();
  const weightLabelId = useId();
  const descriptionLabelId = useId();
  const requirementsLabelId = useId();
  const climateLabelId = useId();
  const title = isPrice ? t('steps.evaluation.criteria.priceTitle') : t('steps.evaluation.criteria.title', { number: ordinal });
  const named = criterion.name.trim() !== '';
  const chosen = evaluated.filter((item) => criterion.requirementIds.includes(item.requirement.id));
  const labelledBy = (labelId: string): string => `${titleId} ${labelId}`;
  // Ticking a requirement another criterion holds asks first, instead of silently taking it from there.
  const [asking, setAsking] = useState<{ wanted: string[]; held: Map<string, EvaluationCriterion> } | null>(null);
  const choose = (wanted: string[]): void => {
    const added = new Set(wanted.filter((id) => !criterion.requirementIds.includes(id)));
    const held = heldElsewhere(spec, added, criterion.id);
    if (held.size > 0) setAsking({ wanted, held });
    else edit(`criterion.${criterion.id}.requirements`, (s) => assignRequirements(s, criterion.id, wanted));
  };
  const ownerName = (owner: EvaluationCriterion): string => (owner.name.trim() === '' ? owner.id : owner.name.trim());

  return (
    <div
      className={styles.card}
      style={{ borderLeftColor: colour }}
      role="group"
      aria-labelledby={titleId}
      data-criterion={criterion.id}
    >
      <div className={styles.header}>
        <span id={titleId} className={styles.title}>
          {title}
        </span>
        {criterion.environmental === true && (
          <Badge appearance="tint" color="success" size="small">
            {t('steps.evaluation.criteria.climateBadge')}
          </Badge>
        )}
        <span className={styles.spacer} />
        {!isPrice && (
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('steps.evaluation.criteria.remove', { name: named ? criterion.name : title })}
            title={t('steps.evaluation.criteria.remove', { name: named ? criterion.name : title })}
            onClick={onRemove}
          />
        )}
      </div>

      <Field
        label={{ children: t('steps.evaluation.criteria.name'), id: nameLabelId }}
        required
        validationState={!named && !fresh ? 'warning' : 'none'}
        validationMessage={!named && !fresh ? t('steps.evaluation.criteria.nameMissing') : undefined}
      >
        <Input
          id={`eval-criterion-${criterion.id}`}
          aria-labelledby={labelledBy(nameLabelId)}
          lang={primary}
          value={criterion.name}
          onChange={(_event, data) => edit(`criterion.${criterion.id}.name`, (s) => updateCriterion(s, criterion.id, { name: data.value }))}
          onBlur={onNameBlur}
        />
      </Field>

      <NumberField
        label={{ children: t('steps.evaluation.criteria.weight'), id: weightLabelId }}
        value={criterion.weightPercent}
        read={(text) => readWeight(text, language)}
        format={(value) => formatEditable(value, language)}
        onCommit={(value) => edit(`criterion.${criterion.id}.weight`, (s) => updateCriterion(s, criterion.id, { weightPercent: value }))}
        problemText={(problem) => t(`steps.evaluation.criteria.weightProblem.${problem}`)}
        input={{ 'aria-labelledby': labelledBy(weightLabelId), contentAfter: <span aria-hidden>%</span> }}
      />

      {isPrice ? (
        <Text className={styles.priceNote}>{t('steps.evaluation.criteria.priceNote')}</Text>
      ) : (
        <>
          <Field className={styles.wide} label={{ children: t('steps.evaluation.criteria.description'), id: descriptionLabelId }} hint={t('steps.evaluation.criteria.descriptionHint')}>
            <Textarea
              aria-labelledby={labelledBy(descriptionLabelId)}
              lang={primary}
              rows={2}
              resize="vertical"
              value={criterion.description ?? ''}
              onChange={(_event, data) => edit(`criterion.${criterion.id}.description`, (s) => updateCriterion(s, criterion.id, { description: data.value }))}
            />
          </Field>
          <div className={styles.requirements}>
            {evaluated.length === 0 ? (
              <Text className={styles.optionNote}>{t('steps.evaluation.criteria.noEvaluated')}</Text>
            ) : (
              <Field
                label={{ children: t('steps.evaluation.criteria.requirements'), id: requirementsLabelId }}
                hint={chosen.length === 0 ? t('steps.evaluation.criteria.assessedAsWhole') : undefined}
              >
                {/* Inline: the list stays in the card's DOM rather than in a portal at the page's edge. It always opens
                    below the field (pinned): flipped above, it was cut off under the app's header; below, the page scrolls to it. */}
                <Dropdown
                  multiselect
                  inlinePopup
                  positioning={{ position: 'below', align: 'start', pinned: true }}
                  aria-labelledby={labelledBy(requirementsLabelId)}
                  placeholder={t('steps.evaluation.criteria.choose')}
                  value={chosen.length === 0 ? '' : t('steps.evaluation.criteria.chosen', { count: chosen.length })}
                  selectedOptions={criterion.requirementIds}
                  onOptionSelect={(_event, data) => choose(data.selectedOptions)}
                >
                  {evaluated.map(({ requirement, number }) => {
                    const owner = criterionOf(spec.evaluation, requirement.id);
                    const text = requirementText(requirement);
                    return (
                      <Option key={requirement.id} value={requirement.id} text={`${requirement.id} ${text}`}>
                        <span className={styles.option}>
                          <span>
                            <span className={styles.id}>{requirement.id}</span> <span lang={primary}>{text}</span>
                          </span>
                          <span className={styles.optionNote}>
                            {number}
                            {owner !== undefined && owner.id !== criterion.id
                              ? ` · ${t('steps.evaluation.criteria.inOther', { name: owner.name.trim() === '' ? owner.id : owner.name })}`
                              : ''}
                          </span>
                        </span>
                      </Option>
                    );
                  })}
                </Dropdown>
              </Field>
            )}
            {evaluated.length > 0 && <AssignRequirements context={context} criterion={criterion} name={named ? criterion.name : title} />}
            <Checkbox
              className={styles.climate}
              checked={criterion.environmental === true}
              label={{ children: t('steps.evaluation.criteria.environmental'), id: climateLabelId }}
              aria-labelledby={labelledBy(climateLabelId)}
              onChange={(_event, data) => edit(`criterion.${criterion.id}.environmental`, (s) => updateCriterion(s, criterion.id, { environmental: data.checked === true }))}
            />
          </div>
          {asking !== null && (
            <MoveFromCriterionDialog
              held={asking.held}
              to={named ? criterion.name : title}
              nameOf={ownerName}
              chosenCount={asking.wanted.filter((id) => !criterion.requirementIds.includes(id)).length}
              onMove={() => {
                const { wanted } = asking;
                setAsking(null);
                edit(`criterion.${criterion.id}.requirements`, (s) => assignRequirements(s, criterion.id, wanted));
              }}
              onOthersOnly={() => {
                const wanted = asking.wanted.filter((id) => !asking.held.has(id));
                setAsking(null);
                edit(`criterion.${criterion.id}.requirements`, (s) => assignRequirements(s, criterion.id, wanted));
              }}
              onCancel={() => setAsking(null)}
            />
          )}
          {chosen.length > 0 && (
            <ul className={styles.chosen} aria-label={t('steps.evaluation.criteria.chosenList', { name: named ? criterion.name : title })}>
              {chosen.map(({ requirement, number }) => (
                <li key={requirement.id} className={styles.chosenItem}>
                  <span className={styles.id}>{requirement.id}</span>
                  <span>{number}</span>
                  <span lang={primary}>{requirementText(requirement)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
