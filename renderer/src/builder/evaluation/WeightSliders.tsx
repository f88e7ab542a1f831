/**
 * What-if weights in the simulator (issue #20): a slider and a number for
 * the price weight and each criterion's. Moving one moves the others in
 * proportion (the weights keep their sum, as in the weight sweep) and re-ranks the bids at
 * once without touching the specification; "Apply to the specification"
 * writes them into the criteria (one undoable edit), "Reset" goes back to
 * the specification's weights. Beside each slider: where the winner changes
 * as that weight moves, from the weight sweep.
 */
import { Button, Field, makeStyles, SpinButton, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowResetRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ItemSweep } from '../../../../shared/evaluation/checks';
import type { TrialWeight } from '../../../../shared/evaluation/what-if';
import { percentText } from '../../../../shared/evaluation/check-messages';
import { formatPercent } from '../../../../shared/format/numbers';
import type { UiLanguage } from '../../../../shared/languages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { ...typographyStyles.body1Strong, margin: 0 },
  lead: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
  row: { display: 'grid', gridTemplateColumns: 'minmax(8rem, 12rem) minmax(10rem, 1fr) 6.5rem', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  slider: {
    width: '100%',
    margin: 0,
    accentColor: tokens.colorCompoundBrandBackground,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  name: { overflow: 'hidden', textOverflow: 'ellipsis' },
  switch: { gridColumn: '2 / 4', margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  changed: { color: tokens.colorPaletteMarigoldForeground2 },
});

export interface WeightSlidersProps {
  weights: readonly TrialWeight[];
  sweeps: readonly ItemSweep[];
  language: UiLanguage;
  /** True when the weights shown are not the specification's. */
  changed: boolean;
  onChange: (id: string | null, percent: number) => void;
  onFocusWeight: (id: string | null) => void;
  onApply: () => void;
  onReset: () => void;
}

export function WeightSliders({ weights, sweeps, language, changed, onChange, onFocusWeight, onApply, onReset }: WeightSlidersProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const ui = (key: string, values: Record<string, string | number> = {}): string => t(`steps.simulator.ui.${key}`, values);
  const label = (weight: TrialWeight): string => weight.name ?? t('steps.simulator.priceWeight');
  return (
    <section className={styles.root} aria-label={ui('sliders.title')} data-testid="weight-sliders">
      <h4 className={styles.title}>{ui('sliders.title')}</h4>
      <p className={styles.lead}>{ui('sliders.lead')}</p>
      {weights.map((weight) => {
        const key = weight.id ?? 'price';
        const sweep = sweeps.find((candidate) => candidate.subject === 'weight' && (candidate.item?.id ?? null) === weight.id);
        const switches = sweep?.switches ?? [];
        const name = label(weight);
        const switchText =
          switches.length === 0
            ? ui('sliders.noSwitch', { item: name })
            : switches.map((point) => ui('sliders.switchAt', { at: percentText(point.at, language), item: name, to: point.to.name, from: point.from.name })).join('; ');
        const describedBy = `weight-switch-${key}`;
        return (
          <div key={key} className={styles.row} data-weight={key} onFocus={() => onFocusWeight(weight.id)}>
            <span className={styles.name} id={`weight-name-${key}`}>
              {name}
            </span>
            {/* A native range: Fluent's Slider brings a vertical style Chromium warns about as deprecated. */}
            <input
              type="range"
              className={styles.slider}
              min={0}
              max={100}
              step={1}
              value={Math.round(weight.percent)}
              aria-label={ui('sliders.sliderLabel', { item: name })}
              aria-valuetext={formatPercent(weight.percent, language)}
              aria-describedby={describedBy}
              onChange={(event) => onChange(weight.id, Number(event.currentTarget.value))}
            />
            <Field>
              <SpinButton
                value={weight.percent}
                min={0}
                max={100}
                step={1}
                aria-label={ui('sliders.numberLabel', { item: name })}
                displayValue={formatPercent(weight.percent, language)}
                onChange={(_, data) => {
                  const typed = data.value ?? (data.displayValue === undefined ? null : Number(data.displayValue.replace(/[%\s\u00a0]/g, '').replace(',', '.')));
                  if (typed !== null && Number.isFinite(typed)) onChange(weight.id, Math.min(100, Math.max(0, Math.round(typed * 100) / 100)));
                }}
              />
            </Field>
            <p className={styles.switch} id={describedBy} data-testid={`switch-${key}`}>
              {switchText}
            </p>
          </div>
        );
      })}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<CheckmarkRegular />} disabled={!changed} onClick={onApply}>
          {ui('sliders.apply')}
        </Button>
        <Button icon={<ArrowResetRegular />} disabled={!changed} onClick={onReset}>
          {ui('sliders.reset')}
        </Button>
        {changed && <span className={styles.changed}>{ui('sliders.trying')}</span>}
      </div>
    </section>
  );
}
