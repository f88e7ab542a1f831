/**
 * Reading a template pack file (shipped, or imported by a user): the same
 * guards as documents, then the pack format. Problems name the JSON path.
 */
import { templatePackBudget } from '../file-reading/budget';
import { readJsonBytes } from '../file-reading/json-bytes';
import { documentProblem, invalidDocumentProblem, type DocumentProblem } from '../file-reading/problem';
import { TemplatePack, templateFormat, templateFormatVersion } from './model';

export const maxPackBytes = 10 * 1024 * 1024;

export type PackReadResult = { ok: true; pack: TemplatePack } | { ok: false; problem: DocumentProblem };

export function parseTemplatePackBytes(bytes: Uint8Array): PackReadResult {
  const json = readJsonBytes(bytes, maxPackBytes, 'a template pack', templatePackBudget);
  if (!json.ok) return json;
  const value = json.value as { format?: unknown; formatVersion?: unknown } | null;
  if (value === null || typeof value !== 'object' || value.format !== templateFormat) {
    return { ok: false, problem: documentProblem('wrong-format', `The file is not a Kravstudio template pack ("format" is not "${templateFormat}").`, [{ path: '$.format', message: `Expected "${templateFormat}"` }]) };
  }
  if (typeof value.formatVersion === 'number' && value.formatVersion > templateFormatVersion) {
    return { ok: false, problem: documentProblem('newer-version', `The pack uses format version ${value.formatVersion}; this Kravstudio reads version ${templateFormatVersion}.`, [{ path: '$.formatVersion', message: 'Made by a newer Kravstudio' }]) };
  }
  const parsed = TemplatePack.safeParse(json.value);
  if (!parsed.success) return { ok: false, problem: invalidDocumentProblem(parsed.error, 'The template pack') };
  return { ok: true, pack: parsed.data };
}
