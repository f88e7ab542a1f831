/**
 * The exported documents of every readable fixture, word for word: each
 * document's word/document.xml (and the separate response form's) is compared
 * with a committed copy in test/fixtures/exports/, after replacing
 * relationship ids and other generated ids with stable ones. A change to the
 * export's output fails here until the copies are regenerated on purpose:
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/unit/docx/golden-documents.test.ts
 *
 * and the diff of test/fixtures/exports/ is reviewed and committed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportResponseFormDocx, exportSpecificationDocx, type ExportInput, type ExportOptions } from '../../../electron/services/docx';
import { parseSpecificationBytes } from '../../../shared/specification/document-file';
import type { Specification } from '../../../shared/specification/model';
import { unzipParts } from '../../support/word-package';
import { fixturesDir, shippedLibrary } from './fixtures';

const goldenDir = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'exports');
const update = process.env['UPDATE_GOLDEN'] === '1';

/** The fixtures that read as specifications (the others exist to test bad files). */
function readableFixtures(): { name: string; specification: Specification }[] {
  return readdirSync(fixturesDir)
    .filter((file) => file.endsWith('.kravspec'))
    .sort()
    .flatMap((file) => {
      const result = parseSpecificationBytes(readFileSync(path.join(fixturesDir, file)));
      return result.ok ? [{ name: file.replace(/\.kravspec$/, ''), specification: result.specification }] : [];
    })
    .flatMap((fixture) => (fixture.name === 'rich' ? [fixture, { name: 'rich-untitled-section', specification: withUntitledSection(fixture.specification) }] : [fixture]));
}

/** The rich fixture with one section renamed to nothing in every language: how its heading reads. */
function withUntitledSection(specification: Specification): Specification {
  const copy = structuredClone(specification);
  const section = copy.sections.find((candidate) => candidate.parentId !== null) ?? copy.sections[0];
  if (section !== undefined) section.title = { sv: '', en: '  ' };
  return copy;
}

/** Numbers ids in order of first appearance, so that only where they are used matters, not their values. */
function renumber(xml: string, pattern: RegExp, name: (index: number, ...groups: string[]) => string): string {
  const seen = new Map<string, number>();
  return xml.replace(pattern, (_match, ...groups: unknown[]) => {
    const parts = groups.filter((group): group is string => typeof group === 'string');
    const id = parts[parts.length - 1] ?? '';
    let index = seen.get(id);
    if (index === undefined) {
      index = seen.size + 1;
      seen.set(id, index);
    }
    return name(index, ...parts);
  });
}

/**
 * Relationship ids, GUIDs and the ids the docx package counts up across a
 * whole process (bookmarks, tables-of-contents anchors, content controls)
 * vary between runs; nothing else may.
 */
function normalise(xml: string): string {
  let out = renumber(xml, /r:(id|embed)="([^"]*)"/g, (index, attribute = 'id') => `r:${attribute}="rel${index}"`);
  out = renumber(out, /_Toc(\d+)/g, (index) => `_Toc${index}`);
  out = renumber(out, /w:id="(-?\d+)"/g, (index) => `w:id="${index}"`);
  return out.replace(/[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/g, 'GUID').replace(/><(?!\/)/g, '>\n<');
}

function documentXml(bytes: Uint8Array): string {
  const xml = unzipParts(bytes).get('word/document.xml');
  if (xml === undefined) throw new Error('The package has no word/document.xml');
  return normalise(xml);
}

function compare(file: string, actual: string): void {
  const goldenPath = path.join(goldenDir, file);
  if (update || !existsSync(goldenPath)) {
    if (!update) throw new Error(`No golden copy ${file}; run with UPDATE_GOLDEN=1 to write it`);
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(goldenPath, actual);
    return;
  }
  const golden = readFileSync(goldenPath, 'utf8').split('\n');
  const lines = actual.split('\n');
  const first = lines.findIndex((line, index) => line !== golden[index]);
  const at = first === -1 && lines.length !== golden.length ? Math.min(lines.length, golden.length) : first;
  // The first line that differs, rather than two megabytes of XML.
  expect(at === -1 ? null : { line: at + 1, golden: golden[at], now: lines[at] }, `${file} differs from its golden copy`).toBeNull();
}

const variants: { name: string; options: Pick<ExportOptions, 'guidanceAnnex' | 'appendResponseForm'> }[] = [
  { name: 'plain', options: { guidanceAnnex: false, appendResponseForm: false } },
  { name: 'guidance-appended', options: { guidanceAnnex: true, appendResponseForm: true } },
];

describe('the exported documents of the fixtures', () => {
  for (const { name, specification } of readableFixtures()) {
    for (const language of specification.languages) {
      it(`${name} in ${language}`, async () => {
        const library = await shippedLibrary();
        const input = (options: Pick<ExportOptions, 'guidanceAnnex' | 'appendResponseForm'>): ExportInput => ({
          specification,
          standards: library.standards,
          library,
          options: {
            language,
            ssa: specification.jurisdiction === 'no' ? 'SSA-D' : null,
            version: '1.0',
            date: new Date('2026-11-27T10:00:00Z'),
            ...options,
          },
        });
        for (const variant of variants) {
          compare(`${name}.${language}.${variant.name}.document.xml`, documentXml(await exportSpecificationDocx(input(variant.options))));
        }
        compare(`${name}.${language}.response-form.document.xml`, documentXml(await exportResponseFormDocx(input(variants[0]?.options ?? { guidanceAnnex: false }))));
      });
    }
  }
});
