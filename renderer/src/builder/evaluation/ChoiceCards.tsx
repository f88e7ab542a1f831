import { makeStyles, mergeClasses, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  group: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  description: {
    margin: 0,
    paddingLeft: '36px',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
});

export interface Choice<T extends string> {
  value: T;
  label: string;
  description: string;
}

export interface ChoiceCardsProps<T extends string> {
  /** The id of the heading that names the group. */
  labelledBy: string;
  value: T | null;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
}

/** A radio group laid out as cards, each option with a line saying what it means. Clicking anywhere on a card chooses it. */
export function ChoiceCards<T extends string>({ labelledBy, value, choices, onChange }: ChoiceCardsProps<T>): React.JSX.Element {
  const styles = useStyles();
  const baseId = useId();
  return (
    <RadioGroup
      className={styles.group}
      aria-labelledby={labelledBy}
      value={value ?? ''}
      onChange={(_event, data) => onChange(data.value as T)}
    >
      {choices.map((choice) => {
        const descriptionId = `${baseId}-${choice.value}`;
        return (
          <div
            key={choice.value}
            className={mergeClasses(styles.card, choice.value === value && styles.selected)}
            data-choice={choice.value}
            onClick={(event) => {
              // The radio itself handles clicks on it and its label.
              if ((event.target as HTMLElement).closest('input, label') === null && choice.value !== value) onChange(choice.value);
            }}
          >
            <Radio value={choice.value} label={{ children: choice.label, className: styles.label }} aria-describedby={descriptionId} />
            <p id={descriptionId} className={styles.description}>
              {choice.description}
            </p>
          </div>
        );
      })}
    </RadioGroup>
  );
}
