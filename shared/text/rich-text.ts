/**
 * Rich text: the texts of requirements, section intros and response
 * instructions are written in a small subset of CommonMark — paragraphs,
 * bulleted and numbered lists (nested), *emphasis*, **strong**, links to
 * https:, http: and mailto: addresses, and cross-references written as a link
 * to `ref:` and a requirement's id (`[K1](ref:REQ-ID)`), which print that
 * requirement's current number whatever the link text says. Everything else
 * (raw HTML, headings, code, quotes, images, tables) stays literal text.
 *
 * parseRichText turns a source into a plain typed tree every writer and view
 * reads; it is bounded (a very long source or very deep nesting is cut to
 * a size the writers handle, never dropped) and memoised, so views can call
 * it on every render. Pure: no Node or DOM.
 */
import markdownIt, { type Token } from 'markdown-it';

type Parser = ReturnType<typeof markdownIt>;

/** A piece of a paragraph. */
export type RichInline =
  | { readonly kind: 'text'; readonly text: string; readonly strong?: true; readonly emphasis?: true }
  /** A line break inside the paragraph (a single newline in the source). */
  | { readonly kind: 'lineBreak' }
  /** A link to an outside address; its text names where it leads. */
  | { readonly kind: 'link'; readonly url: string; readonly text: string; readonly strong?: true; readonly emphasis?: true }
  /** A reference to another requirement, printed as its current number. */
  | { readonly kind: 'crossReference'; readonly requirementId: string; readonly text: string };

export type RichBlock =
  | { readonly kind: 'paragraph'; readonly inlines: readonly RichInline[] }
  /** A list; each item is a list of blocks (paragraphs and nested lists). */
  | { readonly kind: 'list'; readonly ordered: boolean; readonly start: number; readonly items: readonly (readonly RichBlock[])[] };

export type RichText = readonly RichBlock[];

/** The longest source parsed as rich text; what follows is kept as plain text. */
export const maxRichTextLength = 50_000;
/** The deepest list nesting kept; deeper lists become paragraphs of the deepest item (Word has nine levels). */
export const maxListDepth = 6;

const referenceScheme = 'ref:';
const allowedLink = /^(https?:\/\/|mailto:|ref:)/i;

function makeParser(): Parser {
  // 'zero' switches every rule off; only the subset is switched back on.
  const md = markdownIt('zero', { html: false, linkify: false, typographer: false, breaks: true, maxNesting: 40 });
  md.enable(['paragraph', 'list', 'emphasis', 'link', 'newline', 'escape']);
  md.validateLink = (url: string): boolean => allowedLink.test(url.trim());
  // Ids and addresses are kept as written (no percent-encoding of a requirement id).
  md.normalizeLink = (url: string): string => url.trim();
  md.normalizeLinkText = (url: string): string => url;
  return md;
}

let parser: Parser | null = null;

interface InlineStyle {
  strong: boolean;
  emphasis: boolean;
}

function styled<T extends object>(base: T, style: InlineStyle): T & { strong?: true; emphasis?: true } {
  return { ...base, ...(style.strong ? { strong: true as const } : {}), ...(style.emphasis ? { emphasis: true as const } : {}) };
}

/** The inline tokens of one paragraph as runs; neighbouring runs of the same style are joined. */
function inlinesOf(children: readonly Token[]): RichInline[] {
  const out: RichInline[] = [];
  const style: InlineStyle = { strong: false, emphasis: false };
  let link: { url: string; text: string; style: InlineStyle } | null = null;
  const pushText = (text: string): void => {
    if (text === '') return;
    if (link !== null) {
      link.text += text;
      return;
    }
    const last = out.at(-1);
    if (last?.kind === 'text' && (last.strong === true) === style.strong && (last.emphasis === true) === style.emphasis) {
      out[out.length - 1] = { ...last, text: last.text + text };
      return;
    }
    out.push(styled({ kind: 'text' as const, text }, style));
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
        pushText(token.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        if (link !== null) link.text += ' ';
        else out.push({ kind: 'lineBreak' });
        break;
      case 'strong_open':
        style.strong = true;
        break;
      case 'strong_close':
        style.strong = false;
        break;
      case 'em_open':
        style.emphasis = true;
        break;
      case 'em_close':
        style.emphasis = false;
        break;
      case 'link_open':
        link = { url: String(token.attrGet('href') ?? ''), text: '', style: { ...style } };
        break;
      case 'link_close':
        if (link !== null) {
          const { url, text } = link;
          if (url.toLowerCase().startsWith(referenceScheme)) out.push({ kind: 'crossReference', requirementId: url.slice(referenceScheme.length).trim(), text });
          else out.push(styled({ kind: 'link' as const, url, text: text === '' ? url : text }, link.style));
        }
        link = null;
        break;
      default:
        pushText(token.content);
    }
  }
  return out;
}

/** The blocks of the token stream from `start` to the closing token `until` (or the end). */
function blocksOf(tokens: readonly Token[], start: number, depth: number, until: string | null): { blocks: RichBlock[]; next: number } {
  const blocks: RichBlock[] = [];
  let index = start;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined) break;
    if (until !== null && token.type === until) return { blocks, next: index + 1 };
    if (token.type === 'inline') {
      const inlines = inlinesOf(token.children ?? []);
      if (inlines.length > 0) blocks.push({ kind: 'paragraph', inlines });
      index += 1;
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      const ordered = token.type === 'ordered_list_open';
      const startAt = Number.parseInt(String(token.attrGet('start') ?? '1'), 10);
      const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
      const items: RichBlock[][] = [];
      index += 1;
      while (index < tokens.length && tokens[index]?.type !== close) {
        if (tokens[index]?.type === 'list_item_open') {
          const item = blocksOf(tokens, index + 1, depth + 1, 'list_item_close');
          items.push(item.blocks);
          index = item.next;
        } else {
          index += 1;
        }
      }
      index += 1;
      if (depth < maxListDepth) blocks.push({ kind: 'list', ordered, start: Number.isFinite(startAt) ? startAt : 1, items });
      else blocks.push(...items.flat());
    } else {
      index += 1;
    }
  }
  return { blocks, next: index };
}

/** Control characters no text may hold (the parser would turn NUL into a replacement character); tabs and line ends stay. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Characters that may start inline markup, and lines that may start a list: a text with neither is paragraphs and lines only. */
const inlineMarkup = /[\\*_[\]]/;
const listLine = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/m;

/**
 * A text without markup read without the parser, as the parser reads it:
 * blank lines end paragraphs, other line ends are line breaks, and white
 * space around lines is dropped. Most requirement texts are such; an export
 * of a thousand requirements reads them all.
 */
function plainParagraphs(source: string): RichBlock[] | null {
  if (inlineMarkup.test(source) || listLine.test(source)) return null;
  const blocks: RichBlock[] = [];
  let lines: string[] = [];
  const close = (): void => {
    const text = lines.join('\n');
    lines = [];
    if (text === '') return;
    const inlines: RichInline[] = [];
    text.split('\n').forEach((line, index) => {
      if (index > 0) inlines.push({ kind: 'lineBreak' });
      inlines.push({ kind: 'text', text: line });
    });
    blocks.push({ kind: 'paragraph', inlines });
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, '');
    if (trimmed === '') close();
    else lines.push(trimmed);
  }
  close();
  return blocks;
}

/** The source read by the Markdown parser (for tests that compare it with the plain reading). */
export function parseWithParser(source: string): RichText {
  parser ??= makeParser();
  return blocksOf(parser.parse(source, {}), 0, 0, null).blocks;
}

function parseUncached(written: string): RichText {
  const source = written.replace(controls, '');
  if (source.length <= maxRichTextLength) {
    const plain = plainParagraphs(source);
    if (plain !== null) return plain;
  }
  parser ??= makeParser();
  const head = source.length > maxRichTextLength ? source.slice(0, maxRichTextLength) : source;
  const { blocks } = blocksOf(parser.parse(head, {}), 0, 0, null);
  if (head.length < source.length) blocks.push({ kind: 'paragraph', inlines: [{ kind: 'text', text: source.slice(maxRichTextLength) }] });
  return blocks;
}

/** Recently parsed sources; a view re-rendering a long list parses each text once. */
const cache = new Map<string, RichText>();
const cacheSize = 2000;

/** The source as a tree of paragraphs and lists. */
export function parseRichText(source: string): RichText {
  const known = cache.get(source);
  if (known !== undefined) return known;
  const parsed = parseUncached(source);
  if (cache.size >= cacheSize) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(source, parsed);
  return parsed;
}

/** Every requirement id the text refers to, in order, each once. */
export function referencedIds(text: RichText): string[] {
  const ids = new Set<string>();
  const visit = (blocks: RichText): void => {
    for (const block of blocks) {
      if (block.kind === 'paragraph') {
        for (const inline of block.inlines) if (inline.kind === 'crossReference') ids.add(inline.requirementId);
      } else {
        for (const item of block.items) visit(item);
      }
    }
  };
  visit(text);
  return [...ids];
}

/** What a cross-reference reads as in plain text: the target's number, given; else the link's text. */
export type ReferenceLabel = (requirementId: string, text: string) => string;

function inlineText(inline: RichInline, label: ReferenceLabel): string {
  switch (inline.kind) {
    case 'text':
    case 'link':
      return inline.text;
    case 'lineBreak':
      return '\n';
    case 'crossReference':
      return label(inline.requirementId, inline.text);
  }
}

function plainLines(blocks: RichText, label: ReferenceLabel, indent: string, out: string[]): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      out.push(...block.inlines.map((inline) => inlineText(inline, label)).join('').split('\n').map((line) => indent + line));
      continue;
    }
    block.items.forEach((item, index) => {
      const marker = block.ordered ? `${block.start + index}. ` : '• ';
      const lines: string[] = [];
      plainLines(item, label, '', lines);
      const [first = '', ...rest] = lines;
      out.push(`${indent}${marker}${first}`, ...rest.map((line) => `${indent}  ${line}`));
    });
  }
}

/**
 * The text without markup, one line per paragraph, line or list item (list
 * items keep "•" or their number): for search, checks, sorting and plain
 * formats. Cross-references read as `label` says, by default their link text.
 */
export function plainTextOf(source: string, label: ReferenceLabel = (_id, text) => text): string {
  const lines: string[] = [];
  plainLines(parseRichText(source), label, '', lines);
  return lines.join('\n');
}

/** A value put into rich text as it is (a parameter's value): every character that could start markup escaped. */
export function escapeRichText(value: string): string {
  return value.replace(/[\\`*_[\]<>#!&|~]/g, (char) => `\\${char}`).replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3').replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3');
}

/** A cross-reference to the requirement, as the editor inserts it: `[number](ref:id)`. */
export function crossReferenceSource(requirementId: string, number: string): string {
  // Only what could end or break the link text is escaped; the printed number comes from the id anyway.
  return `[${number.replace(/[\\[\]*_]/g, '\\$&')}](${referenceScheme}${requirementId})`;
}
