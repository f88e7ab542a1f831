/**
 * The evaluation simulator in the Evaluation step (issue #20): fictitious
 * bids with a price and a score per criterion, ranked under the model as the
 * user types, with every check explained in words and figures, the same bids
 * under every model side by side, and what one quality point is worth; the
 * charts of it (SimulatorCharts) and what-if weights (WeightSliders) that
 * change nothing in the specification until applied. The bids are saved in
 * the document (`evaluation.simulation`) and printed in the tender document
 * only when the buyer ticks `exportExample`, as a worked example marked
 * fictitious.
 */
import {
  Button,
  Checkbox,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addSimulatedBid, applyTrialWeights, minSimulatedBids, setSimulationExport, readBidPrice, readBidScore, removeSimulatedBid, setSimulatedBidName, setSimulatedBidPrice, setSimulatedBidScore } from '../../../../shared/builder/simulation-edits';
import { checkMessage, impliedPriceMessage, modelName, moneyText, pointsText } from '../../../../shared/evaluation/check-messages';
import { bidInput, isPointsModel, setupFromSpecification } from '../../../../shared/evaluation/setup';
import { noTrial, moveTrialWeight, trialChanges, trialWeights, withTrialWeights, type WeightTrial } from '../../../../shared/evaluation/what-if';
import { simulate } from '../../../../shared/evaluation/simulation';
import { currencySymbol, formatNumber } from '../../../../shared/format/numbers';
import { maxSimulatedBids } from '../../../../shared/specification/model';
import type { EvaluationContext } from './context';
import { NumberField } from './NumberField';
import { SimulatorCharts } from './SimulatorCharts';
import { WeightSliders } from './WeightSliders';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  lead: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
  wrap: { overflowX: 'auto', maxWidth: '100%', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  table: { minWidth: '36rem' },
  nameCol: { minWidth: '9rem' },
  priceCol: { minWidth: '10rem' },
  scoreCol: { minWidth: '6rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  h4: { ...typographyStyles.body1Strong, margin: 0 },
  results: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: tokens.spacingHorizontalXL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  checks: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  figure: { fontVariantNumeric: 'tabular-nums' },
  exportChoice: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export function SimulatorPanel({ context }: { context: EvaluationContext }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { spec, language, currency, edit } = context;
  const bids = useMemo(() => spec.evaluation.simulation?.bids ?? [], [spec.evaluation.simulation]);
  const specSetup = useMemo(() => setupFromSpecification(spec), [spec]);
  // Weights tried on the sliders, not yet in the specification; the chart follows the weight last moved or focused.
  const [trial, setTrial] = useState<WeightTrial>(noTrial);
  const [sweptId, setSweptId] = useState<string | null>(null);
  const setup = useMemo(() => withTrialWeights(specSetup, trial), [specSetup, trial]);
  const trying = trialChanges(specSetup, trial);
  const outcome = useMemo(() => (bids.length < minSimulatedBids ? null : simulate(setup, bids.map((bid) => bidInput(setup, bid)))), [setup, bids]);
  const symbol = currencySymbol(currency, language);
  const messages = useMemo(() => ({ language, currency }), [language, currency]);
  const itemNames = new Map(setup.items.map((item) => [item.id, item.name]));
  const ui = (key: string, values: Record<string, string | number> = {}): string => t(`steps.simulator.ui.${key}`, values);

  if (bids.length === 0) {
    return (
      <div className={styles.root}>
        <p className={styles.lead}>{ui('lead')}</p>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<AddRegular />}
            onClick={() =>
              edit('evaluation.simulation', (s) => addSimulatedBid(addSimulatedBid(s, ui('bidName', { number: 1 }), '1000000'), ui('bidName', { number: 2 }), '1150000'))
            }
          >
            {ui('start')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <p className={styles.lead}>{ui('lead')}</p>
      <div className={styles.wrap} tabIndex={0} role="region" aria-label={ui('bidsLabel')}>
        <Table className={styles.table} size="small" aria-label={ui('bidsLabel')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.nameCol}>{ui('name')}</TableHeaderCell>
              <TableHeaderCell className={styles.priceCol}>{ui('price', { currency })}</TableHeaderCell>
              {setup.items.map((item) => (
                <TableHeaderCell key={item.id} className={styles.scoreCol}>
                  {ui('scoreHeader', { criterion: item.name, min: formatNumber(item.scaleMin.toNumber(), language), max: formatNumber(item.scaleMax.toNumber(), language) })}
                </TableHeaderCell>
              ))}
              <TableHeaderCell>
                <span className="visually-hidden">{ui('remove')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {bids.map((bid) => (
              <TableRow key={bid.id} data-bid={bid.id}>
                <TableCell>
                  <Input value={bid.name} aria-label={ui('nameOf', { bid: bid.name })} onChange={(_, data) => edit(`simulation.${bid.id}.name`, (s) => setSimulatedBidName(s, bid.id, data.value))} />
                </TableCell>
                <TableCell>
                  <NumberField
                    value={Number(bid.price)}
                    read={(text) => readBidPrice(text, language)}
                    format={(value) => formatNumber(value, language)}
                    onCommit={(value) => edit(`simulation.${bid.id}.price`, (s) => setSimulatedBidPrice(s, bid.id, value))}
                    problemText={(problem) => ui(`problem.price.${problem}`)}
                    input={{ 'aria-label': ui('priceOf', { bid: bid.name, currency }), contentAfter: <span aria-hidden>{symbol}</span> }}
                  />
                </TableCell>
                {setup.items.map((item) => {
                  const min = item.scaleMin.toNumber();
                  const max = item.scaleMax.toNumber();
                  return (
                    <TableCell key={item.id}>
                      <NumberField
                        value={bid.scores[item.id] ?? min}
                        read={(text) => readBidScore(text, language, min, max)}
                        format={(value) => formatNumber(value, language)}
                        onCommit={(value) => edit(`simulation.${bid.id}.score.${item.id}`, (s) => setSimulatedBidScore(s, bid.id, item.id, value))}
                        problemText={(problem) => ui(`problem.score.${problem}`, { min: formatNumber(min, language), max: formatNumber(max, language) })}
                        input={{ 'aria-label': ui('scoreOf', { bid: bid.name, criterion: item.name }) }}
                      />
                    </TableCell>
                  );
                })}
                <TableCell>
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={ui('removeBid', { bid: bid.name })}
                    disabled={bids.length <= minSimulatedBids}
                    onClick={() => edit('evaluation.simulation', (s) => removeSimulatedBid(s, bid.id))}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={styles.actions}>
        <Button
          icon={<AddRegular />}
          disabled={bids.length >= maxSimulatedBids}
          onClick={() => edit('evaluation.simulation', (s) => addSimulatedBid(s, ui('bidName', { number: bids.length + 1 }), bids[0]?.price ?? '1000000'))}
        >
          {ui('add')}
        </Button>
      </div>

      {outcome !== null && isPointsModel(setup.model) && (
        <WeightSliders
          weights={trialWeights(setup)}
          sweeps={outcome.sweeps}
          language={language}
          changed={trying}
          onChange={(id, percent) => {
            setTrial((current) => moveTrialWeight(specSetup, current, id, percent));
            setSweptId(id);
          }}
          onFocusWeight={setSweptId}
          onApply={() => {
            edit('evaluation.criteria', (s) => applyTrialWeights(s, trial));
            setTrial(noTrial);
          }}
          onReset={() => setTrial(noTrial)}
        />
      )}

      {outcome !== null && (
        <>
          <SimulatorCharts outcome={outcome} messages={messages} sweptId={sweptId} />
          <div className={styles.results}>
            <section aria-label={ui('rankingTitle', { model: modelName(setup.model, language) })}>
              <h4 className={styles.h4}>{ui('rankingTitle', { model: modelName(setup.model, language) })}</h4>
              <ul className={styles.list} data-testid="simulation-ranking">
                {outcome.ranking.map(({ rank, result }) => (
                  <li key={result.id} className={styles.figure}>
                    {ui('rankLine', {
                      rank,
                      bid: result.name,
                      standing: result.total !== null ? ui('points', { value: pointsText(result.total, language) }) : ui('comparisonPrice', { value: moneyText(result.comparisonPrice ?? result.price, messages) }),
                    })}
                  </li>
                ))}
              </ul>
            </section>
            <section aria-label={ui('modelsTitle')}>
              <h4 className={styles.h4}>{ui('modelsTitle')}</h4>
              <Table size="small" aria-label={ui('modelsTitle')} data-testid="simulation-models">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{ui('model')}</TableHeaderCell>
                    <TableHeaderCell>{ui('winner')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {outcome.models.map((entry) => (
                    <TableRow key={entry.model}>
                      <TableCell>{modelName(entry.model, language)}</TableCell>
                      <TableCell>{entry.winner?.name ?? t('steps.simulator.tie')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
            {outcome.impliedPrices.length > 0 && (
              <section aria-label={ui('impliedTitle')}>
                <h4 className={styles.h4}>{ui('impliedTitle')}</h4>
                <ul className={styles.list}>
                  {outcome.impliedPrices.map((implied) => (
                    <li key={implied.itemId} className={styles.figure}>
                      {impliedPriceMessage(implied, itemNames.get(implied.itemId) ?? implied.itemId, messages)}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
          <section aria-label={ui('checksTitle')}>
            <h4 className={styles.h4}>{ui('checksTitle')}</h4>
            {outcome.checks.length === 0 ? (
              <p className={styles.lead}>{ui('noChecks')}</p>
            ) : (
              <ul className={styles.checks} data-testid="simulation-checks">
                {outcome.checks.map((check, index) => (
                  <li key={`${check.kind}-${index}`} data-check-kind={check.kind}>
                    <MessageBar intent={check.kind === 'break-even' || check.kind === 'sensitivity' ? 'info' : 'warning'} layout="multiline">
                      <MessageBarBody>{checkMessage(check, setup, messages)}</MessageBarBody>
                    </MessageBar>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <div className={styles.exportChoice}>
            <Checkbox
              checked={spec.evaluation.simulation?.exportExample === true}
              label={ui('exportExample')}
              onChange={(_, data) => edit('evaluation.simulation.export', (s) => setSimulationExport(s, data.checked === true))}
            />
            <p className={styles.lead}>{ui('exportExampleNote')}</p>
          </div>
        </>
      )}
    </div>
  );
}
