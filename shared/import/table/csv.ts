/**
 * CSV as buyers have it: Nordic Excel writes semicolons (the comma is the
 * decimal sign), others commas or tabs; UTF-8 with or without a byte order
 * mark, UTF-16 with one, or Windows-1252 from older Excel. Quoted fields may
 * hold separators, doubled quotes and line breaks. The parser is small and
 * our own so that every limit (rows, columns, cell length) is checked while
 * reading, before a hostile file can fill memory with a million cells.
 */
import { defaultTableImportLimits, megabytes, TableImportError, type TableImportLimits } from './limits';

export type CsvSeparator = ';' | ',' | '\t';
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface CsvTable {
  rows: string[][];
  separator: CsvSeparator;
  encoding: CsvEncoding;
}

/** The text of a CSV file: by its byte order mark, else UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const separators: readonly CsvSeparator[] = [';', '\t', ','];

/**
 * The separator of the first lines (up to 20, quotes respected): the one
 * found the same number of times on every line wins, more often used first;
 * a semicolon beats a comma used as a decimal sign ("12,5") that varies
 * from line to line.
 */
export function detectSeparator(text: string): CsvSeparator {
  const lines: Map<CsvSeparator, number>[] = [];
  let line = new Map<CsvSeparator, number>();
  let blank = true;
  let quoted = false;
  const endLine = (): void => {
    if (!blank) lines.push(line);
    line = new Map();
    blank = true;
  };
  for (let index = 0; index < text.length && lines.length < 20; index += 1) {
    const character = text[index] ?? '';
    if (character === '"') quoted = !quoted;
    if (quoted) continue;
    if (character === '\n' || character === '\r') endLine();
    else {
      if (character.trim() !== '') blank = false;
      if ((separators as readonly string[]).includes(character)) line.set(character as CsvSeparator, (line.get(character as CsvSeparator) ?? 0) + 1);
    }
  }
  if (lines.length < 20) endLine();
  let best: CsvSeparator = ';';
  let bestScore = 0;
  for (const separator of separators) {
    const perLine = lines.map((counts) => counts.get(separator) ?? 0);
    const used = perLine.filter((count) => count > 0);
    const first = used[0] ?? 0;
    if (first === 0) continue;
    const consistent = perLine.every((count) => count === first);
    const score = (consistent ? 1_000_000 : 0) + used.length * 1_000 + Math.min(first, 999);
    if (score > bestScore) {
      best = separator;
      bestScore = score;
    }
  }
  return best;
}

/** Parses CSV text with the given (or detected) separator; throws TableImportError when a limit is passed. */
export function parseCsvText(text: string, options: { separator?: CsvSeparator; limits?: TableImportLimits } = {}): { rows: string[][]; separator: CsvSeparator } {
  const limits = options.limits ?? defaultTableImportLimits;
  const separator = options.separator ?? detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  const checkLength = (cell: string): void => {
    if (cell.length > limits.maxCellLength) throw new TableImportError('cell-too-long', `A cell in row ${rows.length + 1} is longer than ${limits.maxCellLength} characters.`);
  };
  const addCell = (cell: string): void => {
    if (row.length >= limits.maxColumns) throw new TableImportError('too-many-columns', `Row ${rows.length + 1} has more than ${limits.maxColumns} columns.`);
    checkLength(cell);
    row.push(cell);
  };
  const endRow = (): void => {
    if (rows.length >= limits.maxRows) throw new TableImportError('too-many-rows', `The file has more than ${limits.maxRows} rows.`);
    rows.push(row);
    row = [];
  };
  // The next separator or line break outside quotes, found a stretch at a time rather than a character at a time.
  const special = new RegExp(`[${separator === '\t' ? '\\t' : separator}\\r\\n]`, 'g');
  let index = 0;
  const length = text.length;
  while (index <= length) {
    let cell: string;
    let start = index;
    while (start < length && (text[start] === ' ' || (text[start] === '\t' && separator !== '\t'))) start += 1;
    if (text[start] === '"') {
      // A quoted cell: up to the closing quote, doubled quotes as one; what follows up to the separator is kept as written.
      let value = '';
      let from = start + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) throw new TableImportError('unclosed-quote', `A quoted cell that starts in row ${rows.length + 1} is never closed.`);
        value += text.slice(from, quote);
        checkLength(value);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
          continue;
        }
        from = quote + 1;
        break;
      }
      special.lastIndex = from;
      const next = special.exec(text);
      const stop = next === null ? length : next.index;
      cell = value + text.slice(from, stop).trim();
      index = stop;
    } else {
      special.lastIndex = index;
      const next = special.exec(text);
      const stop = next === null ? length : next.index;
      cell = text.slice(index, stop).trim();
      index = stop;
    }
    addCell(cell.replace(/\r\n?/g, '\n'));
    const character = text[index];
    if (character === separator) {
      index += 1;
      continue;
    }
    // A line break or the end of the text ends the row.
    if (character === '\r' && text[index + 1] === '\n') index += 1;
    index += 1;
    if (index >= length && row.length === 1 && row[0] === '') {
      // Text that ends with a line break has no row after it.
      row = [];
      break;
    }
    endRow();
  }
  if (row.length > 0) endRow();
  return { rows, separator };
}

/** Reads a CSV file's bytes: the size checked, the encoding and separator found, every row's cells as text. */
export function parseCsv(bytes: Uint8Array, limits: TableImportLimits = defaultTableImportLimits): CsvTable {
  if (bytes.byteLength > limits.maxFileBytes) throw new TableImportError('too-large', `The file is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(limits.maxFileBytes)}.`);
  const { text, encoding } = decodeCsvBytes(bytes);
  const { rows, separator } = parseCsvText(text, { limits });
  if (rows.every((row) => row.every((cell) => cell === ''))) throw new TableImportError('empty', 'The file has no cells with text.');
  return { rows, separator, encoding };
}
