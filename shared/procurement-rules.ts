/**
 * Figures the procurement rules fix, used by the checks, the editors and the
 * tender document alike, so that a rule changes in one place.
 */

/** Norway, FOA § 7-9: climate and environment weigh at least this much (per cent) in the award, unless requirements secure them better. */
export const norwegianClimateMinimumPercent = 30;
