/**
 * DOCX: the specification as a Word document to attach to the tender
 * documents, and the supplier response form in a file of its own or at its
 * end. The DOCX writer itself lives in ../docx; this entry only builds its
 * input from the export job.
 */
import { catalogues, lookup } from '../../../shared/i18n/catalogues';
import { uiLanguages, type UiLanguage } from '../../../shared/languages';
import { exportResponseFormDocx, exportSpecificationDocx, type ExportInput } from '../docx';
import type { ExportFile, ExportFormat, ExportJob, LocalisedText } from './format';

function catalogueText(key: string): LocalisedText {
  return Object.fromEntries(uiLanguages.map((language) => [language, lookup(catalogues[language], key)])) as Record<UiLanguage, string>;
}

/** The DOCX writer's input for a job: the same for the app and the command line. */
export function docxInput(job: ExportJob): ExportInput {
  const { specification, choices, library } = job;
  return {
    specification,
    standards: library?.standards ?? [],
    ...(library === null ? {} : { library }),
    options: {
      language: choices.language,
      guidanceAnnex: choices.guidanceAnnex,
      ssa: choices.ssa,
      version: '1.0',
      date: job.date,
      appendResponseForm: choices.responseForm && choices.responseFormAppended,
      omitEmptyChapters: choices.omitEmptyChapters === true,
    },
  };
}

export const docxFormat: ExportFormat = {
  id: 'docx',
  extension: 'docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  name: catalogueText('exportFormats.docx.name'),
  description: catalogueText('exportFormats.docx.description'),
  choices: ['guidanceAnnex', 'responseForm', 'responseFormAppended', 'ssa', 'omitEmptyChapters'],
  availability: async () => ({ available: true }),
  async write(job, { signal, onProgress }) {
    const input = docxInput(job);
    const separateResponseForm = job.choices.responseForm && !job.choices.responseFormAppended;
    // The specification is most of the work; the response form, when it has a file of its own, the rest.
    const share = separateResponseForm ? 0.7 : 1;
    const files: ExportFile[] = [{ part: 'document', suffix: null, bytes: await exportSpecificationDocx(input, { signal, onProgress: (f) => onProgress(f * share) }) }];
    if (separateResponseForm) {
      const bytes = await exportResponseFormDocx(input, { signal, onProgress: (f) => onProgress(share + f * (1 - share)) });
      files.push({ part: 'responseForm', suffix: lookup(catalogues[job.choices.language], 'docx.responseForm.fileSuffix'), bytes });
    }
    return files;
  },
};
