/**
 * The `kravstudio` command line, on plain Node and the same services as the
 * app. Exit codes: 0 done, 1 validation failed (or the export format needs a
 * program this computer lacks), 2 usage error. The import, supplier, course
 * and simulate commands live in their own cli-*.ts modules.
 */
import { randomUUID } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import packageJson from '../package.json' with { type: 'json' };
import { SsaAgreement, defaultExportFormat, ssaAgreements, type ExportChoices, type OptionalExportChoice } from '../shared/export-choices';
import { documentExtension } from '../shared/document-file';
import { catalogues, lookup } from '../shared/i18n/catalogues';
import { inLanguage, UiLanguage } from '../shared/languages';
import { createSpecification } from '../shared/specification/create';
import { Jurisdiction } from '../shared/specification/model';
import { contentProblems } from '../shared/specification/content-checks';
import { serializeSpecification } from '../shared/specification/document-file';
import { catalogueEntries, resolvePack } from '../shared/templates/library';
import { addFromLibrary, addRequestsForPacks, type AddRequest } from '../shared/templates/instantiate';
import { findingMessageKey } from '../shared/quality/checker';
import { lintSpecification } from '../shared/quality/lint';
import { exportPreflight } from '../shared/tender-document/preflight';
import { readSpecificationFile } from './services/specification-file';
import { defaultExportChoices, DocumentExports, withExtension } from './services/document-export';
import { builtInExportFormats, type ExportFormatRegistry } from './services/export-formats/registry';
import { TemplateLibraryStore } from './services/template-library';
import { writeFileSafely } from './services/safe-write';
import { runCourseCommand } from './cli-course';
import { importText } from '../shared/import/report-text';
import { outputPath } from './cli-out-path';
import { cliLanguage, exitCodes, parse, readSpecificationArgument, reportUnreadable, UsageError, type CliIo, type Command, type Translate } from './cli-command';
import { importCommand } from './cli-import';
import { evaluateCommand, respondCommand } from './cli-supplier';
import { simulationModels } from '../shared/evaluation/setup';
import { bidsProblems, readBidsFile, runSimulation, simulationJson, simulationText, SimulationModelOption } from './cli-simulate';
import { replaceActingCharacters } from '../shared/text/control-characters';

export { cliLanguage, exitCodes, type CliIo } from './cli-command';

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
      const read = await readSpecificationArgument(file, io, t);
      if (!read.ok) return read.code;
      const { specification } = read;
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
  respond: respondCommand,
  evaluate: evaluateCommand,
  lint: {
    summary: 'lintSummary',
    async run(args, io, t) {
      const { values, positionals } = parse(args, { json: { type: 'boolean' }, lang: { type: 'string' } }, t);
      const [file, ...rest] = positionals;
      if (file === undefined) throw new UsageError(t('missingFile'));
      if (rest.length > 0) throw new UsageError(t('unexpectedArgument', { argument: rest[0] ?? '' }));
      const read = await readSpecificationArgument(file, io, t);
      if (!read.ok) return read.code;
      const { specification } = read;
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
  import: importCommand,
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
      const read = await readSpecificationArgument(file, io, t);
      if (!read.ok) return read.code;
      const { specification } = read;
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
    `  evaluate SPEC RESPONSE.kravsvar|MATRIX.xlsx|MATRIX.csv… [--json]`,
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
