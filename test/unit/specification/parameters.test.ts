import { describe, expect, it } from 'vitest';
import {
  editableParameterValue,
  formatParameterValue,
  formatTimeOfDay,
  parameterBounds,
  parameterTexts,
  parseParameterValue,
  parseTimeOfDay,
  storedValueProblem,
  type ParameterRule,
} from '../../../shared/specification/parameters';
import { documentLanguages } from '../../../shared/specification/model/common';

// Intl groups thousands with a no-break space in sv and nb; compare with plain spaces.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

const time: ParameterRule = { type: 'time' };
const hours: ParameterRule = { type: 'duration', unit: 'hour', min: 1, max: 48 };
const availability: ParameterRule = { type: 'percentage', unit: 'percent', min: 90, max: 100 };
const share: ParameterRule = { type: 'percentage', unit: 'percent' };
const cases: ParameterRule = { type: 'number', unit: 'case-per-year', min: 1 };
const text: ParameterRule = { type: 'text' };

describe('a time of day', () => {
  it.each(['07:30', '7:30', '7.30', '7,30', '0730', '730', 'kl. 7.30', 'kl 07:30', ' 07.30 '])('reads "%s" as 07:30', (typed) => {
    expect(parseTimeOfDay(typed)).toBe('07:30');
  });

  it('reads an hour alone as the full hour, and midnight as 00:00', () => {
    expect(parseTimeOfDay('7')).toBe('07:00');
    expect(parseTimeOfDay('16')).toBe('16:00');
    expect(parseTimeOfDay('0')).toBe('00:00');
    expect(parseTimeOfDay('16.00')).toBe('16:00');
  });

  it.each(['24:00', '7:60', '7:5', '12345', 'half past seven', '-7', '7:30:00'])('refuses "%s"', (typed) => {
    expect(parseTimeOfDay(typed)).toBeNull();
  });

  it.each(documentLanguages)('is typed and stored the same in %s, and read back in the 24-hour clock', (language) => {
    for (const typed of ['07:30', '7.30', '0730']) expect(parseParameterValue(typed, time, language)).toEqual({ ok: true, value: '07:30' });
    expect(parseParameterValue('7', time, language)).toEqual({ ok: true, value: '07:00' });
    expect(parseParameterValue('sju', time, language)).toEqual({ ok: false, problem: { kind: 'notATime' } });
    expect(formatTimeOfDay('08:00', language)).toBe('08:00');
    expect(formatTimeOfDay('16:00', language)).toBe('16:00');
    expect(formatParameterValue('7:30', 'time', language)).toBe('07:30');
  });

  it('shows a whole hour stored as a number (from an older version) as that hour, not as "16"', () => {
    expect(formatParameterValue(16, 'time', 'nb')).toBe('16:00');
    expect(storedValueProblem(16, time)).toBeUndefined();
    expect(storedValueProblem('lunch', time)).toEqual({ kind: 'notATime' });
  });
});

describe('a duration in its unit', () => {
  it('reads the decimal comma in sv and nb and the point in en', () => {
    expect(parseParameterValue('1,5', hours, 'sv')).toEqual({ ok: true, value: 1.5 });
    expect(parseParameterValue('1,5', hours, 'nb')).toEqual({ ok: true, value: 1.5 });
    expect(parseParameterValue('1.5', hours, 'en')).toEqual({ ok: true, value: 1.5 });
  });

  it('takes the unit written after the number in any language', () => {
    expect(parseParameterValue('4 timmar', hours, 'sv')).toEqual({ ok: true, value: 4 });
    expect(parseParameterValue('4 timer', hours, 'nb')).toEqual({ ok: true, value: 4 });
    expect(parseParameterValue('1 hour', hours, 'en')).toEqual({ ok: true, value: 1 });
    expect(parseParameterValue('4 veckor', hours, 'sv')).toEqual({ ok: false, problem: { kind: 'notANumber' } });
  });

  it.each(documentLanguages)('keeps to min and max in %s', (language) => {
    expect(parseParameterValue('0', hours, language)).toEqual({ ok: false, problem: { kind: 'outOfRange', min: 1, max: 48 } });
    expect(parseParameterValue('49', hours, language)).toEqual({ ok: false, problem: { kind: 'outOfRange', min: 1, max: 48 } });
    expect(parseParameterValue('48', hours, language)).toEqual({ ok: true, value: 48 });
  });

  it('reads in each language as the language writes numbers', () => {
    expect(formatParameterValue(1.5, 'duration', 'sv')).toBe('1,5');
    expect(formatParameterValue(1.5, 'duration', 'nb')).toBe('1,5');
    expect(formatParameterValue(1.5, 'duration', 'en')).toBe('1.5');
  });
});

describe('a percentage', () => {
  it('is 0–100 when the parameter sets no bounds', () => {
    expect(parameterBounds(share)).toEqual({ min: 0, max: 100 });
    expect(parseParameterValue('150', share, 'nb')).toEqual({ ok: false, problem: { kind: 'outOfRange', min: 0, max: 100 } });
    expect(parseParameterValue('-5', share, 'en')).toEqual({ ok: false, problem: { kind: 'outOfRange', min: 0, max: 100 } });
  });

  it('keeps the bounds the parameter sets', () => {
    expect(parseParameterValue('150', availability, 'sv')).toEqual({ ok: false, problem: { kind: 'outOfRange', min: 90, max: 100 } });
    expect(parseParameterValue('89,9', availability, 'sv')).toEqual({ ok: false, problem: { kind: 'outOfRange', min: 90, max: 100 } });
    expect(storedValueProblem(150, availability)).toEqual({ kind: 'outOfRange', min: 90, max: 100 });
  });

  it('reads "99,5", "99,5 %" and "99.5%" in each language', () => {
    expect(parseParameterValue('99,5', availability, 'sv')).toEqual({ ok: true, value: 99.5 });
    expect(parseParameterValue('99,5 %', availability, 'nb')).toEqual({ ok: true, value: 99.5 });
    expect(parseParameterValue('99.5%', availability, 'en')).toEqual({ ok: true, value: 99.5 });
    expect(formatParameterValue(99.5, 'percentage', 'sv')).toBe('99,5');
    expect(formatParameterValue(99.5, 'percentage', 'nb')).toBe('99,5');
    expect(formatParameterValue(99.5, 'percentage', 'en')).toBe('99.5');
  });
});

describe('a number', () => {
  it('reads spaces between thousands and the decimal sign of each language', () => {
    expect(parseParameterValue('5 000', cases, 'sv')).toEqual({ ok: true, value: 5000 });
    expect(parseParameterValue('5\u00a0000', cases, 'nb')).toEqual({ ok: true, value: 5000 });
    expect(parseParameterValue('5,000', cases, 'en')).toEqual({ ok: true, value: 5000 });
    expect(parseParameterValue('2,5', cases, 'sv')).toEqual({ ok: true, value: 2.5 });
    expect(parseParameterValue('many', cases, 'en')).toEqual({ ok: false, problem: { kind: 'notANumber' } });
  });

  it('says the least when only a minimum is set', () => {
    expect(parseParameterValue('0', cases, 'nb')).toEqual({ ok: false, problem: { kind: 'belowMin', min: 1 } });
  });

  it('is grouped in a sentence and ungrouped in its field, per language', () => {
    expect(plain(formatParameterValue(50000, 'number', 'sv'))).toBe('50 000');
    expect(plain(formatParameterValue(50000, 'number', 'nb'))).toBe('50 000');
    expect(formatParameterValue(50000, 'number', 'en')).toBe('50,000');
    // Four digits stay together in a sentence, so a year reads as a year.
    expect(formatParameterValue(2027, 'number', 'sv')).toBe('2027');
    expect(editableParameterValue(5000, 'number', 'sv')).toBe('5000');
    expect(editableParameterValue(2.5, 'number', 'nb')).toBe('2,5');
    expect(editableParameterValue(2.5, 'number', 'en')).toBe('2.5');
  });
});

describe('a text', () => {
  it.each(documentLanguages)('is kept as written in %s, and emptied to "not set"', (language) => {
    expect(parseParameterValue('24/7', text, language)).toEqual({ ok: true, value: '24/7' });
    expect(parseParameterValue('  ', text, language)).toEqual({ ok: true, value: null });
    expect(formatParameterValue('24/7', 'text', language)).toBe('24/7');
  });
});

describe('the values of a requirement as its sentence reads them', () => {
  it('formats each value for the language and leaves unset ones to their placeholder', () => {
    const parameters = [
      { name: 'supportStart', type: 'time' as const, value: '8:00' },
      { name: 'supportEnd', type: 'time' as const, value: 16 },
      { name: 'availability', type: 'percentage' as const, unit: 'percent', value: 99.5 },
      { name: 'users', type: 'number' as const, value: null },
    ];
    expect(parameterTexts(parameters, 'nb')).toEqual({ supportStart: '08:00', supportEnd: '16:00', availability: '99,5', users: null });
    expect(parameterTexts(parameters, 'en')).toEqual({ supportStart: '08:00', supportEnd: '16:00', availability: '99.5', users: null });
  });
});
