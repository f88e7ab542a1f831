/**
 * The export formats the app and the command line offer. The built-in
 * registry holds every shipped format; tests pass their own (with extra
 * formats) through the handler context and the CLI's io. Adding a format is
 * one file beside this one and one line in `builtInExportFormats`.
 */
import { z } from 'zod';
import { ExportFormatId, OptionalExportChoice, type ExportFormatSummary } from '../../../shared/export-choices';
import { KravstudioError } from '../../../shared/errors';
import { uiLanguages, type UiLanguage } from '../../../shared/languages';
import { csvFormat } from './csv';
import { docxFormat } from './docx';
import type { ExportFormat } from './format';
import { pdfFormat } from './pdf';
import { xlsxFormat } from './xlsx';

const Text = z.string().trim().min(1);
const LocalisedTextShape = z.object(Object.fromEntries(uiLanguages.map((language) => [language, Text])) as Record<UiLanguage, typeof Text>).strict();

/** What the registry checks of every entry before offering it: a plug-in is a boundary too. */
const FormatEntry = z.object({
  id: ExportFormatId,
  extension: z.string().regex(/^[a-z0-9]{1,10}$/, 'An extension is 1–10 lower-case letters or digits, without the dot.'),
  mimeType: z.string().regex(/^[a-z]+\/[\w.+-]+$/, 'Not a MIME type.'),
  name: LocalisedTextShape,
  description: LocalisedTextShape,
  choices: z.array(OptionalExportChoice),
  availability: z.custom<ExportFormat['availability']>((value) => typeof value === 'function', 'availability must be a function'),
  write: z.custom<ExportFormat['write']>((value) => typeof value === 'function', 'write must be a function'),
});

export class ExportFormatRegistry {
  readonly #formats: ReadonlyMap<string, ExportFormat>;

  constructor(formats: readonly ExportFormat[]) {
    const byId = new Map<string, ExportFormat>();
    for (const format of formats) {
      const checked = FormatEntry.safeParse(format);
      if (!checked.success) throw new Error(`The export format "${String(format.id)}" is not valid: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      if (byId.has(format.id)) throw new Error(`Two export formats have the id "${format.id}".`);
      byId.set(format.id, format);
    }
    if (byId.size === 0) throw new Error('An export format registry needs at least one format.');
    this.#formats = byId;
  }

  /** Every format, in the order the dialog lists them. */
  list(): readonly ExportFormat[] {
    return [...this.#formats.values()];
  }

  ids(): string[] {
    return [...this.#formats.keys()];
  }

  find(id: string): ExportFormat | undefined {
    return this.#formats.get(id);
  }

  /** The format with this id, ready to write on this computer; a typed error a user can act on otherwise. */
  async usable(id: string, language: UiLanguage): Promise<ExportFormat> {
    const format = this.find(id);
    if (format === undefined) {
      throw new KravstudioError({ code: 'INVALID_INPUT', message: `There is no export format "${id}".`, problem: 'unknownFormat', details: [{ path: 'choices.format', message: `one of ${this.ids().join(', ')}` }] });
    }
    const availability = await format.availability();
    if (!availability.available) throw new KravstudioError({ code: 'NOT_ALLOWED', message: availability.reason[language], problem: 'formatUnavailable' });
    return format;
  }

  /** The formats as the export dialog shows them, in the UI language. */
  async summaries(language: UiLanguage): Promise<ExportFormatSummary[]> {
    return Promise.all(
      this.list().map(async (format) => {
        const availability = await format.availability();
        return {
          id: format.id,
          extension: format.extension,
          mimeType: format.mimeType,
          name: format.name[language],
          description: format.description[language],
          unavailableReason: availability.available ? null : availability.reason[language],
          choices: [...format.choices],
        };
      }),
    );
  }
}

/** The formats shipped with Kravstudio. */
export const builtInFormats: readonly ExportFormat[] = [docxFormat, pdfFormat, xlsxFormat, csvFormat];

export function builtInExportFormats(): ExportFormatRegistry {
  return new ExportFormatRegistry(builtInFormats);
}
