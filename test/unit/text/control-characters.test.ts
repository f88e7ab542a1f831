import { describe, expect, it } from 'vitest';
import { isActingCharacter, replaceActingCharacters } from '../../../shared/text/control-characters';

describe('characters that act instead of showing', () => {
  it('counts C0, DEL, C1 and the bidirectional overrides and isolates, and nothing a reader would see', () => {
    const acting = [0x00, 0x07, 0x1b, 0x7f, 0x85, 0x9f, 0x202a, 0x202e, 0x2066, 0x2069];
    for (const codePoint of acting) expect(isActingCharacter(codePoint, { keepTabAndLineFeed: true })).toBe(true);
    for (const text of ['å', 'Ø', 'é', ' ', '€', '\u00a0', '\u200f', 'ע']) {
      expect(isActingCharacter(text.codePointAt(0) ?? 0, { keepTabAndLineFeed: false })).toBe(false);
    }
  });

  it('leaves tab and line feed to the caller', () => {
    expect(replaceActingCharacters('a\tb\nc\rd', () => '?', { keepTabAndLineFeed: true })).toBe('a\tb\nc?d');
    expect(replaceActingCharacters('a\tb\nc', () => '?', { keepTabAndLineFeed: false })).toBe('a?b?c');
  });

  it('replaces a terminal escape and a right-to-left override in a file name', () => {
    const shown = replaceActingCharacters('krav\u001b[2Jspec\u202Excod.docx', (codePoint) => `<${codePoint.toString(16)}>`, {
      keepTabAndLineFeed: true,
    });
    expect(shown).toBe('krav<1b>[2Jspec<202e>xcod.docx');
  });
});
