import { describe, expect, it } from 'vitest';
import { documentQuality, groupByRequirement, requirementScore, scoreLevel, type ScoredFinding } from '../../../shared/quality/scores';

const error = (ruleId: string): ScoredFinding => ({ ruleId, severity: 'error' });
const warning = (ruleId: string): ScoredFinding => ({ ruleId, severity: 'warning' });
const info = (ruleId: string): ScoredFinding => ({ ruleId, severity: 'info' });

describe('requirement score', () => {
  it('is 100 without findings', () => {
    expect(requirementScore([])).toBe(100);
  });

  it('takes 25 per error, 10 per warning and 3 per note', () => {
    expect(requirementScore([error('PP01')])).toBe(75);
    expect(requirementScore([warning('RQ03')])).toBe(90);
    expect(requirementScore([info('RQ09')])).toBe(97);
    expect(requirementScore([error('PP01'), warning('RQ03'), info('RQ09')])).toBe(62);
  });

  it('counts one rule at most twice', () => {
    expect(requirementScore([warning('RQ03'), warning('RQ03'), warning('RQ03'), warning('RQ03')])).toBe(80);
    expect(requirementScore([warning('RQ03'), warning('RQ03'), warning('RQ05'), warning('RQ05'), warning('RQ05')])).toBe(60);
  });

  it('never goes below 0', () => {
    expect(requirementScore([error('PP01'), error('PP01'), error('RQ14'), error('RQ14'), error('PP05')])).toBe(0);
  });
});

describe('dots', () => {
  it('maps scores to 1–5 dots at 95, 80, 55 and 30', () => {
    expect([100, 95, 94, 80, 79, 55, 54, 30, 29, 0].map(scoreLevel)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('gives a clean requirement five dots, one warning four and one error three', () => {
    expect(scoreLevel(requirementScore([]))).toBe(5);
    expect(scoreLevel(requirementScore([info('RQ17')]))).toBe(5);
    expect(scoreLevel(requirementScore([warning('RQ03')]))).toBe(4);
    expect(scoreLevel(requirementScore([error('PP01')]))).toBe(3);
  });
});

describe('document quality', () => {
  it('is empty when nothing was checked', () => {
    const quality = documentQuality([], () => undefined);
    expect(quality).toEqual({ scored: 0, mean: null, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, topRules: [] });
  });

  it('averages requirement scores, counts levels and ranks the rules', () => {
    const findings = new Map<string, ScoredFinding[]>([
      ['a', [warning('RQ03'), warning('RQ03')]],
      ['b', [error('PP01'), error('PP01'), error('PP01'), error('RQ14')]],
      ['c', [warning('RQ03'), info('RQ09')]],
    ]);
    const quality = documentQuality(['a', 'b', 'c', 'd'], (id) => findings.get(id));
    // 80, 25, 87, 100 → mean 73
    expect(quality.scored).toBe(4);
    expect(quality.mean).toBe(73);
    expect(quality.histogram).toEqual({ 1: 1, 2: 0, 3: 0, 4: 2, 5: 1 });
    expect(quality.topRules).toEqual([
      { ruleId: 'RQ03', count: 3 },
      { ruleId: 'PP01', count: 3 },
      { ruleId: 'RQ09', count: 1 },
      { ruleId: 'RQ14', count: 1 },
    ]);
  });

  it('lists at most five rules', () => {
    const ids = ['RQ01', 'RQ02', 'RQ03', 'RQ04', 'RQ05', 'RQ06', 'RQ07'];
    const quality = documentQuality(['x'], () => ids.map(warning));
    expect(quality.topRules.map((rule) => rule.ruleId)).toEqual(['RQ01', 'RQ02', 'RQ03', 'RQ04', 'RQ05']);
    expect(quality.mean).toBe(30);
  });

  it('groups a flat list by requirement', () => {
    const grouped = groupByRequirement([
      { requirementId: 'a', ruleId: 'RQ03' },
      { requirementId: 'b', ruleId: 'RQ05' },
      { requirementId: 'a', ruleId: 'RQ09' },
    ]);
    expect([...grouped.keys()]).toEqual(['a', 'b']);
    expect(grouped.get('a')?.map((f) => f.ruleId)).toEqual(['RQ03', 'RQ09']);
  });
});
