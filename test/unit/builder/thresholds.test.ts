import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessThresholds, isInForce, isServicesThreshold, thresholdValidity, type ThresholdQuery } from '../../../shared/builder/thresholds';
import { jurisdictions } from '../../../shared/specification/model/common';
import { JurisdictionRules, type Threshold } from '../../../shared/templates/catalogues';

const source = { title: 'Test source', url: 'https://example.org/', accessed: '2026-01-01' };

function limit(id: string, kind: Threshold['kind'], amount: number, currency: Threshold['currency'], validFrom: string, validTo: string | null, verify = false): Threshold {
  return { id, kind, label: { en: id }, amount, currency, validFrom, validTo, verify, source } as Threshold;
}

function rulesFor(jurisdiction: JurisdictionRules['jurisdiction'], thresholds: Threshold[]): JurisdictionRules {
  return {
    format: 'kravstudio-procurement-rules',
    jurisdiction,
    version: '1',
    licence: 'CC0-1.0',
    checkedAt: '2026-01-01',
    thresholds,
    procedures: [],
    sources: [source],
  } as JurisdictionRules;
}

const sweden = rulesFor('se', [
  limit('se-central-2024', 'eu-threshold', 1_546_202, 'SEK', '2024-01-01', '2025-12-31'),
  limit('se-sub-central-2024', 'eu-threshold', 2_389_585, 'SEK', '2024-01-01', '2025-12-31'),
  limit('se-works-2024', 'eu-threshold', 59_880_179, 'SEK', '2024-01-01', '2025-12-31'),
  limit('se-central-2026-eur', 'eu-threshold', 140_000, 'EUR', '2026-01-01', '2027-12-31', true),
  limit('se-sub-central-2026-eur', 'eu-threshold', 216_000, 'EUR', '2026-01-01', '2027-12-31', true),
  limit('se-direct-award-lou', 'direct-award-limit', 700_000, 'SEK', '2022-02-01', null),
  limit('se-direct-award-luf', 'direct-award-limit', 1_200_000, 'SEK', '2022-02-01', null),
]);

const norway = rulesFor('no', [
  limit('no-act-applies-from-2017', 'act-applies-from', 100_000, 'NOK', '2017-01-01', '2026-06-30'),
  limit('no-act-applies-from-2026', 'act-applies-from', 500_000, 'NOK', '2026-07-01', null, true),
  limit('no-national-threshold', 'national-threshold', 1_300_000, 'NOK', '2018-04-06', null),
  limit('no-state-2024', 'eu-threshold', 1_490_000, 'NOK', '2024-01-01', null, true),
  limit('no-others-2024', 'eu-threshold', 2_300_000, 'NOK', '2024-01-01', null, true),
  limit('no-state-2026-eur', 'eu-threshold', 140_000, 'EUR', '2026-01-01', '2027-12-31', true),
]);

const eu = rulesFor('eu', [
  limit('eu-central-2026', 'eu-threshold', 140_000, 'EUR', '2026-01-01', '2027-12-31'),
  limit('eu-sub-central-2026', 'eu-threshold', 216_000, 'EUR', '2026-01-01', '2027-12-31'),
  limit('eu-social-2026', 'eu-threshold', 750_000, 'EUR', '2026-01-01', '2027-12-31'),
  limit('eu-central-2024', 'eu-threshold', 143_000, 'EUR', '2024-01-01', '2025-12-31'),
  limit('eu-sub-central-2024', 'eu-threshold', 221_000, 'EUR', '2024-01-01', '2025-12-31'),
]);

const rules = [sweden, norway, eu];

function assess(query: Partial<ThresholdQuery> & Pick<ThresholdQuery, 'jurisdiction'>) {
  return assessThresholds({ rules, value: 0, currency: 'EUR', today: '2026-03-01', ...query });
}

function placed(query: Partial<ThresholdQuery> & Pick<ThresholdQuery, 'jurisdiction'>) {
  const result = assess(query);
  if (result.kind !== 'placed') throw new Error(`expected a placed result, got ${result.kind}`);
  return result;
}

describe('which thresholds count', () => {
  it('leaves out works, social services and utilities limits', () => {
    expect(isServicesThreshold(limit('se-works-2024', 'eu-threshold', 1, 'SEK', '2024-01-01', null))).toBe(false);
    expect(isServicesThreshold(limit('se-direct-award-luf', 'direct-award-limit', 1, 'SEK', '2024-01-01', null))).toBe(false);
    expect(isServicesThreshold(limit('eu-social-2026', 'eu-threshold', 1, 'EUR', '2024-01-01', null))).toBe(false);
    expect(isServicesThreshold(limit('se-sub-central-2026-eur', 'eu-threshold', 1, 'EUR', '2024-01-01', null))).toBe(true);
  });

  it('counts a limit from its first to its last valid day, both included', () => {
    const row = limit('x', 'eu-threshold', 1, 'EUR', '2026-01-01', '2027-12-31');
    expect(isInForce(row, '2025-12-31')).toBe(false);
    expect(isInForce(row, '2026-01-01')).toBe(true);
    expect(isInForce(row, '2027-12-31')).toBe(true);
    expect(isInForce(row, '2028-01-01')).toBe(false);
    expect(isInForce(limit('y', 'national-threshold', 1, 'NOK', '2018-04-06', null), '2099-01-01')).toBe(true);
  });

  it('tells an expired limit (2024–2025 values after 2025) and one not yet in force from one in force, for the "expired" mark', () => {
    const old = limit('se-sub-central-2024', 'eu-threshold', 1, 'SEK', '2024-01-01', '2025-12-31');
    expect(thresholdValidity(old, '2026-12-07')).toBe('expired');
    expect(thresholdValidity(old, '2025-06-01')).toBe('inForce');
    expect(thresholdValidity(old, '2023-06-01')).toBe('upcoming');
  });
});

describe('assessThresholds', () => {
  it('says nothing is estimated yet when the value is null', () => {
    expect(assess({ jurisdiction: 'eu', value: null })).toEqual({ kind: 'no-value' });
  });

  it('says there are no rules when none are in force on the date or none are loaded', () => {
    expect(assess({ jurisdiction: 'eu', value: 10, today: '2010-01-01' })).toEqual({ kind: 'no-rules' });
    expect(assessThresholds({ rules: [], jurisdiction: 'se', value: 10, currency: 'SEK', today: '2026-03-01' })).toEqual({ kind: 'no-rules' });
  });

  it('EU: below, between and above the thresholds in force on the date', () => {
    expect(placed({ jurisdiction: 'eu', value: 139_999 }).regime).toBe('below-eu');
    const between = placed({ jurisdiction: 'eu', value: 140_000 });
    expect(between.regime).toBe('between-eu');
    expect(between.reached?.threshold.id).toBe('eu-central-2026');
    expect(between.under?.threshold.id).toBe('eu-sub-central-2026');
    expect(placed({ jurisdiction: 'eu', value: 216_000 }).regime).toBe('above-eu');
    // The social-services threshold is not a limit for an ICT service.
    expect(placed({ jurisdiction: 'eu', value: 1_000_000 }).rows.map((row) => row.threshold.id)).toEqual(['eu-central-2026', 'eu-sub-central-2026']);
  });

  it('EU: uses the previous period on a date in it', () => {
    const result = placed({ jurisdiction: 'eu', value: 142_000, today: '2025-06-30' });
    expect(result.regime).toBe('below-eu');
    expect(result.under?.threshold).toMatchObject({ id: 'eu-central-2024', amount: 143_000, validTo: '2025-12-31' });
  });

  it('Sweden: under the direct-award limit, whatever the currency of the EU thresholds', () => {
    const result = placed({ jurisdiction: 'se', value: 699_999, currency: 'SEK' });
    expect(result.regime).toBe('direct-award');
    expect(result.under?.threshold.id).toBe('se-direct-award-lou');
    expect(result.verify).toBe(false);
    // The EU thresholds are still listed, marked as not compared.
    expect(result.rows.filter((row) => row.comparison === 'other-currency').map((row) => row.threshold.id)).toEqual([
      'se-central-2026-eur',
      'se-sub-central-2026-eur',
    ]);
  });

  it('Sweden: above the direct-award limit with only euro thresholds in force, the answer stays open', () => {
    const result = placed({ jurisdiction: 'se', value: 700_000, currency: 'SEK' });
    expect(result.regime).toBeNull();
    expect(result.reached?.threshold.id).toBe('se-direct-award-lou');
    expect(result.under).toBeNull();
    expect(result.notCompared.map((row) => row.threshold.id)).toEqual(['se-central-2026-eur', 'se-sub-central-2026-eur']);
    expect(result.verify).toBe(true);
  });

  it('Sweden: with kronor thresholds in force, the value is placed between them', () => {
    const result = placed({ jurisdiction: 'se', value: 2_000_000, currency: 'SEK', today: '2025-05-01' });
    expect(result.regime).toBe('between-eu');
    expect(result.notCompared).toEqual([]);
    expect(placed({ jurisdiction: 'se', value: 1_000_000, currency: 'SEK', today: '2025-05-01' }).regime).toBe('below-eu');
  });

  it('Sweden: a value in euro is compared with the euro thresholds only', () => {
    expect(placed({ jurisdiction: 'se', value: 300_000, currency: 'EUR' }).regime).toBe('above-eu');
    const below = placed({ jurisdiction: 'se', value: 100_000, currency: 'EUR' });
    // Below the EU threshold, but whether it is under the kronor direct-award limit cannot be said.
    expect(below.regime).toBeNull();
    expect(below.under?.threshold.id).toBe('se-central-2026-eur');
    expect(below.notCompared.map((row) => row.threshold.id)).toEqual(['se-direct-award-lou']);
  });

  it('Norway: outside the act, below the national threshold, Part II, and above the EEA thresholds', () => {
    expect(placed({ jurisdiction: 'no', value: 99_000, currency: 'NOK' }).regime).toBe('outside-act');
    expect(placed({ jurisdiction: 'no', value: 400_000, currency: 'NOK' }).regime).toBe('below-national');
    // From 1 July 2026 the act applies from a higher amount (marked verify).
    const later = placed({ jurisdiction: 'no', value: 400_000, currency: 'NOK', today: '2026-07-01' });
    expect(later.regime).toBe('outside-act');
    expect(later.verify).toBe(true);
    expect(placed({ jurisdiction: 'no', value: 1_300_000, currency: 'NOK' }).regime).toBe('national');
    expect(placed({ jurisdiction: 'no', value: 1_500_000, currency: 'NOK' }).regime).toBe('between-eu');
    expect(placed({ jurisdiction: 'no', value: 2_300_000, currency: 'NOK' }).regime).toBe('above-eu');
  });

  it('Norway: a kroner threshold replaces the euro one of the same kind, which is shown but does not decide', () => {
    const result = placed({ jurisdiction: 'no', value: 1_400_000, currency: 'NOK' });
    const euro = result.rows.find((row) => row.threshold.id === 'no-state-2026-eur');
    expect(euro).toMatchObject({ comparison: 'other-currency', decisive: false });
    expect(result.notCompared).toEqual([]);
    expect(result.regime).toBe('national');
  });

  it('returns the rows in ladder order with their validity and verify flags', () => {
    const result = placed({ jurisdiction: 'no', value: 1, currency: 'NOK' });
    expect(result.rows.map((row) => [row.threshold.id, row.threshold.validFrom, row.threshold.validTo, row.threshold.verify])).toEqual([
      ['no-act-applies-from-2017', '2017-01-01', '2026-06-30', false],
      ['no-national-threshold', '2018-04-06', null, false],
      ['no-state-2024', '2024-01-01', null, true],
      ['no-others-2024', '2024-01-01', null, true],
      ['no-state-2026-eur', '2026-01-01', '2027-12-31', true],
    ]);
  });
});

describe('with the shipped rules data', () => {
  const root = path.resolve(import.meta.dirname, '..', '..', '..', 'templates', 'rules');
  const shipped = jurisdictions.map((jurisdiction) => JurisdictionRules.parse(JSON.parse(readFileSync(path.join(root, `${jurisdiction}.json`), 'utf8'))));

  it('every jurisdiction has limits in force for services, and each value gets an answer', () => {
    for (const rule of shipped) {
      const currency = rule.jurisdiction === 'se' ? 'SEK' : rule.jurisdiction === 'no' ? 'NOK' : 'EUR';
      for (const value of [0, 50_000, 500_000, 5_000_000, 50_000_000]) {
        const result = assessThresholds({ rules: shipped, jurisdiction: rule.jurisdiction, value, currency, today: rule.checkedAt });
        expect(result.kind, `${rule.jurisdiction} ${value}`).toBe('placed');
        if (result.kind === 'placed') expect(result.regime !== null || result.notCompared.length > 0, `${rule.jurisdiction} ${value}`).toBe(true);
      }
    }
  });
});
