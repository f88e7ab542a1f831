/**
 * The weight sweep: how the winner changes as one weight moves from 0 to the
 * whole, the other weights keeping their proportions among themselves (and
 * their sum with it the total they have now). Each bid's total is then a
 * straight line in the swept weight t:
 *
 *   Tᵢ(t) = t · xᵢ + (W − t) · yᵢ
 *
 * where xᵢ is the bid's unweighted points on the swept criterion (its price
 * points Sᵢ, or M · qᵢ / Q), yᵢ the weighted mean of its unweighted points on
 * the others and W the sum of all weights. The winner over t is the upper
 * envelope of the lines; a switch point is where it changes, found exactly.
 *
 * Under value deduction or addition the same works for an item's money
 * amount (D or A) from 0 upwards: the comparison price is a line in it.
 */
import { compareExact, type Exact, zero } from './exact';

/** A line c + s · t: a bid's merit as a function of the swept value. */
export interface MeritLine {
  id: string;
  intercept: Exact;
  slope: Exact;
}

export interface SwitchPoint {
  /** The swept value at which the winner changes. */
  at: Exact;
  fromId: string;
  toId: string;
}

function bestAt(lines: readonly MeritLine[], t: Exact): MeritLine | undefined {
  let best: MeritLine | undefined;
  let bestValue = zero;
  for (const line of lines) {
    const value = line.intercept.plus(line.slope.times(t));
    // A tie goes to the line that rises faster, which leads just after t.
    if (best === undefined || compareExact(value, bestValue) > 0 || (compareExact(value, bestValue) === 0 && line.slope.gt(best.slope))) {
      best = line;
      bestValue = value;
    }
  }
  return best;
}

/**
 * The switch points of the upper envelope of `lines` on [from, to] (to null
 * for no end), in increasing order. A winner that leads only at a single
 * point (a three-way tie) is passed over.
 */
export function switchPoints(lines: readonly MeritLine[], from: Exact, to: Exact | null): SwitchPoint[] {
  const points: SwitchPoint[] = [];
  let current = bestAt(lines, from);
  let t = from;
  while (current !== undefined) {
    const leader: MeritLine = current;
    let next: { line: MeritLine; at: Exact } | undefined;
    for (const line of lines) {
      if (line === leader || !line.slope.gt(leader.slope)) continue;
      const at = leader.intercept.minus(line.intercept).div(line.slope.minus(leader.slope));
      if (at.lt(t) || (to !== null && at.gt(to))) continue;
      if (next === undefined || compareExact(at, next.at) < 0 || (compareExact(at, next.at) === 0 && line.slope.gt(next.line.slope))) next = { line, at };
    }
    if (next === undefined) break;
    points.push({ at: next.at, fromId: leader.id, toId: next.line.id });
    current = next.line;
    t = next.at;
  }
  return points;
}
