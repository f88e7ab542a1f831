/**
 * What an export gets (the specification, the catalogues, the options) and
 * the plan of the tender document built from it, which every part of the
 * Word file is written from.
 */
import type { SsaAgreement } from '../../../shared/export-choices';
import type { DocumentLanguage, Specification } from '../../../shared/specification/model';
import type { StandardEntry } from '../../../shared/templates/catalogues';
import type { TemplateLibrary } from '../../../shared/templates/library';
import { tenderDocumentPlan } from '../../../shared/tender-document/plan';
import type { TenderDocumentPlan } from '../../../shared/tender-document/plan-types';
import { documentTexts, type Texts } from './labels';

export interface ExportOptions {
  /** The document's language; one of the specification's languages. */
  language: DocumentLanguage;
  /** Adds an annex with the "why" of each requirement taken from the library, for training. */
  guidanceAnnex: boolean;
  /** Norway: the state standard agreement the specification is Bilag 1 of. Ignored elsewhere. */
  ssa: SsaAgreement | null;
  version: string;
  date: Date;
  /** Puts the supplier response form at the end of the specification rather than in a file of its own. */
  appendResponseForm?: boolean;
  /** Leaves out chapters that would have nothing to print. */
  omitEmptyChapters?: boolean;
}

export interface ExportInput {
  specification: Specification;
  /** The standards catalogue, to name the standards requirements refer to. */
  standards: readonly StandardEntry[];
  /** The template library, for the guidance annex. */
  library?: TemplateLibrary;
  options: ExportOptions;
}

export interface ExportHooks {
  /** Called with 0–1 as the document is built and packed; 1 when the bytes are ready. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** The plan of the tender document an export input describes: what DOCX and every other format print. */
export function exportPlan(input: ExportInput): TenderDocumentPlan {
  const { language, guidanceAnnex, ssa, version, date, omitEmptyChapters } = input.options;
  return tenderDocumentPlan(input.specification, { language, guidanceAnnex, ssa, version, date, omitEmptyChapters: omitEmptyChapters === true }, { standards: input.standards, ...(input.library === undefined ? {} : { library: input.library }) });
}

/** What the Word writer needs besides the plan: the document's words for Word's own furniture (footer, properties). */
export interface DocumentContext {
  spec: Specification;
  options: ExportOptions;
  plan: TenderDocumentPlan;
  t: Texts;
}

export function documentContext(input: ExportInput): DocumentContext {
  return { spec: input.specification, options: input.options, plan: exportPlan(input), t: documentTexts(input.options.language) };
}
