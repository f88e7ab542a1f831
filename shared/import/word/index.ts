/**
 * Import of a Word (DOCX) specification: the package read with limits, its
 * body as blocks, and the blocks recognised as a version 3 specification
 * with a report of what was and was not understood. Pure: bytes in, a
 * validated specification and its report out; the main process reads the
 * file and the UI or CLI shows the report.
 */
import { createSpecification } from '../../specification/create';
import { type DocumentLanguage, type Jurisdiction, Specification } from '../../specification/model';
import { readWordBody } from './body';
import { detectWordDocumentLanguage } from './language';
import { defaultWordImportLimits, type WordImportLimits } from './limits';
import { readWordPackage } from './package';
import { recogniseWordDocument } from './recognise';
import { WordImportReport } from './report';

export { defaultWordImportLimits, WordImportError, type WordImportLimits, type WordImportProblemCode } from './limits';
export { RecognisedTable, WordImportNotice, WordImportReport } from './report';
export { detectWordDocumentLanguage } from './language';

export interface WordImportOptions {
  /**
   * The language the document is written in; it becomes the specification's only language.
   * 'detect' guesses it from the text (see the result's `language`), English when the text does not say.
   */
  language: DocumentLanguage | 'detect';
  /** Defaults to the language's country: sv → se, nb → no, en → eu. */
  jurisdiction?: Jurisdiction;
  /** The new specification's id (a UUID). */
  id: string;
  now: Date;
  /** The title when the document names none, typically the file name without extension. */
  fallbackTitle: string;
  limits?: WordImportLimits;
}

export interface WordImport {
  specification: Specification;
  report: WordImportReport;
  /** The language the specification was made in, and whether it was detected from the text (rather than given or assumed). */
  language: { value: DocumentLanguage; detected: boolean };
}

const jurisdictionOf: Record<DocumentLanguage, Jurisdiction> = { sv: 'se', nb: 'no', en: 'eu' };

/** Imports a DOCX; throws WordImportError (with a code and an English sentence) when the file cannot be read. */
export function importWordDocument(bytes: Uint8Array, options: WordImportOptions): WordImport {
  const limits = options.limits ?? defaultWordImportLimits;
  const blocks = readWordBody(readWordPackage(bytes, limits), limits);
  const detected = options.language === 'detect' ? detectWordDocumentLanguage(blocks) : null;
  const language: DocumentLanguage = options.language === 'detect' ? (detected ?? 'en') : options.language;
  const recognised = recogniseWordDocument(blocks, { language, fallbackTitle: options.fallbackTitle });
  const empty = createSpecification({
    id: options.id,
    title: recognised.title,
    jurisdiction: options.jurisdiction ?? jurisdictionOf[language],
    languages: [language],
    primaryLanguage: language,
    now: options.now,
  });
  const specification = Specification.parse({ ...empty, sections: recognised.sections, requirements: recognised.requirements });
  return { specification, report: WordImportReport.parse(recognised.report), language: { value: language, detected: detected !== null } };
}
