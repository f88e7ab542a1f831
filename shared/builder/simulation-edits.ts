/**
 * Edits of the evaluation simulation the buyer keeps in the document
 * (`evaluation.simulation`): fictitious bids added and removed, renamed,
 * priced and scored. Prices are kept as decimal strings to the öre/øre.
 */
import type { UiLanguage } from '../languages';
import { parseDecimal } from '../locale-input';
import { maxSimulatedBids, type EvaluationSimulation, type SimulatedBid, type Specification } from '../specification/model';
import type { ReadNumber } from './evaluation-edits';
import type { WeightTrial } from '../evaluation/what-if';
import { priceCriterion } from '../evaluation/worked-example';

/** The fewest bids a simulation compares. */
export const minSimulatedBids = 2;

function withSimulation(spec: Specification, change: (simulation: EvaluationSimulation) => EvaluationSimulation): Specification {
  const simulation = spec.evaluation.simulation ?? { bids: [] };
  return { ...spec, evaluation: { ...spec.evaluation, simulation: change(simulation) } };
}

function withBid(spec: Specification, bidId: string, change: (bid: SimulatedBid) => SimulatedBid): Specification {
  return withSimulation(spec, (simulation) => ({ ...simulation, bids: simulation.bids.map((bid) => (bid.id === bidId ? change(bid) : bid)) }));
}

/** A bid id not yet used in the simulation: bid-1, bid-2, … */
export function nextBidId(spec: Specification): string {
  const used = new Set((spec.evaluation.simulation?.bids ?? []).map((bid) => bid.id));
  let number = 1;
  while (used.has(`bid-${number}`)) number += 1;
  return `bid-${number}`;
}

/** Adds a fictitious bid with a name and a price (a decimal string), scored at the bottom of every scale; at most ten. */
export function addSimulatedBid(spec: Specification, name: string, price: string): Specification {
  if ((spec.evaluation.simulation?.bids.length ?? 0) >= maxSimulatedBids) return spec;
  const bid: SimulatedBid = { id: nextBidId(spec), name, price, scores: {} };
  return withSimulation(spec, (simulation) => ({ ...simulation, bids: [...simulation.bids, bid] }));
}

/** Removes a bid; the simulation keeps at least two. */
export function removeSimulatedBid(spec: Specification, bidId: string): Specification {
  if ((spec.evaluation.simulation?.bids.length ?? 0) <= minSimulatedBids) return spec;
  return withSimulation(spec, (simulation) => ({ ...simulation, bids: simulation.bids.filter((bid) => bid.id !== bidId) }));
}

export function setSimulatedBidName(spec: Specification, bidId: string, name: string): Specification {
  return withBid(spec, bidId, (bid) => ({ ...bid, name: name.slice(0, 200) }));
}

/** Sets a price given as a number, kept to the öre as a decimal string. */
export function setSimulatedBidPrice(spec: Specification, bidId: string, price: number): Specification {
  return withBid(spec, bidId, (bid) => ({ ...bid, price: price.toFixed(2).replace(/\.00$/, '') }));
}

export function setSimulatedBidScore(spec: Specification, bidId: string, criterionId: string, score: number): Specification {
  return withBid(spec, bidId, (bid) => ({ ...bid, scores: { ...bid.scores, [criterionId]: score } }));
}

/** A price typed in the user's locale: above 0, at most two decimals and thirteen digits. */
export function readBidPrice(text: string, language: UiLanguage): ReadNumber<number> {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const value = parseDecimal(text, language);
  if (value === null) return { ok: false, problem: 'notANumber' };
  if (!(value > 0) || value >= 1e13 || Math.round(value * 100) / 100 !== value) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}

/** A score typed in the user's locale, within the criterion's scale. */
export function readBidScore(text: string, language: UiLanguage, min: number, max: number): ReadNumber<number> {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const value = parseDecimal(text, language);
  if (value === null) return { ok: false, problem: 'notANumber' };
  if (value < min || value > max) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}

/**
 * Whether the simulation goes into the tender document's evaluation chapter
 * as a worked example marked fictitious. Off is left out of the file.
 */
export function setSimulationExport(spec: Specification, exportExample: boolean): Specification {
  return withSimulation(spec, (simulation) => {
    const { exportExample: _old, ...rest } = simulation;
    return exportExample ? { ...rest, exportExample: true } : rest;
  });
}

/**
 * Writes weights tried in the simulator into the criteria: the price
 * criterion's (when the model has one) and each quality criterion's, in
 * percent. Weights for criteria the specification no longer has are passed over.
 */
export function applyTrialWeights(spec: Specification, trial: WeightTrial): Specification {
  const priceId = priceCriterion(spec.evaluation)?.id;
  const criteria = spec.evaluation.criteria.map((criterion) => {
    const tried = criterion.id === priceId ? trial.price : trial.items[criterion.id];
    return tried === undefined || tried < 0 || tried > 100 ? criterion : { ...criterion, weightPercent: tried };
  });
  return { ...spec, evaluation: { ...spec.evaluation, criteria } };
}
