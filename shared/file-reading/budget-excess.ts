/** What is said about a file or document over its parse budget (see budget.ts), as it crosses IPC. */
import { z } from 'zod';

/** Which limit a file went over; the UI words each in the user's language. */
export const budgetLimits = ['file-size', 'values', 'list-length', 'text-length', 'fields'] as const;
export const BudgetLimit = z.enum(budgetLimits);
export type BudgetLimit = z.infer<typeof BudgetLimit>;

/**
 * A file or document over one of its kind's limits: which, the limit itself
 * (in bytes for `file-size`), and where (`$` when it is the whole file).
 */
export const BudgetExcess = z.object({
  limit: BudgetLimit,
  max: z.number().int().nonnegative(),
  path: z.string(),
});
export type BudgetExcess = z.infer<typeof BudgetExcess>;
