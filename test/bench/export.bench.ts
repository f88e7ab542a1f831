/**
 * Exporting a 1,000-requirement specification to DOCX, against packing the
 * same number of table rows (four cells each) with the docx package directly,
 * measured in the same run; with the process's resident memory before the
 * cases and its peak (as the kernel counts it, so synchronous spikes that a
 * timer could not sample are included).
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { test } from 'vitest';
import { exportSpecificationDocx } from '../../electron/services/docx';
import { Specification } from '../../shared/specification/model';
import { makeLargeSpecification } from '../support/large-specification';
import { recordComparison, toCase } from './record';

test('export: a 1,000-requirement specification to DOCX', async ({ bench }) => {
  const spec = Specification.parse(makeLargeSpecification(1000));
  const options = { language: 'sv' as const, guidanceAnnex: false, ssa: null, version: '1.0', date: new Date('2026-11-27T10:00:00Z') };
  const rows = spec.requirements.map((r) => [r.id, r.text.sv ?? '', r.obligation, r.verification.method ?? '']);
  const before = process.memoryUsage().rss;
  const baseline = 'baseline: docx Packer on 1,000 plain table rows';
  // Rows shaped like the export's (five cells, two paragraphs each) through docx's objects: what writing the
  // requirement tables as WordprocessingML text (electron/services/docx/prewritten.ts) saves.
  const shaped = 'docx Packer on 1,000 rows shaped like the export (5 cells × 2 paragraphs)';
  const shapedRows = spec.requirements.map((r) => [
    [r.id, r.id],
    [r.text.sv ?? '', r.standards.join(', ')],
    [r.obligation, r.level],
    [r.verification.method ?? '', r.verification.description ?? ''],
    ['☐ Ja', '☐ Nej'],
  ]);
  const exporter = 'exportSpecificationDocx (the whole tender document)';
  const results = await bench.compare(
      bench(baseline, async () => {
        const table = new Table({
          rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] })) })),
        });
        await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }));
      }),
      bench(shaped, async () => {
        const table = new Table({
          rows: shapedRows.map(
            (cells) =>
              new TableRow({
                tableHeader: false,
                children: cells.map((texts) => new TableCell({ children: texts.map((text) => new Paragraph({ children: [new TextRun(text)] })) })),
              }),
          ),
        });
        await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }));
      }),
      bench(exporter, async () => {
        await exportSpecificationDocx({ specification: spec, standards: [], options });
      }),
      { time: 4000, iterations: 5 },
    );
    await recordComparison('export-docx', {
      title: 'Exporting a 1,000-requirement specification to DOCX (per export)',
      baseline,
      cases: [toCase(results.get(baseline)), toCase(results.get(shaped)), toCase(results.get(exporter))],
      budgets: { median: '≤ 1 s', 'ratio to baseline': '≤ 1.5×' },
      extra: {
        'resident memory before the cases (MB)': Math.round(before / (1024 * 1024)),
        // maxRSS is in kilobytes.
        'peak resident memory during the run (MB)': Math.round(process.resourceUsage().maxRSS / 1024),
        requirements: spec.requirements.length,
      },
    });
});
