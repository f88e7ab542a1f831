/**
 * Rows pasted into the Requirements step: a table copied from Word or
 * Excel (its cells' texts, read from the clipboard's HTML in the renderer)
 * or tab-separated text. They are read like a spreadsheet, with the same
 * header vocabulary and obligation recognition; without a header row the
 * longest texts are the requirement and a column of A/V/AV or ska/bør the
 * obligation. Pure: the renderer parses the HTML and applies the edit.
 */
import type { DocumentLanguage, Requirement, Specification } from '../../specification/model';
import { nextItemId } from '../../builder/item-ids';
import { parseCsvText } from './csv';
import { defaultTableImportLimits, TableImportError } from './limits';
import { findHeaderRow, guessMapping } from './mapping';
import { readRequirementRows, requirementFields } from './recognise';
import type { ImportNotice as TableImportNotice } from '../report';

export type ClipboardTable = { kind: 'cells'; rows: string[][] } | { kind: 'text'; text: string };

export type PastedRequirement = Omit<Requirement, 'id' | 'sectionId' | 'order'>;

export interface ClipboardRequirements {
  requirements: PastedRequirement[];
  notices: TableImportNotice[];
  /** Rows with text that were not imported (each has a notice). */
  skipped: number;
}

/** At most this many rows are taken from one paste. */
export const maxPastedRows = 2_000;

const pasteLimits = { ...defaultTableImportLimits, maxRows: maxPastedRows };

/** The requirements in pasted rows; rows not understood are notices ("row 4"). Throws TableImportError past the limits. */
export function requirementsFromClipboard(input: ClipboardTable, language: DocumentLanguage): ClipboardRequirements {
  const rows = input.kind === 'cells' ? input.rows : parseCsvText(input.text.replace(/\n+$/, ''), { separator: '\t', limits: pasteLimits }).rows;
  if (rows.length > maxPastedRows) throw new TableImportError('too-many-rows', `The pasted table has more than ${maxPastedRows} rows.`);
  const filled = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (filled.length === 0) return { requirements: [], notices: [], skipped: 0 };
  const header = findHeaderRow(filled);
  // Without a header, an empty row stands in for it so that every pasted row is read.
  const table = header === null ? [[], ...filled] : filled;
  const mapping = guessMapping(filled);
  const read = readRequirementRows(table, header === null ? { ...mapping, headerRow: 0 } : mapping, { sheet: null });
  const shift = header === null ? 1 : 0;
  const notices = read.notices.map((notice) => ({
    ...notice,
    place: notice.place.replace(/\d+$/, (row) => String(Number(row) - shift)),
    ...(notice.at?.kind === 'row' ? { at: { kind: 'row' as const, row: Math.max(1, notice.at.row - shift) } } : {}),
  }));
  return { requirements: read.requirements.map((row) => requirementFields(row, language)), notices, skipped: read.skipped };
}

/**
 * Adds pasted requirements at the end of a section, in their order, with
 * the document's other languages empty; returns the new ids. One edit, so
 * one undo step removes them all.
 */
export function addPastedRequirements(spec: Specification, sectionId: string, pasted: readonly PastedRequirement[]): { specification: Specification; ids: string[] } {
  const requirements = [...spec.requirements];
  const ids: string[] = [];
  let order = spec.requirements.filter((requirement) => requirement.sectionId === sectionId).length;
  for (const fields of pasted) {
    const id = nextItemId('own', requirements);
    const text = Object.fromEntries(spec.languages.map((language) => [language, fields.text[language] ?? ''])) as Requirement['text'];
    const { fixedNumber, ...rest } = fields;
    // A pasted number is kept only where it is not already some other requirement's.
    const numberTaken = fixedNumber !== undefined && requirements.some((requirement) => requirement.fixedNumber === fixedNumber);
    requirements.push({ ...rest, ...(fixedNumber === undefined || numberTaken ? {} : { fixedNumber }), text, id, sectionId, order });
    ids.push(id);
    order += 1;
  }
  return { specification: { ...spec, requirements }, ids };
}
