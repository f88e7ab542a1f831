/**
 * The exported DOCX read as a reader would, by another program: LibreOffice
 * converts it to PDF without error, and the PDF's text has every requirement
 * (number and text) and the page footer. Runs wherever LibreOffice is
 * installed, and always in CI (.ci/run installs it).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportResponseFormDocx, exportSpecificationDocx } from '../../electron/services/docx';
import { TemplateLibraryStore } from '../../electron/services/template-library';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import type { Specification } from '../../shared/specification/model';
import { fillParameters } from '../../shared/templates/instantiate';

const exec = promisify(execFile);
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((candidate) => existsSync(candidate));
const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
const templatesDir = path.resolve(import.meta.dirname, '..', '..', 'templates');

/** Words compared without line breaks or repeated spaces, as PDF text extraction returns them. */
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** Letters and digits only: a line break inside "REST-API" must not hide the text. */
const compact = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');

async function toPdfText(docx: Uint8Array, dir: string, name: string): Promise<string> {
  const file = path.join(dir, `${name}.docx`);
  await writeFile(file, docx);
  await exec(soffice ?? 'soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, file], {
    timeout: 120_000,
  });
  const pdf = path.join(dir, `${name}.pdf`);
  expect(existsSync(pdf), 'LibreOffice wrote no PDF').toBe(true);
  const { stdout } = await exec('pdftotext', [pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return normalise(stdout);
}

describe.runIf(soffice !== undefined || process.env['CI'] !== undefined)('DOCX opened by LibreOffice', () => {
  let dir: string;
  let spec: Specification;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-lo-'));
    const parsed = parseSpecificationBytes(await readFile(path.join(fixtures, 'rich.kravspec')));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    spec = parsed.specification;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('converts to PDF, and the PDF has every requirement and "Sida X av Y" in the footer', async () => {
    const library = await new TemplateLibraryStore({ shippedDir: templatesDir, userDataDir: dir }).load();
    const docx = await exportSpecificationDocx({
      specification: spec,
      standards: library.standards,
      library,
      options: { language: 'sv', guidanceAnnex: true, ssa: null, version: '1.0', date: new Date('2026-11-27T10:00:00Z') },
    });
    const text = await toPdfText(docx, dir, 'specification');
    for (const requirement of spec.requirements) {
      const values = Object.fromEntries(requirement.parameters.map((p) => [p.name, p.value === null ? null : String(p.value)]));
      const expected = normalise(fillParameters(requirement.text.sv ?? '', values));
      // The first words are enough to find it; a table cell may wrap anywhere after them.
      const start = expected.split(' ').slice(0, 6).join(' ');
      expect(text, requirement.id).toContain(requirement.id);
      expect(compact(text), `${requirement.id}: ${start}`).toContain(compact(start));
    }
    expect(text).toMatch(/Sida 1 av \d+/);
    // Narrow columns are widened to fit their longest word, so no word breaks mid-word ("Handläggar|e").
    for (const word of spec.needs.flatMap((need) => need.who.split(/\s+/))) {
      for (let at = 1; at < word.length; at += 1) expect(text, word).not.toContain(`${word.slice(0, at)} ${word.slice(at)}`);
    }
  }, 180_000);

  it('the response form converts too and lists every requirement', async () => {
    const docx = await exportResponseFormDocx({
      specification: spec,
      standards: [],
      options: { language: 'en', guidanceAnnex: false, ssa: null, version: '1.0', date: new Date('2026-11-27T10:00:00Z') },
    });
    const text = await toPdfText(docx, dir, 'response');
    for (const requirement of spec.requirements) expect(text, requirement.id).toContain(requirement.id);
    expect(text).toMatch(/Page 1 of \d+/);
    // The answer fields show their placeholders and the tick boxes their boxes.
    expect(text).toContain('Type here');
    expect(text).toContain('☐ Yes');
  }, 180_000);

  it('a Norwegian cover holds the whole SSA-D appendix list on its page', async () => {
    const parsed = parseSpecificationBytes(await readFile(path.join(fixtures, 'norwegian.kravspec')));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const docx = await exportSpecificationDocx({
      specification: parsed.specification,
      standards: [],
      options: { language: 'nb', guidanceAnnex: false, ssa: 'SSA-D', version: '1.0', date: new Date('2026-11-27T10:00:00Z') },
    });
    await toPdfText(docx, dir, 'bilag1');
    const { stdout } = await exec('pdftotext', ['-f', '1', '-l', '1', path.join(dir, 'bilag1.pdf'), '-']);
    const cover = normalise(stdout);
    expect(cover).toContain('Bilag 1 – Kundens kravspesifikasjon');
    expect(cover).toContain('Bilag 10 Standardvilkår for tredjepartsleveranser');
    expect(cover).toContain('Listen følger versjon 2015');
    expect(cover).toContain('Bilagsnumrene følger SSA-D');
  }, 180_000);

  it('the specification with the response form at its end converts, with every requirement in both parts', async () => {
    const docx = await exportSpecificationDocx({
      specification: spec,
      standards: [],
      options: { language: 'sv', guidanceAnnex: false, ssa: null, version: '1.0', date: new Date('2026-11-27T10:00:00Z'), appendResponseForm: true },
    });
    const text = await toPdfText(docx, dir, 'together');
    // The last "Svarsformulär" is the form's heading (the first is its line in the contents).
    const form = text.lastIndexOf('Svarsformulär');
    expect(form, 'the form’s heading').toBeGreaterThan(0);
    for (const requirement of spec.requirements) {
      expect(text.slice(0, form), requirement.id).toContain(requirement.id);
      expect(text.slice(form), requirement.id).toContain(requirement.id);
    }
    expect(text).toMatch(/Sida 1 av \d+/);
  }, 180_000);
});
