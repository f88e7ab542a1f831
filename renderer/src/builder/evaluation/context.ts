import type { Specification, Currency, DocumentLanguage, Requirement } from '../../../../shared/specification/model';
import type { UiLanguage } from '../../../../shared/languages';

/** What the parts of the Evaluation step share: the document, how to edit it, and how to show its requirements. */
export interface EvaluationContext {
  spec: Specification;
  language: UiLanguage;
  /** The document's primary language: criterion names and requirement texts are written in it. */
  primary: DocumentLanguage;
  currency: Currency;
  edit: (group: string, change: (specification: Specification) => Specification) => void;
  /** The evaluated requirements in document order, with their numbers. */
  evaluated: readonly { requirement: Requirement; number: string }[];
  /** A requirement's text, short, in the primary language (or the first language that has one). */
  requirementText: (requirement: Requirement) => string;
}
