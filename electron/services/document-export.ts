/**
 * Exporting an open specification to DOCX: builds the files with the
 * exporter (one at a time per document, cancellable), writes them
 * atomically, remembers the choices per document, and keeps the list of
 * files it wrote so that only those can be opened from the app afterwards.
 */
import path from 'node:path';
import type { ExportChoices, ExportResult } from '../../shared/export-choices';
import { KravstudioError } from '../../shared/errors';
import { catalogues, lookup } from '../../shared/i18n/catalogues';
import type { Specification } from '../../shared/specification/model';
import type { Clock } from '../context';
import type { AppStateStore } from './app-state';
import { exportResponseFormDocx, exportSpecificationDocx } from './docx';
import { fileNameFromTitle, writeFileAtomically } from './file-system';
import type { TemplateLibraryStore } from './template-library';

export function defaultExportChoices(spec: Specification): ExportChoices {
  return { language: spec.primaryLanguage, guidanceAnnex: false, responseForm: false, responseFormAppended: false, ssa: spec.jurisdiction === 'no' ? 'SSA-L' : null };
}

/** "E-arkiv 2027 – KS 2026-123.docx": the title and the reference number, safe as a file name. */
export function suggestedFileName(spec: Specification): string {
  const reference = spec.procurement.referenceNumber.trim();
  const base = reference === '' ? spec.title : `${spec.title} – ${reference}`;
  return `${fileNameFromTitle(base, 'Specification')}.docx`;
}

export class DocumentExports {
  readonly #appState: AppStateStore;
  readonly #templates: TemplateLibraryStore;
  readonly #clock: Clock;
  readonly #running = new Map<string, AbortController>();
  readonly #written = new Set<string>();

  constructor(options: { appState: AppStateStore; templates: TemplateLibraryStore; clock: Clock }) {
    this.#appState = options.appState;
    this.#templates = options.templates;
    this.#clock = options.clock;
  }

  choices(spec: Specification): ExportChoices {
    const remembered = this.#appState.snapshot().exportChoices[spec.id];
    return remembered !== undefined && spec.languages.includes(remembered.language) ? remembered : defaultExportChoices(spec);
  }

  /** Builds and writes the export; `target` is the chosen .docx path. */
  async run(
    spec: Specification,
    choices: ExportChoices,
    target: string,
    onProgress: (fraction: number) => void,
  ): Promise<ExportResult> {
    if (!spec.languages.includes(choices.language)) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'The specification is not written in that language.', problem: 'language' });
    }
    this.#running.get(spec.id)?.abort();
    const controller = new AbortController();
    this.#running.set(spec.id, controller);
    await this.#appState.change((state) => ({ ...state, exportChoices: { ...state.exportChoices, [spec.id]: choices } }));
    try {
      const library = await this.#templates.load();
      const appendResponseForm = choices.responseForm && choices.responseFormAppended;
      const separateResponseForm = choices.responseForm && !choices.responseFormAppended;
      const input = {
        specification: spec,
        standards: library.standards,
        library,
        options: { language: choices.language, guidanceAnnex: choices.guidanceAnnex, ssa: choices.ssa, version: '1.0', date: this.#clock.now(), appendResponseForm },
      };
      const share = separateResponseForm ? 0.7 : 1;
      const bytes = await exportSpecificationDocx(input, { signal: controller.signal, onProgress: (f) => onProgress(f * share) });
      let responseFormPath: string | null = null;
      let responseBytes: Uint8Array | null = null;
      if (separateResponseForm) {
        responseBytes = await exportResponseFormDocx(input, { signal: controller.signal, onProgress: (f) => onProgress(share + f * (1 - share)) });
        const suffix = lookup(catalogues[choices.language], 'docx.responseForm.fileSuffix');
        responseFormPath = path.join(path.dirname(target), `${path.basename(target, '.docx')} – ${suffix}.docx`);
      }
      if (controller.signal.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
      await writeFileAtomically(target, bytes);
      this.#written.add(path.resolve(target));
      if (responseFormPath !== null && responseBytes !== null) {
        await writeFileAtomically(responseFormPath, responseBytes);
        this.#written.add(path.resolve(responseFormPath));
      }
      onProgress(1);
      return { path: target, responseFormPath };
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
