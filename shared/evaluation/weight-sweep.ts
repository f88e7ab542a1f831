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
import { Exact } from './exact';

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

/**
 * The switch points of the upper envelope of `lines` on [from, to] (to null
 * for no end), in increasing order. The envelope is walked in floating point,
 * which only decides which line leads next; each switch point itself is then
 * worked out exactly from the two lines that meet there. A winner that leads
 * only at a single point (a three-way tie) is passed over.
 */
export function switchPoints(lines: readonly MeritLine[], from: Exact, to: Exact | null): SwitchPoint[] {
  const fast = lines.map((line) => ({ line, intercept: line.intercept.toNumber(), slope: line.slope.toNumber() }));
  const start = from.toNumber();
  const end = to === null ? Number.POSITIVE_INFINITY : to.toNumber();
  const valueAt = (entry: (typeof fast)[number], t: number): number => entry.intercept + entry.slope * t;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  // The leader at the start; a tie goes to the line that rises faster, which leads just after it.
  let current = fast[0];
  for (const entry of fast.slice(1)) {
    if (current === undefined) break;
    const a = valueAt(entry, start);
    const b = valueAt(current, start);
    if ((a > b && !near(a, b)) || (near(a, b) && entry.slope > current.slope)) current = entry;
  }
  const points: SwitchPoint[] = [];
  let t = start;
  while (current !== undefined) {
    const leader = current;
    let next: { entry: (typeof fast)[number]; at: number } | undefined;
    for (const entry of fast) {
      if (entry === leader || entry.slope <= leader.slope) continue;
      const at = (leader.intercept - entry.intercept) / (entry.slope - leader.slope);
      if (at < t - 1e-12 || at > end) continue;
      if (next === undefined || at < next.at - 1e-12 || (Math.abs(at - next.at) <= 1e-12 && entry.slope > next.entry.slope)) next = { entry, at };
    }
    if (next === undefined) break;
    const exactAt = leader.line.intercept.minus(next.entry.line.intercept).div(next.entry.line.slope.minus(leader.line.slope));
    points.push({ at: Exact.max(from, exactAt), fromId: leader.line.id, toId: next.entry.line.id });
    current = next.entry;
    t = next.at;
  }
  return points;
}
