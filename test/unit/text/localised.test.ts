import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../../shared/languages';
import { textIn } from '../../../shared/text/localised';

describe('a text in a language, falling back', () => {
  it('takes the wanted language when it is written there', () => {
    expect(textIn({ sv: 'Krav', en: 'Requirement' }, 'en', ['sv'])).toBe('Requirement');
  });

  it('treats a missing, empty or blank text alike: as not written, and falls back', () => {
    for (const en of [undefined, '', '   ', '\n\t']) {
      expect(textIn({ sv: 'Krav', ...(en === undefined ? {} : { en }) }, 'en', ['sv'])).toBe('Krav');
    }
  });

  it('tries the fallbacks in the order given, then any other language (Swedish, Norwegian, English)', () => {
    expect(textIn({ sv: 'Krav', nb: 'Krav (nb)', en: '' }, 'en', ['nb', 'sv'])).toBe('Krav (nb)');
    expect(textIn({ nb: 'Krav (nb)', en: 'Requirement' }, 'sv')).toBe('Krav (nb)');
    expect(textIn({ en: 'Requirement' }, 'sv', ['nb'])).toBe('Requirement');
  });

  it('returns the text as written, and nothing when no language has one', () => {
    expect(textIn({ sv: '  Krav med mellanslag ' }, 'sv')).toBe('  Krav med mellanslag ');
    expect(textIn({ sv: ' ', en: '' }, 'sv', ['en'])).toBe('');
    expect(textIn({}, 'nb')).toBe('');
    expect(textIn(undefined, 'nb')).toBe('');
  });

  it("falls back to English first for the app's own texts, by the same rule", () => {
    expect(inLanguage({ sv: 'Mall', nb: 'Mal', en: 'Template' }, 'nb')).toBe('Mal');
    expect(inLanguage({ sv: 'Mall', nb: '', en: 'Template' }, 'nb')).toBe('Template');
    expect(inLanguage({ sv: 'Mall' }, 'en')).toBe('Mall');
  });
});
