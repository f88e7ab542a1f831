/**
 * What an export format is: one entry of the registry. A format turns a
 * specification and the user's export choices into the bytes of one or more
 * files; the export service names, writes and remembers them, and the
 * dialog, the handlers and the command line only ever see the entry.
 */
import type { ExportChoices, OptionalExportChoice } from '../../../shared/export-choices';
import type { UiLanguage } from '../../../shared/languages';
import type { Specification } from '../../../shared/specification/model';
import type { TemplateLibrary } from '../../../shared/templates/library';

/** A text a user reads, in every UI language. */
export type LocalisedText = Readonly<Record<UiLanguage, string>>;

/** Whether a format can be written on this computer; formats that need another program (LibreOffice) say why not. */
export type FormatAvailability = { available: true } | { available: false; reason: LocalisedText };

/** Everything a format needs to write one export. */
export interface ExportJob {
  specification: Specification;
  /** The language is always one of the specification's; choices the format does not use are ignored by it. */
  choices: ExportChoices;
  /** The template library (standards, guidance); null on the command line when no library was given. */
  library: TemplateLibrary | null;
  /** The date the export carries. */
  date: Date;
}

export interface WriteHooks {
  /** Aborted when the user cancels; a format stops as soon as it can. */
  signal: AbortSignal;
  /** 0–1 over the whole export, every file included. */
  onProgress: (fraction: number) => void;
}

/** One file of an export, before it is written. */
export interface ExportFile {
  /** What the file holds: the specification itself, or the supplier's response form. */
  part: 'document' | 'responseForm';
  /**
   * null for the file at the path the user chose (exactly one per export); any other file is written
   * beside it as "<chosen name> – <suffix>.<extension>".
   */
  suffix: string | null;
  bytes: Uint8Array;
}

export interface ExportFormat {
  /** Stable id, used in the remembered choices and by `kravstudio export --format`. */
  id: string;
  /** The file extension without the dot; the save dialog's filter and the exported names use it. */
  extension: string;
  mimeType: string;
  /** As the export dialog and the save dialog's filter show it. */
  name: LocalisedText;
  /** One or two sentences for the export dialog: what the file is for and what opens it. */
  description: LocalisedText;
  /** The export choices, besides the language, this format uses; the dialog hides the others. */
  choices: readonly OptionalExportChoice[];
  availability(): Promise<FormatAvailability>;
  /** The files of one export, the one the user chose first. Throws an AbortError when cancelled. */
  write(job: ExportJob, hooks: WriteHooks): Promise<ExportFile[]>;
}
