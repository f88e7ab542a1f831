/**
 * The supplier commands: `kravstudio respond` starts a response to a buyer's
 * specification from a company profile, and `kravstudio evaluate` scores
 * responses (`.kravsvar` files or filled answer matrices, .xlsx or .csv)
 * against the buyer's own specification, refusing any that were changed
 * after they were made.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { formatMoney, formatNumber } from '../shared/format/numbers';
import { evaluateResponses, type ResponseToEvaluate, type SupplierEvaluation } from '../shared/response/evaluate';
import { responseExtension } from '../shared/response/model';
import { startResponse } from '../shared/response/start';
import { cliLanguage, exitCodes, parse, readSpecificationArgument, reportUnreadable, UsageError, type Command } from './cli-command';
import { outputPath } from './cli-out-path';
import { NotARegularFileError } from './services/file-system';
import { readProfileFile, ResponseReadError, writeResponseFile } from './services/response-file';
import { readResponseSource } from './services/response-sources';

export const respondCommand: Command = {
  summary: 'respondSummary',
  async run(args, io, t) {
    const { values, positionals } = parse(args, { profile: { type: 'string' }, out: { type: 'string' }, supplier: { type: 'string' }, force: { type: 'boolean' } }, t);
    const [file, ...rest] = positionals;
    if (file === undefined) throw new UsageError(t('missingFile'));
    if (rest.length > 0) throw new UsageError(t('unexpectedArgument', { argument: rest[0] ?? '' }));
    if (values.profile === undefined) throw new UsageError(t('badOption', { option: '--profile' }));
    if (values.out === undefined) throw new UsageError(t('badOption', { option: '--out' }));
    const cwd = io.cwd ?? process.cwd();
    const out = outputPath(values.out, responseExtension, cwd);
    if (out === null) throw new UsageError(t('wrongOutExtension', { extension: `.${responseExtension}` }));
    if (values.force !== true && (await stat(out).catch(() => null)) !== null) throw new UsageError(t('exists', { file: out }));
    const read = await readSpecificationArgument(file, io, t);
    if (!read.ok) return read.code;
    const { specification } = read;
    let profile;
    try {
      profile = await readProfileFile(path.resolve(cwd, values.profile));
    } catch (error) {
      return reportUnreadable(error, values.profile, io, t);
    }
    const started = startResponse(specification, profile, { ...(values.supplier === undefined ? {} : { supplierName: values.supplier }), now: io.now?.() ?? new Date() });
    await writeResponseFile(out, started.response);
    for (const offer of started.toCheck) io.stdout(`${out}: ${t('responseToCheck', { requirement: offer.requirementId })}\n`);
    for (const offer of started.toAttach) {
      const fileName = offer.answer.kind === 'attachment' ? offer.answer.file.fileName : '';
      io.stdout(`${out}: ${t('responseToAttach', { requirement: offer.requirementId, file: fileName })}\n`);
    }
    io.stdout(`${t('responseStarted', { file: out, filled: String(started.filled.length), toCheck: String(started.toCheck.length), toAttach: String(started.toAttach.length) })}\n`);
    return exitCodes.ok;
  },
};

export const evaluateCommand: Command = {
  summary: 'evaluateSummary',
  async run(args, io, t) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } }, t);
    const [file, ...responseFiles] = positionals;
    if (file === undefined || responseFiles.length === 0) throw new UsageError(t('missingFile'));
    const cwd = io.cwd ?? process.cwd();
    const read = await readSpecificationArgument(file, io, t);
    if (!read.ok) return read.code;
    const { specification } = read;
    const entries: ResponseToEvaluate[] = [];
    const refused: { file: string; reason: string; message: string }[] = [];
    for (const responseFile of responseFiles) {
      try {
        // A .kravsvar, or an answer matrix (.xlsx, .csv) filled in by a supplier without Kravstudio.
        const { response } = await readResponseSource(path.resolve(cwd, responseFile), specification, { shownName: responseFile, language: cliLanguage(io.env) });
        entries.push({ source: responseFile, response });
      } catch (error) {
        if (!(error instanceof ResponseReadError)) {
          // Not found, not a file, not readable: the same one-line report as any other file.
          if (values.json !== true) reportUnreadable(error, responseFile, io, t);
          const code = (error as NodeJS.ErrnoException).code;
          if (values.json === true && !(error instanceof NotARegularFileError) && code === undefined) throw error;
          const reason = code === 'ENOENT' ? t('notFound') : code === 'EACCES' || code === 'EPERM' ? t('notReadable') : t('notAFile');
          refused.push({ file: responseFile, reason: 'unreadable', message: `${responseFile}: ${reason}` });
          continue;
        }
        refused.push({ file: responseFile, reason: error.problem.code, message: error.problem.message });
        if (values.json !== true) io.stdout(`${error.problem.message.replace(/\s+/g, ' ')}\n`);
      }
    }
    const evaluation = evaluateResponses(specification, entries);
    // A response whose answers do not fit the version it names was edited after it was made: it is refused like a damaged file.
    for (const supplier of evaluation.suppliers.filter((s) => s.flags.some((flag) => flag.kind === 'tampered'))) {
      for (const flag of supplier.flags) {
        refused.push({ file: supplier.source, reason: 'tampered', message: `${supplier.source}: ${flag.message}` });
        if (values.json !== true) io.stdout(`${supplier.source}: ${flag.message.replace(/\s+/g, ' ')}\n`);
      }
    }
    const shown = evaluation.suppliers.filter((s) => !s.flags.some((flag) => flag.kind === 'tampered'));
    const language = cliLanguage(io.env);
    if (values.json === true) {
      const suppliers = shown.map((s) => ({
        name: s.name,
        file: s.source,
        rank: s.rank,
        mandatoryFailed: s.mandatoryFailed,
        ...(evaluation.method === 'weighted-points' ? { total: s.total } : { comparisonPrice: s.comparisonPrice }),
        price: s.price,
        qualityPoints: s.qualityPoints,
        deductions: s.deductions,
        flags: s.flags.map((flag) => ({ kind: flag.kind, message: flag.message })),
      }));
      io.stdout(`${JSON.stringify({ specification: { id: specification.id, fingerprint: evaluation.fingerprint }, method: evaluation.method, suppliers, refused }, null, 2)}\n`);
    } else {
      const currency = specification.procurement.currency;
      const line = (s: SupplierEvaluation): string => {
        const head = s.rank === null ? t('evaluateNotRanked', { name: s.name }) : t('evaluateRanked', { rank: String(s.rank), name: s.name });
        const parts = [head];
        if (s.total !== null) parts.push(t('evaluateTotal', { value: formatNumber(s.total, language) }));
        if (s.comparisonPrice !== null) parts.push(t('evaluateComparisonPrice', { value: formatMoney(s.comparisonPrice, currency, language) }));
        if (s.requirements.length > 0) parts.push(t('evaluateQuality', { points: formatNumber(s.qualityPoints, language), deductions: formatMoney(s.deductions, currency, language) }));
        if (s.mandatoryFailed.length > 0) parts.push(t('evaluateMandatoryFailed', { ids: s.mandatoryFailed.join(', ') }));
        for (const flag of s.flags) if (flag.kind !== 'mandatory-failed') parts.push(t(`flag-${flag.kind}`));
        return `${parts.map((part) => part.replace(/\s+/g, ' ')).join('; ')}\n`;
      };
      for (const supplier of shown) io.stdout(`${supplier.source}: ${line(supplier)}`);
      if (refused.length > 0) io.stderr(`kravstudio: ${t('responseRefused', { count: String(new Set(refused.map((r) => r.file)).size) })}\n`);
    }
    return refused.length > 0 ? exitCodes.invalid : exitCodes.ok;
  },
};
