/**
 * The figures the simulator's charts draw, as plain numbers: what each bid's
 * total (or comparison price) is made of, and each weight sweep's lines with
 * their switch points. Rounded to the hundredth for drawing; the exact values
 * stay in the engine and in the tables beside the charts.
 */
import type { ItemSweep } from './checks';
import { toHundredths, zero, type Exact } from './exact';
import { isPointsModel } from './setup';
import type { SimulationOutcome } from './simulation';

const drawn = (value: Exact): number => Number(toHundredths(value));

/** One part of a bid's bar: the price part (id null) or an item's. */
export interface BarPart {
  /** The item's id; null for the price part (price points, the price, or the comparison price). */
  id: string | null;
  value: number;
}

export interface BidBar {
  id: string;
  name: string;
  parts: BarPart[];
  /** The bar's height: the total points, or the price under value deduction and the comparison price under value addition. */
  height: number;
}

/**
 * Per bid, best first: under a points model the weighted price
 * points and each criterion's weighted points (stacked to the total); under
 * value addition the price and each amount added (stacked to the comparison
 * price); under value deduction the comparison price and each amount
 * deducted (stacked to the price).
 */
export function bidBars(outcome: SimulationOutcome): BidBar[] {
  const { setup } = outcome;
  return outcome.ranking
    .map((entry) => entry.result)
    .map((result) => {
      const items = setup.items.map((item, index): BarPart => ({ id: item.id, value: drawn(result.itemValues[index] ?? zero) }));
      if (isPointsModel(setup.model)) return { id: result.id, name: result.name, parts: [{ id: null, value: drawn(result.weightedPricePoints) }, ...items], height: drawn(result.total ?? zero) };
      if (setup.model === 'addition') return { id: result.id, name: result.name, parts: [{ id: null, value: drawn(result.price) }, ...items], height: drawn(result.comparisonPrice ?? zero) };
      return { id: result.id, name: result.name, parts: [{ id: null, value: drawn(result.comparisonPrice ?? zero) }, ...items], height: drawn(result.price) };
    });
}

export interface SweepLine {
  id: string;
  /** Two points, at the start and end of the sweep: a bid's merit is a straight line in the swept weight. */
  points: { x: number; y: number }[];
}

export interface SweepPicture {
  lines: SweepLine[];
  /** Where the winner changes, with the merit there. */
  switches: { x: number; y: number; fromId: string; toId: string }[];
  /** The weight now. */
  current: number;
  end: number;
}

/** A weight sweep (0 to the sum of the weights, in percent) as lines of total points. */
export function sweepPicture(sweep: ItemSweep): SweepPicture | null {
  if (sweep.subject !== 'weight' || sweep.end === null) return null;
  const end = sweep.end;
  const at = (line: ItemSweep['lines'][number], x: Exact): number => drawn(line.intercept.plus(line.slope.times(x)));
  return {
    lines: sweep.lines.map((line) => ({ id: line.id, points: [{ x: 0, y: at(line, zero) }, { x: drawn(end), y: at(line, end) }] })),
    switches: sweep.switches.map((point) => {
      const line = sweep.lines.find((candidate) => candidate.id === point.to.id);
      return { x: drawn(point.at), y: line === undefined ? 0 : at(line, point.at), fromId: point.from.id, toId: point.to.id };
    }),
    current: drawn(sweep.current),
    end: drawn(end),
  };
}
