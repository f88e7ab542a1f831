/**
 * The buyer's evaluation channels: responses received for the open
 * specification (chosen in the native open dialog, several at once, each
 * read bounded and hostile; a refused one is named with its reason while the
 * others are still read), a price the buyer enters where a response has
 * none, removing a response, and the evaluation report (a draft of the
 * evaluation record, DOCX) written with the safe writer where the save
 * dialog says. Paths stay in the main process: the window gets file names.
 */
import path from 'node:path';
import { KravstudioError } from '../shared/errors';
import { catalogues, lookup } from '../shared/i18n/catalogues';
import type { Specification } from '../shared/specification/model';
import { uiLanguageOf, type HandlerContext } from './context';
import type { HandlerRegistry } from './handlers';
import { exportEvaluationReportDocx } from './services/docx/evaluation-report';
import { fileError } from './services/file-errors';
import { fileNameFromTitle } from './services/file-system';
import { writeFileSafely } from './services/safe-write';

type EvaluationChannel = 'evaluation:addResponses' | 'evaluation:overview' | 'evaluation:removeResponse' | 'evaluation:setPrice' | 'evaluation:exportReport';

/** The open specification the window names, with the edits it has already sent. */
function openSpecification(ctx: HandlerContext, sessionId: string): { specification: Specification; path: string } {
  const session = ctx.documents.get(sessionId);
  if (session === undefined) throw new KravstudioError({ code: 'NOT_FOUND', message: 'That document is not open.' });
  return { specification: session.specification, path: session.path };
}

const noSuchResponse = (): KravstudioError => new KravstudioError({ code: 'NOT_FOUND', message: 'That response is no longer in the evaluation.' });

export const evaluationHandlers: Pick<HandlerRegistry, EvaluationChannel> = {
  'evaluation:addResponses': async (ctx, { sessionId }) => {
    const open = openSpecification(ctx, sessionId);
    const chosen = await ctx.dialogs.chooseResponsesToEvaluate(path.dirname(open.path));
    if (chosen.length === 0) return null;
    // The specification is read again after the dialog: the buyer may have edited it meanwhile.
    const { specification } = openSpecification(ctx, sessionId);
    const refused = await ctx.receivedResponses.add(sessionId, chosen, specification, uiLanguageOf(ctx));
    return ctx.receivedResponses.overview(sessionId, specification, refused);
  },

  'evaluation:overview': async (ctx, { sessionId }) => ctx.receivedResponses.overview(sessionId, openSpecification(ctx, sessionId).specification),

  'evaluation:removeResponse': async (ctx, { sessionId, responseId }) => {
    const { specification } = openSpecification(ctx, sessionId);
    if (!ctx.receivedResponses.remove(sessionId, responseId)) throw noSuchResponse();
    return ctx.receivedResponses.overview(sessionId, specification);
  },

  'evaluation:setPrice': async (ctx, { sessionId, responseId, price }) => {
    const { specification } = openSpecification(ctx, sessionId);
    if (!ctx.receivedResponses.setPrice(sessionId, responseId, price)) throw noSuchResponse();
    return ctx.receivedResponses.overview(sessionId, specification);
  },

  'evaluation:exportReport': async (ctx, { sessionId }) => {
    const open = openSpecification(ctx, sessionId);
    const suggested = path.join(path.dirname(open.path), `${fileNameFromTitle(`${open.specification.title} – ${lookup(catalogues[open.specification.primaryLanguage], 'responseEvaluation.report.documentType')}`, 'Evaluation')}.docx`);
    const chosen = await ctx.dialogs.chooseEvaluationReportLocation(suggested);
    if (chosen === null) return null;
    const target = chosen.toLowerCase().endsWith('.docx') ? chosen : `${chosen}.docx`;
    const { specification } = openSpecification(ctx, sessionId);
    const overview = ctx.receivedResponses.overview(sessionId, specification);
    try {
      const bytes = await exportEvaluationReportDocx({ specification, overview, now: ctx.clock.now(), version: ctx.appInfo().version });
      await writeFileSafely(path.resolve(target), bytes);
    } catch (error) {
      throw fileError(error, target);
    }
    return { fileName: path.basename(target) };
  },
};
