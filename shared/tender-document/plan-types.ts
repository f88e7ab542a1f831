/**
 * The plan of a tender document: everything an export prints, as plain values
 * already worded and formatted in the document's language, in the order it is
 * printed. A writer (DOCX today; XLSX, CSV, PDF later) decides only how each
 * element looks. Built by tenderDocumentPlan (plan.ts); pure data.
 */
import type { BuilderStep } from '../builder/steps';
import type { CheckId } from '../builder/completeness';
import type { SsaAgreement } from '../export-choices';
import type { DocumentLanguage, Jurisdiction, Obligation } from '../specification/model';

/** What the user chose for this export (the ExportChoices that shape the document, with the export's date). */
export interface TenderDocumentChoices {
  language: DocumentLanguage;
  /** Adds the annex with the "why" of each requirement from the library. */
  guidanceAnnex: boolean;
  /** Norway: the agreement the specification is Bilag 1 of; ignored elsewhere. */
  ssa: SsaAgreement | null;
  version: string;
  /** The export's date, printed on the cover (in the computer's time zone). */
  date: Date;
  /** Leaves out chapters that would have nothing to print (no needs, no market dialogue) instead of a field for the buyer to fill in. */
  omitEmptyChapters?: boolean;
}

/**
 * A field the buyer fills in before publishing, where a fact is not decided yet: a Word
 * content control titled `title` ("To fill in before publishing"), never a sentence to tenderers.
 */
export interface PlanFillIn {
  title: string;
  placeholder: string;
}

/** A piece of a rich-text paragraph, as printed. */
export type PlanInline =
  | { kind: 'text'; text: string; strong?: true; emphasis?: true }
  | { kind: 'lineBreak' }
  /** A link to an outside address; `text` names where it leads. */
  | { kind: 'link'; url: string; text: string; strong?: true; emphasis?: true }
  /** A cross-reference: `text` is the target requirement's current number, or (missing) a visible marker that it no longer exists. */
  | { kind: 'reference'; requirementId: string; text: string; missing: boolean };

/** A paragraph or a (nested) list of rich text; writers print real paragraphs and real lists. */
export type PlanRichBlock =
  | { kind: 'paragraph'; inlines: readonly PlanInline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: readonly (readonly PlanRichBlock[])[] };

/** Rich text (requirement texts, section intros, response instructions) with its references resolved (plan-rich-text.ts). */
export type PlanRichText = readonly PlanRichBlock[];

/** A paragraph in a table cell. */
export type PlanCellLine =
  /** Text; a writer prints one paragraph per non-blank line. */
  | { kind: 'text'; text: string; strong?: boolean }
  /** A link whose text names what it leads to. */
  | { kind: 'link'; text: string; url: string }
  /** A tick box the supplier clicks, with its label. */
  | { kind: 'tickBox'; label: string }
  /** A field the supplier fills in: titled for screen readers, printed after its label, showing the placeholder until filled. */
  | { kind: 'field'; title: string; label: string; placeholder: string }
  /** A short instruction to the supplier ("Tick one or more"). */
  | { kind: 'prompt'; text: string }
  /** Rich text: its paragraphs and lists. */
  | { kind: 'richText'; content: PlanRichText }

  /** A field for the buyer to fill in before publishing (an undecided fact). */
  | { kind: 'fillIn'; fillIn: PlanFillIn };

export type PlanCell = readonly PlanCellLine[];

/** One requirement as a table row prints it. */
export interface RequirementRow {
  /** "4.2.3". */
  number: string;
  id: string;
  obligation: Obligation;
  /** The requirement's short name in the document language, printed before its text; null when it has none. */
  title: string | null;
  /** The text in the document language (else the primary one), parameters filled in, as plain lines (see `richText`). */
  text: string;
  /** The same text with its paragraphs, lists, emphasis, links and cross-references, as writers print it. */
  richText: PlanRichText;
  /** What the tenderer must answer, describe or attach (plain and rich): printed under the text, and repeated beside the answer in the form; null when none. */
  responseInstruction: { text: string; richText: PlanRichText } | null;
  /** "Standards: ISO/IEC 27001:2022, …", or null when it refers to none. */
  standards: string | null;
  /** "Ska", "Skal", "Shall" / "Bör", "Should". */
  obligationLabel: string;
  /** "10 poäng", "Avdrag 50 000 kr": what an evaluated requirement can earn or cost. */
  scoring: string[];
  /** How compliance is shown ("Demonstration"), and how in words when the buyer said. */
  verification: string;
  verificationDescription: string;
  /** The empty answer cell for the requirement's answer type. */
  answer: PlanCell;
}

/** A column of a table: its header; writers choose widths from `share` (parts of the width). */
export interface PlanColumn {
  header: string;
  share: number;
}

export type PlanBlock =
  /** Body text: one paragraph per non-blank line. */
  | { kind: 'text'; text: string }
  /** Rich text (a section's intro): paragraphs and real lists. */
  | { kind: 'richText'; content: PlanRichText }
  /** A sentence that introduces the table or list after it. */
  | { kind: 'leadIn'; text: string }
  /** "Label: value". */
  | { kind: 'fact'; label: string; value: string }
  /** "Label:" and a field for the buyer to fill in before publishing (an undecided fact). */
  | { kind: 'fillInFact'; label: string; fillIn: PlanFillIn }
  /** A field for the buyer to fill in before publishing, standing alone (a chapter with nothing decided yet). */
  | { kind: 'fillIn'; fillIn: PlanFillIn }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; columns: readonly PlanColumn[]; rows: readonly PlanCell[][] }
  /**
   * A table of requirements: the specification's (number, requirement,
   * obligation, verification, answer) or the response form's (number,
   * requirement, obligation, answer, and `reference`: the empty cell where
   * the supplier says where the answer is described).
   */
  | {
      kind: 'requirements';
      form: 'specification' | 'responseForm';
      headers: readonly string[];
      rows: readonly RequirementRow[];
      reference: PlanCell;
      /** Printed before a response instruction: "Krav til besvarelse:". */
      instructionLabel: string;
    };

/** What a heading opens. */
export type PlanSectionKind =
  | 'introduction'
  | 'needs'
  | 'marketDialogue'
  | 'section'
  | 'qualification'
  | 'contract'
  | 'evaluation'
  | 'annex'
  /** A numbered part of a fixed chapter (1.1 Background …). */
  | 'part'
  /** The response form's unnumbered parts (instructions, the supplier's details, the overall description). */
  | 'formPart';

/** What a figure beside an outline entry counts, besides requirements. */
export type PlanFigureUnit = 'needs' | 'goals' | 'meetings' | 'criteria' | 'standards' | 'terms';

/** A heading with what follows it up to its first subsection, and its subsections. */
export interface PlanSection {
  kind: PlanSectionKind;
  /** 1 for a chapter, 2 for its sections, … */
  level: number;
  /** "4.2", "Bilaga A"; '' for an unnumbered heading. */
  number: string;
  title: string;
  /** The specification's section behind a requirement heading; null elsewhere. */
  sectionId: string | null;
  /** Other things the section lists (needs, goals, criteria …), for previews. */
  figures: { unit: PlanFigureUnit; count: number }[];
  blocks: PlanBlock[];
  children: PlanSection[];
}

/** The buyer's logo as the cover prints it: scaled by the writer to fit its room. */
export interface PlanLogo {
  /** PNG, base64. */
  png: string;
  widthPx: number;
  heightPx: number;
  /** "Kommunen logotyp": read by screen readers. */
  altText: string;
}

export interface PlanCover {
  title: string;
  /** "Kravspecifikation", "Bilag 1 – Kundens kravspesifikasjon", "Requirements specification" (or the form's type). */
  documentType: string;
  /** What the document is for, in a sentence. */
  role: string;
  /** Label and value; a value of null is a field for the buyer to fill in before publishing (`fillIn`). */
  facts: { label: string; value: string | null }[];
  /** The field an undecided fact is printed as. */
  fillIn: PlanFillIn;
  /** The buyer's logo, for the top of the cover; null when there is none. */
  logo: PlanLogo | null;
  /** Norway: the agreement's appendices and who fills each in. */
  agreement: { title: string; intro: string; columns: readonly PlanColumn[]; rows: readonly PlanCell[][]; note: string } | null;
}

/** The supplier's response form: a document of its own, or the end of the specification. */
export interface ResponseFormPlan {
  documentType: string;
  /** "Svar på Kravspecifikation …": what the form answers. */
  role: string;
  cover: PlanCover;
  sections: PlanSection[];
}

/** Where in the builder the user fixes what a preflight item is about. */
export interface PlanGoTo {
  step: BuilderStep;
  /** The completeness check whose place in the step to go to, when there is one. */
  check?: CheckId;
  /** The requirement, section, criterion … concerned. */
  itemId?: string;
}

/** What kind of problem a preflight item is. */
export const preflightCategories = ['placeholder', 'empty', 'dropped', 'inconsistent', 'quality', 'completeness'] as const;
export type PreflightCategory = (typeof preflightCategories)[number];

/** 'error': the document would go out wrong or with a field still to fill in; 'warning': worth a look before it goes out. */
export const preflightSeverities = ['error', 'warning'] as const;
export type PreflightSeverity = (typeof preflightSeverities)[number];

/**
 * Something the export would print empty, as a field still to fill in, leave out, or print
 * inconsistently, or an open quality or completeness finding. The UI words it with
 * t(`preflight.${code}`, values) in the UI language.
 */
export interface PreflightItem {
  /** Stable code, e.g. "cover.buyerMissing"; its wording is the UI text `preflight.<code>`. */
  code: string;
  category: PreflightCategory;
  severity: PreflightSeverity;
  /** Where it is printed: "cover", or the heading's number and title ("1.4 Procedure"). */
  place: string;
  /** What is printed instead, in the document language ('' for nothing). */
  printed: string;
  /** Figures and names the wording uses (a requirement's number, a rule id, a count). */
  values: Readonly<Record<string, string | number>>;
  goTo: PlanGoTo;
}

export interface TenderDocumentPlan {
  documentType: string;
  title: string;
  language: DocumentLanguage;
  jurisdiction: Jurisdiction;
  cover: PlanCover;
  tableOfContentsTitle: string;
  /** Chapters in print order: 1–3, the requirement chapters, qualification, contract, evaluation, then the lettered annexes. */
  sections: PlanSection[];
  responseForm: ResponseFormPlan;
  /** Everything printed empty, as a field to fill in, left out or inconsistent, and the open quality and completeness findings. */
  preflight: PreflightItem[];
}
