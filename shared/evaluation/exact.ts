/**
 * Exact decimal arithmetic for the evaluation simulator (decimal.js): money
 * and points are never binary floats, so a price of 99.10 stays 99.10 and a
 * comparison price comes out to the öre/øre as a reader would work it by
 * hand. Forty significant digits keep the quotients of the price formulas
 * far more precise than anything printed.
 */
import Decimal from 'decimal.js';

export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Exact = Decimal;

export const zero = new Exact(0);
export const one = new Exact(1);
export const hundred = new Exact(100);

/** Two merits closer than this are a tie: far below an öre or a hundredth of a point, far above the arithmetic's own error. */
const tieTolerance = new Exact('1e-20');

/** Compares two merits (higher is better): 1, −1, or 0 for a tie. */
export function compareExact(a: Exact, b: Exact): -1 | 0 | 1 {
  const difference = a.minus(b);
  if (difference.abs().lte(tieTolerance)) return 0;
  return difference.isPositive() ? 1 : -1;
}

/** Money rounded to the öre/øre (half away from zero), as a string with two decimals. */
export function toOre(value: Exact): string {
  return value.toDecimalPlaces(2, Exact.ROUND_HALF_UP).toFixed(2);
}

/** Points rounded to two decimals (half away from zero), as a string. */
export function toHundredths(value: Exact): string {
  return value.toDecimalPlaces(2, Exact.ROUND_HALF_UP).toFixed(2);
}

/** A money amount or score from a number or a decimal string; throws on anything that is not a finite number. */
export function exact(value: number | string | Exact): Exact {
  const result = new Exact(value);
  if (!result.isFinite()) throw new RangeError(`Not a finite number: ${String(value)}`);
  return result;
}
