/** Shared inputs and readers for the DOCX export tests. */
import os from 'node:os';
import path from 'node:path';
import { exportResponseFormDocx, exportSpecificationDocx, type ExportInput, type ExportOptions } from '../../../electron/services/docx';
import { numberDocument } from '../../../shared/specification/numbering';
import { TemplateLibraryStore } from '../../../electron/services/template-library';
import type { DocumentLanguage, Requirement, Specification } from '../../../shared/specification/model';
import type { TemplateLibrary } from '../../../shared/templates/library';
import { fillParameters } from '../../../shared/templates/instantiate';
import { parameterTexts } from '../../../shared/specification/parameters';
import { loadSpecification, richFixturePath } from '../../support/large-specification';
import { childElements, readWordPackage, styleOf, textOf, type WordPackage, type XmlElement } from '../../support/word-package';

export const fixturesDir = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'documents');
const templatesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'templates');

export const rich = (): Specification => loadSpecification(richFixturePath);
export const norwegian = (): Specification => loadSpecification(path.join(fixturesDir, 'norwegian.kravspec'));

let library: Promise<TemplateLibrary> | undefined;
/** The shipped template library (read once; loading only reads, and the user folder does not exist). */
export function shippedLibrary(): Promise<TemplateLibrary> {
  library ??= new TemplateLibraryStore({ shippedDir: templatesDir, userDataDir: path.join(os.tmpdir(), 'kravstudio-docx-tests-no-user-packs') }).load();
  return library;
}

export function options(overrides: Partial<ExportOptions> = {}): ExportOptions {
  return { language: 'sv', guidanceAnnex: false, ssa: null, version: '1.0', date: new Date('2026-11-27T10:00:00Z'), ...overrides };
}

export function input(specification: Specification, overrides: Partial<ExportOptions> = {}, extra: Partial<ExportInput> = {}): ExportInput {
  return { specification, standards: [], options: options(overrides), ...extra };
}

export async function specificationPackage(spec: Specification, overrides: Partial<ExportOptions> = {}, extra: Partial<ExportInput> = {}): Promise<WordPackage> {
  return readWordPackage(await exportSpecificationDocx(input(spec, overrides, extra)));
}

export async function responseFormPackage(spec: Specification, overrides: Partial<ExportOptions> = {}, extra: Partial<ExportInput> = {}): Promise<WordPackage> {
  return readWordPackage(await exportResponseFormDocx(input(spec, overrides, extra)));
}

/** The requirement's text as the document should show it: export language, else primary, parameters filled in (numbers as the export language writes them). */
export function expectedText(requirement: Requirement, language: DocumentLanguage, primary: DocumentLanguage): string {
  const text = requirement.text[language] ?? requirement.text[primary] ?? '';
  // Values as the export's language writes them ("30 000", "99,5", "16:00").
  return fillParameters(text, parameterTexts(requirement.parameters, language));
}

/** The expected number of every requirement, as the exporter numbers them. */
export function expectedNumbers(spec: Specification): { id: string; number: string }[] {
  return numberDocument(spec, 4).inOrder.map(({ requirement, number }) => ({ id: requirement.id, number }));
}

export interface RequirementRow {
  number: string;
  id: string;
  cells: string[];
}

/** Table rows that are not header rows. */
export function bodyRows(table: XmlElement): XmlElement[] {
  return childElements(table, 'w:tr').filter((row) => !childElements(row, 'w:trPr').some((properties) => childElements(properties, 'w:tblHeader').length > 0));
}

/** Every requirement row in the body, in document order: first cell "number\nid". */
export function requirementRows(word: WordPackage, ids: ReadonlySet<string>): RequirementRow[] {
  const out: RequirementRow[] = [];
  for (const table of childElements(word.body, 'w:tbl')) {
    for (const row of bodyRows(table)) {
      const cells = childElements(row, 'w:tc').map((cell) => textOf(cell));
      const [number = '', id = ''] = (cells[0] ?? '').split('\n');
      if (ids.has(id)) out.push({ number, id, cells });
    }
  }
  return out;
}

/** The text of the whole body, paragraphs separated by new lines. */
export function bodyText(word: WordPackage): string {
  return childElements(word.body)
    .map((element) => textOf(element))
    .join('\n');
}

/** Paragraphs outside table cells that hold nothing but properties (spacing done with empty paragraphs). */
export function emptyParagraphsOutsideCells(root: XmlElement): number {
  let count = 0;
  const visit = (element: XmlElement, inCell: boolean): void => {
    for (const child of childElements(element)) {
      if (child.name === 'w:p' && !inCell && childElements(child).every((part) => part.name === 'w:pPr')) count += 1;
      visit(child, inCell || child.name === 'w:tc');
    }
  };
  visit(root, false);
  return count;
}

/** The style ids of the body's paragraphs with the paragraph text. */
export function styledParagraphs(word: WordPackage): { style: string | undefined; text: string }[] {
  return childElements(word.body, 'w:p').map((paragraph) => ({ style: styleOf(paragraph), text: textOf(paragraph) }));
}

/** The body's content before the table of contents: the cover page. */
export function coverText(word: WordPackage): string {
  const parts: string[] = [];
  for (const element of childElements(word.body)) {
    if (element.name === 'w:p' && styleOf(element) === 'TOCHeading') break;
    parts.push(textOf(element));
  }
  return parts.join('\n');
}
