import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../shared/format/numbers';
import { formatCalendarDate } from '../../shared/format/dates';
import { parseAmount, parseMonths, todayIso } from '../../shared/locale-input';
import { ictCpvSuggestions } from '../../shared/builder/cpv-suggestions';
import { isValidCpvCode } from '../../shared/specification/identifiers';

const value = (text: string, language: 'sv' | 'nb' | 'en') => {
  const parsed = parseAmount(text, language);
  return parsed.ok ? parsed.value : parsed.problem;
};

describe('parseAmount', () => {
  it('reads grouped amounts however the digits are grouped', () => {
    for (const language of ['sv', 'nb', 'en'] as const) {
      expect(value('1 200 000', language)).toBe(1_200_000);
      expect(value('1\u00a0200\u00a0000', language)).toBe(1_200_000);
      expect(value('1\u202f200\u202f000', language)).toBe(1_200_000);
      expect(value('1.200.000', language)).toBe(1_200_000);
      expect(value('1200000', language)).toBe(1_200_000);
      expect(value(formatAmount(2_389_585.5, language), language)).toBe(2_389_585.5);
    }
    expect(value('1,200,000', 'en')).toBe(1_200_000);
    expect(value('1,200,000.50', 'en')).toBe(1_200_000.5);
    expect(value('1.200.000,50', 'sv')).toBe(1_200_000.5);
  });

  it('reads a single comma or point as the decimal sign unless three digits follow a foreign one', () => {
    expect(value('1,2', 'sv')).toBe(1.2);
    expect(value('1,2', 'nb')).toBe(1.2);
    expect(value('1,2', 'en')).toBe(1.2);
    expect(value('1,200', 'sv')).toBe(1.2);
    expect(value('1,200', 'en')).toBe(1200);
    expect(value('1.500', 'sv')).toBe(1500);
    expect(value('1.5', 'sv')).toBe(1.5);
  });

  it('understands millions, thousands and a currency written with the figure', () => {
    expect(value('1,2 milj', 'sv')).toBe(1_200_000);
    expect(value('2,5 mnkr', 'sv')).toBe(2_500_000);
    expect(value('1,3 mill.', 'nb')).toBe(1_300_000);
    expect(value('1.2m', 'en')).toBe(1_200_000);
    expect(value('700 tkr', 'sv')).toBe(700_000);
    expect(value('140 000 €', 'en')).toBe(140_000);
    expect(value('€140,000', 'en')).toBe(140_000);
    expect(value('700 000 kr', 'sv')).toBe(700_000);
    expect(value('500 000 NOK', 'nb')).toBe(500_000);
  });

  it('empty text means not estimated', () => {
    expect(parseAmount('  ', 'sv')).toEqual({ ok: true, value: null });
  });

  it('names the problem with text that is no amount', () => {
    expect(value('-5', 'en')).toBe('negative');
    expect(value('−1 000', 'sv')).toBe('negative');
    expect(value('abc', 'en')).toBe('notANumber');
    expect(value('12abc', 'en')).toBe('notANumber');
    expect(value('1.2.3', 'en')).toBe('notANumber');
    expect(value('1,', 'sv')).toBe('notANumber');
  });
});

describe('parseMonths', () => {
  it('accepts whole months and names the problem otherwise', () => {
    expect(parseMonths('24')).toEqual({ ok: true, value: 24 });
    expect(parseMonths('')).toEqual({ ok: true, value: null });
    expect(parseMonths('1,5')).toEqual({ ok: false, problem: 'notWhole' });
    expect(parseMonths('-3')).toEqual({ ok: false, problem: 'negative' });
    expect(parseMonths('two')).toEqual({ ok: false, problem: 'notANumber' });
  });
});

describe('formats', () => {
  it('formats dates per locale without shifting the day', () => {
    expect(formatCalendarDate('2027-12-31', 'en')).toBe('31 Dec 2027');
    expect(formatCalendarDate('2027-12-31', 'sv')).toBe('31 dec. 2027');
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('suggested CPV codes', () => {
  it('are all valid codes, each listed once', () => {
    for (const code of ictCpvSuggestions) expect(isValidCpvCode(code), code).toBe(true);
    expect(new Set(ictCpvSuggestions).size).toBe(ictCpvSuggestions.length);
  });
});
