import { describe, expect, it } from 'vitest';
import {
  isValidCpvCode,
  isValidNorwegianOrgNumber,
  isValidSwedishOrgNumber,
  normaliseCpvCode,
  normaliseNorwegianOrgNumber,
  normaliseSwedishOrgNumber,
} from '../../../shared/specification';

describe('Swedish organisation numbers', () => {
  it.each([
    ['202100-5448', '202100-5448'],
    ['212000-0142', '212000-0142'],
    ['2120000142', '212000-0142'],
    ['16212000-0142', '212000-0142'],
    ['162120000142', '212000-0142'],
    [' 212000-2437 ', '212000-2437'],
  ])('accepts %j as %s', (input, normalised) => {
    expect(isValidSwedishOrgNumber(input)).toBe(true);
    expect(normaliseSwedishOrgNumber(input)).toBe(normalised);
  });

  it.each([
    '212000-0143', // wrong check digit
    '202100-5449',
    '21200-00142', // hyphen in the wrong place
    '212000 0142',
    '17212000-0142', // twelve digits, but not the "16" prefix
    '21200001420', // eleven digits
    '212000-014',
    'abcdef-ghij',
    '',
  ])('rejects %j', (input) => {
    expect(isValidSwedishOrgNumber(input)).toBe(false);
    expect(normaliseSwedishOrgNumber(input)).toBeNull();
  });
});

describe('Norwegian organisation numbers', () => {
  it.each([
    ['974760673', '974760673'],
    ['971526920', '971526920'],
    ['974 760 673', '974760673'],
    ['964 312 508', '964312508'],
  ])('accepts %j as %s', (input, normalised) => {
    expect(isValidNorwegianOrgNumber(input)).toBe(true);
    expect(normaliseNorwegianOrgNumber(input)).toBe(normalised);
  });

  it.each([
    '974760674', // wrong check digit
    '971526921',
    '944812750', // the weighted sum gives check 10: no valid number starts with these eight digits
    '944812751',
    '97476067', // eight digits
    '9747606730',
    '974  760 673',
    '97 4760673',
    'NO974760673MVA',
    '',
  ])('rejects %j', (input) => {
    expect(isValidNorwegianOrgNumber(input)).toBe(false);
    expect(normaliseNorwegianOrgNumber(input)).toBeNull();
  });
});

describe('CPV codes', () => {
  it.each([
    '72000000-5',
    '48000000-8',
    '30200000-1',
    '72212000-4',
    '72260000-5',
    '30213000-5',
    '72222300-0',
    '64200000-8',
    '72500000-0',
    '03000000-1',
    '45000000-7',
    '48311000-1',
  ])('accepts %s', (code) => {
    expect(isValidCpvCode(code)).toBe(true);
  });

  // Published codes whose check digit is 5 away from the 3,7,1 weighted sum mod 10.
  it.each(['72400000-4', '72600000-6', '72700000-7', '72212100-0', '72267100-0', '72413000-8', '72611000-6'])(
    'accepts the published code %s',
    (code) => {
      expect(isValidCpvCode(code)).toBe(true);
    },
  );

  it.each([
    '72000000-4', // wrong check digit
    '72000000-6',
    '48000000-9',
    '84000000-8', // neighbouring digits swapped (48000000-8)
    '72100000-5', // one digit changed
    '7200000-5',
    '720000005',
    '72000000-',
    '72000000–5', // en dash
    'CPV 72000000-5',
    '',
  ])('rejects %j', (code) => {
    expect(isValidCpvCode(code)).toBe(false);
  });

  it('normalises spacing and a missing hyphen', () => {
    expect(normaliseCpvCode('720000005')).toBe('72000000-5');
    expect(normaliseCpvCode(' 72000000 - 5 ')).toBe('72000000-5');
    expect(normaliseCpvCode('72000000-4')).toBeNull();
    expect(normaliseCpvCode('7200000')).toBeNull();
  });
});
