/**
 * The `kravstudio` command line, on plain Node and the same services as the
 * app. Exit codes: 0 done, 1 validation failed (or the export format needs a
 * program this computer lacks), 2 usage error.
 */
import { randomUUID } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import packageJson from '../package.json' with { type: 'json' };
import { SsaAgreement, defaultExportFormat, ssaAgreements, type ExportChoices, type OptionalExportChoice } from '../shared/export-choices';
import { documentExtension } from '../shared/document-file';
import { catalogues, lookup } from '../shared/i18n/catalogues';
import { inLanguage, pickUiLanguage, UiLanguage } from '../shared/languages';
import { createSpecification } from '../shared/specification/create';
import { Jurisdiction } from '../shared/specification/model';
import { contentProblems } from '../shared/specification/content-checks';
import { serializeSpecification } from '../shared/specification/document-file';
import { catalogueEntries, resolvePack } from '../shared/templates/library';
import { addFromLibrary, addRequestsForPacks, type AddRequest } from '../shared/templates/instantiate';
import { findingMessageKey } from '../shared/quality/checker';
import { lintSpecification } from '../shared/quality/lint';
import { exportPreflight } from '../shared/tender-document/preflight';
import { DocumentReadError, readSpecificationFile } from './services/specification-file';
import { defaultExportChoices, DocumentExports, withExtension } from './services/document-export';
import { builtInExportFormats, type ExportFormatRegistry } from './services/export-formats/registry';
import { TemplateLibraryStore } from './services/template-library';
import { NotARegularFileError } from './services/file-system';
import { writeFileSafely } from './services/safe-write';
import { importReportPlainText, importText } from '../shared/import/report-text';
import { importSourceKindOf } from '../shared/import/sources';
import { type DocumentLanguage } from '../shared/specification/model';
import { ImportFileError, importSourceFile } from './services/import/import-source';
import { revisionNotePath, writeImportedSpecification } from './services/import/revision-note';
import { MappingFileError, readColumnMappingFile, writeColumnMapping } from './services/import/mapping-file';
import type { ColumnMapping } from '../shared/import/table';
import { runCourseCommand } from './cli-course';
import { outputPath } from './cli-out-path';
import { simulationModels } from '../shared/evaluation/setup';
import { bidsProblems, readBidsFile, runSimulation, simulationJson, simulationText, SimulationModelOption } from './cli-simulate';
import { readResponseFile, readProfileFile, ResponseReadError, writeResponseFile } from './services/response-file';
import { responseExtension } from '../shared/response/model';
import { startResponse } from '../shared/response/start';
import { evaluateResponses, type ResponseToEvaluate, type SupplierEvaluation } from '../shared/response/evaluate';
import { formatMoney, formatNumber } from '../shared/format/numbers';
import { replaceActingCharacters } from '../shared/text/control-characters';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  now?: () => Date;
  /** The shipped template library (the bin passes the one beside it). */
  templatesDir?: string;
  /** Where the user's own packs live, if any. */
  userDataDir?: string;
  /** The export formats on offer; the shipped ones unless a test brings its own. */
  exportFormats?: ExportFormatRegistry;
}

function libraryStore(io: CliIo): TemplateLibraryStore {
  if (io.templatesDir === undefined) throw new Error('No template library given to the command line.');
  return new TemplateLibraryStore({ shippedDir: io.templatesDir, userDataDir: io.userDataDir ?? path.join(io.templatesDir, '.no-user-packs') });
}

/** Every requirement of the named packs (with their modules), once each; an unknown pack is a usage error. */
async function requirementsOfPacks(io: CliIo, packIds: readonly string[], t: Translate): Promise<AddRequest[]> {
  if (packIds.length === 0) return [];
  const { requests, unknown } = addRequestsForPacks(await libraryStore(io).load(), packIds);
  if (unknown[0] !== undefined) throw new UsageError(t('unknownPack', { pack: unknown[0] }));
  return requests;
}

export const exitCodes = { ok: 0, invalid: 1, usage: 2 } as const;

/** The language of the user's terminal, from the usual locale variables. */
export function cliLanguage(env: CliIo['env']): UiLanguage {
  const tags = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG'], env['LANGUAGE']]
    .filter((value): value is string => value !== undefined && value !== '' && value !== 'C' && value !== 'POSIX')
    .flatMap((value) => value.split(':'));
  return pickUiLanguage(tags);
}

class UsageError extends Error {}

type Translate = (key: string, values?: Record<string, string>) => string;

interface Command {
  summary: string;
  run(args: string[], io: CliIo, t: Translate): Promise<number>;
}

function parse<T extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(args: string[], options: T, t: Translate) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const match = /'(-{1,2}[^']+)'/.exec((error as Error).message);
    throw new UsageError(t('unknownOption', { option: match?.[1] ?? args.join(' ').slice(0, 60) }));
  }
}

/** A file that is not a readable specification: one line per problem ("FILE: JSON-PATH: reason"), exit 1. */
function reportUnreadable(error: unknown, file: string, io: CliIo, t: Translate): number {
  if (error instanceof DocumentReadError) {
    const issues = error.problem.issues.length > 0 ? error.problem.issues : [{ path: '$', message: error.problem.message }];
    for (const issue of issues) io.stdout(`${file}: ${issue.path}: ${issue.message}\n`);
    return exitCodes.invalid;
  }
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    io.stdout(`${file}: $: ${t('notFound')}\n`);
    return exitCodes.invalid;
  }
  // A link to itself or through a file (ELOOP, ENOTDIR) leads to no file either.
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof NotARegularFileError || code === 'EISDIR' || code === 'ELOOP' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') {
    io.stdout(`${file}: $: ${t('notAFile')}\n`);
    return exitCodes.invalid;
  }
  if ((error as NodeJS.ErrnoException).code === 'EACCES' || (error as NodeJS.ErrnoException).code === 'EPERM') {
    io.stdout(`${file}: $: ${t('notReadable')}\n`);
    return exitCodes.invalid;
  }
  throw error;
}

const NewOptions = z.object({
  template: z
    .string()
    .optional()
    .transform((value) => (value === undefined ? [] : value.split(',').map((part) => part.trim()).filter((part) => part !== ''))),
  jurisdiction: Jurisdiction,
  lang: z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()))
    .pipe(z.array(UiLanguage).min(1)),
  title: z.string().trim().min(1),
  out: z.string().min(1),
});

const commands: Record<string, Command> = {
  new: {
    summary: 'newSummary',
    async run(args, io, t) {
      const { values, positionals } = parse(
        args,
        {
          jurisdiction: { type: 'string' },
          lang: { type: 'string' },
          title: { type: 'string' },
          out: { type: 'string' },
          template: { type: 'string' },
          force: { type: 'boolean' },
        },
        t,
      );
      if (positionals.length > 0) throw new UsageError(t('unexpectedArgument', { argument: positionals[0] ?? '' }));
      const parsed = NewOptions.safeParse(values);
      if (!parsed.success) {
        const field = String(parsed.error.issues[0]?.path[0] ?? '');
        throw new UsageError(t('badOption', { option: `--${field}` }));
      }
      const { jurisdiction, lang, title } = parsed.data;
      const out = outputPath(parsed.data.out, documentExtension, io.cwd ?? process.cwd());
      if (out === null) throw new UsageError(t('wrongOutExtension', { extension: `.${documentExtension}` }));
      if (values.force !== true && (await stat(out).catch(() => null)) !== null) throw new UsageError(t('exists', { file: out }));
      const languages = [...new Set(lang)];
      const fromPacks = await requirementsOfPacks(io, parsed.data.template, t);
      const empty = createSpecification({
        id: randomUUID(),
        title,
        jurisdiction,
        languages,
        primaryLanguage: languages[0] ?? 'en',
        now: io.now?.() ?? new Date(),
      });
      const specification = fromPacks.length === 0 ? empty : addFromLibrary(empty, fromPacks);
      // Without --force the file is created exclusively (an existing name, a link included, is refused);
      // with it, the safe write replaces the file whole and never writes through a link.
      if (values.force === true) await writeFileSafely(out, serializeSpecification(specification));
      else await writeFile(out, serializeSpecification(specification), { flag: 'wx' });
      io.stdout(`${t('created', { file: out })}${fromPacks.length === 0 ? '' : ` ${t('withRequirements', { count: String(fromPacks.length) })}`}\n`);
      return exitCodes.ok;
    },
  },
  templates: {
    summary: 'templatesSummary',
    async run(args, io, t) {
      const { values, positionals } = parse(args, { json: { type: 'boolean' } }, t);
      if (positionals.length > 0) throw new UsageError(t('unexpectedArgument', { argument: positionals[0] ?? '' }));
      const library = await libraryStore(io).load();
      const modules = new Map(library.modules.map((m) => [m.id, m]));
      const language = cliLanguage(io.env);
      const rows = library.packs.map((pack) => {
        const resolved = resolvePack(pack, modules);
        return {
          id: pack.id,
          version: pack.version,
          title: inLanguage(pack.title, language) || pack.id,
          serviceType: pack.serviceType,
          requirements: resolved.requirements.length,
          ownRequirements: pack.requirements.length,
          modules: pack.includes,
          user: library.userPackIds.includes(pack.id),
        };
      });
      if (values.json === true) {
        io.stdout(`${JSON.stringify({ packs: rows, modules: library.modules.map((m) => ({ id: m.id, version: m.version, requirements: m.requirements.length })) }, null, 2)}\n`);
        return exitCodes.ok;
      }
      const width = Math.max(...rows.map((row) => row.id.length), 4);
      for (const row of rows) io.stdout(`${row.id.padEnd(width)}  ${String(row.requirements).padStart(4)}  ${row.title}\n`);
      io.stdout(`${t('templatesTotal', { packs: String(rows.length), requirements: String(catalogueEntries(library).length) })}\n`);
      return exitCodes.ok;
    },
  },
  export: {
    summary: 'exportSummary',
    async run(args, io, t) {
      const { values, positionals } = parse(
        args,
        {
          format: { type: 'string' },
          lang: { type: 'string' },
          'response-form': { type: 'boolean' },
          'append-response-form': { type: 'boolean' },
          guidance: { type: 'boolean' },
          ssa: { type: 'string' },
          pdfa: { type: 'boolean' },
          out: { type: 'string' },
          force: { type: 'boolean' },
          'allow-incomplete': { type: 'boolean' },
          'omit-empty-chapters': { type: 'boolean' },
        },
        t,
      );
      const [file, ...rest] = positionals;
      if (file === undefined) throw new UsageError(t('missingFile'));
      if (rest.length > 0) throw new UsageError(t('unexpectedArgument', { argument: rest[0] ?? '' }));
      const formats = io.exportFormats ?? builtInExportFormats();
      const format = formats.find(values.format ?? defaultExportFormat);
      if (format === undefined) throw new UsageError(t('unknownFormat', { format: (values.format ?? '').slice(0, 60), formats: formats.ids().join(', ') }));
      if (values.out === undefined) throw new UsageError(t('badOption', { option: '--out' }));
      if (values['response-form'] === true && values['append-response-form'] === true) throw new UsageError(t('conflictingOptions', { first: '--response-form', second: '--append-response-form' }));
      const asked: [string, boolean, OptionalExportChoice][] = [
        ['--guidance', values.guidance === true, 'guidanceAnnex'],
        ['--response-form', values['response-form'] === true, 'responseForm'],
        ['--append-response-form', values['append-response-form'] === true, 'responseFormAppended'],
        ['--ssa', values.ssa !== undefined, 'ssa'],
        ['--pdfa', values.pdfa === true, 'pdfa'],
      ];
      const unused = asked.find(([, given, choice]) => given && !format.choices.includes(choice));
      if (unused !== undefined) throw new UsageError(t('optionNotForFormat', { option: unused[0], format: format.id }));
      const ssa = values.ssa === undefined ? undefined : SsaAgreement.safeParse(values.ssa.toUpperCase());
      if (ssa !== undefined && !ssa.success) throw new UsageError(t('badOption', { option: '--ssa' }));
      const cwd = io.cwd ?? process.cwd();
      const source = path.resolve(cwd, file);
      let specification;
      try {
        specification = (await readSpecificationFile(source)).specification;
      } catch (error) {
        return reportUnreadable(error, file, io, t);
      }
      const language = values.lang === undefined ? specification.primaryLanguage : UiLanguage.safeParse(values.lang).data;
      if (language === undefined || !specification.languages.includes(language)) throw new UsageError(t('badOption', { option: '--lang' }));
      const availability = await format.availability();
      // Not a usage error: the command is right, this computer lacks a program (LibreOffice) the format needs.
      if (!availability.available) {
        io.stderr(`kravstudio: ${t('formatUnavailable', { format: format.id, reason: availability.reason[cliLanguage(io.env)] })}\n`);
        return exitCodes.invalid;
      }
      const out = withExtension(path.resolve(cwd, values.out), format.extension);
      if (values.force !== true && (await stat(out).catch(() => null)) !== null) throw new UsageError(t('exists', { file: out }));
      const choices: ExportChoices = {
        ...defaultExportChoices(specification),
        format: format.id,
        language,
        guidanceAnnex: values.guidance === true,
        responseForm: values['response-form'] === true || values['append-response-form'] === true,
        responseFormAppended: values['append-response-form'] === true,
        ...(ssa === undefined ? {} : { ssa: ssa.data }),
        ...(values.pdfa === true ? { pdfa: true } : {}),
        ...(values['omit-empty-chapters'] === true ? { omitEmptyChapters: true } : {}),
      };
      // The same preflight as the app's export dialog: nothing goes out incomplete without the user saying so.
      // One library store for the preflight and the export: it reads the library once.
      const templates = io.templatesDir === undefined ? undefined : libraryStore(io);
      const library = templates === undefined ? null : await templates.load();
      const preflight = exportPreflight(
        specification,
        { language, guidanceAnnex: choices.guidanceAnnex, ssa: choices.ssa, version: '1.0', date: io.now?.() ?? new Date(), omitEmptyChapters: choices.omitEmptyChapters === true },
        { standards: library?.standards ?? [], ...(library === null ? {} : { library }) },
      );
      const messages = catalogues[cliLanguage(io.env)];
      for (const item of preflight) {
        // Places and values hold the document's own text: one line each, so none can fake another line.
        const where = item.place === '' ? '' : ` ${item.place.replace(/\s+/g, ' ')}:`;
        io.stdout(`${file}: ${item.severity} ${item.category}${where} ${lookup(messages, `preflight.${item.code}`, item.values).replace(/\s+/g, ' ')}\n`);
      }
      if (preflight.length > 0 && values['allow-incomplete'] !== true) {
        io.stderr(`kravstudio: ${t('preflightRefused', { count: String(preflight.length) })}\n`);
        return exitCodes.invalid;
      }
      // The same export service as the app, without remembering choices; the library only when one was given.
      const exports = new DocumentExports({
        ...(templates === undefined ? {} : { templates }),
        clock: { now: () => io.now?.() ?? new Date() },
        formats,
      });
      const result = await exports.run(specification, choices, out, () => undefined);
      for (const written of result.files) io.stdout(`${t('exported', { file: written })}\n`);
      return exitCodes.ok;
    },
  },
  respond: {
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
      let specification;
      try {
        specification = (await readSpecificationFile(path.resolve(cwd, file))).specification;
      } catch (error) {
        return reportUnreadable(error, file, io, t);
      }
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
  },
  evaluate: {
    summary: 'evaluateSummary',
    async run(args, io, t) {
      const { values, positionals } = parse(args, { json: { type: 'boolean' } }, t);
      const [file, ...responseFiles] = positionals;
      if (file === undefined || responseFiles.length === 0) throw new UsageError(t('missingFile'));
      const cwd = io.cwd ?? process.cwd();
      let specification;
      try {
        specification = (await readSpecificationFile(path.resolve(cwd, file))).specification;
      } catch (error) {
        return reportUnreadable(error, file, io, t);
      }
      const entries: ResponseToEvaluate[] = [];
      const refused: { file: string; reason: string; message: string }[] = [];
      for (const responseFile of responseFiles) {
        try {
          const { response } = await readResponseFile(path.resolve(cwd, responseFile), responseFile);
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
  },
  lint: {
    summary: 'lintSummary',
    async run(args, io, t) {
      const { values, positionals } = parse(args, { json: { type: 'boolean' }, lang: { type: 'string' } }, t);
      const [file, ...rest] = positionals;
      if (file === undefined) throw new UsageError(t('missingFile'));
      if (rest.length > 0) throw new UsageError(t('unexpectedArgument', { argument: rest[0] ?? '' }));
      let specification;
      try {
        specification = (await readSpecificationFile(path.resolve(io.cwd ?? process.cwd(), file))).specification;
      } catch (error) {
        return reportUnreadable(error, file, io, t);
      }
      const language = values.lang === undefined ? specification.primaryLanguage : UiLanguage.safeParse(values.lang).data;
      if (language === undefined || !specification.languages.includes(language)) throw new UsageError(t('badOption', { option: '--lang' }));
      const messages = catalogues[cliLanguage(io.env)];
      const findings = lintSpecification(specification, language).map((f) => ({
        ...f,
        message: lookup(messages, findingMessageKey(f)),
      }));
      if (values.json === true) io.stdout(`${JSON.stringify({ file, language, findings }, null, 2)}\n`);
      else {
        for (const f of findings) io.stdout(`${file}: ${f.requirementId} ${f.ruleId} ${f.severity} [${f.start}–${f.end}]: ${f.message}\n`);
        io.stdout(`${t('lintTotal', { count: String(findings.length), errors: String(findings.filter((f) => f.severity === 'error').length) })}\n`);
      }
      return findings.some((f) => f.severity === 'error') ? exitCodes.invalid : exitCodes.ok;
    },
  },
  import: {
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
  },
  course: {
    summary: 'course.cli.summary',
    run: (args, io, t) =>
      runCourseCommand(args, {
        stdout: io.stdout,
        ...(io.cwd === undefined ? {} : { cwd: io.cwd }),
        language: cliLanguage(io.env),
        t,
        usage: (message) => {
          throw new UsageError(message);
        },
        unreadable: (error, file) => reportUnreadable(error, file, io, t),
      }),
  },
  simulate: {
    summary: 'simulateSummary',
    async run(args, io, t) {
      const { values, positionals } = parse(args, { bids: { type: 'string' }, json: { type: 'boolean' }, model: { type: 'string' } }, t);
      const [file, ...rest] = positionals;
      if (file === undefined) throw new UsageError(t('missingFile'));
      if (rest.length > 0) throw new UsageError(t('unexpectedArgument', { argument: rest[0] ?? '' }));
      if (values.bids === undefined || values.bids === '') throw new UsageError(t('badOption', { option: '--bids' }));
      const model = values.model === undefined ? undefined : SimulationModelOption.safeParse(values.model).data;
      if (values.model !== undefined && model === undefined) throw new UsageError(t('badOption', { option: '--model' }));
      const cwd = io.cwd ?? process.cwd();
      let specification;
      try {
        specification = (await readSpecificationFile(path.resolve(cwd, file))).specification;
      } catch (error) {
        return reportUnreadable(error, file, io, t);
      }
      let bids;
      try {
        bids = await readBidsFile(path.resolve(cwd, values.bids));
      } catch (error) {
        return reportUnreadable(error, values.bids, io, t);
      }
      const outcome = runSimulation(specification, bids, model);
      const problems = bidsProblems(bids, outcome.setup, specification);
      if (problems.length > 0) {
        for (const problem of problems) io.stdout(`${values.bids}: ${problem.path}: ${problem.message}\n`);
        return exitCodes.invalid;
      }
      const context = { language: cliLanguage(io.env), currency: specification.procurement.currency };
      io.stdout(values.json === true ? `${JSON.stringify(simulationJson(outcome, context), null, 2)}\n` : simulationText(outcome, context));
      return exitCodes.ok;
    },
  },
  validate: {
    summary: 'validateSummary',
    async run(args, io, t) {
      const { positionals } = parse(args, {}, t);
      const [file, ...rest] = positionals;
      if (file === undefined) throw new UsageError(t('missingFile'));
      if (rest.length > 0) throw new UsageError(t('unexpectedArgument', { argument: rest[0] ?? '' }));
      const target = path.resolve(io.cwd ?? process.cwd(), file);
      try {
        const { specification, migratedFrom } = await readSpecificationFile(target);
        const problems = contentProblems(specification);
        if (problems.length > 0) {
          for (const problem of problems) io.stdout(`${file}: ${problem.path}: ${problem.message}\n`);
          return exitCodes.invalid;
        }
        const note = migratedFrom === null ? '' : ` ${t('migrated', { version: String(migratedFrom) })}`;
        io.stdout(`${t('valid', { file, count: String(specification.requirements.length) })}${note}\n`);
        return exitCodes.ok;
      } catch (error) {
        return reportUnreadable(error, file, io, t);
      }
    },
  },
};

/**
 * What the CLI prints can hold text from the files it reads (unknown keys, titles, messages): control
 * characters in it would move the cursor, clear the screen or fake a line, so they are printed as escapes.
 * Line breaks and tabs the CLI writes itself stay as they are.
 */
export function terminalSafe(text: string): string {
  return replaceActingCharacters(text, (codePoint) => `\\u${codePoint.toString(16).padStart(4, '0')}`, { keepTabAndLineFeed: true });
}

export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  const io: CliIo = { ...given, stdout: (text) => given.stdout(terminalSafe(text)), stderr: (text) => given.stderr(terminalSafe(text)) };
  const language = cliLanguage(io.env);
  const t: Translate = (key, values) => lookup(catalogues[language], `cli.${key}`, values);
  const [first, ...rest] = argv;
  try {
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout(helpText(t, io.exportFormats ?? builtInExportFormats(), language));
      return exitCodes.ok;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${packageJson.version}\n`);
      return exitCodes.ok;
    }
    if (first === undefined) throw new UsageError(t('missingCommand'));
    if (first.startsWith('-')) throw new UsageError(t('unknownOption', { option: first.slice(0, 60) }));
    const command = Object.hasOwn(commands, first) ? commands[first] : undefined;
    if (command === undefined) throw new UsageError(t('unknownCommand', { command: first.slice(0, 60) }));
    // "kravstudio export --help" shows the help (which lists every command's options) rather than refusing the option.
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(helpText(t, io.exportFormats ?? builtInExportFormats(), language));
      return exitCodes.ok;
    }
    return await command.run(rest, io, t);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kravstudio: ${error.message}\n`);
      return exitCodes.usage;
    }
    throw error;
  }
}

function helpText(t: Translate, formats: ExportFormatRegistry, language: UiLanguage): string {
  return [
    t('usage'),
    '',
    t('description'),
    '',
    t('commandsTitle'),
    `  new --jurisdiction se|no|eu --lang sv|nb|en[,…] --title TITLE --out FILE [--template PACK[,PACK]] [--force]`,
    `      ${t('newSummary')}`,
    `  templates [--json]`,
    `      ${t('templatesSummary')}`,
    `  export FILE --out OUT [--format ${formats.ids().join('|')}] [--lang sv|nb|en] [--response-form | --append-response-form] [--guidance] [--ssa ${ssaAgreements.join('|')}] [--pdfa] [--omit-empty-chapters] [--allow-incomplete]`,
    `      ${t('exportSummary')}`,
    `      ${t('preflightHelp')}`,
    `      ${t('formatOption', { formats: formats.list().map((format) => `${format.id} (${format.name[language]})`).join(', ') })}`,
    ...(formats.list().some((format) => format.choices.includes('pdfa')) ? [`      ${t('pdfaOption')}`] : []),
    `  import FILE.docx --out FILE.kravspec [--lang sv|nb|en] [--jurisdiction se|no|eu] [--mapping MAPPING.json] [--json] [--force]`,
    `      ${importText(language, 'cli.summary')}`,
    `      ${importText(language, 'cli.help')}`,
    `  respond SPEC --profile PROFILE.kravprofil --out RESPONSE.kravsvar [--supplier NAME] [--force]`,
    `      ${t('respondSummary')}`,
    `  evaluate SPEC RESPONSE.kravsvar… [--json]`,
    `      ${t('evaluateSummary')}`,
    `  lint FILE [--json] [--lang sv|nb|en]`,
    `      ${t('lintSummary')}`,
    `  validate FILE`,
    `      ${t('validateSummary')}`,
    `  course list COURSE.kravkurs`,
    `      ${lookup(catalogues[language], 'course.cli.listSummary')}`,
    `  course reference COURSE.kravkurs EXERCISE --out FILE.kravspec [--force]`,
    `      ${lookup(catalogues[language], 'course.cli.referenceSummary')}`,
    `  course check COURSE.kravkurs EXERCISE TRAINEE.kravspec [--json] [--lang sv|nb|en] [--reference FILE.kravspec]`,
    `      ${lookup(catalogues[language], 'course.cli.checkSummary')}`,
    `      ${lookup(catalogues[language], 'course.cli.referenceOption')}`,
    `  simulate FILE --bids BIDS.json [--json] [--model ${simulationModels.join('|')}]`,
    `      ${t('simulateSummary')}`,
    `      ${t('simulateBids')}`,
    '',
    t('optionsTitle'),
    `  -h, --help       ${t('help')}`,
    `  -v, --version    ${t('version')}`,
    '',
    t('exitCodes'),
    '',
  ].join('\n');
}
