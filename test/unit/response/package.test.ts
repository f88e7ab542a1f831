import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/response/fingerprint';
import { readResponseBytes, writeResponseBytes } from '../../../shared/response/package';
import { unsafeEntryName } from '../../../shared/file-reading/zip-entries';
import { goodAnswers, responseTo, smallTender } from '../../support/supplier-responses';

const report = new TextEncoder().encode('%PDF-1.7 penetration test');
const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

function withAttachment() {
  const response = responseTo(smallTender(), 'Molnbyrån AB', { ...goodAnswers(), R5: { kind: 'attachment', file: { fileName: 'pentest.pdf', sha256: sha256Hex(report) } } }, 900_000);
  return response;
}

describe('the .kravsvar package', () => {
  it('reads back what it writes, attachments included', () => {
    const response = withAttachment();
    const bytes = writeResponseBytes(response, new Map([['pentest.pdf', report]]));
    const read = readResponseBytes(bytes, 'svar.kravsvar');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.response).toEqual(response);
    expect(read.attachments.get('pentest.pdf')).toEqual(report);
  });

  it('refuses an attachment changed after the response was made, naming the file and the attachment', () => {
    const response = withAttachment();
    const bytes = zipSync({ 'response.json': encode(response), 'attachments/pentest.pdf': new TextEncoder().encode('something else') });
    const read = readResponseBytes(bytes, 'svar.kravsvar');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem.code).toBe('attachment-hash-mismatch');
    expect(read.problem.message).toMatch(/^svar\.kravsvar: .*"pentest\.pdf".*SHA-256/);
  });

  it.each([
    ['../../etc/passwd', 'unsafe-name'],
    ['/abs.txt', 'unsafe-name'],
    ['attachments\\..\\x', 'unsafe-name'],
    ['attachments/a\u0000b', 'unsafe-name'],
    ['C:/windows.txt', 'unsafe-name'],
    ['other/file.txt', 'unexpected-entry'],
  ])('refuses the entry name %j', (name, code) => {
    const bytes = zipSync({ 'response.json': encode(responseTo(smallTender(), 'X', goodAnswers())), [name]: new Uint8Array([1]) });
    const read = readResponseBytes(bytes, 'svar.kravsvar');
    expect(read.ok ? null : read.problem.code).toBe(code);
  });

  it('tells a plain name from a path', () => {
    expect(unsafeEntryName('attachments/report.pdf')).toBeNull();
    expect(unsafeEntryName('attachments/../x')).toMatch(/\.\./);
  });

  it('refuses a zip bomb before inflating it all', () => {
    const bomb = zipSync({ 'response.json': encode(responseTo(smallTender(), 'X', goodAnswers())), 'attachments/zeros.bin': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(40_000);
    const read = readResponseBytes(bomb, 'bomb.kravsvar');
    expect(read.ok ? null : read.problem.code).toBe('zip-bomb');
    expect(read.ok ? '' : read.problem.message).toMatch(/^bomb\.kravsvar: /);
  });

  it('refuses 10,000-deep JSON by the parse budget, and a file that is not a zip', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const read = readResponseBytes(zipSync({ 'response.json': new TextEncoder().encode(deep) }), 'deep.kravsvar');
    expect(read.ok ? null : read.problem.code).toBe('unreadable-response-json');
    expect(read.ok ? '' : read.problem.message).toMatch(/^deep\.kravsvar: response\.json: .*nested/);
    const notZip = readResponseBytes(new TextEncoder().encode('{}'), 'x.kravsvar');
    expect(notZip.ok ? null : notZip.problem.code).toBe('not-zip');
  });

  it('refuses to write an answer that names an attachment not given', () => {
    expect(() => writeResponseBytes(withAttachment())).toThrow(/pentest\.pdf/);
  });
});
