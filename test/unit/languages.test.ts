import { describe, expect, it } from 'vitest';
import { localeOf, pickUiLanguage } from '../../shared/languages';

describe('pickUiLanguage', () => {
  it.each([
    [['sv-SE', 'en-US'], 'sv'],
    [['sv'], 'sv'],
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO', 'en'], 'nb'],
    [['de-DE', 'nb_NO'], 'nb'],
    [['fi-FI', 'sv-FI'], 'sv'],
    [['en-GB'], 'en'],
    [['de-DE', 'fr-FR'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(pickUiLanguage(preferred)).toBe(expected);
  });

  it('formats numbers and dates per locale', () => {
    expect(new Intl.NumberFormat(localeOf.sv).format(1234567.5)).toBe('1\u00a0234\u00a0567,5');
    expect(new Intl.NumberFormat(localeOf.nb).format(1234567.5)).toBe('1\u00a0234\u00a0567,5');
    expect(new Intl.NumberFormat(localeOf.en).format(1234567.5)).toBe('1,234,567.5');
    const date = new Date(Date.UTC(2026, 10, 27, 12));
    expect(new Intl.DateTimeFormat(localeOf.en, { timeZone: 'UTC' }).format(date)).toBe('27/11/2026');
    expect(new Intl.DateTimeFormat(localeOf.sv, { timeZone: 'UTC' }).format(date)).toBe('2026-11-27');
    expect(new Intl.DateTimeFormat(localeOf.nb, { timeZone: 'UTC' }).format(date)).toBe('27.11.2026');
  });
});
