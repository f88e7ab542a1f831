/**
 * The supplier's channels: a buyer's specification read to be answered, a
 * response (`.kravsvar`) opened and saved, a company profile (`.kravprofil`)
 * read for its reusable answers. Every file is read bounded and hostile
 * (services/response-file.ts, the kinds' parse budgets); every refusal names
 * the file and the reason; responses are written whole with the safe writer.
 */
import path from 'node:path';
import { KravstudioError } from '../shared/errors';
import { filledResponseForm } from '../shared/response/filled-response-form';
import { assessReadiness } from '../shared/response/readiness';
import { readinessReport } from '../shared/response/readiness-report';
import { readinessView, type ReadinessSubject } from '../shared/response/readiness-subject';
import { specificationKind } from '../shared/document-kinds/specification';
import { specificationFingerprint } from '../shared/response/fingerprint';
import { responseExtension } from '../shared/response/model';
import { profileExtension } from '../shared/response/profile';
import { emptyResponse } from '../shared/response/work';
import type { Specification } from '../shared/specification/model';
import { uiLanguageOf, type HandlerContext } from './context';
import type { HandlerRegistry } from './handlers';
import { readDocumentFile } from './services/document-file';
import { fileError } from './services/file-errors';
import { exportFilledResponseFormDocx } from './services/docx/filled-response-form';
import { EvidenceFileError, evidenceFilesOf } from './services/evidence-files';
import { exportReadinessReportDocx } from './services/docx/readiness-report';
import { fileNameFromTitle } from './services/file-system';
import { readinessReportXlsx } from './services/readiness-report-xlsx';
import { writeFileSafely } from './services/safe-write';
import { readProfileFile, readResponseFile, ResponseReadError, writeProfileFile, writeResponseFile } from './services/response-file';

type SupplierChannel =
  | 'supplier:startResponse'
  | 'supplier:openResponse'
  | 'supplier:saveResponse'
  | 'supplier:openProfile'
  | 'supplier:saveProfile'
  | 'supplier:exportReadiness'
  | 'supplier:exportResponseForm'
  | 'supplier:attachEvidence';


const reportFormats = {
  docx: { extension: 'docx', name: 'Word' },
  xlsx: { extension: 'xlsx', name: 'Excel' },
} as const;

/** A path the window named (it must have been handed out before), or the file the user picks; null when they cancel. */
async function chosen(ctx: HandlerContext, requested: string | null, ask: () => Promise<string | null>): Promise<string | null> {
  return requested === null ? ask() : ctx.grants.authorise(requested);
}

async function readSpecification(ctx: HandlerContext, filePath: string): Promise<Specification> {
  try {
    const read = await readDocumentFile(filePath, specificationKind);
    ctx.grants.grant(filePath);
    return read.document;
  } catch (error) {
    throw fileError(error, filePath);
  }
}

function responseError(error: unknown, filePath: string): KravstudioError {
  if (error instanceof ResponseReadError) {
    return new KravstudioError({ code: 'BAD_DOCUMENT', message: error.problem.message, file: filePath, problem: error.problem.code });
  }
  return fileError(error, filePath);
}

function withExtension(target: string, extension: string): string {
  return target.toLowerCase().endsWith(`.${extension}`) ? target : `${target}.${extension}`;
}

export const supplierHandlers: Pick<HandlerRegistry, SupplierChannel> = {
  'supplier:startResponse': async (ctx, { specificationPath }) => {
    const target = await chosen(ctx, specificationPath, () => ctx.dialogs.chooseDocumentToOpen(ctx.paths.documents));
    if (target === null) return null;
    const specification = await readSpecification(ctx, target);
    return { specificationPath: target, specification, response: emptyResponse(specification, ctx.clock.now()), responsePath: null, specificationChanged: false };
  },

  'supplier:openResponse': async (ctx, { responsePath, specificationPath }) => {
    // A path the window names is checked before any dialog is shown, so a refused one never waits behind the user's choice.
    const namedSpecification = specificationPath === null ? null : await ctx.grants.authorise(specificationPath);
    const responseTarget = await chosen(ctx, responsePath, () => ctx.dialogs.chooseSupplierFileToOpen('response', ctx.paths.documents));
    if (responseTarget === null) return null;
    let response;
    try {
      const read = await readResponseFile(responseTarget, path.basename(responseTarget));
      response = read.response;
      // Its attachments are held again, so that saving the response keeps them.
      for (const [name, bytes] of read.attachments) evidenceFilesOf(ctx).keep(name, bytes);
    } catch (error) {
      throw responseError(error, responseTarget);
    }
    ctx.grants.grant(responseTarget);
    const specificationTarget = namedSpecification ?? (await ctx.dialogs.chooseDocumentToOpen(path.dirname(responseTarget)));
    if (specificationTarget === null) return null;
    const specification = await readSpecification(ctx, specificationTarget);
    if (specification.id !== response.specification.id) {
      throw new KravstudioError({
        code: 'BAD_DOCUMENT',
        message: `${path.basename(responseTarget)} answers another specification ("${response.specification.title.slice(0, 200)}"), not ${path.basename(specificationTarget)}.`,
        file: responseTarget,
        problem: 'specification-mismatch',
      });
    }
    return {
      specificationPath: specificationTarget,
      specification,
      response,
      responsePath: responseTarget,
      specificationChanged: specificationFingerprint(specification) !== response.specification.fingerprint,
    };
  },

  'supplier:saveResponse': async (ctx, { response, path: requested }) => {
    const defaultPath = path.join(ctx.paths.documents, `${fileNameFromTitle(response.specification.title, 'Response')}.${responseExtension}`);
    const target = await chosen(ctx, requested, () => ctx.dialogs.chooseSupplierSaveLocation('response', defaultPath));
    if (target === null) return null;
    const finalPath = withExtension(target, responseExtension);
    const named = Object.values(response.answers).flatMap((answer) => (answer.kind === 'attachment' ? [answer.file] : []));
    const { attachments, missing } = evidenceFilesOf(ctx).forAnswers(named);
    if (missing.length > 0) {
      throw new KravstudioError({
        code: 'INVALID_INPUT',
        message: `Attach ${missing.map((file) => file.fileName).join(', ')} again: the app no longer holds the file, so the response cannot carry it.`,
      });
    }
    try {
      await writeResponseFile(finalPath, { ...response, updatedAt: ctx.clock.now().toISOString() }, attachments);
    } catch (error) {
      throw fileError(error, finalPath);
    }
    ctx.grants.grant(finalPath);
    return { path: finalPath };
  },

  'supplier:openProfile': async (ctx, { path: requested }) => {
    const target = await chosen(ctx, requested, () => ctx.dialogs.chooseSupplierFileToOpen('profile', ctx.paths.documents));
    if (target === null) return null;
    try {
      const profile = await readProfileFile(target);
      ctx.grants.grant(target);
      return { path: target, profile };
    } catch (error) {
      // The profile screen shows the message alone, so it names the file, as a refused response's does.
      const refused = fileError(error, target);
      throw new KravstudioError({ ...refused.toShape(), message: `${path.basename(target)}: ${refused.message}` });
    }
  },

  'supplier:saveProfile': async (ctx, { profile, path: requested }) => {
    const defaultPath = path.join(ctx.paths.documents, `${fileNameFromTitle(profile.company.name, 'Company profile')}.${profileExtension}`);
    const target = await chosen(ctx, requested, () => ctx.dialogs.chooseSupplierSaveLocation('profile', defaultPath));
    if (target === null) return null;
    const finalPath = withExtension(target, profileExtension);
    try {
      await writeProfileFile(finalPath, { ...profile, updatedAt: ctx.clock.now().toISOString() });
    } catch (error) {
      throw fileError(error, finalPath);
    }
    ctx.grants.grant(finalPath);
    return { path: finalPath };
  },

  'supplier:exportReadiness': async (ctx, { packIds, specificationPath, profilePath, format, today }) => {
    const language = uiLanguageOf(ctx);
    // Paths the window names are checked before any dialog; the files are read again, so the report is what is on disk.
    const namedProfile = profilePath === null ? null : await ctx.grants.authorise(profilePath);
    const namedSpecification = specificationPath === null ? null : await ctx.grants.authorise(specificationPath);
    let subject: ReadinessSubject;
    if (packIds.length > 0) {
      const library = await ctx.templates.load();
      const unknown = packIds.filter((id) => !library.packs.some((pack) => pack.id === id));
      if (unknown.length > 0) {
        throw new KravstudioError({ code: 'INVALID_INPUT', message: `The library has no pack ${unknown.map((id) => `"${id.slice(0, 100)}"`).join(', ')}.` });
      }
      subject = { kind: 'packs', packIds, library };
    } else {
      const specificationTarget = namedSpecification ?? (await ctx.dialogs.chooseDocumentToOpen(ctx.paths.documents));
      if (specificationTarget === null) return null;
      subject = { kind: 'specification', specification: await readSpecification(ctx, specificationTarget) };
    }
    const profileTarget = namedProfile ?? (await ctx.dialogs.chooseSupplierFileToOpen('profile', ctx.paths.documents));
    if (profileTarget === null) return null;
    let profile;
    try {
      profile = await readProfileFile(profileTarget);
    } catch (error) {
      throw fileError(error, profileTarget);
    }
    ctx.grants.grant(profileTarget);
    const view = readinessView(subject, language);
    const readiness = assessReadiness(view.requirements, profile, { languages: view.languages, today });
    const report = readinessReport(view, readiness, profile, { language, today });
    const { extension, name } = reportFormats[format];
    const suggested = path.join(path.dirname(profileTarget), `${fileNameFromTitle(report.title, 'Readiness')}.${extension}`);
    const chosenPath = await ctx.dialogs.chooseExportLocation(suggested, { name, extensions: [extension] });
    if (chosenPath === null) return null;
    const target = withExtension(chosenPath, extension);
    try {
      const bytes = format === 'docx' ? await exportReadinessReportDocx(report) : await readinessReportXlsx(report, ctx.clock.now());
      await writeFileSafely(target, bytes);
    } catch (error) {
      throw fileError(error, target);
    }
    ctx.grants.grant(target);
    return { path: target };
  },

  'supplier:exportResponseForm': async (ctx, { response, specificationPath }) => {
    const specificationTarget = await ctx.grants.authorise(specificationPath);
    const specification = await readSpecification(ctx, specificationTarget);
    if (specification.id !== response.specification.id) {
      throw new KravstudioError({
        code: 'BAD_DOCUMENT',
        message: `The response answers another specification ("${response.specification.title.slice(0, 200)}"), not ${path.basename(specificationTarget)}.`,
        file: specificationTarget,
        problem: 'specification-mismatch',
      });
    }
    const form = filledResponseForm(specification, response);
    const suggested = path.join(path.dirname(specificationTarget), `${fileNameFromTitle(`${form.documentType} ${response.supplier.name}`, 'Response form')}.docx`);
    const chosenPath = await ctx.dialogs.chooseExportLocation(suggested, { name: 'Word', extensions: ['docx'] });
    if (chosenPath === null) return null;
    const target = withExtension(chosenPath, 'docx');
    try {
      await writeFileSafely(target, await exportFilledResponseFormDocx(form));
    } catch (error) {
      throw fileError(error, target);
    }
    ctx.grants.grant(target);
    return { path: target };
  },

  'supplier:attachEvidence': async (ctx) => {
    const chosenPath = await ctx.dialogs.chooseEvidenceFile(ctx.paths.documents);
    if (chosenPath === null) return null;
    try {
      return await evidenceFilesOf(ctx).attach(chosenPath);
    } catch (error) {
      if (error instanceof EvidenceFileError) throw new KravstudioError({ code: 'BAD_DOCUMENT', message: error.message, file: chosenPath, problem: 'evidence' });
      throw fileError(error, chosenPath);
    }
  },
};
