/**
 * `kravstudio import FILE.docx|.xlsx|.csv --out FILE.kravspec`: a buyer's
 * own specification brought in, with the import report printed and saved
 * beside the new document as a revision note, and for spreadsheets a column
 * mapping that can be saved and used again.
 */
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { documentExtension } from '../shared/document-file';
import { importReportPlainText, importText } from '../shared/import/report-text';
import { importSourceKindOf } from '../shared/import/sources';
import type { ColumnMapping } from '../shared/import/table';
import { UiLanguage } from '../shared/languages';
import { Jurisdiction, type DocumentLanguage } from '../shared/specification/model';
import { cliLanguage, exitCodes, parse, UsageError, type Command } from './cli-command';
import { outputPath } from './cli-out-path';
import { ImportFileError, importSourceFile } from './services/import/import-source';
import { MappingFileError, readColumnMappingFile, writeColumnMapping } from './services/import/mapping-file';
import { revisionNotePath, writeImportedSpecification } from './services/import/revision-note';

export const importCommand: Command = {
  summary: 'import.cli.summary',
  async run(args, io, t) {
    const { values, positionals } = parse(
      args,
      {
        out: { type: 'string' },
        mapping: { type: 'string' },
        'save-mapping': { type: 'string' },
        jurisdiction: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        force: { type: 'boolean' },
      },
      t,
    );
    const [file, ...rest] = positionals;
    if (file === undefined) throw new UsageError(t('missingFile'));
    if (rest.length > 0) throw new UsageError(t('unexpectedArgument', { argument: rest[0] ?? '' }));
    const ui = cliLanguage(io.env);
    const kind = importSourceKindOf(path.basename(file));
    if (kind === null) throw new UsageError(importText(ui, 'cli.wrongInput', { file }));
    if (values.out === undefined || values.out === '') throw new UsageError(t('badOption', { option: '--out' }));
    const jurisdiction = values.jurisdiction === undefined ? undefined : Jurisdiction.safeParse(values.jurisdiction).data;
    if (values.jurisdiction !== undefined && jurisdiction === undefined) throw new UsageError(t('badOption', { option: '--jurisdiction' }));
    const language: DocumentLanguage | undefined = values.lang === undefined ? undefined : UiLanguage.safeParse(values.lang).data;
    if (values.lang !== undefined && language === undefined) throw new UsageError(t('badOption', { option: '--lang' }));
    if ((values.mapping !== undefined || values['save-mapping'] !== undefined) && kind === 'word') throw new UsageError(importText(ui, 'cli.mappingNotForWord'));
    const cwd = io.cwd ?? process.cwd();
    const out = outputPath(values.out, documentExtension, cwd);
    if (out === null) throw new UsageError(t('wrongOutExtension', { extension: `.${documentExtension}` }));
    const note = revisionNotePath(out);
    if (values.force !== true) {
      const mappingOut = values['save-mapping'] === undefined ? [] : [path.resolve(cwd, values['save-mapping'])];
      for (const target of [out, note, ...mappingOut]) if ((await stat(target).catch(() => null)) !== null) throw new UsageError(t('exists', { file: target }));
    }
    const source = path.resolve(cwd, file);
    let mapping: ColumnMapping | undefined;
    if (values.mapping !== undefined) {
      try {
        mapping = await readColumnMappingFile(path.resolve(cwd, values.mapping));
      } catch (error) {
        if (!(error instanceof MappingFileError)) throw error;
        throw new UsageError(importText(ui, 'cli.badMapping', { file: values.mapping, message: error.reason }));
      }
    }
    const now = io.now?.() ?? new Date();
    let imported;
    try {
      imported = await importSourceFile(source, {
        ...(language === undefined ? {} : { language }),
        ...(jurisdiction === undefined ? {} : { jurisdiction }),
        ...(mapping === undefined ? {} : { mapping }),
        id: randomUUID(),
        now,
      });
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      io.stdout(`${file}: ${importText(ui, `problem.${error.problem}`, { limit: error.limit ?? '' })}\n`);
      return exitCodes.invalid;
    }
    if (language === undefined && !imported.language.detected) throw new UsageError(importText(ui, 'cli.languageUnknown', { file }));
    let savedMapping: string | null = null;
    if (values['save-mapping'] !== undefined && imported.mapping !== undefined) {
      savedMapping = path.resolve(cwd, values['save-mapping']);
      await writeColumnMapping(savedMapping, imported.mapping, { replace: values.force === true });
    }
    const written = await writeImportedSpecification(out, imported.specification, { report: imported.report, sourceName: path.basename(source), importedAt: now }, { replace: values.force === true });
    if (values.json === true) {
      const mappingFields = imported.mapping === undefined ? {} : { mapping: imported.mapping, ...(savedMapping === null ? {} : { mappingFile: savedMapping }) };
      io.stdout(`${JSON.stringify({ file, out: written.document, note: written.note, language: imported.language.value, languageDetected: imported.language.detected, report: imported.report, ...mappingFields }, null, 2)}\n`);
      return exitCodes.ok;
    }
    io.stdout(`${importText(ui, 'cli.language', { language: importText(ui, `languageName.${imported.language.value}`), detected: imported.language.detected ? importText(ui, 'cli.detected') : '' })}\n\n`);
    io.stdout(importReportPlainText(ui, imported.report));
    io.stdout(`\n${importText(ui, 'cli.created', { file: written.document })}\n${importText(ui, 'cli.noteWritten', { file: written.note })}\n`);
    if (savedMapping !== null) io.stdout(`${importText(ui, 'cli.mappingSaved', { file: savedMapping })}\n`);
    return exitCodes.ok;
  },
};
