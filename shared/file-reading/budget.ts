/**
 * Parse budgets: how big the parsed JSON of one kind of file may be — how
 * many values in all, how long a list, how long a text, how many fields in
 * one object — chosen from the largest real documents with room to spare.
 * They are checked before a file's content reaches its zod model (which
 * would otherwise build a full object for each of a million empty list
 * items), and on the document about to be saved, so that Kravstudio never
 * writes a file it would refuse to open.
 *
 * Two steps: `scanJsonBytes` scans the raw bytes before `JSON.parse`
 * (bounding the memory the parse can take: values, list lengths, fields),
 * then `findBudgetExcess` walks the parsed value once, depth first, keeping
 * only the path it is on (texts, and everything again on a document about to
 * be saved).
 */
import { formatPath } from '../errors';
import type { BudgetExcess } from './budget-excess';

export interface ParseBudget {
  /** Values of any type in the whole file (every object, list, text, number, true, false, null). */
  maxValues: number;
  /** Items in one list. */
  maxListLength: number;
  /** Characters (UTF-16 code units) in one text or field name. */
  maxTextLength: number;
  /** Fields in one object. */
  maxFields: number;
}

export { BudgetExcess, BudgetLimit, budgetLimits } from './budget-excess';

/**
 * The budget of a specification. The largest real specifications have about
 * 2,000 requirements of a few hundred words each, with about 60 values per
 * requirement; the limits allow 15 times that many requirements, a million
 * characters (some 400 pages) in one text, and 30,000 items in any list.
 */
export const specificationBudget: ParseBudget = {
  maxValues: 3_000_000,
  maxListLength: 30_000,
  maxTextLength: 1_000_000,
  maxFields: 1_000,
};

/** The budget of any document kind that does not set its own. */
export const defaultDocumentBudget: ParseBudget = specificationBudget;

/**
 * The budget of a template pack: the shipped packs hold up to a few hundred
 * requirements with guidance in three languages; a pack of 30,000 would be
 * far beyond any library.
 */
export const templatePackBudget: ParseBudget = {
  maxValues: 2_000_000,
  maxListLength: 30_000,
  maxTextLength: 200_000,
  maxFields: 1_000,
};

/** Deeper than this the byte scan refuses the file before parsing (the parsed walk reports nesting past 64 levels, with its path). */
const scanDepthLimit = 20_000;

export type ByteScan = { ok: true; values: number } | { ok: false; excess: BudgetExcess } | { ok: false; tooDeep: number };

const quote = 0x22;
const backslash = 0x5c;

/** The end of the string whose opening quote is at `start`: the offset of its closing quote, or -1. */
function stringEnd(bytes: Uint8Array, start: number): number {
  let at = bytes.indexOf(quote, start + 1);
  while (at >= 0) {
    let escapes = 0;
    while (bytes[at - 1 - escapes] === backslash) escapes += 1;
    if (escapes % 2 === 0) return at;
    at = bytes.indexOf(quote, at + 1);
  }
  return -1;
}

/**
 * Scans JSON bytes without parsing them and refuses, before `JSON.parse`
 * builds anything, a file with more values in all, or more items in one list
 * or fields in one object, than the budget allows, or absurdly deep nesting.
 * Values are counted from above: one for the root, one for each object or
 * list and one for each comma, outside strings. Multi-byte UTF-8 never holds
 * the ASCII bytes looked for, so the bytes need not be decoded first; a file
 * that is not JSON is left for the parser to describe. Only the path being
 * scanned is kept (each level's kind, comma count and last field name).
 */
export function scanJsonBytes(bytes: Uint8Array, budget: Pick<ParseBudget, 'maxValues' | 'maxListLength' | 'maxFields'>): ByteScan {
  const isList: boolean[] = [];
  const commas: number[] = [];
  /** Where each object level's current field name starts and ends (its quotes), for the path. */
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  let lastStringStart = -1;
  let lastStringEnd = -1;
  let values = 1;
  const pathHere = (): string => {
    const parts: (string | number)[] = [];
    // Every level above the one over its limit says where the next one is.
    for (let level = 0; level < isList.length - 1; level += 1) {
      if (isList[level]) parts.push(commas[level] as number);
      else parts.push(decodeKey(bytes, keyStart[level] as number, keyEnd[level] as number));
    }
    return formatPath(parts);
  };
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] as number;
    if (byte === quote) {
      const end = stringEnd(bytes, index);
      if (end < 0) break; // unterminated: the parser says so
      lastStringStart = index;
      lastStringEnd = end;
      index = end;
    } else if (byte === 0x3a) {
      // A colon: the string before it names the field being read.
      keyStart[isList.length - 1] = lastStringStart;
      keyEnd[isList.length - 1] = lastStringEnd;
    } else if (byte === 0x2c) {
      values += 1;
      const level = isList.length - 1;
      if (level >= 0) {
        const count = (commas[level] as number) + 1;
        commas[level] = count;
        if (isList[level] === true && count >= budget.maxListLength) {
          return { ok: false, excess: { limit: 'list-length', max: budget.maxListLength, path: pathHere() } };
        }
        if (isList[level] === false && count >= budget.maxFields) {
          return { ok: false, excess: { limit: 'fields', max: budget.maxFields, path: pathHere() } };
        }
      }
    } else if (byte === 0x7b || byte === 0x5b) {
      values += 1;
      if (isList.length >= scanDepthLimit) return { ok: false, tooDeep: scanDepthLimit };
      isList.push(byte === 0x5b);
      commas.push(0);
      keyStart.push(-1);
      keyEnd.push(-1);
    } else if (byte === 0x7d || byte === 0x5d) {
      isList.pop();
      commas.pop();
      keyStart.pop();
      keyEnd.pop();
    } else {
      continue;
    }
    if (values > budget.maxValues) return { ok: false, excess: { limit: 'values', max: budget.maxValues, path: '$' } };
  }
  return { ok: true, values };
}

/** A field name from the bytes of its string (quotes included), for a path; shortened when long. */
function decodeKey(bytes: Uint8Array, start: number, end: number): string {
  if (start < 0 || end <= start) return '?';
  const shown = Math.min(end + 1, start + 200);
  const text = new TextDecoder().decode(bytes.subarray(start, shown));
  try {
    return JSON.parse(shown === end + 1 ? text : `${text}"`) as string;
  } catch {
    return '?';
  }
}

interface Level {
  /** The list or object being walked, its field names (for an object), and the next child to visit. */
  container: readonly unknown[] | Record<string, unknown>;
  keys: string[] | null;
  next: number;
}

/**
 * Walks a parsed JSON value (or a document about to be saved) depth first,
 * without recursion, and returns the first place it goes over the budget, in
 * document order, or null. Only the path being walked is kept, so the walk
 * itself takes memory in proportion to the nesting, not the size.
 */
export function findBudgetExcess(root: unknown, budget: ParseBudget): BudgetExcess | null {
  let values = 0;
  const stack: Level[] = [];
  const pathHere = (last?: string | number): string => {
    const parts: (string | number)[] = [];
    for (const level of stack) {
      const at = level.next - 1;
      parts.push(level.keys === null ? at : (level.keys[at] as string));
    }
    if (last !== undefined) parts.push(last);
    return formatPath(parts);
  };
  /** Checks one value; pushes it when it is a container. */
  const visit = (value: unknown): BudgetExcess | null => {
    values += 1;
    if (values > budget.maxValues) return { limit: 'values', max: budget.maxValues, path: '$' };
    if (typeof value === 'string') {
      return value.length > budget.maxTextLength ? { limit: 'text-length', max: budget.maxTextLength, path: pathHere() } : null;
    }
    if (typeof value !== 'object' || value === null) return null;
    if (Array.isArray(value)) {
      if (value.length > budget.maxListLength) return { limit: 'list-length', max: budget.maxListLength, path: pathHere() };
      stack.push({ container: value, keys: null, next: 0 });
      return null;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > budget.maxFields) return { limit: 'fields', max: budget.maxFields, path: pathHere() };
    const longKey = keys.find((key) => key.length > budget.maxTextLength);
    if (longKey !== undefined) return { limit: 'text-length', max: budget.maxTextLength, path: pathHere() };
    stack.push({ container: record, keys, next: 0 });
    return null;
  };

  const first = visit(root);
  if (first !== null) return first;
  while (stack.length > 0) {
    const level = stack[stack.length - 1] as Level;
    const size = level.keys === null ? (level.container as readonly unknown[]).length : level.keys.length;
    if (level.next >= size) {
      stack.pop();
      continue;
    }
    const at = level.next;
    level.next += 1;
    const child = level.keys === null ? (level.container as readonly unknown[])[at] : (level.container as Record<string, unknown>)[level.keys[at] as string];
    const excess = visit(child);
    if (excess !== null) return excess;
  }
  return null;
}

/** The limit in English for logs and the command line: "more than 30,000 items in one list". */
export function describeBudgetExcess(excess: BudgetExcess): string {
  const max = excess.max.toLocaleString('en-GB');
  switch (excess.limit) {
    case 'file-size':
      return `more than ${(excess.max / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB in all`;
    case 'values':
      return `more than ${max} values in all`;
    case 'list-length':
      return `more than ${max} items in one list`;
    case 'text-length':
      return `more than ${max} characters in one text`;
    case 'fields':
      return `more than ${max} fields in one object`;
  }
}
