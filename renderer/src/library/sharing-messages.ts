/**
 * What went wrong with a shared pack or course file, in the UI language: the
 * file's name and the reason (translated from the problem code, with the
 * place in the file when the main process named one).
 */
import type { TFunction } from 'i18next';

export interface SharingError {
  message: string;
  file?: string;
  problem?: string;
  details?: { path: string; message: string }[];
}

/** The last part of a path or file name, for messages. */
export function fileNameOf(file: string | undefined): string {
  return file?.split(/[\\/]/).pop() ?? '';
}

/** The reason a file was refused, translated when its problem code is known. */
export function sharingReason(t: TFunction, problem: string | undefined, message: string, details?: { path: string; message: string }[]): string {
  const key = `sharing.reasons.${problem ?? ''}`;
  const translated = problem === undefined ? null : t(key, { defaultValue: '' });
  const where = details?.[0] === undefined ? '' : ` (${details[0].path}: ${details[0].message})`;
  return translated !== null && translated !== '' ? `${translated}${where}` : `${message}${where}`;
}

export function sharingErrorText(t: TFunction, error: unknown): { file: string; reason: string } {
  const e = error as SharingError;
  return { file: fileNameOf(e.file), reason: sharingReason(t, e.problem, e.message, e.details) };
}
