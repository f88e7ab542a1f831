import { z } from 'zod';
import { DocumentLanguage, IsoDateTime, ItemId } from './common';

/**
 * A term defined for this specification. Defined terms are exempt from the
 * quality checker's vagueness rules. `language` says which document language
 * the entry belongs to; without it the entry applies to all.
 */
export const GlossaryEntry = z
  .object({
    id: ItemId,
    term: z.string(),
    definition: z.string(),
    language: DocumentLanguage.optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

/** An annex the specification refers to (price form, draft contract, data processing agreement, …). */
export const Attachment = z
  .object({
    id: ItemId,
    name: z.string(),
    description: z.string(),
  })
  .strict();
export type Attachment = z.infer<typeof Attachment>;

/** A line in the document's change history. */
export const Revision = z
  .object({
    at: IsoDateTime,
    summary: z.string(),
    author: z.string().optional(),
  })
  .strict();
export type Revision = z.infer<typeof Revision>;
