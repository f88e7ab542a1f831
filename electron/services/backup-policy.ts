/**
 * When to take a backup of a document and which backups to keep: a rolling
 * backup after every 10 minutes of editing (the newest 20 kept), and the
 * first backup of each day kept for 30 days.
 */
import type { BackupEntry } from './app-state';

export const backupPolicy = {
  rollingIntervalMs: 10 * 60 * 1000,
  keepRolling: 20,
  keepDailyDays: 30,
} as const;

const dayOf = (iso: string): string => iso.slice(0, 10);

/** A backup is due when this document has none from the last 10 minutes. */
export function isBackupDue(entries: readonly BackupEntry[], documentId: string, now: Date): boolean {
  const latest = entries
    .filter((entry) => entry.documentId === documentId)
    .reduce<number>((max, entry) => Math.max(max, Date.parse(entry.createdAt)), Number.NEGATIVE_INFINITY);
  return now.getTime() - latest >= backupPolicy.rollingIntervalMs;
}

/** The first backup of a (UTC) day for a document is its daily backup. */
export function kindOfNewBackup(entries: readonly BackupEntry[], documentId: string, now: Date): BackupEntry['kind'] {
  const today = dayOf(now.toISOString());
  const hasDaily = entries.some((e) => e.documentId === documentId && e.kind === 'daily' && dayOf(e.createdAt) === today);
  return hasDaily ? 'rolling' : 'daily';
}

/** The entries to delete: rolling beyond the newest 20 per document, daily older than 30 days. */
export function backupsToPrune(entries: readonly BackupEntry[], now: Date): BackupEntry[] {
  const prune: BackupEntry[] = [];
  const byDocument = new Map<string, BackupEntry[]>();
  for (const entry of entries) byDocument.set(entry.documentId, [...(byDocument.get(entry.documentId) ?? []), entry]);
  const oldestDaily = now.getTime() - backupPolicy.keepDailyDays * 24 * 60 * 60 * 1000;
  for (const list of byDocument.values()) {
    const newestFirst = [...list].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const rolling = newestFirst.filter((e) => e.kind === 'rolling');
    prune.push(...rolling.slice(backupPolicy.keepRolling));
    prune.push(...newestFirst.filter((e) => e.kind === 'daily' && Date.parse(e.createdAt) < oldestDaily));
  }
  return prune;
}
