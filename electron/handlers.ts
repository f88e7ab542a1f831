/**
 * The handler registry: one plain function per contract channel. Inputs
 * arrive already parsed; outputs are checked against the contract by the
 * dispatcher before they leave the main process.
 */
import path from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/contract';
import { documentExtension } from '../shared/document-file';
import type { OpenDocument } from '../shared/documents';
import { KravstudioError } from '../shared/errors';
import { validateExternalUrl } from '../shared/external-url';
import { parseSpecificationBytes, serializeSpecification } from '../shared/specification/document-file';
import { addFromLibrary, addRequestsForPacks } from '../shared/templates/instantiate';
import { packFromSpecification } from '../shared/templates/from-specification';
import type { TemplatePack } from '../shared/templates/model';
import { compareVersions } from '../shared/version-comparison';
import type { HandlerContext } from './context';
import type { DocumentSession } from './services/document-session';
import { suggestedFileName } from './services/document-export';
import { fileError } from './services/file-errors';

export type Handler<C extends ChannelName> = (
  ctx: HandlerContext,
  input: ChannelInput<C>,
) => Promise<ChannelOutput<C>>;

export type HandlerRegistry = { [C in ChannelName]: Handler<C> };

function describe(session: DocumentSession): OpenDocument {
  return {
    sessionId: session.sessionId,
    path: session.path,
    specification: session.specification,
    saveState: session.saveState,
    migratedFrom: session.migratedFrom,
  };
}

function sessionOf(ctx: HandlerContext, sessionId: string): DocumentSession {
  const session = ctx.documents.get(sessionId);
  if (session === undefined) throw new KravstudioError({ code: 'NOT_FOUND', message: 'That document is not open.' });
  return session;
}

async function storedVersion(ctx: HandlerContext, backupId: string) {
  const entry = ctx.backups.find(backupId);
  if (entry === undefined) throw new KravstudioError({ code: 'NOT_FOUND', message: 'That backup no longer exists.' });
  const bytes = await ctx.backups.read(backupId).catch((error: unknown) => {
    throw fileError(error, entry.file);
  });
  const parsed = parseSpecificationBytes(bytes);
  if (!parsed.ok) {
    throw new KravstudioError({ code: 'BAD_DOCUMENT', message: parsed.problem.message, file: entry.file, problem: parsed.problem.code, details: parsed.problem.issues });
  }
  return { entry, specification: parsed.specification };
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
      return describe(await ctx.documents.create(request, (spec) => (fromPacks === null ? spec : addFromLibrary(spec, fromPacks.requests))));
    } catch (error) {
      throw fileError(error, ctx.paths.documents);
    }
  },
  'document:open': async (ctx, { path: requested }) => {
    const target = requested ?? (await ctx.dialogs.chooseDocumentToOpen(ctx.paths.documents));
    if (target === null) return null;
    try {
      return describe(await ctx.documents.open(target));
    } catch (error) {
      throw fileError(error, target);
    }
  },
  'document:update': async (ctx, { sessionId, specification }) => {
    const session = sessionOf(ctx, sessionId);
    session.update(specification);
    return session.saveState;
  },
  'document:save': async (ctx, { sessionId }) => sessionOf(ctx, sessionId).flush(),
  'document:saveAs': async (ctx, { sessionId }) => {
    const session = sessionOf(ctx, sessionId);
    const target = await ctx.dialogs.chooseSaveLocation(session.path);
    if (target === null) return null;
    const withExtension = target.toLowerCase().endsWith(`.${documentExtension}`) ? target : `${target}.${documentExtension}`;
    await session.saveAs(withExtension);
    return describe(session);
  },
  'document:duplicate': async (ctx, { sessionId }) => ({ path: await ctx.documents.duplicate(sessionId) }),
  'document:rename': async (ctx, { sessionId, fileName }) => {
    try {
      return { path: await ctx.documents.rename(sessionId, fileName) };
    } catch (error) {
      throw fileError(error, sessionOf(ctx, sessionId).path);
    }
  },
  'document:close': async (ctx, { sessionId }) => ctx.documents.close(sessionId),
  'document:moveToTrash': async (ctx, { path: filePath }) => {
    try {
      await ctx.documents.moveToTrash(filePath);
    } catch (error) {
      throw fileError(error, filePath);
    }
  },
  'document:showInFolder': async (ctx, { path: filePath }) => {
    ctx.showItemInFolder(path.resolve(filePath));
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
    return describe(session);
  },
  'document:pendingEditsSent': async (ctx, { requestId }) => ctx.windowEdits.received(requestId),
  'documents:recent': async (ctx) => ctx.documents.recent(),

  'trash:list': async (ctx) =>
    ctx.trash.list().map(({ id, originalPath, trashedAt, title }) => ({ id, originalPath, trashedAt, title })),
  'trash:restore': async (ctx, { id }) => ({ path: await ctx.documents.restoreFromTrash(id) }),

  'backups:list': async (ctx, { sessionId }) => ctx.backups.list(sessionOf(ctx, sessionId).specification.id),
  'backups:forFile': async (ctx, { path: filePath }) =>
    ctx.backups.listForPath(path.resolve(filePath)),
  'backups:compare': async (ctx, { sessionId, backupId }) => {
    const session = sessionOf(ctx, sessionId);
    const { specification } = await storedVersion(ctx, backupId);
    return compareVersions(session.specification, specification);
  },
  'backups:restore': async (ctx, { sessionId, backupId }) => {
    const session = sessionOf(ctx, sessionId);
    const { specification } = await storedVersion(ctx, backupId);
    await ctx.backups.maybeBackUp(
      {
        documentId: session.specification.id,
        documentPath: session.path,
        title: session.specification.title,
        requirementCount: session.specification.requirements.length,
        content: serializeSpecification(session.specification),
      },
      { force: true },
    );
    session.update({ ...specification, id: session.specification.id });
    await session.flush();
    return describe(session);
  },
  'templates:library': async (ctx) => ctx.templates.load(),
  'templates:import': async (ctx, { path: requested }) => {
    const target = requested ?? (await ctx.dialogs.choosePackToImport());
    if (target === null) return null;
    try {
      return summary(await ctx.templates.importPack(target));
    } catch (error) {
      throw fileError(error, target);
    }
  },
  'templates:remove': async (ctx, { id }) => ctx.templates.removePack(id),
  'templates:saveFromDocument': async (ctx, { sessionId, title }) => {
    const session = sessionOf(ctx, sessionId);
    const pack = packFromSpecification(session.specification, {
      title,
      now: ctx.clock.now(),
      author: session.specification.buyer.name,
    });
    await ctx.templates.savePack(pack);
    return summary(pack);
  },

  'export:choices': async (ctx, { sessionId }) => ctx.exports.choices(sessionOf(ctx, sessionId).specification),
  'export:run': async (ctx, { sessionId, choices }) => {
    const session = sessionOf(ctx, sessionId);
    await session.flush();
    const suggested = path.join(path.dirname(session.path), suggestedFileName(session.specification));
    const chosen = await ctx.dialogs.chooseExportLocation(suggested);
    if (chosen === null) return null;
    const target = chosen.toLowerCase().endsWith('.docx') ? chosen : `${chosen}.docx`;
    try {
      return await ctx.exports.run(session.specification, choices, target, (fraction) => ctx.onExportProgress(sessionId, fraction));
    } catch (error) {
      throw fileError(error, target);
    }
  },
  'export:cancel': async (ctx, { sessionId }) => ctx.exports.cancel(sessionOf(ctx, sessionId).specification.id),
  'export:open': async (ctx, { path: filePath }) => {
    if (!ctx.exports.wasExported(filePath)) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'Only files exported in this session can be opened from here.' });
    }
    await ctx.openPath(filePath);
  },

  'backups:openCopy': async (ctx, { backupId }) => {
    const { entry, specification } = await storedVersion(ctx, backupId);
    try {
      return describe(await ctx.documents.openCopy(entry.documentPath, specification));
    } catch (error) {
      throw fileError(error, entry.documentPath);
    }
  },
};
