/**
 * Reads a .docx file the way another program would: unzips it, decodes each
 * part as strict UTF-8, parses the XML with a small strict parser (which
 * throws on anything not well-formed: unbalanced tags, bad entities,
 * characters XML 1.0 forbids) and offers the few queries the tests need.
 */
import { unzipSync } from 'fflate';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
const forbiddenChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const namePattern = /^[A-Za-z_][\w.:-]*$/;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string, where: number): string {
  return text.replace(/&([^;&\s]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new Error(`Bare "&" near offset ${where}`);
    if (body in entities) return entities[body] ?? '';
    const numeric = /^#(\d+)$/.exec(body) ?? /^#x([0-9a-fA-F]+)$/.exec(body);
    if (numeric?.[1] === undefined) throw new Error(`Unknown entity "${match}" near offset ${where}`);
    const code = Number.parseInt(numeric[1], body.startsWith('#x') ? 16 : 10);
    const char = String.fromCodePoint(code);
    if (forbiddenChar.test(char) || code === 0) throw new Error(`Entity for a forbidden character "${match}" near offset ${where}`);
    return char;
  });
}

function parseAttributes(source: string, where: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /\s*([^\s=]+)\s*=\s*("([^"<]*)"|'([^'<]*)')/gy;
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (match === null) throw new Error(`Malformed attributes near offset ${where}: ${source.slice(index, index + 40)}`);
    const [, name = '', , double, single] = match;
    if (!namePattern.test(name)) throw new Error(`Bad attribute name "${name}" near offset ${where}`);
    if (name in attributes) throw new Error(`Attribute "${name}" given twice near offset ${where}`);
    attributes[name] = decodeEntities(double ?? single ?? '', where);
    index = pattern.lastIndex;
  }
  return attributes;
}

/** Parses an XML document strictly; throws with the reason on the first problem. */
export function parseXml(xml: string): XmlElement {
  const bad = forbiddenChar.exec(xml);
  if (bad !== null) throw new Error(`Forbidden character U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase()} at offset ${bad.index}`);
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let index = 0;
  const top = (): XmlElement => stack[stack.length - 1] ?? root;
  while (index < xml.length) {
    const open = xml.indexOf('<', index);
    const textEnd = open === -1 ? xml.length : open;
    if (textEnd > index) {
      const raw = xml.slice(index, textEnd);
      if (raw.includes(']]>')) throw new Error(`"]]>" in text at offset ${index}`);
      const text = decodeEntities(raw, index);
      if (stack.length === 1 && text.trim() !== '') throw new Error(`Text outside the root element at offset ${index}`);
      if (stack.length > 1) top().children.push(text);
    }
    if (open === -1) break;
    if (xml.startsWith('<?', open)) {
      const end = xml.indexOf('?>', open);
      if (end === -1) throw new Error(`Unclosed processing instruction at offset ${open}`);
      index = end + 2;
    } else if (xml.startsWith('<!--', open)) {
      const end = xml.indexOf('-->', open);
      if (end === -1) throw new Error(`Unclosed comment at offset ${open}`);
      index = end + 3;
    } else if (xml.startsWith('<![CDATA[', open)) {
      const end = xml.indexOf(']]>', open);
      if (end === -1) throw new Error(`Unclosed CDATA at offset ${open}`);
      top().children.push(xml.slice(open + 9, end));
      index = end + 3;
    } else {
      const end = xml.indexOf('>', open);
      if (end === -1) throw new Error(`Unclosed tag at offset ${open}`);
      const inner = xml.slice(open + 1, end);
      if (inner.includes('<')) throw new Error(`"<" inside a tag at offset ${open}`);
      if (inner.startsWith('/')) {
        const name = inner.slice(1).trim();
        const element = stack.pop();
        if (element === undefined || element === root || element.name !== name) throw new Error(`</${name}> does not close <${element?.name ?? 'nothing'}> at offset ${open}`);
      } else {
        const selfClosing = inner.endsWith('/');
        const body = selfClosing ? inner.slice(0, -1) : inner;
        const nameEnd = body.search(/[\s]|$/);
        const name = body.slice(0, nameEnd);
        if (!namePattern.test(name)) throw new Error(`Bad element name "${name}" at offset ${open}`);
        if (stack.length === 1 && root.children.some((child) => typeof child !== 'string')) throw new Error(`A second root element at offset ${open}`);
        const element: XmlElement = { name, attributes: parseAttributes(body.slice(nameEnd), open), children: [] };
        top().children.push(element);
        if (!selfClosing) stack.push(element);
      }
      index = end + 1;
    }
  }
  if (stack.length !== 1) throw new Error(`<${top().name}> is never closed`);
  const element = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (element === undefined) throw new Error('No root element');
  return element;
}

/** The parts of the package, as text (every part of a .docx made here is XML). */
export function unzipParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

export function elements(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.name === name) out.push(child);
      visit(child);
    }
  };
  visit(node);
  return out;
}

export function childElements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

/** The text a reader sees in a paragraph, cell or table: w:t runs, tabs and breaks; paragraphs joined by "\n". */
export function textOf(node: XmlElement): string {
  if (node.name === 'w:t' || node.name === 'w:instrText') return node.name === 'w:t' ? node.children.filter((c): c is string => typeof c === 'string').join('') : '';
  if (node.name === 'w:tab') return '\t';
  if (node.name === 'w:br') return '\n';
  const parts = childElements(node)
    .filter((child) => !child.name.endsWith('Pr'))
    .map((child) => textOf(child));
  // Paragraphs of a cell, cells of a row and rows of a table each on their own line.
  return node.name === 'w:tc' || node.name === 'w:tr' || node.name === 'w:tbl' ? parts.filter((part) => part !== '').join('\n') : parts.join('');
}

export function styleOf(paragraph: XmlElement): string | undefined {
  const properties = childElements(paragraph, 'w:pPr')[0];
  const style = properties === undefined ? undefined : childElements(properties, 'w:pStyle')[0];
  return style?.attributes['w:val'];
}

/** Field instructions in a part (PAGE, NUMPAGES, TOC …), simple and complex fields alike. */
export function fieldInstructions(node: XmlElement): string[] {
  const complex = elements(node, 'w:instrText').map((element) => element.children.filter((c): c is string => typeof c === 'string').join('').trim());
  const simple = elements(node, 'w:fldSimple').map((element) => (element.attributes['w:instr'] ?? '').trim());
  return [...complex, ...simple];
}

/** A .docx read into its parts, with the main ones parsed. */
export interface WordPackage {
  parts: Map<string, string>;
  document: XmlElement;
  body: XmlElement;
  styles: XmlElement;
  settings: XmlElement;
  core: XmlElement;
  footers: XmlElement[];
  headers: XmlElement[];
}

/** Unzips and parses every XML part (so each one is checked for well-formedness). */
export function readWordPackage(bytes: Uint8Array): WordPackage {
  const parts = unzipParts(bytes);
  const parsed = new Map<string, XmlElement>();
  for (const [name, text] of parts) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      try {
        parsed.set(name, parseXml(text));
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  const need = (name: string): XmlElement => {
    const element = parsed.get(name);
    if (element === undefined) throw new Error(`The package has no ${name}`);
    return element;
  };
  const document = need('word/document.xml');
  const body = childElements(document, 'w:body')[0];
  if (body === undefined) throw new Error('word/document.xml has no w:body');
  const byPrefix = (prefix: string): XmlElement[] => [...parsed].filter(([name]) => name.startsWith(prefix)).map(([, element]) => element);
  return {
    parts,
    document,
    body,
    styles: need('word/styles.xml'),
    settings: need('word/settings.xml'),
    core: need('docProps/core.xml'),
    footers: byPrefix('word/footer'),
    headers: byPrefix('word/header'),
  };
}
