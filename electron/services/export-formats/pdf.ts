/**
 * PDF: the same tender document as the DOCX entry builds (same choices, same
 * plan), converted by LibreOffice with the table of contents' page numbers
 * filled in; optionally PDF/A-2b for archiving. Offered only where LibreOffice
 * is installed; elsewhere listed with the reason and how to get it.
 */
import { KravstudioError } from '../../../shared/errors';
import { catalogues, lookup } from '../../../shared/i18n/catalogues';
import { uiLanguages, type UiLanguage } from '../../../shared/languages';
import { convertDocxToPdf, type ConvertOptions } from '../libreoffice/convert';
import { locateLibreOffice, sofficeVariable, type LibreOfficeLocation } from '../libreoffice/locate';
import { docxFormat } from './docx';
import type { ExportFile, ExportFormat, FormatAvailability, LocalisedText } from './format';

function catalogueText(key: string, values: Record<string, string> = {}): LocalisedText {
  return Object.fromEntries(uiLanguages.map((language) => [language, lookup(catalogues[language], key, values)])) as Record<UiLanguage, string>;
}

export interface PdfFormatOptions {
  /** Where LibreOffice is; looked up on this computer unless a test says. */
  locate?: () => LibreOfficeLocation;
  /** The conversion; LibreOffice's unless a test brings its own. */
  convert?: (docx: Uint8Array, options: ConvertOptions) => Promise<Uint8Array>;
}

/** Share of the progress bar the DOCX takes; the conversion is the rest. */
const docxShare = 0.3;

/** What the export dialog and the CLI say when LibreOffice cannot be used. */
export function pdfAvailability(location: LibreOfficeLocation): FormatAvailability {
  if (location.found) return { available: true };
  if (location.named !== null) return { available: false, reason: catalogueText('exportFormats.pdf.namedProgramMissing', { variable: sofficeVariable, path: location.named }) };
  return { available: false, reason: catalogueText('exportFormats.pdf.libreOfficeMissing', { variable: sofficeVariable }) };
}

export function createPdfFormat(options: PdfFormatOptions = {}): ExportFormat {
  const locate = options.locate ?? (() => locateLibreOffice({ env: process.env, platform: process.platform }));
  const convert = options.convert ?? convertDocxToPdf;
  return {
    id: 'pdf',
    extension: 'pdf',
    mimeType: 'application/pdf',
    name: catalogueText('exportFormats.pdf.name'),
    description: catalogueText('exportFormats.pdf.description'),
    choices: [...docxFormat.choices, 'pdfa'],
    availability: async () => pdfAvailability(locate()),
    async write(job, { signal, onProgress }) {
      const location = locate();
      if (!location.found) {
        const availability = pdfAvailability(location);
        throw new KravstudioError({ code: 'NOT_ALLOWED', message: availability.available ? 'LibreOffice is not installed.' : availability.reason[job.choices.language], problem: 'formatUnavailable' });
      }
      const documents = await docxFormat.write(job, { signal, onProgress: (fraction) => onProgress(fraction * docxShare) });
      const files: ExportFile[] = [];
      for (const [index, file] of documents.entries()) {
        const bytes = await convert(file.bytes, { program: location.program, version: job.choices.pdfa === true ? 'pdfa-2b' : 'pdf', signal });
        files.push({ ...file, bytes });
        onProgress(docxShare + ((index + 1) / documents.length) * (1 - docxShare));
      }
      return files;
    },
  };
}

export const pdfFormat: ExportFormat = createPdfFormat();
