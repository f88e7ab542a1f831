/**
 * The handler registry: one plain function per contract channel. Inputs
 * arrive already parsed; outputs are checked against the contract by the
 * dispatcher before they leave the main process.
 */
import path from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/contract';
import { specificationKind } from '../shared/document-kinds/specification';
import { type OpenDocument, RecentDocumentSummary } from '../shared/documents';
import { KravstudioError } from '../shared/errors';
import { validateExternalUrl } from '../shared/external-url';
import type { Specification } from '../shared/specification/model';
import { addFromLibrary, addRequestsForPacks } from '../shared/templates/instantiate';
import { packFromSpecification } from '../shared/templates/from-specification';
import type { TemplatePack } from '../shared/templates/model';
import { uiLanguageOf, type HandlerContext } from './context';
import { kindOfOlderEntries } from './services/app-state';
import type { DocumentSession } from './services/document-session';
import { suggestedFileName, withExtension } from './services/document-export';
import { fileError } from './services/file-errors';
import { freePath, fileNameFromTitle } from './services/file-system';
import { ImportFileError, noSpreadsheetRequirements, readImportSource } from './services/import/import-source';
import { MappingFileError, readColumnMappingFile, writeColumnMapping } from './services/import/mapping-file';
import type { PendingImport } from '../shared/import/pending';
import type { ColumnMapping } from '../shared/import/table';
import { withImportRevision, writeRevisionNote } from './services/import/revision-note';
import { evaluationHandlers } from './evaluation-handlers';
import { sharingHandlers } from './sharing-handlers';
import { supplierHandlers } from './supplier-handlers';
import { courseHandlers } from './course-handlers';

export type Handler<C extends ChannelName> = (
  ctx: HandlerContext,
  input: ChannelInput<C>,
) => Promise<ChannelOutput<C>>;

export type HandlerRegistry = { [C in ChannelName]: Handler<C> };

/**
 * An open document as the window gets it: its kind, and its content under the
 * kind's `contentKey`. The dispatcher checks the result against the contract's
 * OpenDocument, which has one member per kind the window can show.
 */
export function describeOpenDocument(ctx: HandlerContext, session: DocumentSession): OpenDocument {
  // The window may hand this document's path back (show in folder, move to trash).
  ctx.grants.grant(session.path);
  const described: Record<string, unknown> = {
    kind: session.kind.id,
    sessionId: session.sessionId,
    path: session.path,
    saveState: session.saveState,
    migratedFrom: session.migratedFrom,
  };
  described[session.kind.contentKey] = session.document;
  return described as OpenDocument;
}

function sessionOf(ctx: HandlerContext, sessionId: string): DocumentSession {
  const session = ctx.documents.get(sessionId);
  if (session === undefined) throw new KravstudioError({ code: 'NOT_FOUND', message: 'That document is not open.' });
  return session;
}

/** An open specification, for what only specifications have (edits from the builder, export, packs). */
function specificationSessionOf(ctx: HandlerContext, sessionId: string): DocumentSession<Specification> {
  const session = sessionOf(ctx, sessionId);
  if (!session.isOf(specificationKind)) throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'This document is not a specification.' });
  return session;
}

/** A stored version, read as the kind it was backed up as. */
async function storedVersion(ctx: HandlerContext, backupId: string) {
  const entry = ctx.backups.find(backupId);
  if (entry === undefined) throw new KravstudioError({ code: 'NOT_FOUND', message: 'That backup no longer exists.' });
  const bytes = await ctx.backups.read(backupId).catch((error: unknown) => {
    throw fileError(error, entry.file);
  });
  const kindId = entry.documentKind ?? kindOfOlderEntries;
  const kind = ctx.documents.kinds.byId(kindId);
  if (kind === undefined) {
    throw new KravstudioError({ code: 'BAD_DOCUMENT', message: `The backup is a kind of document this version cannot open (${kindId}).`, file: entry.file, problem: 'wrong-format' });
  }
  const parsed = kind.parse(bytes);
  if (!parsed.ok) {
    throw new KravstudioError({ code: 'BAD_DOCUMENT', message: parsed.problem.message, file: entry.file, problem: parsed.problem.code, details: parsed.problem.issues });
  }
  return { entry, kind, document: parsed.document };
}

/** A stored version of the open document itself (not of another kind). */
async function storedVersionOf(ctx: HandlerContext, session: DocumentSession, backupId: string): Promise<unknown> {
  const { kind, document } = await storedVersion(ctx, backupId);
  if (kind.id !== session.kind.id) throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'That backup is of another kind of document.' });
  return document;
}

/** Hands a path to the window, which may then name it in a later call. */
function handOut<T extends { path: string }>(ctx: HandlerContext, result: T): T {
  ctx.grants.grant(result.path);
  return result;
}


/** Why a file cannot be imported, as the window translates it: the file, the problem code, and the size limit when it was too large. */
function importError(error: unknown, filePath: string): KravstudioError {
  if (error instanceof ImportFileError) {
    return new KravstudioError({
      code: 'BAD_DOCUMENT',
      message: error.message,
      file: error.filePath,
      problem: error.problem,
      ...(error.limit === undefined ? {} : { details: [{ path: 'limit', message: error.limit }] }),
    });
  }
  return fileError(error, filePath);
}

const noWaitingSpreadsheet = (): KravstudioError => new KravstudioError({ code: 'NOT_FOUND', message: 'That spreadsheet import is no longer waiting; import the file again.' });

/** The file path of a spreadsheet import that is waiting for the user; NOT_FOUND otherwise. */
function waitingSpreadsheet(ctx: HandlerContext, importId: string): string {
  const source = ctx.imports.spreadsheetPath(importId);
  if (source === null) throw noWaitingSpreadsheet();
  return source;
}

/** A waiting spreadsheet imported again with a column mapping: its new report, or the refusal naming the file. */
function remapWaiting(ctx: HandlerContext, importId: string, mapping: ColumnMapping): PendingImport {
  let pending;
  try {
    pending = ctx.imports.remap(importId, mapping, ctx.clock.now());
  } catch (error) {
    if (error instanceof ImportFileError) throw importError(error, error.filePath);
    throw error;
  }
  if (pending === null) throw noWaitingSpreadsheet();
  return pending;
}

function summary(pack: TemplatePack) {
  return { id: pack.id, title: { ...pack.title }, requirementCount: pack.requirements.length };
}

export const handlers: HandlerRegistry = {
  'app:getInfo': async (ctx) => ctx.appInfo(),
  'app:getLicences': async (ctx) => ctx.licences(),
  'app:takeLaunchFiles': async (ctx) => ctx.takeLaunchFiles(),
  'settings:get': async (ctx) => ctx.settings.get(),
  'settings:update': async (ctx, patch) => ctx.settings.update(patch),
  'shell:openExternal': async (ctx, { url }) => {
    const safe = validateExternalUrl(url);
    if (safe === null) {
      throw new KravstudioError({
        code: 'NOT_ALLOWED',
        message: 'Only secure web addresses (https) can be opened.',
      });
    }
    await ctx.openExternal(safe);
  },
  'clipboard:writeText': async (ctx, { text }) => {
    ctx.clipboard.writeText(text);
  },

  'document:create': async (ctx, request) => {
    const packIds = request.packIds ?? [];
    const fromPacks = packIds.length === 0 ? null : addRequestsForPacks(await ctx.templates.load(), packIds);
    if (fromPacks !== null && fromPacks.unknown.length > 0) {
      throw new KravstudioError({ code: 'INVALID_INPUT', message: `Unknown requirement pack: ${fromPacks.unknown.join(', ')}` });
    }
    try {
      return describeOpenDocument(ctx, await ctx.documents.create(request, (spec) => (fromPacks === null ? spec : addFromLibrary(spec, fromPacks.requests))));
    } catch (error) {
      throw fileError(error, ctx.paths.documents);
    }
  },
  'document:open': async (ctx, { path: requested }) => {
    const target = requested === null ? await ctx.dialogs.chooseDocumentToOpen(ctx.paths.documents) : await ctx.grants.authorise(requested);
    if (target === null) return null;
    try {
      return describeOpenDocument(ctx, await ctx.documents.open(target));
    } catch (error) {
      throw fileError(error, target);
    }
  },
  'document:update': async (ctx, edit) => {
    const session = sessionOf(ctx, edit.sessionId);
    if (session.kind.id !== edit.kind) throw new KravstudioError({ code: 'NOT_ALLOWED', message: `This document is not a ${edit.kind}.` });
    // The contract parsed the content with the kind's model; it is under the kind's content key.
    session.update((edit as Record<string, unknown>)[session.kind.contentKey]);
    return session.saveState;
  },
  'document:save': async (ctx, { sessionId }) => sessionOf(ctx, sessionId).flush(),
  'document:saveAs': async (ctx, { sessionId }) => {
    const session = sessionOf(ctx, sessionId);
    const target = await ctx.dialogs.chooseSaveLocation(session.path);
    if (target === null) return null;
    const extension = `.${session.kind.extension}`;
    const withExtension = target.toLowerCase().endsWith(extension) ? target : `${target}${extension}`;
    await session.saveAs(withExtension);
    return describeOpenDocument(ctx, session);
  },
  'document:duplicate': async (ctx, { sessionId, title }) => handOut(ctx, { path: await ctx.documents.duplicate(sessionId, title) }),
  'document:rename': async (ctx, { sessionId, fileName }) => {
    try {
      return handOut(ctx, { path: await ctx.documents.rename(sessionId, fileName) });
    } catch (error) {
      throw fileError(error, sessionOf(ctx, sessionId).path);
    }
  },
  'document:close': async (ctx, { sessionId }) => {
    // The responses received for it are forgotten with it (their files are untouched).
    ctx.receivedResponses.forget(sessionId);
    return ctx.documents.close(sessionId);
  },
  'document:moveToTrash': async (ctx, { path: requested }) => {
    const filePath = await ctx.grants.authorise(requested);
    try {
      await ctx.documents.moveToTrash(filePath);
    } catch (error) {
      throw fileError(error, filePath);
    }
    ctx.grants.revoke(filePath);
  },
  'document:showInFolder': async (ctx, { path: requested }) => {
    ctx.showItemInFolder(await ctx.grants.authorise(requested));
  },
  'document:checkDisk': async (ctx, { sessionId }) => sessionOf(ctx, sessionId).checkDisk(),
  'document:resolveConflict': async (ctx, { sessionId, keep }) => {
    const session = sessionOf(ctx, sessionId);
    if (keep === 'disk') {
      try {
        await session.reloadFromDisk();
      } catch (error) {
        throw fileError(error, session.path);
      }
    } else {
      await session.keepMine();
    }
    return describeOpenDocument(ctx, session);
  },
  'document:pendingEditsSent': async (ctx, { requestId }) => ctx.windowEdits.received(requestId),
  // Only the kinds the window can list (the contract has a member for each) are sent.
  'documents:recent': async (ctx) =>
    (await ctx.documents.recent()).flatMap((entry) => {
      const summary = RecentDocumentSummary.safeParse(entry);
      return summary.success ? [handOut(ctx, summary.data)] : [];
    }),

  'trash:list': async (ctx) =>
    ctx.trash.list().map(({ id, kind, originalPath, trashedAt, title }) => ({ id, kind, originalPath, trashedAt, title })),
  'trash:restore': async (ctx, { id }) => handOut(ctx, { path: await ctx.documents.restoreFromTrash(id) }),

  'backups:list': async (ctx, { sessionId }) => {
    const session = sessionOf(ctx, sessionId);
    return ctx.backups.list(session.kind.summarise(session.document).id);
  },
  'backups:forFile': async (ctx, { path: requested }) => ctx.backups.listForPath(await ctx.grants.authorise(requested)),
  'backups:compare': async (ctx, { sessionId, backupId }) => {
    const session = sessionOf(ctx, sessionId);
    return session.kind.compare(session.document, await storedVersionOf(ctx, session, backupId));
  },
  'backups:restore': async (ctx, { sessionId, backupId }) => {
    const session = sessionOf(ctx, sessionId);
    await session.restore(await storedVersionOf(ctx, session, backupId));
    return describeOpenDocument(ctx, session);
  },
  'templates:library': async (ctx) => ctx.templates.load(),
  'templates:remove': async (ctx, { id }) => ctx.templates.removePack(id),
  'templates:saveFromDocument': async (ctx, { sessionId, title }) => {
    const { specification } = specificationSessionOf(ctx, sessionId);
    const pack = packFromSpecification(specification, {
      title,
      now: ctx.clock.now(),
      author: specification.buyer.name,
    });
    await ctx.templates.savePack(pack);
    return summary(pack);
  },

  'export:choices': async (ctx, { sessionId }) => ctx.exports.choices(sessionOf(ctx, sessionId).specification),
  'export:formats': async (ctx) => ctx.exports.formats.summaries(uiLanguageOf(ctx)),
  'export:run': async (ctx, { sessionId, choices }) => {
    const session = sessionOf(ctx, sessionId);
    await session.flush();
    const language = uiLanguageOf(ctx);
    const format = await ctx.exports.formats.usable(choices.format, language);
    const suggested = path.join(path.dirname(session.path), suggestedFileName(session.specification, format.extension));
    const chosen = await ctx.dialogs.chooseExportLocation(suggested, { name: format.name[language], extensions: [format.extension] });
    if (chosen === null) return null;
    const target = withExtension(chosen, format.extension);
    try {
      const result = await ctx.exports.run(session.specification, choices, target, (fraction) => ctx.onExportProgress(sessionId, fraction));
      // The window offers to open or show every file written.
      ctx.grants.grantAll([result.path, ...result.files]);
      return result;
    } catch (error) {
      throw fileError(error, target);
    }
  },
  'export:cancel': async (ctx, { sessionId }) => ctx.exports.cancel(sessionOf(ctx, sessionId).specification.id),
  'export:open': async (ctx, { path: requested }) => {
    const filePath = await ctx.grants.authorise(requested);
    if (!ctx.exports.wasExported(filePath)) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'Only files exported in this session can be opened from here.' });
    }
    await ctx.openPath(filePath);
  },

  'import:choose': async (ctx, { path: requested }) => {
    const target = requested === null ? await ctx.dialogs.chooseImportSource(ctx.paths.documents) : await ctx.grants.authorise(requested);
    if (target === null) return null;
    try {
      return await ctx.imports.add(await readImportSource(target), ctx.clock.now());
    } catch (error) {
      throw importError(error, target);
    }
  },
  'import:create': async (ctx, { importId, language, jurisdiction }) => {
    const sourcePath = ctx.imports.spreadsheetPath(importId);
    let confirmed;
    try {
      confirmed = await ctx.imports.confirm(importId, { language, jurisdiction }, ctx.clock.now());
    } catch (error) {
      if (error instanceof ImportFileError) throw importError(error, error.filePath);
      throw error;
    }
    if (confirmed === null) throw new KravstudioError({ code: 'NOT_FOUND', message: 'That import is no longer waiting; import the file again.' });
    // A spreadsheet waits in the mapping step until its columns give requirements; nothing empty is created.
    if (confirmed.report.requirements === 0) throw importError(noSpreadsheetRequirements(sourcePath ?? confirmed.sourceName), confirmed.sourceName);
    const extension = `.${specificationKind.extension}`;
    const suggested = await freePath(ctx.paths.documents, fileNameFromTitle(confirmed.specification.title, specificationKind.fallbackFileName), extension);
    const chosen = await ctx.dialogs.chooseSaveLocation(suggested);
    // Still waiting: the user may press Create again, or cancel.
    if (chosen === null) return null;
    const target = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
    const note = { report: confirmed.report, sourceName: confirmed.sourceName, importedAt: ctx.clock.now() };
    const specification = withImportRevision(confirmed.specification, note, target);
    let session;
    try {
      session = await ctx.documents.createDocumentAt(specificationKind, specification, target);
    } catch (error) {
      throw fileError(error, target);
    }
    ctx.imports.forget(importId);
    // The document is made; a note that cannot be written (a full disk) does not undo it, and the window says so.
    const notePath = await writeRevisionNote(target, specification, note, { replace: true }).catch(() => null);
    if (notePath !== null) ctx.grants.grant(notePath);
    return { document: describeOpenDocument(ctx, session), note: notePath };
  },
  'import:remap': async (ctx, { importId, mapping }) => remapWaiting(ctx, importId, mapping),
  'import:cancel': async (ctx, { importId }) => {
    ctx.imports.forget(importId);
  },
  'import:saveMapping': async (ctx, { importId, mapping }) => {
    const source = waitingSpreadsheet(ctx, importId);
    const suggested = path.join(ctx.paths.documents, `${path.basename(source, path.extname(source))}.mapping.json`);
    const chosen = await ctx.dialogs.chooseColumnMappingSaveLocation(suggested);
    if (chosen === null) return null;
    const target = chosen.toLowerCase().endsWith('.json') ? chosen : `${chosen}.json`;
    try {
      // The save dialog has asked before replacing a file.
      await writeColumnMapping(target, mapping, { replace: true });
    } catch (error) {
      throw fileError(error, target);
    }
    return { fileName: path.basename(target) };
  },
  'import:useMapping': async (ctx, { importId }) => {
    waitingSpreadsheet(ctx, importId);
    const chosen = await ctx.dialogs.chooseColumnMappingFile(ctx.paths.documents);
    if (chosen === null) return null;
    let mapping;
    try {
      mapping = await readColumnMappingFile(chosen);
    } catch (error) {
      if (error instanceof MappingFileError) {
        throw new KravstudioError({ code: 'BAD_DOCUMENT', message: error.message, file: error.filePath, problem: 'mapping-file', details: [{ path: 'reason', message: error.problem }] });
      }
      throw fileError(error, chosen);
    }
    return remapWaiting(ctx, importId, mapping);
  },

  'backups:openCopy': async (ctx, { backupId }) => {
    const { entry, kind, document } = await storedVersion(ctx, backupId);
    try {
      return describeOpenDocument(ctx, await ctx.documents.openCopy(entry.documentPath, kind, document));
    } catch (error) {
      throw fileError(error, entry.documentPath);
    }
  },

  ...supplierHandlers,
  ...evaluationHandlers,
  ...courseHandlers,
  ...sharingHandlers,
};
