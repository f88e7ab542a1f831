import { z } from 'zod';

/** Who answers suppliers' questions on the buyer's side. Every field may stay empty. */
export const Contact = z
  .object({
    name: z.string().optional(),
    /** Checked by contentProblems, not here: a half-typed address must still save. */
    email: z.string().optional(),
    phone: z.string().optional(),
  })
  .strict();
export type Contact = z.infer<typeof Contact>;

/** The largest cover image kept in a document, in bytes of the PNG. */
export const maxCoverImageBytes = 512 * 1024;

/**
 * The buyer's logo or letterhead for the cover of exported documents. PNG
 * always (an SVG is kept as drawn and also as the PNG the app rendered from
 * it, for formats that cannot show SVG); the pixel size is the PNG's.
 */
export const CoverImage = z
  .object({
    name: z.string().max(255).describe('The file name the image came from, for the user.'),
    png: z.base64().max(Math.ceil(maxCoverImageBytes / 3) * 4).describe('The image as PNG, base64.'),
    svg: z.string().max(256 * 1024).optional().describe('The image as SVG text, when it came as SVG.'),
    widthPx: z.number().int().min(1).max(10_000),
    heightPx: z.number().int().min(1).max(10_000),
  })
  .strict();
export type CoverImage = z.infer<typeof CoverImage>;

/**
 * The contracting authority (sv upphandlande myndighet, nb oppdragsgiver).
 * The organisation number is checked against the jurisdiction's rules by
 * contentProblems (content-checks.ts), so that a draft being typed always
 * saves; an empty string means "not filled in yet".
 */
export const Buyer = z
  .object({
    name: z.string(),
    organisationNumber: z
      .string()
      .describe('Swedish organisationsnummer (NNNNNN-NNNN) or Norwegian organisasjonsnummer (nine digits), by jurisdiction; empty while drafting.'),
    contact: Contact,
    logo: CoverImage.optional().describe("The buyer's logo or letterhead, printed on the cover."),
  })
  .strict();
export type Buyer = z.infer<typeof Buyer>;
