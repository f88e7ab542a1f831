/**
 * PDF export with the LibreOffice on this computer, as a reader gets it: the
 * requirement texts are all there, the table of contents has a page number on
 * every line and each points at the page where its heading is, PDF/A-2b is
 * claimed when asked, and no word in any table is broken across lines — long
 * Norwegian and Swedish compounds with slashes and hyphens included. Skipped,
 * saying why, only where LibreOffice is not installed (never in CI, which
 * installs it). Set KRAVSTUDIO_KEEP_PDF to a folder to keep the files.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentExports } from '../../electron/services/document-export';
import { docxFormat } from '../../electron/services/export-formats/docx';
import { builtInExportFormats } from '../../electron/services/export-formats/registry';
import { locateLibreOffice } from '../../electron/services/libreoffice/locate';
import type { ExportChoices } from '../../shared/export-choices';
import type { DocumentLanguage, Specification } from '../../shared/specification/model';
import { loadSpecification, richFixturePath } from '../support/large-specification';
import { elements, readWordPackage, textOf } from '../support/word-package';

const exec = promisify(execFile);
const location = locateLibreOffice({ env: process.env, platform: process.platform });
const runs = location.found || process.env['CI'] !== undefined;
const keep = process.env['KRAVSTUDIO_KEEP_PDF'];
const clock = { now: () => new Date('2026-11-28T09:00:00Z') };
/** No column is widened for a word longer than this (see tables.ts): such a word may have to break, so it is not checked. */
const longestUnbreakable = 23;

/** Compounds that broke mid-word before, and long ones beside them, in a narrow column and in the requirement text. */
const compounds: Record<'sv' | 'nb', { verification: string; sentence: string }> = {
  nb: {
    verification: 'Demonstrasjon av autentisering/signering, e-tjenester og tilgangsstyring.',
    sentence: 'Løsningen skal støtte autentisering/signering, e-tjenester, tjenesteleverandørens sikkerhetsdokumentasjon og arkivuttrekk/avlevering.',
  },
  sv: {
    verification: 'Demonstration av behörighetsstyrning/loggning och e-tjänster.',
    sentence: 'Tjänsten ska stödja e-arkiv/e-tjänster, ärendehanteringssystem, informationssäkerhetsklassning och autentisering/signering.',
  },
};

function withCompounds(specification: Specification, language: 'sv' | 'nb'): Specification {
  const copy = structuredClone(specification);
  for (const requirement of copy.requirements) {
    requirement.text = { ...requirement.text, [language]: `${requirement.text[language] ?? ''} ${compounds[language].sentence}` };
    requirement.verification = { ...requirement.verification, description: compounds[language].verification };
  }
  return copy;
}

interface Rendered {
  specification: Specification;
  language: DocumentLanguage;
  /** The PDF's text, page by page. */
  pages: string[];
  /** Every word in a table cell of the DOCX the PDF was made from, as often as it is there. */
  tableWords: string[];
  pdf: string;
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');
/** Set after a slash between letters, so that a compound breaks there (see tables.ts). */
const zeroWidthSpace = '\u200b';
/** The letters of a word, without the punctuation around it. */
const bare = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

describe.runIf(runs)('PDF through LibreOffice', () => {
  let dir: string;
  const rendered = new Map<string, Rendered>();

  beforeAll(async () => {
    dir = keep ?? (await mkdtemp(path.join(os.tmpdir(), 'kravstudio-pdf-test-')));
    await mkdir(dir, { recursive: true });
    const exports = new DocumentExports({ clock, formats: builtInExportFormats() });
    const jobs: { name: string; specification: Specification; choices: ExportChoices }[] = [
      {
        name: 'rich-sv',
        specification: withCompounds(loadSpecification(richFixturePath), 'sv'),
        choices: { format: 'pdf', language: 'sv', guidanceAnnex: false, responseForm: true, responseFormAppended: true, ssa: null },
      },
      {
        name: 'norwegian-nb-pdfa',
        specification: withCompounds(loadSpecification(path.join(path.dirname(richFixturePath), 'norwegian.kravspec')), 'nb'),
        choices: { format: 'pdf', language: 'nb', guidanceAnnex: false, responseForm: false, responseFormAppended: false, ssa: 'SSA-L', pdfa: true },
      },
    ];
    for (const job of jobs) {
      const pdf = path.join(dir, `${job.name}.pdf`);
      await exports.run(job.specification, job.choices, pdf, () => undefined);
      // -raw: in the order drawn (cell by cell), and without joining a word hyphenated at a line's end.
      const { stdout } = await exec('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
      const [docx] = await docxFormat.write({ specification: job.specification, choices: { ...job.choices, format: 'docx' }, library: null, date: clock.now() }, { signal: new AbortController().signal, onProgress: () => undefined });
      if (docx === undefined) throw new Error('no DOCX');
      if (keep !== undefined) await writeFile(path.join(dir, `${job.name}.docx`), docx.bytes);
      const cells = elements(readWordPackage(docx.bytes).body, 'w:tc');
      const tableWords = cells.flatMap((cell) => elements(cell, 'w:p').flatMap((paragraph) => textOf(paragraph).replaceAll(zeroWidthSpace, '').split(/\s+/))).filter((word) => word !== '');
      rendered.set(job.name, { specification: job.specification, language: job.choices.language, pages: stdout.replaceAll(zeroWidthSpace, '').split('\f'), tableWords, pdf });
    }
  }, 600_000);
  afterAll(async () => {
    if (keep === undefined && dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it.each(['rich-sv', 'norwegian-nb-pdfa'])('%s: every requirement text is in the PDF', (name) => {
    const { specification, language, pages } = rendered.get(name) as Rendered;
    const text = squeeze(pages.join(''));
    // The parameters ({users}) are printed with their values: the text around them is what is looked for.
    const missing = specification.requirements
      .map((requirement) => requirement.text[language] ?? '')
      .filter((requirement) => requirement.split(/\{[^}]*\}/).some((fragment) => !text.includes(squeeze(fragment))));
    expect(missing).toEqual([]);
  });

  it.each(['rich-sv', 'norwegian-nb-pdfa'])('%s: every line of the table of contents ends with the page its heading is on', (name) => {
    const { pages } = rendered.get(name) as Rendered;
    const contents = pages.flatMap((page, index) => page.split('\n').map((line) => ({ line: line.trim(), page: index + 1 }))).filter(({ line }) => /\.{5,}/.test(line));
    expect(contents.length).toBeGreaterThan(5);
    const withoutNumber = contents.filter(({ line }) => !/\.{5,}\s*\d+$/.test(line));
    expect(withoutNumber).toEqual([]);
    const tocPages = new Set(contents.map(({ page }) => page));
    // In order: the response form repeats some chapter titles after the specification's.
    let from = Math.max(...tocPages);
    for (const { line } of contents) {
      const match = /^(.*?)\s*\.{5,}\s*(\d+)$/.exec(line);
      const [title, target] = [match?.[1] ?? '', Number(match?.[2])];
      const heading = pages.findIndex((page, index) => index + 1 >= from && !tocPages.has(index + 1) && page.split('\n').some((pageLine) => pageLine.trim() === title));
      expect({ title, page: heading + 1 }).toEqual({ title, page: target });
      from = Math.max(from, heading + 1);
    }
  });

  it.each(['rich-sv', 'norwegian-nb-pdfa'])('%s: no word in a table is broken across lines', (name) => {
    const { pages, tableWords } = rendered.get(name) as Rendered;
    const tokens = pages.join('\n').split(/\s+/);
    // How often each word is printed whole: on one line, or (as a typesetter may) broken after one of its hyphens
    // or dashes, "e-" | "tjenester", "07:00–" | "18:00", or after the slash of a compound, "autentisering/" | "signering".
    const printed = new Map<string, number>();
    const count = (word: string): void => void printed.set(word, (printed.get(word) ?? 0) + 1);
    tokens.forEach((token, index) => {
      count(token);
      let joined = token;
      for (let next = index + 1; /[-/\u2013\u2014]$/.test(joined) && next < tokens.length; next += 1) {
        joined += tokens[next] ?? '';
        count(joined);
      }
    });
    const inTables = new Map<string, number>();
    for (const word of tableWords) inTables.set(word, (inTables.get(word) ?? 0) + 1);
    expect(inTables.size).toBeGreaterThan(100);
    // The compounds in the narrow verification column are among the words checked.
    expect([...inTables.keys()].filter((word) => /^(autentisering\/signering|behörighetsstyrning\/loggning)/.test(word)).length).toBeGreaterThan(0);
    // A word longer than any column without a hyphen or slash to break at (an address) has to break somewhere.
    const broken = [...inTables]
      .filter(([word]) => bare(word).length <= longestUnbreakable || /[-/\u2013\u2014]/.test(word))
      .filter(([word, times]) => (printed.get(word) ?? 0) < times)
      .map(([word]) => word);
    expect(broken).toEqual([]);
  });

  it('claims PDF/A-2b when asked, and only then', async () => {
    const meta = async (name: string) => (await exec('pdfinfo', ['-meta', (rendered.get(name) as Rendered).pdf])).stdout;
    const archived = await meta('norwegian-nb-pdfa');
    expect(archived).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(archived).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(await meta('rich-sv')).not.toMatch(/pdfaid:part/);
    expect((await readFile((rendered.get('rich-sv') as Rendered).pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe.skipIf(runs)('PDF through LibreOffice', () => {
  it('is skipped: LibreOffice (soffice) is not installed here; install it or set KRAVSTUDIO_SOFFICE to run these tests', () => undefined);
});
