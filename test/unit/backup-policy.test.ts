import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../electron/services/app-state';
import { backupPolicy, backupsToPrune, isBackupDue, kindOfNewBackup } from '../../electron/services/backup-policy';

const minute = 60_000;
const day = 24 * 60 * minute;
const start = Date.parse('2026-11-01T09:00:00Z');

function entry(documentId: string, at: number, kind: BackupEntry['kind'] = 'rolling'): BackupEntry {
  return {
    id: `${documentId}-${kind}-${at}`,
    documentId,
    documentPath: `/docs/${documentId}.kravspec`,
    file: `/backups/${documentId}/${at}.kravspec`,
    createdAt: new Date(at).toISOString(),
    kind,
    title: documentId,
    requirementCount: 3,
  };
}

describe('backup policy', () => {
  it('takes a backup after 10 minutes of editing, per document', () => {
    const entries = [entry('a', start)];
    expect(isBackupDue(entries, 'a', new Date(start + 9 * minute))).toBe(false);
    expect(isBackupDue(entries, 'a', new Date(start + 10 * minute))).toBe(true);
    expect(isBackupDue(entries, 'b', new Date(start + minute))).toBe(true);
    expect(isBackupDue([], 'a', new Date(start))).toBe(true);
  });

  it('the first backup of a day is the daily one', () => {
    expect(kindOfNewBackup([], 'a', new Date(start))).toBe('daily');
    expect(kindOfNewBackup([entry('a', start, 'daily')], 'a', new Date(start + 30 * minute))).toBe('rolling');
    expect(kindOfNewBackup([entry('a', start, 'daily')], 'a', new Date(start + day))).toBe('daily');
  });

  it('keeps the newest 20 rolling backups and daily ones for 30 days', () => {
    const rolling = Array.from({ length: 25 }, (_, i) => entry('a', start + i * 10 * minute));
    const daily = Array.from({ length: 40 }, (_, i) => entry('a', start - i * day, 'daily'));
    const other = Array.from({ length: 5 }, (_, i) => entry('b', start + i * minute));
    const now = new Date(start + 300 * minute);
    const pruned = backupsToPrune([...rolling, ...daily, ...other], now);
    const prunedIds = new Set(pruned.map((e) => e.id));
    expect(rolling.filter((e) => !prunedIds.has(e.id))).toHaveLength(backupPolicy.keepRolling);
    expect(rolling.slice(0, 5).every((e) => prunedIds.has(e.id))).toBe(true);
    const keptDaily = daily.filter((e) => !prunedIds.has(e.id));
    expect(keptDaily.every((e) => now.getTime() - Date.parse(e.createdAt) <= 30 * day)).toBe(true);
    expect(keptDaily.length).toBeGreaterThanOrEqual(30);
    expect(other.some((e) => prunedIds.has(e.id))).toBe(false);
  });
});
