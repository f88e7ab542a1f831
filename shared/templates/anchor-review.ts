/**
 * The reviewed list of legal anchors: for every anchor in the library that
 * cites a section, article, chapter or appendix, when it was reviewed, against
 * which source, and whether the citation was confirmed there or still needs to
 * be verified (as the thresholds' "verify" flags do). The anchor text is kept
 * as reviewed, so a changed anchor must be reviewed again.
 */
import { z } from 'zod';
import { Source, TriText } from './model';

export const anchorReviewFormat = 'kravstudio-anchor-review';

/** confirmed: every cited provision was checked against the source; verify: at least one was not. */
export const AnchorReviewStatus = z.enum(['confirmed', 'verify']);
export type AnchorReviewStatus = z.infer<typeof AnchorReviewStatus>;

/** Where the anchor sits: a requirement, a procedure in a jurisdiction's rules, or an innovation criterion. */
export const AnchorLocation = z.string().regex(/^(requirement:[A-Z][A-Z0-9-]*|procedure:(se|no|eu):[a-z-]+|criterion:[a-z0-9-]+)$/);

export const AnchorReview = z
  .object({
    where: AnchorLocation,
    anchor: TriText,
    status: AnchorReviewStatus,
    reviewed: z.iso.date(),
    /** The citations that were found in the source as written. */
    confirmed: z.array(z.string().min(1)).default([]),
    sources: z.array(Source).min(1),
    note: z.string().min(1).optional(),
  })
  .strict();
export type AnchorReview = z.infer<typeof AnchorReview>;

export const AnchorReviewList = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(anchorReviewFormat),
    version: z.string(),
    licence: z.string(),
    reviews: z.array(AnchorReview),
  })
  .strict();
export type AnchorReviewList = z.infer<typeof AnchorReviewList>;

const sectionCitation =
  /§|\b\d+\s*kap\.|\b(?:kap|kapittel|kapitel|ch|chapter|art|arts|artikel|artikkel|article|bilag|bilaga|vedlegg|annex|appendix|appendices|s|ss)\.?\s+[0-9IVX]/iu;

/** Whether an anchor text cites a section, article, chapter or appendix (and so must be in the reviewed list). */
export function citesSection(text: string): boolean {
  return sectionCitation.test(text);
}
