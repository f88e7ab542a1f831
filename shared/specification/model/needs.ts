import { z } from 'zod';
import { IsoDate, ItemId } from './common';

/** Someone with a stake in the service: a department, a union, a partner authority. */
export const Stakeholder = z
  .object({
    id: ItemId,
    name: z.string(),
    role: z.string(),
    description: z.string(),
  })
  .strict();
export type Stakeholder = z.infer<typeof Stakeholder>;

/** A group of people who will use the service, with an optional head count. */
export const UserGroup = z
  .object({
    id: ItemId,
    name: z.string(),
    description: z.string(),
    size: z.number().int().nonnegative().optional(),
  })
  .strict();
export type UserGroup = z.infer<typeof UserGroup>;

export const needPriorities = ['must', 'should', 'could'] as const;
export const NeedPriority = z.enum(needPriorities);
export type NeedPriority = z.infer<typeof NeedPriority>;

/**
 * A need stated from the user's side ("who needs what, and why"), the
 * starting point requirements are traced back to.
 */
export const Need = z
  .object({
    id: ItemId,
    statement: z.string(),
    who: z.string(),
    why: z.string(),
    priority: NeedPriority,
    goalIds: z.array(ItemId),
  })
  .strict();
export type Need = z.infer<typeof Need>;

/** A measurable goal: where we are (baseline), where we want to be (target), and how we measure it. */
export const Goal = z
  .object({
    id: ItemId,
    description: z.string(),
    indicator: z.string(),
    baseline: z.string(),
    target: z.string(),
    unit: z.string().optional(),
  })
  .strict();
export type Goal = z.infer<typeof Goal>;

export const dialogueForms = ['rfi', 'meeting', 'conference', 'written-questions', 'draft-published', 'other'] as const;
export const DialogueForm = z.enum(dialogueForms);
export type DialogueForm = z.infer<typeof DialogueForm>;

/** One step of the dialogue with the market before the competition, and what it changed. */
export const MarketDialogueEntry = z
  .object({
    id: ItemId,
    date: IsoDate.nullable(),
    form: DialogueForm,
    participants: z.string(),
    learned: z.string(),
    changed: z.string(),
  })
  .strict();
export type MarketDialogueEntry = z.infer<typeof MarketDialogueEntry>;
