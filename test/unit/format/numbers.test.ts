import { describe, expect, it } from 'vitest';
import { currencySymbol, formatAmount, formatEditable, formatMoney, formatNumber, formatPercent, formatPoints, formatShare } from '../../../shared/format/numbers';
import { norwegianClimateMinimumPercent } from '../../../shared/procurement-rules';

// Intl writes a no-break space (sv, nb groups: narrow no-break space U+202F in some ICU versions); compare with plain spaces.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers as each language writes them', () => {
  it('groups thousands and writes the decimal sign of the language, up to two decimals by default', () => {
    expect(plain(formatNumber(1_250_000.5, 'sv'))).toBe('1 250 000,5');
    expect(plain(formatNumber(1_250_000.5, 'nb'))).toBe('1 250 000,5');
    expect(formatNumber(1_250_000.5, 'en')).toBe('1,250,000.5');
    expect(formatNumber(2 / 3, 'en')).toBe('0.67');
    expect(formatNumber(2 / 3, 'en', 0)).toBe('1');
  });

  it('writes an amount in a field without grouping when it is to be typed back, and nothing for no amount', () => {
    expect(formatEditable(1250.5, 'sv')).toBe('1250,5');
    expect(formatAmount(null, 'sv')).toBe('');
    expect(plain(formatAmount(2_389_585.5, 'nb'))).toBe('2 389 585,5');
  });

  it('gives points exactly two decimals so that columns line up', () => {
    expect(formatPoints(7, 'sv')).toBe('7,00');
    expect(formatPoints(7.456, 'en')).toBe('7.46');
  });

  it('writes a weight in per cent and a share of one as percentages, the way the locale spaces the sign', () => {
    expect(plain(formatPercent(norwegianClimateMinimumPercent, 'nb'))).toBe('30 %');
    expect(formatPercent(12.25, 'en')).toBe('12.25%');
    expect(plain(formatShare(0.125, 'sv'))).toBe('12,5 %');
    expect(formatShare(0.12345, 'en')).toBe('12.3%');
  });

  it("writes money with the locale's currency sign, and öre or cents only when there are any", () => {
    expect(plain(formatMoney(1_000_000, 'SEK', 'sv'))).toBe('1 000 000 kr');
    expect(plain(formatMoney(300_000, 'NOK', 'nb'))).toBe('300 000 kr');
    expect(plain(formatMoney(1_000_000, 'SEK', 'en'))).toBe('SEK 1,000,000');
    expect(formatMoney(1234.5, 'EUR', 'en')).toBe('€1,234.50');
    expect(currencySymbol('EUR', 'en')).toBe('€');
    expect(currencySymbol('SEK', 'sv')).toBe('kr');
  });
});
