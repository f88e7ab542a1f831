/**
 * Exporting an open specification in one of the registered formats: the
 * format builds the files (one export at a time per document, cancellable),
 * this service writes them atomically beside each other, remembers the
 * choices per document, and keeps the list of files it wrote so that only
 * those can be opened from the app afterwards. The app's handlers and the
 * command line both export through it.
 */
import path from 'node:path';
import { defaultExportFormat, type ExportChoices, type ExportResult } from '../../shared/export-choices';
import { KravstudioError } from '../../shared/errors';
import type { Specification } from '../../shared/specification/model';
import { defaultSsaAgreement } from '../../shared/tender-document/ssa';
import type { Clock } from '../context';
import type { AppStateStore } from './app-state';
import { builtInExportFormats, type ExportFormatRegistry } from './export-formats/registry';
import type { ExportFile } from './export-formats/format';
import { fileNameFromTitle } from './file-system';
import { writeFileSafely } from './safe-write';
import type { TemplateLibraryStore } from './template-library';

export function defaultExportChoices(spec: Specification): ExportChoices {
  return { format: defaultExportFormat, language: spec.primaryLanguage, guidanceAnnex: false, responseForm: false, responseFormAppended: false, ssa: defaultSsaAgreement(spec) };
}

/** "E-arkiv 2027 – KS 2026-123.docx": the title and the reference number, safe as a file name, with the format's extension. */
export function suggestedFileName(spec: Specification, extension = 'docx'): string {
  const reference = spec.procurement.referenceNumber.trim();
  const base = reference === '' ? spec.title : `${spec.title} – ${reference}`;
  return `${fileNameFromTitle(base, 'Specification')}.${extension}`;
}

/** The path with the format's extension, added when the user left it out (any letter case counts as there). */
export function withExtension(file: string, extension: string): string {
  return file.toLowerCase().endsWith(`.${extension}`) ? file : `${file}.${extension}`;
}

/** Where a second file of an export goes: "<chosen name> – <suffix>.<extension>" in the same folder. */
export function companionPath(target: string, extension: string, suffix: string): string {
  const name = path.basename(target);
  const stem = name.toLowerCase().endsWith(`.${extension}`) ? name.slice(0, -(extension.length + 1)) : name;
  return path.join(path.dirname(target), `${stem} – ${suffix}.${extension}`);
}

/** A format must hand back the chosen file first and name every other file differently. */
function checkFiles(formatId: string, files: readonly ExportFile[]): void {
  const suffixes = files.map((file) => file.suffix);
  if (suffixes[0] !== null || suffixes.slice(1).some((suffix) => suffix === null) || new Set(suffixes).size !== suffixes.length) {
    throw new Error(`The export format "${formatId}" must return the chosen file first and give every other file its own suffix.`);
  }
}

export interface DocumentExportsOptions {
  /** Where the choices are remembered per document; the command line remembers nothing. */
  appState?: AppStateStore;
  /** The template library (standards, guidance); without one (a CLI run with no library) formats get none. */
  templates?: TemplateLibraryStore;
  clock: Clock;
  /** The formats on offer; the shipped ones unless a test brings its own. */
  formats?: ExportFormatRegistry;
}

export class DocumentExports {
  readonly #appState: AppStateStore | undefined;
  readonly #templates: TemplateLibraryStore | undefined;
  readonly #clock: Clock;
  readonly #formats: ExportFormatRegistry;
  readonly #running = new Map<string, AbortController>();
  readonly #written = new Set<string>();

  constructor(options: DocumentExportsOptions) {
    this.#appState = options.appState;
    this.#templates = options.templates;
    this.#clock = options.clock;
    this.#formats = options.formats ?? builtInExportFormats();
  }

  get formats(): ExportFormatRegistry {
    return this.#formats;
  }

  /** The choices used last time for this document, or the defaults; a format no longer on offer falls back to the default one. */
  choices(spec: Specification): ExportChoices {
    const remembered = this.#appState?.snapshot().exportChoices[spec.id];
    if (remembered === undefined || !spec.languages.includes(remembered.language)) return defaultExportChoices(spec);
    return this.#formats.find(remembered.format) === undefined ? { ...remembered, format: defaultExportFormat } : remembered;
  }

  /** Builds and writes the export; `target` is the chosen path, with the format's extension. */
  async run(spec: Specification, choices: ExportChoices, target: string, onProgress: (fraction: number) => void): Promise<ExportResult> {
    if (!spec.languages.includes(choices.language)) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'The specification is not written in that language.', problem: 'language' });
    }
    const format = await this.#formats.usable(choices.format, choices.language);
    this.#running.get(spec.id)?.abort();
    const controller = new AbortController();
    this.#running.set(spec.id, controller);
    await this.#appState?.change((state) => ({ ...state, exportChoices: { ...state.exportChoices, [spec.id]: choices } }));
    try {
      const library = this.#templates === undefined ? null : await this.#templates.load();
      const files = await format.write({ specification: spec, choices, library, date: this.#clock.now() }, { signal: controller.signal, onProgress });
      checkFiles(format.id, files);
      if (controller.signal.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
      const written: string[] = [];
      let responseFormPath: string | null = null;
      for (const file of files) {
        const filePath = file.suffix === null ? target : companionPath(target, format.extension, file.suffix);
        await writeFileSafely(filePath, file.bytes);
        this.#written.add(path.resolve(filePath));
        written.push(filePath);
        if (file.part === 'responseForm' && file.suffix !== null) responseFormPath = filePath;
      }
      onProgress(1);
      return { path: target, responseFormPath, files: written };
    } catch (error) {
      if (controller.signal.aborted || (error instanceof Error && error.name === 'AbortError')) {
        throw new KravstudioError({ code: 'CANCELLED', message: 'The export was cancelled; no file was written.' });
      }
      throw error;
    } finally {
      if (this.#running.get(spec.id) === controller) this.#running.delete(spec.id);
    }
  }

  cancel(documentId: string): void {
    this.#running.get(documentId)?.abort();
  }

  /** Only files this app exported in this session may be opened from the renderer. */
  wasExported(filePath: string): boolean {
    return this.#written.has(path.resolve(filePath));
  }
}
