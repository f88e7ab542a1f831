/**
 * What every part of the plan needs: the specification, the choices, the
 * catalogues, the document's words and the requirement numbers, and the list
 * the preflight collects into.
 */
import type { Currency, DocumentLanguage, LocalisedText, Specification } from '../specification/model';
import type { StandardEntry } from '../templates/catalogues';
import type { TemplateLibrary } from '../templates/library';
import { type DocumentNumbering, numberAsExported } from '../specification/numbering';
import { textIn } from '../text/localised';
import type { PlanCell, PlanColumn, PlanGoTo, PreflightItem, TenderDocumentChoices } from './plan-types';
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
  /** Notes that `printed` stands in `place` for something not filled in. */
  placeholder: (code: string, place: string, printed: string, goTo: PlanGoTo) => void;
  preflight: PreflightItem[];
}

/** A standard's name with its version, once: "WCAG 2.1" stays "WCAG 2.1" when the name already carries it. */
export function standardName(entry: Pick<StandardEntry, 'name' | 'version'>): string {
  return entry.version === null || entry.name.includes(entry.version) ? entry.name : `${entry.name} ${entry.version}`;
}

export function planContext(spec: Specification, choices: TenderDocumentChoices, catalogue: CatalogueData): PlanContext {
  const language = choices.language;
  const primary = spec.primaryLanguage;
  const preflight: PreflightItem[] = [];
  return {
    spec,
    choices,
    catalogue,
    language,
    primary,
    currency: spec.procurement.currency,
    t: documentTexts(language),
    jurisdiction: spec.jurisdiction,
    ssa: spec.jurisdiction === 'no' ? choices.ssa : null,
    numbering: numberAsExported(spec),
    standardNames: new Map(catalogue.standards.map((entry) => [entry.id, standardName(entry)])),
    local: (text) => textIn(text, language, [primary]),
    placeholder: (code, place, printed, goTo) => {
      preflight.push({ code, place, printed, goTo });
    },
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
