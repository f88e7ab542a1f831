/**
 * The body of a Word document as blocks an import can reason about:
 * paragraphs (with their heading level, list numbering and the emphasis of
 * their runs) and tables (rows of cells that hold blocks again). The XML is
 * parsed by fast-xml-parser after its validator has said it is well-formed;
 * nothing here reads XML by pattern.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { WordImportError, type WordImportLimits } from './limits';
import type { WordPackage } from './package';

export interface WordRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A paragraph's place in a Word list: which list, how deep, and the number Word shows for it. */
export interface WordListItem {
  listId: string;
  level: number;
  ordered: boolean;
  /** The number as Word prints it ("3.", "b)", "1.2"), empty for bullets. */
  label: string;
}

export interface WordParagraph {
  kind: 'paragraph';
  /** 1 for "Heading 1" and so on; null for body text. */
  headingLevel: number | null;
  isTitle: boolean;
  /** A line of Word's table of contents (or its heading): a field result, not content. */
  isTableOfContents: boolean;
  list: WordListItem | null;
  runs: WordRun[];
  /** The runs' text joined, with line breaks as "\n". */
  text: string;
}

export interface WordCell {
  blocks: WordBlock[];
  /** Grid columns the cell spans. */
  span: number;
}

export interface WordRow {
  cells: WordCell[];
  /** Marked as a header row that repeats on each page. */
  repeatsAsHeader: boolean;
}

export interface WordTable {
  kind: 'table';
  rows: WordRow[];
}

export type WordBlock = WordParagraph | WordTable;

/** fast-xml-parser's ordered output: one key naming the element (or "#text"), and ":@" with its attributes. */
type OrderedNode = Record<string, unknown>;

const attributesKey = ':@';

function elementName(node: OrderedNode): string | null {
  for (const key of Object.keys(node)) if (key !== attributesKey) return key;
  return null;
}

function childrenOf(node: OrderedNode): OrderedNode[] {
  const name = elementName(node);
  const value = name === null ? undefined : node[name];
  return Array.isArray(value) ? (value as OrderedNode[]) : [];
}

const predefinedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Text and attribute values with XML's five predefined entities and
 * character references decoded. The parser leaves them as written
 * (processEntities off: no entity machinery is needed for Word's XML, which
 * never declares entities, and the import refuses parts that do).
 */
function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (match, body: string) => {
    if (!body.startsWith('#')) return predefinedEntities[body] ?? match;
    const code = body.startsWith('#x') ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : match;
  });
}

function attribute(node: OrderedNode, name: string): string | null {
  const attributes = node[attributesKey];
  if (typeof attributes !== 'object' || attributes === null) return null;
  const value = (attributes as Record<string, unknown>)[name];
  return typeof value === 'string' ? decodeReferences(value) : null;
}

function child(node: OrderedNode, name: string): OrderedNode | null {
  return childrenOf(node).find((candidate) => elementName(candidate) === name) ?? null;
}

function childValue(node: OrderedNode | null, name: string): string | null {
  const found = node === null ? null : child(node, name);
  return found === null ? null : attribute(found, 'w:val');
}

function textOf(node: OrderedNode): string {
  return decodeReferences(
    childrenOf(node)
      .map((inner) => (typeof inner['#text'] === 'string' ? inner['#text'] : ''))
      .join(''),
  );
}

/** An on/off property such as <w:b/>: on unless its value says off. */
function isOn(properties: OrderedNode | null, name: string): boolean {
  const found = properties === null ? null : child(properties, name);
  if (found === null) return false;
  const value = attribute(found, 'w:val');
  return value === null || !['0', 'false', 'off'].includes(value);
}

/** Parses one XML part; a part that is not well-formed or nests too deeply is refused with the reason. */
export function parseXmlPart(xml: string, part: string, limits: WordImportLimits): OrderedNode[] {
  if (xml.includes('<!DOCTYPE') || xml.includes('<!ENTITY')) throw new WordImportError('xml-malformed', `${part} declares a DOCTYPE or entities, which Word never writes; it is refused.`);
  const depthProblem = tooDeep(xml, limits.maxXmlDepth);
  if (depthProblem) throw new WordImportError('xml-too-deep', `${part} nests elements more than ${limits.maxXmlDepth} deep; it is refused.`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new WordImportError('xml-malformed', `${part} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: false,
    htmlEntities: false,
    maxNestedTags: limits.maxXmlDepth,
  });
  try {
    return parser.parse(xml) as OrderedNode[];
  } catch (error) {
    throw new WordImportError('xml-malformed', `${part} cannot be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/**
 * Whether elements nest deeper than the limit, counted over the parser's own
 * result would be too late (the result is built recursively), so the
 * validator's pass is preceded by a cheap count of open and close tags.
 */
function tooDeep(xml: string, maxDepth: number): boolean {
  let depth = 0;
  let index = xml.indexOf('<');
  while (index !== -1 && index < xml.length) {
    if (xml.startsWith('<!--', index)) {
      const close = xml.indexOf('-->', index + 4);
      index = close === -1 ? -1 : xml.indexOf('<', close + 3);
      continue;
    }
    if (xml.startsWith('<![CDATA[', index)) {
      const close = xml.indexOf(']]>', index + 9);
      index = close === -1 ? -1 : xml.indexOf('<', close + 3);
      continue;
    }
    // The end of the tag, stepping over quoted attribute values (which may hold ">").
    let end = index + 1;
    let quote = 0;
    for (; end < xml.length; end += 1) {
      const code = xml.charCodeAt(end);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 0x22 || code === 0x27) quote = code;
      else if (code === 0x3e /* > */) break;
    }
    if (end >= xml.length) return false;
    const next = xml.charCodeAt(index + 1);
    if (next === 0x2f /* / */) depth -= 1;
    else if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */ && xml.charCodeAt(end - 1) !== 0x2f) {
      depth += 1;
      if (depth > maxDepth) return true;
    }
    index = xml.indexOf('<', end);
  }
  return false;
}

interface StyleInfo {
  name: string;
  basedOn: string | null;
  outlineLevel: number | null;
  numbering: { listId: string; level: number } | null;
}

function readStyles(nodes: OrderedNode[] | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  const root = nodes?.find((node) => elementName(node) === 'w:styles');
  if (root === undefined) return styles;
  for (const style of childrenOf(root)) {
    if (elementName(style) !== 'w:style') continue;
    const id = attribute(style, 'w:styleId');
    if (id === null) continue;
    const properties = child(style, 'w:pPr');
    const numbering = properties === null ? null : child(properties, 'w:numPr');
    const outline = childValue(properties, 'w:outlineLvl');
    const listId = childValue(numbering, 'w:numId');
    styles.set(id, {
      name: (childValue(style, 'w:name') ?? id).toLowerCase(),
      basedOn: childValue(style, 'w:basedOn'),
      outlineLevel: outline === null ? null : Number.parseInt(outline, 10),
      numbering: listId === null ? null : { listId, level: Number.parseInt(childValue(numbering, 'w:ilvl') ?? '0', 10) || 0 },
    });
  }
  return styles;
}

interface ListLevel {
  start: number;
  format: string;
  text: string;
}

function readLists(nodes: OrderedNode[] | null): Map<string, ListLevel[]> {
  const lists = new Map<string, ListLevel[]>();
  const root = nodes?.find((node) => elementName(node) === 'w:numbering');
  if (root === undefined) return lists;
  const abstract = new Map<string, ListLevel[]>();
  for (const node of childrenOf(root)) {
    if (elementName(node) !== 'w:abstractNum') continue;
    const levels: ListLevel[] = [];
    for (const level of childrenOf(node)) {
      if (elementName(level) !== 'w:lvl') continue;
      const index = Number.parseInt(attribute(level, 'w:ilvl') ?? '0', 10);
      if (!Number.isInteger(index) || index < 0 || index > 8) continue;
      levels[index] = {
        start: Number.parseInt(childValue(level, 'w:start') ?? '1', 10) || 1,
        format: childValue(level, 'w:numFmt') ?? 'decimal',
        text: childValue(level, 'w:lvlText') ?? '',
      };
    }
    const id = attribute(node, 'w:abstractNumId');
    if (id !== null) abstract.set(id, levels);
  }
  for (const node of childrenOf(root)) {
    if (elementName(node) !== 'w:num') continue;
    const id = attribute(node, 'w:numId');
    const base = abstract.get(childValue(node, 'w:abstractNumId') ?? '');
    if (id === null || base === undefined) continue;
    const levels = base.map((level) => ({ ...level }));
    for (const override of childrenOf(node)) {
      if (elementName(override) !== 'w:lvlOverride') continue;
      const index = Number.parseInt(attribute(override, 'w:ilvl') ?? '', 10);
      const start = childValue(override, 'w:startOverride');
      const level = levels[index];
      if (level !== undefined && start !== null) level.start = Number.parseInt(start, 10) || level.start;
    }
    lists.set(id, levels);
  }
  return lists;
}

const romanNumerals: readonly [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(value: number): string {
  let rest = Math.min(Math.max(value, 1), 3999);
  let result = '';
  for (const [amount, numeral] of romanNumerals) {
    while (rest >= amount) {
      result += numeral;
      rest -= amount;
    }
  }
  return result;
}

function letters(value: number): string {
  const index = Math.max(value, 1) - 1;
  return String.fromCharCode(97 + (index % 26)).repeat(Math.floor(index / 26) + 1);
}

function formatCounter(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return roman(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    default:
      return String(value);
  }
}

/** Keeps Word's list counters as the body is read in order, and gives each list paragraph its printed number. */
class ListCounters {
  readonly #lists: Map<string, ListLevel[]>;
  readonly #counters = new Map<string, number[]>();

  constructor(lists: Map<string, ListLevel[]>) {
    this.#lists = lists;
  }

  next(listId: string, level: number): WordListItem | null {
    const levels = this.#lists.get(listId);
    const definition = levels?.[level];
    if (levels === undefined || definition === undefined) return listId === '0' ? null : { listId, level, ordered: false, label: '' };
    const counters = this.#counters.get(listId) ?? levels.map((item) => (item === undefined ? 0 : item.start - 1));
    counters[level] = (counters[level] ?? definition.start - 1) + 1;
    for (let deeper = level + 1; deeper < counters.length; deeper += 1) counters[deeper] = (levels[deeper]?.start ?? 1) - 1;
    this.#counters.set(listId, counters);
    const ordered = definition.format !== 'bullet' && definition.format !== 'none';
    const label = ordered
      ? definition.text.replace(/%([1-9])/g, (_match, digit: string) => {
          const index = Number(digit) - 1;
          return formatCounter(counters[index] ?? levels[index]?.start ?? 1, levels[index]?.format ?? 'decimal');
        })
      : '';
    return { listId, level, ordered, label };
  }
}

const headingStyleId = /^(?:heading|rubrik|overskrift|berschrift|titre)\s*([1-9])$/i;

/** The blocks of a Word document's body, in reading order. */
export function readWordBody(wordPackage: WordPackage, limits: WordImportLimits): WordBlock[] {
  const document = parseXmlPart(wordPackage.document, 'word/document.xml', limits);
  const styles = readStyles(wordPackage.styles === null ? null : parseXmlPart(wordPackage.styles, 'word/styles.xml', limits));
  const counters = new ListCounters(readLists(wordPackage.numbering === null ? null : parseXmlPart(wordPackage.numbering, 'word/numbering.xml', limits)));
  let blockCount = 0;

  const styleChain = (id: string | null): StyleInfo[] => {
    const chain: StyleInfo[] = [];
    let current = id;
    while (current !== null && chain.length < 20) {
      const style = styles.get(current);
      if (style === undefined) break;
      chain.push(style);
      current = style.basedOn;
    }
    return chain;
  };

  const headingLevel = (styleId: string | null, outline: string | null, chain: StyleInfo[]): number | null => {
    if (outline !== null) {
      const level = Number.parseInt(outline, 10);
      return level >= 0 && level < 9 ? level + 1 : null;
    }
    const byId = styleId === null ? null : headingStyleId.exec(styleId);
    if (byId?.[1] !== undefined) return Number(byId[1]);
    for (const style of chain) {
      const byName = /^heading ([1-9])$/.exec(style.name);
      if (byName?.[1] !== undefined) return Number(byName[1]);
      if (style.outlineLevel !== null) return style.outlineLevel >= 0 && style.outlineLevel < 9 ? style.outlineLevel + 1 : null;
    }
    return null;
  };

  const readRuns = (container: OrderedNode, runs: WordRun[]): void => {
    for (const node of childrenOf(container)) {
      const name = elementName(node);
      if (name === 'w:r') {
        const properties = child(node, 'w:rPr');
        const bold = isOn(properties, 'w:b');
        const italic = isOn(properties, 'w:i');
        let text = '';
        for (const part of childrenOf(node)) {
          const partName = elementName(part);
          if (partName === 'w:t') text += textOf(part);
          else if (partName === 'w:tab') text += '\t';
          else if (partName === 'w:br' || partName === 'w:cr') text += '\n';
          else if (partName === 'w:noBreakHyphen') text += '-';
        }
        if (text !== '') runs.push({ text, bold, italic });
      } else if (name === 'w:hyperlink' || name === 'w:ins' || name === 'w:smartTag' || name === 'w:customXml' || name === 'w:fldSimple' || name === 'w:moveTo') {
        readRuns(node, runs);
      } else if (name === 'w:sdt') {
        const content = child(node, 'w:sdtContent');
        if (content !== null) readRuns(content, runs);
      }
    }
  };

  const readParagraph = (node: OrderedNode): WordParagraph => {
    const properties = child(node, 'w:pPr');
    const styleId = childValue(properties, 'w:pStyle');
    const chain = styleChain(styleId);
    const ownNumbering = properties === null ? null : child(properties, 'w:numPr');
    const styleNumbering = chain.find((style) => style.numbering !== null)?.numbering ?? null;
    const listId = childValue(ownNumbering, 'w:numId') ?? styleNumbering?.listId ?? null;
    const levelText = childValue(ownNumbering, 'w:ilvl');
    const level = levelText === null ? (styleNumbering?.level ?? 0) : Number.parseInt(levelText, 10) || 0;
    const runs: WordRun[] = [];
    readRuns(node, runs);
    const heading = headingLevel(styleId, childValue(properties, 'w:outlineLvl'), chain);
    const list = listId === null || listId === '0' ? null : counters.next(listId, Math.min(Math.max(level, 0), 8));
    return {
      kind: 'paragraph',
      headingLevel: heading,
      isTitle: chain.some((style) => style.name === 'title'),
      isTableOfContents: chain.some((style) => /^(toc \d|toc heading|table of contents|innehållsförteckning|innholdsfortegnelse|indholdsfortegnelse)/.test(style.name)),
      list: heading === null ? list : null,
      runs,
      text: runs.map((run) => run.text).join(''),
    };
  };

  const readTable = (node: OrderedNode): WordTable => {
    const rows: WordRow[] = [];
    for (const rowNode of childrenOf(node)) {
      if (elementName(rowNode) !== 'w:tr') continue;
      if (rows.length >= limits.maxTableRows) throw new WordImportError('table-too-large', `A table has more than ${limits.maxTableRows} rows; split it before importing.`);
      const rowProperties = child(rowNode, 'w:trPr');
      const cells: WordCell[] = [];
      for (const cellNode of childrenOf(rowNode)) {
        const cellName = elementName(cellNode);
        const cellNodes = cellName === 'w:tc' ? [cellNode] : cellName === 'w:sdt' ? childrenOf(child(cellNode, 'w:sdtContent') ?? {}).filter((inner) => elementName(inner) === 'w:tc') : [];
        for (const cell of cellNodes) {
          const span = Number.parseInt(childValue(child(cell, 'w:tcPr'), 'w:gridSpan') ?? '1', 10);
          cells.push({ blocks: readBlocks(cell), span: Number.isInteger(span) && span > 0 ? span : 1 });
        }
      }
      rows.push({ cells, repeatsAsHeader: rowProperties !== null && isOn(rowProperties, 'w:tblHeader') });
    }
    return { kind: 'table', rows };
  };

  function readBlocks(container: OrderedNode): WordBlock[] {
    const blocks: WordBlock[] = [];
    for (const node of childrenOf(container)) {
      const name = elementName(node);
      if (name === 'w:p' || name === 'w:tbl') {
        blockCount += 1;
        if (blockCount > limits.maxBlocks) throw new WordImportError('too-many-blocks', `The document has more than ${limits.maxBlocks} paragraphs and tables; it is refused.`);
        blocks.push(name === 'w:p' ? readParagraph(node) : readTable(node));
      } else if (name === 'w:sdt') {
        const content = child(node, 'w:sdtContent');
        if (content !== null) blocks.push(...readBlocks(content));
      } else if (name === 'w:customXml' || name === 'w:ins') {
        blocks.push(...readBlocks(node));
      }
    }
    return blocks;
  }

  const root = document.find((node) => elementName(node) === 'w:document');
  const body = root === undefined ? null : child(root, 'w:body');
  if (body === null) throw new WordImportError('not-word', 'word/document.xml has no document body.');
  return readBlocks(body);
}
