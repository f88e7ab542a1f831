/**
 * An imported specification written to disk with its revision note: the
 * import report as Markdown beside it (NAME.import-report.md, in the
 * document's language) and a line in the document's own change history.
 * Both go through the safe writer; without `replace` an existing file of
 * either name is refused before anything is written.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importReportMarkdown, importRevisionSummary, revisionNoteName } from '../../../shared/import/report-text';
import type { ImportReport } from '../../../shared/import/report';
import type { Specification } from '../../../shared/specification/model';
import { serializeSpecification } from '../../../shared/specification/document-file';
import { writeFileSafely } from '../safe-write';

export interface RevisionNoteInput {
  report: ImportReport;
  /** The source file's name (no folder). */
  sourceName: string;
  importedAt: Date;
}

/** The specification with the import in its change history. */
export function withImportRevision(specification: Specification, input: RevisionNoteInput, documentPath: string): Specification {
  const summary = importRevisionSummary(specification.primaryLanguage, input.report, input.sourceName, revisionNoteName(path.basename(documentPath)));
  return { ...specification, revisions: [...specification.revisions, { at: input.importedAt.toISOString(), summary }] };
}

/** Where the revision note of a document goes. */
export function revisionNotePath(documentPath: string): string {
  return path.join(path.dirname(documentPath), revisionNoteName(path.basename(documentPath)));
}

/** Writes the revision note beside the document (replacing an older note of the same name) and returns its path. */
export async function writeRevisionNote(documentPath: string, specification: Specification, input: RevisionNoteInput, options: { replace: boolean }): Promise<string> {
  const notePath = revisionNotePath(documentPath);
  const text = importReportMarkdown(input.report, {
    language: specification.primaryLanguage,
    sourceName: input.sourceName,
    title: specification.title,
    importedAt: input.importedAt,
  });
  if (options.replace) await writeFileSafely(notePath, text);
  else await writeFile(notePath, text, { flag: 'wx' });
  return notePath;
}

/** The CLI's write: the document (with its revision line) and its note; `replace` false refuses existing names. */
export async function writeImportedSpecification(documentPath: string, specification: Specification, input: RevisionNoteInput, options: { replace: boolean }): Promise<{ document: string; note: string }> {
  const recorded = withImportRevision(specification, input, documentPath);
  if (options.replace) await writeFileSafely(documentPath, serializeSpecification(recorded));
  else await writeFile(documentPath, serializeSpecification(recorded), { flag: 'wx' });
  const note = await writeRevisionNote(documentPath, recorded, input, options);
  return { document: documentPath, note };
}
