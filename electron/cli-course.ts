/**
 * `kravstudio course …`: course packs on the command line, for trainers.
 *  - `course list COURSE.kravkurs`: one exercise per line, its id then its title;
 *  - `course reference COURSE.kravkurs EXERCISE --out FILE.kravspec`: the reference answer as a specification;
 *  - `course check COURSE.kravkurs EXERCISE TRAINEE.kravspec [--json] [--lang L] [--reference FILE]`:
 *    the score (0–100) and each rubric item's status, then the feedback points.
 * Files are read through the same bounded, validated reading as the app's.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { feedbackPoints } from '../shared/course/feedback';
import { checkAnswer } from '../shared/course/matching';
import { exerciseById, type Course, type Exercise } from '../shared/course/model';
import { documentExtension } from '../shared/document-file';
import { courseKind } from '../shared/document-kinds/course';
import { catalogues, lookup } from '../shared/i18n/catalogues';
import { inLanguage, UiLanguage } from '../shared/languages';
import { serializeSpecification } from '../shared/specification/document-file';
import type { Specification } from '../shared/specification/model';
import { readDocumentFile } from './services/document-file';
import { writeFileSafely } from './services/safe-write';
import { readSpecificationFile } from './services/specification-file';
import { outputPath } from './cli-out-path';

export interface CourseCommandIo {
  stdout: (text: string) => void;
  cwd?: string;
  /** The language of the user's terminal. */
  language: UiLanguage;
  /** The command line's own messages (cli.*). */
  t: (key: string, values?: Record<string, string>) => string;
  /** Stops with a usage error (exit 2) saying this. */
  usage: (message: string) => never;
  /** Reports a file that cannot be read as one line per problem and returns the exit code (1). */
  unreadable: (error: unknown, file: string) => number;
}

const ok = 0;

function options(args: string[], io: CourseCommandIo) {
  try {
    return parseArgs({
      args,
      options: { out: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' }, lang: { type: 'string' }, reference: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const match = /'(-{1,2}[^']+)'/.exec((error as Error).message);
    return io.usage(io.t('unknownOption', { option: match?.[1] ?? args.join(' ').slice(0, 60) }));
  }
}

async function readCourse(file: string, io: CourseCommandIo): Promise<{ ok: true; course: Course } | { ok: false; code: number }> {
  try {
    return { ok: true, course: (await readDocumentFile(path.resolve(io.cwd ?? process.cwd(), file), courseKind)).document };
  } catch (error) {
    return { ok: false, code: io.unreadable(error, file) };
  }
}

async function readSpecification(file: string, io: CourseCommandIo): Promise<{ ok: true; specification: Specification } | { ok: false; code: number }> {
  try {
    return { ok: true, specification: (await readSpecificationFile(path.resolve(io.cwd ?? process.cwd(), file))).specification };
  } catch (error) {
    return { ok: false, code: io.unreadable(error, file) };
  }
}

function exerciseOf(course: Course, id: string | undefined, io: CourseCommandIo, c: (key: string, values?: Record<string, string>) => string): Exercise {
  if (id === undefined) return io.usage(c('missingExercise'));
  const exercise = exerciseById(course, id);
  if (exercise === undefined) return io.usage(c('unknownExercise', { exercise: id.slice(0, 100), exercises: course.exercises.map((each) => each.id).join(', ') }));
  return exercise;
}

/** Runs `kravstudio course SUBCOMMAND …` and returns the exit code. */
export async function runCourseCommand(args: string[], io: CourseCommandIo): Promise<number> {
  const messages = catalogues[io.language];
  const c = (key: string, values: Record<string, string | number> = {}): string => lookup(messages, `course.cli.${key}`, values);
  const [subcommand, ...rest] = args;
  if (subcommand === undefined) return io.usage(c('missingSubcommand'));
  const { values, positionals } = options(rest, io);
  const [courseFile, exerciseId, answerFile, ...more] = positionals;
  if (courseFile === undefined) return io.usage(io.t('missingFile'));
  const allowed: Record<string, { positionals: number; options: readonly string[] }> = {
    list: { positionals: 1, options: [] },
    reference: { positionals: 2, options: ['out', 'force'] },
    check: { positionals: 3, options: ['json', 'lang', 'reference'] },
  };
  const shape = Object.hasOwn(allowed, subcommand) ? allowed[subcommand] : undefined;
  if (shape === undefined) return io.usage(c('unknownSubcommand', { command: subcommand.slice(0, 60) }));
  const surplus = [exerciseId, answerFile, ...more].slice(shape.positionals - 1).find((each) => each !== undefined);
  if (surplus !== undefined) return io.usage(io.t('unexpectedArgument', { argument: surplus }));
  const stray = Object.keys(values).find((key) => !shape.options.includes(key));
  if (stray !== undefined) return io.usage(io.t('unknownOption', { option: `--${stray}` }));
  const lang = values.lang === undefined ? undefined : UiLanguage.safeParse(values.lang);
  if (lang !== undefined && !lang.success) return io.usage(io.t('badOption', { option: '--lang' }));
  if (subcommand === 'reference' && values.out === undefined) return io.usage(io.t('badOption', { option: '--out' }));

  const read = await readCourse(courseFile, io);
  if (!read.ok) return read.code;
  const { course } = read;

  if (subcommand === 'list') {
    const width = Math.max(...course.exercises.map((exercise) => exercise.id.length));
    for (const exercise of course.exercises) io.stdout(`${exercise.id.padEnd(width)}  ${(inLanguage(exercise.title, io.language) || exercise.id).replace(/\s+/g, ' ')}\n`);
    return ok;
  }

  const exercise = exerciseOf(course, exerciseId, io, c);
  if (subcommand === 'reference') {
    if (exercise.reference === undefined) return io.usage(c('noReference', { exercise: exercise.id }));
    const out = outputPath(values.out ?? '', documentExtension, io.cwd ?? process.cwd());
    if (out === null) return io.usage(io.t('wrongOutExtension', { extension: `.${documentExtension}` }));
    if (values.force !== true && (await stat(out).catch(() => null)) !== null) return io.usage(io.t('exists', { file: out }));
    const text = serializeSpecification(exercise.reference);
    // As `new`: without --force the file is created exclusively; with it, replaced whole and never through a link.
    if (values.force === true) await writeFileSafely(out, text);
    else await writeFile(out, text, { flag: 'wx' });
    io.stdout(`${c('written', { exercise: exercise.id, file: out })}\n`);
    return ok;
  }

  // check
  if (answerFile === undefined) return io.usage(c('missingAnswer'));
  let reference = exercise.reference;
  if (values.reference !== undefined) {
    const separate = await readSpecification(values.reference, io);
    if (!separate.ok) return separate.code;
    reference = separate.specification;
  }
  if (reference === undefined) return io.usage(c('noReference', { exercise: exercise.id }));
  const answer = await readSpecification(answerFile, io);
  if (!answer.ok) return answer.code;
  const result = checkAnswer(exercise, answer.specification, { reference, ...(lang?.data === undefined ? {} : { language: lang.data }) });
  const feedback = feedbackPoints(exercise, result, io.language, reference);
  if (values.json === true) {
    const items = [...result.items, ...result.extras];
    io.stdout(`${JSON.stringify({ score: result.score, exercise: exercise.id, language: result.language, items, deductions: result.deductions, feedback }, null, 2)}\n`);
    return ok;
  }
  io.stdout(`${c('score', { score: result.score })}\n`);
  const rows = [...result.items.map((item) => [item.id, item.status, item.matchedRequirementId ?? ''] as const), ...result.extras.map((extra) => [extra.id, extra.status, ''] as const)];
  const idWidth = Math.max(...rows.map(([id]) => id.length));
  const statusWidth = Math.max(...rows.map(([, status]) => lookup(messages, `course.statuses.${status}`).length));
  for (const [id, status, matched] of rows) {
    io.stdout(`${id.padEnd(idWidth)}  ${lookup(messages, `course.statuses.${status}`).padEnd(statusWidth)}  ${matched}`.trimEnd() + '\n');
  }
  const { checkerErrors, completeness, antiPatterns } = result.deductions;
  if (checkerErrors + completeness + antiPatterns > 0) {
    io.stdout(`${c('deductions', { checker: checkerErrors, completeness, antiPatterns })}\n`);
  }
  // The messages hold the course's and the answer's own text: one line each.
  for (const point of feedback) io.stdout(`- ${point.message.replace(/\s+/g, ' ')}\n`);
  return ok;
}
