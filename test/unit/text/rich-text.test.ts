import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { crossReferenceSource, escapeRichText, maxListDepth, maxRichTextLength, parseRichText, parseWithParser, plainTextOf, referencedIds, type RichBlock } from '../../../shared/text/rich-text';
import { parseSpecificationBytes } from '../../../shared/specification/document-file';
import { makeLargeSpecification } from '../../support/large-specification';

describe('parseRichText', () => {
  it('reads paragraphs with strong and emphasised runs', () => {
    expect(parseRichText('The service **shall** log *every* change.\n\nSecond paragraph.')).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'The service ' },
          { kind: 'text', text: 'shall', strong: true },
          { kind: 'text', text: ' log ' },
          { kind: 'text', text: 'every', emphasis: true },
          { kind: 'text', text: ' change.' },
        ],
      },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Second paragraph.' }] },
    ]);
  });

  it('keeps a single newline as a line break, as texts were written before rich text', () => {
    expect(parseRichText('one\ntwo')).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'one' }, { kind: 'lineBreak' }, { kind: 'text', text: 'two' }] }]);
  });

  it('reads bulleted and numbered lists, nested, with their start', () => {
    const [intro, ordered] = parseRichText('Intro:\n\n3. first\n   - a\n   - b\n4. second');
    expect(intro).toEqual({ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Intro:' }] });
    expect(ordered).toEqual({
      kind: 'list',
      ordered: true,
      start: 3,
      items: [
        [
          { kind: 'paragraph', inlines: [{ kind: 'text', text: 'first' }] },
          {
            kind: 'list',
            ordered: false,
            start: 1,
            items: [[{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'a' }] }], [{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'b' }] }]],
          },
        ],
        [{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'second' }] }],
      ],
    });
  });

  it('reads cross-references by id, whatever their link text, and outside links', () => {
    const [paragraph] = parseRichText('In the light of [K1](ref:REQ-7), see [the guide](https://example.org/guide) or [mail](mailto:a@example.org).');
    expect(paragraph).toEqual({
      kind: 'paragraph',
      inlines: [
        { kind: 'text', text: 'In the light of ' },
        { kind: 'crossReference', requirementId: 'REQ-7', text: 'K1' },
        { kind: 'text', text: ', see ' },
        { kind: 'link', url: 'https://example.org/guide', text: 'the guide' },
        { kind: 'text', text: ' or ' },
        { kind: 'link', url: 'mailto:a@example.org', text: 'mail' },
        { kind: 'text', text: '.' },
      ],
    });
    expect(referencedIds(parseRichText('[a](ref:X) and [b](ref:Y) and [c](ref:X)'))).toEqual(['X', 'Y']);
  });

  it('leaves everything outside the subset as literal text', () => {
    const source = '# Heading\n\n<b>html</b> `code` ![img](https://x.org/a.png) [bad](javascript:alert(1)) [file](file:///etc/passwd)\n\n> quote\n\n| a | b |';
    // An image is no image: its "!" stays, and its address is an ordinary link.
    expect(plainTextOf(source)).toBe('# Heading\n<b>html</b> `code` !img [bad](javascript:alert(1)) [file](file:///etc/passwd)\n> quote\n| a | b |');
    const kinds = parseRichText(source).flatMap((block) => (block.kind === 'paragraph' ? block.inlines.map((inline) => inline.kind) : ['list']));
    expect(kinds.filter((kind) => kind !== 'text' && kind !== 'lineBreak')).toEqual(['link']);
  });

  it('prints the characters the migration escaped without their backslashes', () => {
    expect(plainTextOf('Use \\*.pdf and \\[brackets\\] and C:\\\\temp and snake\\_case')).toBe('Use *.pdf and [brackets] and C:\\temp and snake_case');
  });

  it('is bounded: a very long text keeps its tail as plain text, very deep lists are flattened', () => {
    const long = `${'word '.repeat(maxRichTextLength / 5)}TAIL`;
    const blocks = parseRichText(long);
    expect(plainTextOf(long).endsWith('TAIL')).toBe(true);
    expect(blocks.length).toBeLessThanOrEqual(2);
    const deep = Array.from({ length: 200 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n');
    const depthOf = (items: readonly RichBlock[]): number => Math.max(0, ...items.map((block) => (block.kind === 'list' ? 1 + Math.max(0, ...block.items.map(depthOf)) : 0)));
    expect(depthOf(parseRichText(deep))).toBeLessThanOrEqual(maxListDepth);
    expect(plainTextOf(deep)).toContain('level 0');
    const brackets = '['.repeat(5000) + '*'.repeat(5000);
    expect(plainTextOf(brackets).length).toBeGreaterThan(0);
  });
});

describe('plainTextOf', () => {
  it('keeps list markers and reads references by the label given', () => {
    expect(plainTextOf('Must:\n\n- sign in\n- see [K1](ref:R1)', (id) => (id === 'R1' ? '4.1' : '?'))).toBe('Must:\n• sign in\n• see 4.1');
    expect(plainTextOf('1. one\n2. two')).toBe('1. one\n2. two');
  });
});

describe('escapeRichText', () => {
  it('makes a value print as written, never as markup', () => {
    for (const value of ['*bold*', '[x](ref:Y)', '1. not a list', '- not a bullet', 'a_b_c', 'C:\\path', '<b>', '# no heading']) {
      expect(plainTextOf(`Value: ${escapeRichText(value)}`)).toBe(`Value: ${value}`);
      expect(plainTextOf(escapeRichText(value))).toBe(value);
    }
  });

  it('writes a cross-reference the parser reads back', () => {
    expect(referencedIds(parseRichText(crossReferenceSource('REQ-1', 'K_1')))).toEqual(['REQ-1']);
  });
});

describe('texts without markup', () => {
  it('read the same without the parser as with it', () => {
    const fixtures = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'documents');
    const texts: string[] = [
      '  Leading and trailing  \n\n\n  second\tparagraph \r\nwith a line\r\rand another  ',
      '99.7 % of the time, 1 200 users; e-mail: a@b.se — "quoted" & <angled> # not a heading',
      '\u00a0no-break at the ends\u00a0',
      '   \n \t \n',
      '',
    ];
    for (const file of readdirSync(fixtures).filter((name) => name.endsWith('.kravspec'))) {
      const parsed = parseSpecificationBytes(readFileSync(path.join(fixtures, file)));
      if (!parsed.ok) continue;
      for (const requirement of parsed.specification.requirements) texts.push(...Object.values(requirement.text));
      for (const section of parsed.specification.sections) texts.push(...Object.values(section.intro ?? {}));
    }
    for (const requirement of makeLargeSpecification(200).requirements) texts.push(...Object.values(requirement.text));
    for (const text of texts) expect(parseRichText(text), JSON.stringify(text)).toEqual(parseWithParser(text));
  });
});
