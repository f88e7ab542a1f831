/** What the user chooses when exporting a specification; remembered per document. */
import { z } from 'zod';
import { DocumentLanguage } from './specification/model/common';

export const ssaAgreements = ['SSA-L', 'SSA-D', 'SSA-V', 'SSA-T'] as const;
export const SsaAgreement = z.enum(ssaAgreements);
export type SsaAgreement = z.infer<typeof SsaAgreement>;

export const ExportChoices = z
  .object({
    language: DocumentLanguage,
    /** Adds an annex with each requirement's guidance (the "why"), for training. */
    guidanceAnnex: z.boolean(),
    /** Also writes the supplier response form. */
    responseForm: z.boolean(),
    /** The response form goes at the end of the specification instead of in a second file. */
    responseFormAppended: z.boolean(),
    /** Norway: the state standard agreement the specification is Bilag 1 of. */
    ssa: SsaAgreement.nullable(),
  })
  .strict();
export type ExportChoices = z.infer<typeof ExportChoices>;

/** Choices as remembered in the app state: those saved before the placement existed put the form in a second file. */
export const RememberedExportChoices = ExportChoices.extend({ responseFormAppended: z.boolean().default(false) });

export const ExportResult = z.object({
  path: z.string(),
  responseFormPath: z.string().nullable(),
});
export type ExportResult = z.infer<typeof ExportResult>;
