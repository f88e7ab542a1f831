/**
 * Exporting an open specification: where the response form goes (a file of
 * its own or the end of the specification), and choices remembered before
 * that choice existed.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appStateFileName, openAppStateStore } from '../../electron/services/app-state';
import { DocumentExports } from '../../electron/services/document-export';
import { exportSpecificationDocx } from '../../electron/services/docx';
import { TemplateLibraryStore } from '../../electron/services/template-library';
import type { ExportChoices } from '../../shared/export-choices';
import { loadSpecification, richFixturePath } from '../support/large-specification';
import { elements, readWordPackage, styleOf, textOf } from '../support/word-package';

const templatesDir = path.resolve(import.meta.dirname, '..', '..', 'templates');
const clock = { now: () => new Date('2026-11-28T09:00:00Z') };

describe('exporting from the app', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-document-export-'));
    await mkdir(path.join(dir, 'userData'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const exportsIn = async (): Promise<DocumentExports> =>
    new DocumentExports({
      appState: await openAppStateStore(path.join(dir, 'userData'), clock),
      templates: new TemplateLibraryStore({ shippedDir: templatesDir, userDataDir: path.join(dir, 'userData') }),
      clock,
    });
  const choices = (overrides: Partial<ExportChoices>): ExportChoices => ({ format: 'docx', language: 'sv', guidanceAnnex: false, responseForm: true, responseFormAppended: false, ssa: null, ...overrides });
  const formHeadings = async (file: string): Promise<string[]> =>
    elements(readWordPackage(new Uint8Array(await readFile(file))).body, 'w:p')
      .filter((paragraph) => styleOf(paragraph) === 'Heading1' && textOf(paragraph) === 'Svarsformulär')
      .map((paragraph) => textOf(paragraph));

  it('writes the response form as a file of its own, or at the end of the specification, as chosen', async () => {
    const spec = loadSpecification(richFixturePath);
    const exports = await exportsIn();
    const separate = await exports.run(spec, choices({}), path.join(dir, 'a.docx'), () => {});
    expect(separate.responseFormPath).toBe(path.join(dir, 'a – svarsformulär.docx'));
    expect(await formHeadings(path.join(dir, 'a.docx'))).toEqual([]);

    const appended = await exports.run(spec, choices({ responseFormAppended: true }), path.join(dir, 'b.docx'), () => {});
    expect(appended).toEqual({ path: path.join(dir, 'b.docx'), responseFormPath: null, files: [path.join(dir, 'b.docx')] });
    expect(await formHeadings(path.join(dir, 'b.docx'))).toEqual(['Svarsformulär']);
    expect(existsSync(path.join(dir, 'b – svarsformulär.docx'))).toBe(false);
    expect((await readdir(dir)).filter((name) => name.endsWith('.docx')).sort()).toEqual(['a – svarsformulär.docx', 'a.docx', 'b.docx']);

    // Without the form, the placement is ignored.
    await exports.run(spec, choices({ responseForm: false, responseFormAppended: true }), path.join(dir, 'c.docx'), () => {});
    expect(await formHeadings(path.join(dir, 'c.docx'))).toEqual([]);
    expect(exports.choices(spec)).toMatchObject({ responseForm: false, responseFormAppended: true });
  });

  it('reads choices remembered before the placement existed as a form in a file of its own', async () => {
    const spec = loadSpecification(richFixturePath);
    await (await exportsIn()).run(spec, choices({ responseFormAppended: true }), path.join(dir, 'a.docx'), () => {});
    const file = path.join(dir, 'userData', appStateFileName);
    const state = JSON.parse(await readFile(file, 'utf8')) as { exportChoices: Record<string, Record<string, unknown>> };
    for (const remembered of Object.values(state.exportChoices)) delete remembered['responseFormAppended'];
    await writeFile(file, JSON.stringify(state));
    expect((await exportsIn()).choices(spec)).toEqual(choices({}));
  });

  it('reads choices remembered before formats existed as DOCX, and falls back to DOCX for a format no longer offered', async () => {
    const spec = loadSpecification(richFixturePath);
    await (await exportsIn()).run(spec, choices({ guidanceAnnex: true }), path.join(dir, 'a.docx'), () => {});
    const file = path.join(dir, 'userData', appStateFileName);
    const rewrite = async (change: (remembered: Record<string, unknown>) => void): Promise<void> => {
      const state = JSON.parse(await readFile(file, 'utf8')) as { exportChoices: Record<string, Record<string, unknown>> };
      for (const remembered of Object.values(state.exportChoices)) change(remembered);
      await writeFile(file, JSON.stringify(state));
    };
    await rewrite((remembered) => delete remembered['format']);
    expect((await exportsIn()).choices(spec)).toEqual(choices({ guidanceAnnex: true }));
    await rewrite((remembered) => (remembered['format'] = 'retired-format'));
    expect((await exportsIn()).choices(spec)).toEqual(choices({ guidanceAnnex: true }));
  });

  it('keeps the specification whole when the form follows it: the same text up to the form', async () => {
    const spec = loadSpecification(richFixturePath);
    const options = { language: 'sv' as const, guidanceAnnex: false, ssa: null, version: '1.0', date: clock.now() };
    const alone = readWordPackage(await exportSpecificationDocx({ specification: spec, standards: [], options }));
    const withForm = readWordPackage(await exportSpecificationDocx({ specification: spec, standards: [], options: { ...options, appendResponseForm: true } }));
    const body = (word: typeof alone): string[] => elements(word.body, 'w:p').map((paragraph) => textOf(paragraph));
    const before = body(withForm);
    const formAt = before.indexOf('Svarsformulär');
    // The contents gain the form's entries; everything after them is the specification unchanged.
    const afterContents = (texts: string[]): string[] => {
      const start = texts.indexOf('1 Inledning', texts.indexOf('Innehåll') + 1);
      expect(start).toBeGreaterThan(0);
      return texts.slice(start);
    };
    expect(formAt).toBeGreaterThan(0);
    expect(afterContents(before.slice(0, formAt)).length).toBeGreaterThan(50);
    expect(afterContents(before.slice(0, formAt))).toEqual(afterContents(body(alone)));
  });
});
