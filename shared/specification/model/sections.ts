import { z } from 'zod';
import { ItemId, LocalisedText, SortOrder } from './common';

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
    intro: LocalisedText.optional(),
  })
  .strict()
  .meta({ id: 'Section' });
export type Section = z.infer<typeof Section>;
