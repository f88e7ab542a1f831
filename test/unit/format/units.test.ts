import { describe, expect, it } from 'vitest';
import { formatWithUnit, isUnitCode, unitCodeOf, unitCodes, unitName, ValueUnit } from '../../../shared/format/units';
import { documentLanguages } from '../../../shared/specification/model/common';

// Intl groups thousands with a no-break space in sv and nb; compare with plain spaces.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a value with its unit, as each language writes it', () => {
  it('chooses the singular for one and the plural for any other count', () => {
    expect(formatWithUnit(1, 'day', 'sv')).toBe('1 dag');
    expect(formatWithUnit(5, 'day', 'sv')).toBe('5 dagar');
    expect(formatWithUnit(1, 'day', 'nb')).toBe('1 dag');
    expect(formatWithUnit(5, 'day', 'nb')).toBe('5 dager');
    expect(formatWithUnit(1, 'day', 'en')).toBe('1 day');
    expect(formatWithUnit(5, 'day', 'en')).toBe('5 days');
    expect(formatWithUnit(0, 'hour', 'en')).toBe('0 hours');
    expect(formatWithUnit(1, 'working-day', 'sv')).toBe('1 arbetsdag');
    expect(formatWithUnit(10, 'working-day', 'nb')).toBe('10 arbeidsdager');
    expect(formatWithUnit(2, 'working-day', 'en')).toBe('2 working days');
    expect(formatWithUnit(1, 'week', 'sv')).toBe('1 vecka');
    expect(formatWithUnit(3, 'week', 'nb')).toBe('3 uker');
  });

  it('writes the number the way the language does, and a decimal count takes the plural', () => {
    expect(formatWithUnit(1.5, 'hour', 'sv')).toBe('1,5 timmar');
    expect(formatWithUnit(1.5, 'hour', 'en')).toBe('1.5 hours');
    expect(plain(formatWithUnit(25000, 'user', 'nb'))).toBe('25 000 brukere');
    expect(formatWithUnit(25000, 'user', 'en')).toBe('25,000 users');
  });

  it('writes a percentage with a space in Swedish and Norwegian and without one in English', () => {
    expect(formatWithUnit(99.5, 'percent', 'sv')).toBe('99,5 %');
    expect(formatWithUnit(99.5, 'percent', 'nb')).toBe('99,5 %');
    expect(formatWithUnit(99.5, 'percent', 'en')).toBe('99.5%');
    expect(formatWithUnit(200, 'millisecond', 'en')).toBe('200 ms');
  });

  it('keeps a text value as written, and a plain number typed as text still decides the plural', () => {
    expect(formatWithUnit('1', 'month', 'sv')).toBe('1 månad');
    expect(formatWithUnit('6', 'month', 'sv')).toBe('6 månader');
    expect(formatWithUnit('substantial', undefined, 'en')).toBe('substantial');
    expect(formatWithUnit('', 'day', 'en')).toBe('');
  });

  it('shows a unit of the user\'s own as written, in every language', () => {
    expect(formatWithUnit(3, 'samtal per månad', 'en')).toBe('3 samtal per månad');
    expect(formatWithUnit(3, 'licences', 'sv')).toBe('3 licences');
    expect(unitName('ärenden', 'nb')).toBe('ärenden');
    // "time" is an hour in Norwegian: a unit a buyer typed is never taken for a code of another meaning.
    expect(formatWithUnit(2, 'time', 'nb')).toBe('2 time');
    expect(formatWithUnit(2, 'times', 'nb')).toBe('2 ganger');
    expect(ValueUnit.safeParse('samtal per månad').success).toBe(true);
    expect(ValueUnit.safeParse('').success).toBe(true);
  });

  it('still understands the English words the library used before the codes, so older packs and documents read localised', () => {
    expect(unitCodeOf('days')).toBe('day');
    expect(unitCodeOf('working days')).toBe('working-day');
    expect(unitCodeOf('%')).toBe('percent');
    expect(formatWithUnit(5, 'days', 'sv')).toBe('5 dagar');
    expect(formatWithUnit(1, 'working days', 'nb')).toBe('1 arbeidsdag');
    expect(unitName('calls/min', 'sv')).toBe('anrop/min');
  });

  it('names a unit in the plural when there is no count, as in a field label', () => {
    expect(unitName('working-day', 'sv')).toBe('arbetsdagar');
    expect(unitName('month', 'nb')).toBe('måneder');
    expect(unitName('year', 'en')).toBe('years');
    expect(unitName('gigabyte', 'sv')).toBe('GB');
  });

  it('has a name in both forms for every unit in every language', () => {
    for (const code of unitCodes) {
      expect(isUnitCode(code)).toBe(true);
      for (const language of documentLanguages) {
        expect(unitName(code, language, 1).trim(), `${code} ${language} one`).not.toBe('');
        expect(unitName(code, language, 5).trim(), `${code} ${language} other`).not.toBe('');
        if (code.includes('-')) expect(unitName(code, language, 5), `${code} ${language} shows a name, not the code`).not.toBe(code);
      }
    }
  });
});
