/**
 * What every part of the plan needs: the specification, the choices, the
 * catalogues, the document's words and the requirement numbers, and the list
 * the preflight collects into.
 */
import type { Currency, DocumentLanguage, LocalisedText, Specification } from '../specification/model';
import { type StandardEntry, standardName } from '../templates/catalogues';
import type { TemplateLibrary } from '../templates/library';
import { type DocumentNumbering, numberAsExported } from '../specification/numbering';
import { textIn } from '../text/localised';
import type { PlanCell, PlanColumn, PlanFillIn, PlanGoTo, PreflightCategory, PreflightItem, PreflightSeverity, TenderDocumentChoices } from './plan-types';
import { documentTexts, type Texts } from './texts';
import type { SsaAgreement } from '../export-choices';

/** The catalogues the document names things from. */
export interface CatalogueData {
  /** The standards catalogue, to name the standards requirements refer to. */
  standards: readonly StandardEntry[];
  /** The template library, for the guidance annex. */
  library?: TemplateLibrary;
}

export interface PlanContext {
  spec: Specification;
  choices: TenderDocumentChoices;
  catalogue: CatalogueData;
  language: DocumentLanguage;
  primary: DocumentLanguage;
  currency: Currency;
  t: Texts;
  jurisdiction: Specification['jurisdiction'];
  /** The agreement, for Norwegian documents only. */
  ssa: SsaAgreement | null;
  numbering: DocumentNumbering;
  /** Standard id → how the document names it. */
  standardNames: ReadonlyMap<string, string>;
  /** A text of the document in its language, else the primary language, else any. */
  local: (text: LocalisedText | undefined) => string;
  /** Adds an item to the preflight list (severity by category unless given). */
  note: (item: PreflightNote) => void;
  /** The field an undecided fact is printed as, in the document language. */
  fillIn: PlanFillIn;
  preflight: PreflightItem[];
}

/** A preflight item as a part of the plan notes it. */
export interface PreflightNote {
  code: string;
  category: PreflightCategory;
  place: string;
  printed: string;
  goTo: PlanGoTo;
  values?: Readonly<Record<string, string | number>>;
  severity?: PreflightSeverity;
}

/** A field still to fill in, content left out and contradictions would mislead tenderers; the rest is worth a look. */
const severityOf: Record<PreflightCategory, PreflightSeverity> = {
  placeholder: 'error',
  dropped: 'error',
  inconsistent: 'error',
  empty: 'warning',
  quality: 'warning',
  completeness: 'warning',
};

export function planContext(spec: Specification, choices: TenderDocumentChoices, catalogue: CatalogueData): PlanContext {
  const language = choices.language;
  const primary = spec.primaryLanguage;
  const preflight: PreflightItem[] = [];
  const t = documentTexts(language);
  return {
    spec,
    choices,
    catalogue,
    language,
    primary,
    currency: spec.procurement.currency,
    t,
    jurisdiction: spec.jurisdiction,
    ssa: spec.jurisdiction === 'no' ? choices.ssa : null,
    numbering: numberAsExported(spec),
    standardNames: new Map(catalogue.standards.map((entry) => [entry.id, standardName(entry, language)])),
    local: (text) => textIn(text, language, [primary]),
    note: ({ code, category, place, printed, goTo, values, severity }) => {
      preflight.push({ code, category, severity: severity ?? severityOf[category], place, printed, values: values ?? {}, goTo });
    },
    fillIn: { title: t('common.fillInTitle'), placeholder: t('common.fillInPlaceholder') },
    preflight,
  };
}

/** Whether a text has anything to print once line breaks and runs of spaces are folded. */
export function blank(text: string | null | undefined): boolean {
  return (text ?? '').trim() === '';
}

/** A text on one line: line breaks and runs of white space folded into single spaces. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A cell of text (a writer prints one paragraph per non-blank line). */
export function textCell(text: string, strong = false): PlanCell {
  return [strong ? { kind: 'text', text, strong } : { kind: 'text', text }];
}

/** A cell of several lines, each its own paragraph; empty ones left out. */
export function linesCell(lines: readonly string[], strong = false): PlanCell {
  return lines.filter((line) => line !== '').flatMap((line) => textCell(singleLine(line), strong));
}

export function columns(...pairs: [string, number][]): PlanColumn[] {
  return pairs.map(([header, share]) => ({ header, share }));
}
