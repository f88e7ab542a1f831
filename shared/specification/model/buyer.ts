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
  })
  .strict();
export type Buyer = z.infer<typeof Buyer>;
