/** A Word file on disk: imported when it is one, refused with its own name and the reason when not. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importWordFile, WordFileImportError } from '../../../electron/services/import/word-file';
import { defaultWordImportLimits } from '../../../shared/import/word';
import { heading, paragraph, wordDocument } from '../../support/word-builder';

const options = { language: 'sv' as const, id: '0b7e1c7e-5d2a-4c55-8f61-2a0f0c6f4e11', now: new Date('2026-12-07T12:00:00Z') };

describe('importWordFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-word-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('imports a .docx, titled by its file name when the document names no title', async () => {
    const file = path.join(dir, 'Kravspecifikation 2026.docx');
    await writeFile(file, wordDocument(heading(1, 'Bakgrund') + paragraph('Kommunen behöver ett nytt system.')));
    const { specification, report } = await importWordFile(file, options);
    expect(specification.title).toBe('Kravspecifikation 2026');
    expect(specification.sections[0]?.intro?.['sv']).toBe('Kommunen behöver ett nytt system.');
    expect(report.sections).toBe(1);
  });

  it('names the file and the reason when it is not a Word document or too large', async () => {
    const text = path.join(dir, 'anteckningar.docx');
    await writeFile(text, 'bara text');
    const refusal = importWordFile(text, options);
    await expect(refusal).rejects.toBeInstanceOf(WordFileImportError);
    await expect(refusal).rejects.toMatchObject({ code: 'not-zip', message: 'anteckningar.docx: The file is not a Word document (.docx): it is not a zip package.' });
    const large = path.join(dir, 'stor.docx');
    await writeFile(large, new Uint8Array(2048));
    await expect(importWordFile(large, { ...options, limits: { ...defaultWordImportLimits, maxFileBytes: 1024 } })).rejects.toMatchObject({ code: 'too-large', message: expect.stringContaining('stor.docx') });
  });
});
