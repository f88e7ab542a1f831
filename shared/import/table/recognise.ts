/**
 * From a sheet's rows and a column mapping to a specification: each row
 * below the header is a requirement (the buyer's number kept, the obligation
 * read as the Word import reads it), the section column gives the sections
 * in the order they first appear, and every row that is not understood is
 * listed in the report with its place ("sheet 1, row 12"). Pure: rows in,
 * a validated version 3 specification and its report out.
 */
import { createSpecification, newRequirementFields } from '../../specification/create';
import { type DocumentLanguage, type Jurisdiction, type Obligation, type Requirement, type Section, Specification } from '../../specification/model';
import { assignRequirementIds, buyersNumber } from '../requirement-numbers';
import { hasBindingVerb, normaliseLabel, obligationFromCell, obligationFromWording } from '../word/vocabulary';
import { type ColumnMapping, fieldOfColumn, type TableField } from './mapping';
import { ImportReport, type ImportNotice, type ImportPlace } from '../report';
import { cellPlainText, cellRichText } from './rich-text';

/** A requirement read from one row, before it has an id and a section. */
export interface RowRequirement {
  /** The row's place in the source ("sheet 1, row 12"). */
  place: string;
  fixedNumber: string | null;
  title: string | null;
  /** Rich text. */
  text: string;
  /** Rich text, or null. */
  responseInstruction: string | null;
  verification: string | null;
  obligation: Obligation;
  /** The section column's value, or the section heading row above; null when neither. */
  section: string | null;
}

export interface ReadRows {
  requirements: RowRequirement[];
  notices: ImportNotice[];
  rowsRead: number;
  /** Rows with text that were not imported (each has a notice). */
  skipped: number;
  /** Text in a single cell above the header (at most 200 characters): the sheet's own title. */
  title: string | null;
}

export interface ReadRowsOptions {
  /** The sheet the rows are from (its number in the workbook, and its name); null for a CSV or a paste, whose places are "row n". */
  sheet: { number: number; name?: string } | null;
}

const shortText = (text: string): string => text.slice(0, 200);

function obligationOf(value: string, mapping: ColumnMapping): Obligation | null {
  const overrides = mapping.obligationValues;
  if (overrides !== undefined) {
    const label = normaliseLabel(value);
    for (const [word, obligation] of Object.entries(overrides)) if (normaliseLabel(word) === label) return obligation;
  }
  return obligationFromCell(value);
}

/**
 * Reads the rows below the mapping's header row as requirements. Shared by
 * the spreadsheet import and paste, so both recognise obligations alike.
 */
export function readRequirementRows(rows: readonly (readonly string[])[], mapping: ColumnMapping, options: ReadRowsOptions): ReadRows {
  const requirements: RowRequirement[] = [];
  const notices: ImportNotice[] = [];
  const columnsOf = (field: TableField): number[] => mapping.columns.filter((entry) => entry.field === field).map((entry) => entry.column);
  const first = (field: TableField): number | null => columnsOf(field)[0] ?? null;
  const textColumn = first('text');
  const numberColumn = first('number');
  const titleColumn = first('title');
  const sectionColumn = first('section');
  const obligationColumns = [...columnsOf('obligation'), ...columnsOf('type')];
  const instructionColumns = columnsOf('responseInstruction');
  const verificationColumns = columnsOf('verification');
  const header = (rows[mapping.headerRow] ?? []).map(normaliseLabel).join('|');
  let headingSection: string | null = null;
  let rowsRead = 0;
  let skipped = 0;

  let title: string | null = null;
  for (const row of rows.slice(0, mapping.headerRow)) {
    const filled = row.map(cellPlainText).filter((cell) => cell !== '');
    if (filled.length === 1 && title === null && (filled[0]?.length ?? 0) <= 200) title = filled[0] ?? null;
  }

  rows.forEach((row, index) => {
    if (index <= mapping.headerRow) return;
    const cells = row.map((cell) => cell ?? '');
    const filled = cells.flatMap((cell, column) => (cellPlainText(cell) === '' ? [] : [column]));
    if (filled.length === 0) return;
    if (cells.map(normaliseLabel).join('|') === header) return;
    rowsRead += 1;
    const sheet = options.sheet;
    const place = sheet === null ? `row ${index + 1}` : `sheet ${sheet.number}, row ${index + 1}`;
    const at: ImportPlace = sheet === null ? { kind: 'row', row: index + 1 } : { kind: 'sheet-row', sheet: sheet.number, ...(sheet.name === undefined ? {} : { name: sheet.name.slice(0, 200) }), row: index + 1 };
    const cell = (column: number | null): string => (column === null ? '' : (cells[column] ?? ''));
    const joined = (columns: readonly number[]): string =>
      columns
        .map((column) => cell(column))
        .filter((value) => cellPlainText(value) !== '')
        .join('\n');
    const rawText = cell(textColumn);
    const plain = cellPlainText(rawText);
    const wholeRow = shortText(filled.map((column) => cellPlainText(cell(column))).join(' | '));

    // A row with one short cell and nothing else, no obligation and no binding verb, is a heading between requirements.
    const heading =
      filled.length === 1 &&
      sectionColumn === null &&
      (plain === '' || (obligationColumns.length > 0 && obligationFromWording(plain) === null && plain.length <= 120 && !/[.:;!?]$/.test(plain)));
    if (plain === '' || heading) {
      if (heading) {
        headingSection = cellPlainText(cell(filled[0] ?? null));
        notices.push({ place, at, code: 'heading-row', reason: 'A row with one cell and no requirement text: read as a section heading.', text: shortText(headingSection) });
      } else {
        notices.push({ place, at, code: 'row-without-text', reason: 'A row without requirement text: not imported.', text: wholeRow });
        skipped += 1;
      }
      return;
    }

    let obligation: Obligation | null;
    if (obligationColumns.length === 0) obligation = obligationFromWording(plain) ?? 'mandatory';
    else {
      const values = obligationColumns.map((column) => cellPlainText(cell(column))).filter((value) => value !== '');
      obligation = values.map((value) => obligationOf(value, mapping)).find((found) => found !== null) ?? null;
      if (obligation === null) {
        const stated = values.join(' / ');
        const said = stated === '' ? 'No obligation is given' : `The obligation "${stated}" is not one we know`;
        if (hasBindingVerb(plain)) {
          obligation = 'mandatory';
          const values: Record<string, string> = stated === '' ? { taken: 'mandatory' } : { taken: 'mandatory', obligation: shortText(stated) };
          notices.push({ place, at, code: stated === '' ? 'no-obligation' : 'unknown-obligation', values, reason: `${said}; the text says ska/skal/shall, so it is taken as mandatory.`, text: shortText(plain) });
        } else {
          notices.push({ place, at, ...(stated === '' ? { code: 'row-not-imported' as const } : { code: 'obligation-not-imported' as const, values: { obligation: shortText(stated) } }), reason: `${said} and the text has no ska/skal/shall: not imported.`, text: shortText(plain) });
          skipped += 1;
          return;
        }
      }
    }

    const label = cellPlainText(cell(numberColumn));
    const fixedNumber = label === '' ? null : buyersNumber(label);
    if (label !== '' && fixedNumber === null) notices.push({ place, at, code: 'number-not-kept', values: { number: shortText(label) }, reason: `The number "${label}" cannot be kept as a requirement number (1–20 letters, digits, ".", "-", "/").`, text: shortText(plain) });
    const titleText = cellPlainText(cell(titleColumn));
    const instruction = joined(instructionColumns);
    const verification = joined(verificationColumns);
    const sectionValue = sectionColumn === null ? headingSection : cellPlainText(cell(sectionColumn)) || null;
    requirements.push({
      place,
      fixedNumber,
      title: titleText === '' ? null : titleText,
      text: cellRichText(rawText),
      responseInstruction: instruction === '' ? null : cellRichText(instruction),
      verification: verification === '' ? null : cellPlainText(verification),
      obligation,
      section: sectionValue,
    });
  });
  return { requirements, notices, rowsRead, skipped, title };
}

/** A row requirement as a version 3 requirement (without its id, section and order). */
export function requirementFields(row: RowRequirement, language: DocumentLanguage): Omit<Requirement, 'id' | 'sectionId' | 'order'> {
  const base = newRequirementFields();
  return {
    ...(row.title === null ? {} : { title: { [language]: row.title } }),
    ...(row.fixedNumber === null ? {} : { fixedNumber: row.fixedNumber }),
    text: { [language]: row.text },
    ...(row.responseInstruction === null ? {} : { responseInstruction: { [language]: row.responseInstruction } }),
    obligation: row.obligation,
    answerType: row.responseInstruction !== null || row.obligation !== 'mandatory' ? { kind: 'text' } : { kind: 'confirmation' },
    ...base,
    verification: row.verification === null ? base.verification : { method: null, description: row.verification },
  };
}

export interface SpreadsheetImportOptions {
  /** The language the sheet is written in; it becomes the specification's only language. */
  language: DocumentLanguage;
  /** Defaults to the language's country: sv → se, nb → no, en → eu. */
  jurisdiction?: Jurisdiction;
  /** The new specification's id (a UUID). */
  id: string;
  now: Date;
  /** The title when the sheet names none, typically the file name without extension. */
  fallbackTitle: string;
  /** The sheet read: its name titles the section when there is no section column, its number places notices. Absent for a CSV. */
  sheet?: { name: string; number: number };
}

export interface SpreadsheetImport {
  specification: Specification;
  report: ImportReport;
}

const jurisdictionOf: Record<DocumentLanguage, Jurisdiction> = { sv: 'se', nb: 'no', en: 'eu' };

/** Imports a sheet's rows under a column mapping as a new specification with its report. */
export function importSpreadsheet(rows: readonly (readonly string[])[], mapping: ColumnMapping, options: SpreadsheetImportOptions): SpreadsheetImport {
  const read = readRequirementRows(rows, mapping, { sheet: options.sheet === undefined ? null : { number: options.sheet.number, name: options.sheet.name } });
  const language = options.language;
  const defaultSection = options.sheet?.name.trim() || read.title || options.fallbackTitle;
  // A Set keeps this linear: a matrix with a section value on every row has as many sections as rows.
  const seenTitles = new Set<string>();
  for (const row of read.requirements) seenTitles.add(row.section ?? defaultSection);
  const sectionTitles = [...seenTitles];
  const drafts = read.requirements.map((row) => ({ row, id: '', fixedNumber: row.fixedNumber }));
  assignRequirementIds(drafts);
  const sectionIds = new Map(sectionTitles.map((title, index) => [title, `section-${index + 1}`]));
  const requirements: Requirement[] = [];
  const orders = new Map<string, number>();
  for (const draft of drafts) {
    const sectionId = sectionIds.get(draft.row.section ?? defaultSection) ?? 'section-1';
    const order = orders.get(sectionId) ?? 0;
    orders.set(sectionId, order + 1);
    requirements.push({ id: draft.id, sectionId, order, ...requirementFields(draft.row, language) });
  }
  const numbersOf = new Map<string, (string | undefined)[]>();
  for (const requirement of requirements) {
    const numbers = numbersOf.get(requirement.sectionId);
    if (numbers === undefined) numbersOf.set(requirement.sectionId, [requirement.fixedNumber]);
    else numbers.push(requirement.fixedNumber);
  }
  const sections: Section[] = sectionTitles.map((title, order) => {
    const id = sectionIds.get(title) ?? `section-${order + 1}`;
    const numbers = numbersOf.get(id) ?? [];
    const fixed = numbers.length > 0 && numbers.every((number) => number !== undefined) && new Set(numbers).size === numbers.length;
    return { id, parentId: null, order, title: { [language]: title }, ...(fixed ? { numbering: { scheme: 'fixed' as const } } : {}) };
  });
  const empty = createSpecification({
    id: options.id,
    title: read.title ?? options.fallbackTitle,
    jurisdiction: options.jurisdiction ?? jurisdictionOf[language],
    languages: [language],
    primaryLanguage: language,
    now: options.now,
  });
  const specification = Specification.parse({ ...empty, sections, requirements });
  const byObligation: Record<Obligation, number> = { mandatory: 0, evaluated: 0, 'minimum-and-evaluated': 0 };
  for (const requirement of requirements) byObligation[requirement.obligation] += 1;
  const header = rows[mapping.headerRow] ?? [];
  const columns = mapping.columns
    .filter((entry) => fieldOfColumn(mapping, entry.column) !== 'ignore')
    .map((entry) => ({ column: entry.column, header: cellPlainText(header[entry.column] ?? entry.header ?? '').slice(0, 500), field: entry.field }));
  // The one place a table import becomes the report every source gives: a sheet is its one requirement table.
  const report = ImportReport.parse({
    source: 'spreadsheet',
    sections: sections.length,
    proseSections: 0,
    proseParagraphs: 0,
    requirements: requirements.length,
    byObligation,
    fromTables: requirements.length,
    fromNumberedParagraphs: 0,
    fromAnswerRules: 0,
    withFixedNumber: requirements.filter((requirement) => requirement.fixedNumber !== undefined).length,
    responseInstructions: requirements.filter((requirement) => requirement.responseInstruction !== undefined).length,
    crossReferences: 0,
    requirementTables: [
      {
        table: options.sheet?.number ?? 1,
        ...(options.sheet === undefined ? {} : { name: options.sheet.name.slice(0, 200) }),
        header: header.map(cellPlainText).filter((cell) => cell !== ''),
        requirements: requirements.length,
      },
    ],
    tablesAsProse: 0,
    notices: read.notices,
    columns,
    rowsRead: read.rowsRead,
  });
  return { specification, report };
}
