/** What the user chooses when exporting a specification; remembered per document. */
import { z } from 'zod';
import { DocumentLanguage } from './specification/model/common';

/** Offered in this order; choices remembered before SSA-S, SSA-B and SSA-O were added stay valid. */
export const ssaAgreements = ['SSA-L', 'SSA-D', 'SSA-V', 'SSA-T', 'SSA-S', 'SSA-B', 'SSA-O'] as const;
export const SsaAgreement = z.enum(ssaAgreements);
export type SsaAgreement = z.infer<typeof SsaAgreement>;

/** The id of an export format in the registry ("docx"); which ids exist is the registry's business. */
export const ExportFormatId = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'An export format id is lower-case letters, digits and dashes.');
export type ExportFormatId = z.infer<typeof ExportFormatId>;

/** The format every specification could always be exported to, and the one choices saved before formats existed meant. */
export const defaultExportFormat: ExportFormatId = 'docx';

export const ExportChoices = z
  .object({
    /** Which registered export format to write. */
    format: ExportFormatId,
    language: DocumentLanguage,
    /** Adds an annex with each requirement's guidance (the "why"), for training. */
    guidanceAnnex: z.boolean(),
    /** Also writes the supplier response form. */
    responseForm: z.boolean(),
    /** The response form goes at the end of the specification instead of in a second file. */
    responseFormAppended: z.boolean(),
    /** Norway: the state standard agreement the specification is Bilag 1 of. */
    ssa: SsaAgreement.nullable(),
    /** PDF: write PDF/A-2b, for archiving, instead of a plain PDF; absent means no. */
    pdfa: z.boolean().optional(),
    /** Leaves out chapters that would have nothing to print, instead of a field for the buyer to fill in; absent: off. */
    omitEmptyChapters: z.boolean().optional(),
  })
  .strict();
export type ExportChoices = z.infer<typeof ExportChoices>;

/**
 * Choices as remembered in the app state. Those saved before the placement existed put the form in
 * a second file; those saved before formats existed were DOCX exports.
 */
export const RememberedExportChoices = ExportChoices.extend({
  format: ExportFormatId.default(defaultExportFormat),
  responseFormAppended: z.boolean().default(false),
});

/** The choices besides the language that a format may or may not use; the dialog shows only those the chosen format uses. */
export const optionalExportChoices = ['guidanceAnnex', 'responseForm', 'responseFormAppended', 'ssa', 'pdfa', 'omitEmptyChapters'] as const;
export const OptionalExportChoice = z.enum(optionalExportChoices);
export type OptionalExportChoice = z.infer<typeof OptionalExportChoice>;

/** A registered export format as the export dialog shows it, in the UI language. */
export const ExportFormatSummary = z.object({
  id: ExportFormatId,
  /** Without the dot: "docx". */
  extension: z.string(),
  mimeType: z.string(),
  name: z.string(),
  /** What the export gives the user, one or two sentences. */
  description: z.string(),
  /** Why the format cannot be written on this computer (a missing program), or null when it can. */
  unavailableReason: z.string().nullable(),
  choices: z.array(OptionalExportChoice),
});
export type ExportFormatSummary = z.infer<typeof ExportFormatSummary>;

export const ExportResult = z.object({
  /** The file the user chose. */
  path: z.string(),
  /** The response form, when the format wrote it as a file of its own. */
  responseFormPath: z.string().nullable(),
  /** Every file written, the chosen one first. */
  files: z.array(z.string()),
});
export type ExportResult = z.infer<typeof ExportResult>;
