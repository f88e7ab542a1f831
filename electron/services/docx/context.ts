/**
 * What every part of an exported document needs to know: the specification,
 * the export choices, the texts of the document's language and the numbers
 * of the requirements.
 */
import type { SsaAgreement } from '../../../shared/export-choices';
import type { Currency, DocumentLanguage, Specification } from '../../../shared/specification/model';
import type { StandardEntry } from '../../../shared/templates/catalogues';
import type { TemplateLibrary } from '../../../shared/templates/library';
import { documentTexts, type Texts } from './labels';
import { type DocumentNumbering, numberAsExported } from '../../../shared/specification/numbering';
import type { RowContext } from './requirement-cells';

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

export interface DocumentContext {
  spec: Specification;
  input: ExportInput;
  options: ExportOptions;
  language: DocumentLanguage;
  primary: DocumentLanguage;
  currency: Currency;
  t: Texts;
  /** se, no or eu: picks the jurisdiction's words for the document and its fields. */
  jurisdiction: Specification['jurisdiction'];
  /** The agreement, for Norwegian documents only. */
  ssa: SsaAgreement | null;
  numbering: DocumentNumbering;
  rows: RowContext;
}

function standardName(entry: StandardEntry): string {
  return entry.version === null || entry.name.includes(entry.version) ? entry.name : `${entry.name} ${entry.version}`;
}

export function documentContext(input: ExportInput): DocumentContext {
  const spec = input.specification;
  const language = input.options.language;
  const t = documentTexts(language);
  const standardNames = new Map(input.standards.map((entry) => [entry.id, standardName(entry)]));
  return {
    spec,
    input,
    options: input.options,
    language,
    primary: spec.primaryLanguage,
    currency: spec.procurement.currency,
    t,
    jurisdiction: spec.jurisdiction,
    ssa: spec.jurisdiction === 'no' ? input.options.ssa : null,
    numbering: numberAsExported(spec),
    rows: { language, primary: spec.primaryLanguage, currency: spec.procurement.currency, t, standardNames },
  };
}
