/**
 * Importing a 150-page Word specification (1,000 requirements in 50 tables,
 * with headings and prose between them), against unzipping it with fflate
 * and parsing its document.xml with fast-xml-parser in the same run: what
 * the import costs beyond reading the XML at all. Budget (issue 15): ≤ 2 s.
 */
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { test } from 'vitest';
import { importWordDocument } from '../../shared/import/word';
import { heading, paragraph, table, wordDocument } from '../support/word-builder';
import { recordComparison, toCase } from './record';

/** 50 chapters, each with a heading, two prose paragraphs and a table of 20 requirements: about 150 pages in Word. */
function largeWordSpecification(): Uint8Array {
  const chapters: string[] = [];
  for (let chapter = 1; chapter <= 50; chapter += 1) {
    const rows = [['Nr', 'Krav', 'Ska/Bör', 'Verifiering']];
    for (let row = 1; row <= 20; row += 1) {
      const number = `${chapter}.${row}`;
      rows.push([
        number,
        `Leverantören ska säkerställa att tjänsten i område ${chapter} uppfyller krav ${number} under hela avtalstiden, med dokumenterade rutiner för uppföljning, se ${chapter}.1.\nAvvikelser ska rapporteras till beställaren inom fem arbetsdagar.`,
        row % 4 === 0 ? 'Bör' : 'Ska',
        'Beskriv hur kravet uppfylls och bifoga rutinbeskrivning.',
      ]);
    }
    chapters.push(
      heading(1, `Område ${chapter}`),
      paragraph(`Det här avsnittet beskriver kraven på område ${chapter}. Kraven gäller under hela avtalstiden och följs upp vid avtalsmöten.`),
      paragraph('Leverantören ska i sitt anbud besvara varje krav och ange var i anbudet svaret finns.'),
      table(rows),
    );
  }
  return wordDocument(chapters.join(''));
}

test('import: a 150-page Word specification with 1,000 requirements', async ({ bench }) => {
  const docx = largeWordSpecification();
  const baseline = 'baseline: fflate unzip + fast-xml-parser on word/document.xml';
  const importer = 'importWordDocument (sections, prose, 1,000 requirements, report)';
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false });
  const now = new Date('2026-12-07T10:00:00Z');
  const results = await bench.compare(
    bench(baseline, () => {
      const files = unzipSync(docx, { filter: (file) => file.name === 'word/document.xml' });
      parser.parse(strFromU8(files['word/document.xml'] ?? new Uint8Array()));
    }),
    bench(importer, () => {
      importWordDocument(docx, { language: 'sv', id: '00000000-0000-4000-8000-000000000001', now, fallbackTitle: 'Bench' });
    }),
    { time: 4000, iterations: 5 },
  );
  const check = importWordDocument(docx, { language: 'sv', id: '00000000-0000-4000-8000-000000000001', now, fallbackTitle: 'Bench' });
  await recordComparison('import-docx', {
    title: 'Importing a 150-page Word specification with 1,000 requirements (per import)',
    baseline,
    cases: [toCase(results.get(baseline)), toCase(results.get(importer))],
    budgets: { median: '≤ 2 s' },
    extra: {
      'DOCX size (kB)': Math.round(docx.byteLength / 1024),
      requirements: check.report.requirements,
      sections: check.report.sections,
      'peak resident memory during the run (MB)': Math.round(process.resourceUsage().maxRSS / 1024),
    },
  });
});
