import { z } from 'zod';
import { ItemId, LocalisedText, SortOrder } from './common';

/**
 * How a section numbers its requirements: by the document's automatic
 * numbers ("4.2.3"), by the buyer's prefix and counter ("K1", "K2" … across
 * the section and its subsections, in document order), or by each
 * requirement's fixed number (as imported). A section without a scheme
 * follows its parent; at the top that is automatic.
 */
export const SectionNumbering = z.discriminatedUnion('scheme', [
  z.object({ scheme: z.literal('automatic') }).strict(),
  z
    .object({
      scheme: z.literal('prefix'),
      prefix: z
        .string()
        .regex(/^[\p{L}\p{N}._\-/ ]{0,12}$/u, 'A numbering prefix is at most 12 letters, digits, spaces, ".", "_", "-" or "/"'),
      start: z.number().int().min(0).max(1_000_000),
    })
    .strict(),
  z.object({ scheme: z.literal('fixed') }).strict(),
]);
export type SectionNumbering = z.infer<typeof SectionNumbering>;

/**
 * A heading in the specification's outline. The outline is a tree kept as a
 * flat list: each section names its parent (null at the top) and its order
 * among siblings. A flat list diffs and edits more simply than nesting; the
 * document-level checks make sure parents exist and there are no cycles.
 */
export const Section = z
  .object({
    id: ItemId,
    parentId: ItemId.nullable(),
    order: SortOrder,
    title: LocalisedText,
    intro: LocalisedText.optional().describe(
      'The prose of the section, rich text (shared/text/rich-text.ts); a section with prose and no requirements is printed like any other.',
    ),
    numbering: SectionNumbering.optional().describe('How the section numbers its requirements; absent: as its parent (automatic at the top).'),
  })
  .strict()
  .meta({ id: 'Section' });
export type Section = z.infer<typeof Section>;
