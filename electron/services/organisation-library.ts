/**
 * The organisation library folder chosen in Settings: remembered in the app
 * state (never sent to the window, which sees only the folder's name), read
 * when the library opens, and written to only when the user may write there
 * ("publish to the organisation library").
 */
import path from 'node:path';
import { KravstudioError } from '../../shared/errors';
import type { OrganisationLibraryStatus } from '../../shared/templates/organisation';
import type { AppStateStore } from './app-state';
import { exists } from './file-system';
import { defaultOrganisationTimeoutMs, folderIsWritable, organisationFolderName, readOrganisationFolder, type OrganisationFolderContents } from './organisation-folder';
import { writeFileSafely } from './safe-write';

export type PublishOutcome = { status: 'published'; fileName: string } | { status: 'exists'; fileName: string };

export class OrganisationLibrary {
  readonly #appState: Pick<AppStateStore, 'snapshot' | 'change'>;
  readonly #timeoutMs: number;
  #shippedPackIds: ReadonlySet<string> = new Set();
  #contents: Promise<OrganisationFolderContents | null> | null = null;

  constructor(options: { appState: Pick<AppStateStore, 'snapshot' | 'change'>; timeoutMs?: number }) {
    this.#appState = options.appState;
    this.#timeoutMs = options.timeoutMs ?? defaultOrganisationTimeoutMs;
  }

  /** The folder, or null when none is set. Stays in the main process. */
  folder(): string | null {
    return this.#appState.snapshot().organisationFolder ?? null;
  }

  /** Pack ids the folder may not reuse (the shipped ones), told by the template library once it has read them. */
  setShippedPackIds(ids: Iterable<string>): void {
    this.#shippedPackIds = new Set(ids);
  }

  /** What the folder held when it was last read (read now if never); null without a folder. */
  contents(): Promise<OrganisationFolderContents | null> {
    this.#contents ??= this.#read();
    return this.#contents;
  }

  /** Reads the folder again (the library screen opening, a publish, a new folder). */
  refresh(): Promise<OrganisationFolderContents | null> {
    this.#contents = this.#read();
    return this.#contents;
  }

  async status(): Promise<OrganisationLibraryStatus | null> {
    return (await this.contents())?.status ?? null;
  }

  async #read(): Promise<OrganisationFolderContents | null> {
    const folder = this.folder();
    if (folder === null) return null;
    return readOrganisationFolder(folder, { timeoutMs: this.#timeoutMs, shippedPackIds: this.#shippedPackIds });
  }

  /** Remembers the folder the user chose (in a native dialog) and reads it. */
  async setFolder(folder: string | null): Promise<OrganisationLibraryStatus | null> {
    const chosen = folder === null ? null : path.resolve(folder);
    await this.#appState.change((state) => ({ ...state, organisationFolder: chosen }));
    return (await this.refresh())?.status ?? null;
  }

  /**
   * Writes a file into the folder under `fileName` (made by the app from an id,
   * never from the window). An existing file is replaced only when asked.
   */
  async publish(fileName: string, text: string, replace: boolean): Promise<PublishOutcome> {
    const folder = this.folder();
    if (folder === null) throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'No organisation library folder is set.', problem: 'no-organisation-folder' });
    if (path.basename(fileName) !== fileName || fileName.startsWith('.')) throw new Error(`Not a file name of the app's making: ${fileName}`);
    const deadline = Date.now() + this.#timeoutMs;
    if (!(await folderIsWritable(folder, deadline))) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'You may not write to the organisation library folder, or it is offline.', file: organisationFolderName(folder), problem: 'organisation-read-only' });
    }
    const target = path.join(folder, fileName);
    if (!replace && (await exists(target))) return { status: 'exists', fileName };
    await writeFileSafely(target, text);
    await this.refresh();
    return { status: 'published', fileName };
  }
}
