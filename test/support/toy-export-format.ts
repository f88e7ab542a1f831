/**
 * A format that exists only in the tests: a plain-text list of the
 * requirement ids, and with the response form a second list with a line to
 * answer each. It proves that adding a format touches nothing but the
 * registry the dialog, the handlers and the CLI are given.
 */
import type { ExportFile, ExportFormat } from '../../electron/services/export-formats/format';
import { builtInFormats, ExportFormatRegistry } from '../../electron/services/export-formats/registry';

const encoder = new TextEncoder();

export const toyFormat: ExportFormat = {
  id: 'idlist',
  extension: 'txt',
  mimeType: 'text/plain',
  name: { sv: 'Lista med krav-id (text)', nb: 'Liste med krav-id (tekst)', en: 'Requirement id list (text)' },
  description: { sv: 'Kravens id, ett per rad.', nb: 'Kravenes id, ett per linje.', en: 'The ids of the requirements, one a line.' },
  choices: ['responseForm'],
  availability: async () => ({ available: true }),
  async write(job, hooks) {
    const ids = job.specification.requirements.map((requirement) => requirement.id);
    hooks.onProgress(0.5);
    if (hooks.signal.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
    const files: ExportFile[] = [{ part: 'document', suffix: null, bytes: encoder.encode(`${ids.join('\n')}\n`) }];
    if (job.choices.responseForm) files.push({ part: 'responseForm', suffix: 'answers', bytes: encoder.encode(ids.map((id) => `${id}: \n`).join('')) });
    return files;
  },
};

/** The shipped formats and the toy one. */
export function registryWithToyFormat(): ExportFormatRegistry {
  return new ExportFormatRegistry([...builtInFormats, toyFormat]);
}
