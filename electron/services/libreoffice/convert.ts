/**
 * Converting a DOCX to PDF with LibreOffice, headless: in a private temporary
 * folder with its own LibreOffice profile (so a LibreOffice the user has open
 * is neither used nor disturbed), stopped and killed when it takes too long
 * or the user cancels, and the PDF read back with a size limit.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { KravstudioError } from '../../../shared/errors';
import { readRegularFile } from '../file-system';
import { macroLibrary, macroModule, macroName, profileFiles } from './macro';

/** PDF 1.6 for reading and printing, or PDF/A-2b for archiving. */
export type PdfVersion = 'pdf' | 'pdfa-2b';

export interface ConvertOptions {
  /** The `soffice` program (see locate.ts). */
  program: string;
  version: PdfVersion;
  signal: AbortSignal;
  /** After this long LibreOffice is killed and the export fails; two minutes unless given. */
  timeoutMs?: number;
  /** A larger PDF is refused; 512 MB unless given. */
  maxBytes?: number;
}

const defaultTimeoutMs = 120_000;
const defaultMaxBytes = 512 * 1024 * 1024;
/** What is kept of LibreOffice's own output, for the error message: the end of it. */
const keptOutput = 2000;

/** The value LibreOffice's PDF filter takes for SelectPdfVersion. */
const selectPdfVersion: Record<PdfVersion, number> = { pdf: 0, 'pdfa-2b': 2 };

function conversionError(message: string): KravstudioError {
  return new KravstudioError({ code: 'IO_FAILED', message: `LibreOffice could not convert the document to PDF: ${message}`, problem: 'libreoffice' });
}

/** The arguments of one headless conversion; the paths go in as file URLs, which have no quotes in them. */
export function conversionArguments(work: string): string[] {
  const url = (name: string): string => pathToFileURL(path.join(work, name)).href;
  return [
    '--headless',
    '--invisible',
    '--nologo',
    '--norestore',
    '--nodefault',
    '--nolockcheck',
    `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
  ].concat(`macro:///${macroLibrary}.${macroModule}.${macroName}("${url('document.docx')}","${url('document.pdf')}","${url('failure.txt')}",VERSION)`);
}

/** Kills LibreOffice with whatever it started (its launcher starts the real program as a child). */
function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Runs LibreOffice to its end; rejects when it fails to start, is killed, or is cancelled. */
function run(program: string, args: readonly string[], options: { signal: AbortSignal; timeoutMs: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-keptOutput);
    };
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32', windowsHide: true });
    let stopped: 'timeout' | 'cancelled' | null = null;
    const stop = (why: 'timeout' | 'cancelled'): void => {
      stopped ??= why;
      killTree(child.pid);
    };
    const timer = setTimeout(() => stop('timeout'), options.timeoutMs);
    const onAbort = (): void => stop('cancelled');
    options.signal.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const finish = (): void => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
    };
    child.on('error', (error) => {
      finish();
      reject(conversionError(`${program} could not be started (${(error as NodeJS.ErrnoException).code ?? error.message}).`));
    });
    child.on('close', (code) => {
      finish();
      if (stopped === 'cancelled') reject(new DOMException('The export was cancelled.', 'AbortError'));
      else if (stopped === 'timeout') reject(conversionError(`it did not finish within ${Math.round(options.timeoutMs / 1000)} seconds and was stopped.`));
      else if (code !== 0) reject(conversionError(`it ended with exit code ${String(code)}. ${output.trim()}`.trim()));
      else resolve(output);
    });
    if (options.signal.aborted) stop('cancelled');
  });
}

/** The PDF of a DOCX, with its table of contents updated; a PDF/A-2b file when asked. */
export async function convertDocxToPdf(docx: Uint8Array, options: ConvertOptions): Promise<Uint8Array> {
  if (options.signal.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
  const work = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-pdf-'));
  try {
    for (const [name, text] of profileFiles()) {
      const file = path.join(work, 'profile', name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text, 'utf8');
    }
    await writeFile(path.join(work, 'document.docx'), docx);
    const args = conversionArguments(work).map((arg) => arg.replace('VERSION', String(selectPdfVersion[options.version])));
    const output = await run(options.program, args, { signal: options.signal, timeoutMs: options.timeoutMs ?? defaultTimeoutMs });
    const failure = await readFile(path.join(work, 'failure.txt'), 'utf8').catch(() => null);
    if (failure !== null) throw conversionError(failure.trim().slice(0, keptOutput));
    const maxBytes = options.maxBytes ?? defaultMaxBytes;
    const pdf = await readRegularFile(path.join(work, 'document.pdf'), maxBytes, (size) => conversionError(`the PDF is ${size} bytes, more than the ${maxBytes} allowed.`)).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw conversionError(`it wrote no PDF. ${output.trim()}`.trim());
      throw error;
    });
    if (new TextDecoder().decode(pdf.subarray(0, 5)) !== '%PDF-') throw conversionError('what it wrote is not a PDF.');
    return pdf;
  } finally {
    await rm(work, { recursive: true, force: true, maxRetries: 3 });
  }
}
