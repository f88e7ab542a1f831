/**
 * Keeps what a benchmark measured as JSON in bench-results/, one file per
 * comparison, for `npm run bench` to print with ratios (test/bench/report.mjs).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface Measured {
  name: string;
  latency: { p50?: number; mean: number; p99?: number; samplesCount: number };
}

export interface RecordedCase {
  name: string;
  medianMs: number;
  meanMs: number;
  p99Ms: number | null;
  samples: number;
}

export interface RecordedComparison {
  title: string;
  baseline: string;
  cases: RecordedCase[];
  /** Budgets from the issues, shown next to the figures (never asserted in tests). */
  budgets?: Record<string, string>;
  extra?: Record<string, number | string>;
}

export const resultsDir = path.resolve(import.meta.dirname, '..', '..', 'bench-results');

export function toCase(result: Measured): RecordedCase {
  return {
    name: result.name,
    medianMs: result.latency.p50 ?? result.latency.mean,
    meanMs: result.latency.mean,
    p99Ms: result.latency.p99 ?? null,
    samples: result.latency.samplesCount,
  };
}

export async function recordComparison(id: string, comparison: RecordedComparison): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  await writeFile(path.join(resultsDir, `${id}.json`), `${JSON.stringify(comparison, null, 2)}\n`);
}
