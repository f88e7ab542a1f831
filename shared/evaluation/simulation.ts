/**
 * One run of the evaluation simulator: the bids ranked under the model, every
 * check, the weight (or amount) sweeps, the same bids under every model side
 * by side with the winner under each, and the implied price of a quality
 * point. Pure and deterministic; the Evaluation step runs it on every
 * keystroke and the command line once.
 */
import { checkContext, runChecks, type CheckContext, type ItemSweep, type SimulationCheck } from './checks';
import type { Exact } from './exact';
import { impliedPointPrices, type ImpliedPointPrice } from './implied-price';
import { priceRange, qualityFromShares, resultOf, type BidResult } from './models';
import { rankResults, soleWinner, type RankedBid } from './ranking';
import { simulationModels, type BidInput, type EvaluationSetup, type SimulationModel } from './setup';

export interface ModelOutcome {
  model: SimulationModel;
  ranking: readonly RankedBid[];
  /** The sole winner, or null for a tie for first. */
  winner: BidResult | null;
  impliedPrices: ImpliedPointPrice[];
}

export interface SimulationOutcome {
  setup: EvaluationSetup;
  ranking: readonly RankedBid[];
  winner: BidResult | null;
  checks: SimulationCheck[];
  sweeps: ItemSweep[];
  /** Every model side by side, the setup's own first. */
  models: ModelOutcome[];
  /** The implied price of one point under the setup's model. */
  impliedPrices: ImpliedPointPrice[];
}

/** The bids under another model, from the shares the context already has. */
function resultsUnder(context: CheckContext, model: SimulationModel): BidResult[] {
  const range = priceRange(context.bids.map((bid) => bid.price));
  return context.bids.map((bid, index) => resultOf(context.setup, bid, qualityFromShares(context.setup, context.quality[index]?.shares ?? [], model), range, model));
}

export function simulate(setup: EvaluationSetup, bids: readonly BidInput[]): SimulationOutcome {
  const context = checkContext(setup, bids);
  const { checks, sweeps } = runChecks(context);
  const prices: Exact[] = bids.map((bid) => bid.price);
  const order = [setup.model, ...simulationModels.filter((model) => model !== setup.model)];
  const models = order.map((model): ModelOutcome => {
    const ranking = model === setup.model ? context.ranking : rankResults(resultsUnder(context, model));
    return { model, ranking, winner: soleWinner(ranking)?.result ?? null, impliedPrices: impliedPointPrices(setup, model, prices) };
  });
  return {
    setup,
    ranking: context.ranking,
    winner: soleWinner(context.ranking)?.result ?? null,
    checks,
    sweeps,
    models,
    impliedPrices: models[0]?.impliedPrices ?? [],
  };
}
