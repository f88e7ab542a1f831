import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { checkAnswer } from '../../../shared/course/matching';
import type { Course, Exercise } from '../../../shared/course/model';
import type { Specification } from '../../../shared/specification/model';
import { courseKind } from '../../../shared/document-kinds/course';
import { lintSpecification } from '../../../shared/quality/lint';

/**
 * The course material shipped in templates/courses/: every pack parses, its
 * references pass the quality checker without errors, every rubric item
 * points at a requirement of its reference, and the reference checked
 * against itself scores 100 on the command line, in every language the
 * exercise is given in, and also when it has lost its library origin (so
 * that the rubric's concepts are really in the reference's texts). The
 * material as a whole holds at least eight exercises from introductory to
 * advanced, each in sv, nb and en, and an exercise that starts from a
 * specification does not start at full marks.
 */
const coursesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'templates', 'courses');

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
  return { code, stdout, stderr };
}

function referenceOf(exercise: Exercise): Specification {
  if (exercise.reference === undefined) throw new Error(`Exercise ${exercise.id} has no reference; every shipped exercise has one.`);
  return exercise.reference;
}

const files = (await readdir(coursesDir)).filter((name) => name.endsWith('.kravkurs'));

describe('the shipped course material', () => {
  it('has at least eight exercises, from introductory to advanced', async () => {
    const exercises: Exercise[] = [];
    for (const file of files) {
      const parsed = courseKind.parse(new Uint8Array(await readFile(path.join(coursesDir, file))));
      if (parsed.ok) exercises.push(...parsed.document.exercises);
    }
    expect(exercises.length).toBeGreaterThanOrEqual(8);
    expect(new Set(exercises.map((exercise) => exercise.level))).toEqual(new Set(['introductory', 'intermediate', 'advanced']));
  });
});

describe.each(files)('templates/courses/%s', (file) => {
  const coursePath = path.join(coursesDir, file);
  let course: Course;
  let work: string;

  beforeAll(async () => {
    const parsed = courseKind.parse(new Uint8Array(await readFile(coursePath)));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.problem.message} ${JSON.stringify(parsed.problem.issues.slice(0, 5))}`);
    course = parsed.document;
    work = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-course-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('is published under the library licence and written in its own format', () => {
    expect(course.licence).toBe('CC-BY-4.0');
    expect(courseKind.serialize(course)).toBe(courseKind.serialize(courseKind.model.parse(JSON.parse(courseKind.serialize(course)))));
  });

  it('gives each exercise in Swedish, Norwegian and English', () => {
    for (const exercise of course.exercises) expect([...exercise.languages].sort(), exercise.id).toEqual(['en', 'nb', 'sv']);
  });

  it('starts no exercise at full marks: a starting specification scores well below its reference, in each language', () => {
    for (const exercise of course.exercises) {
      if (exercise.startingSpecification === undefined) continue;
      for (const language of exercise.languages) {
        const result = checkAnswer(exercise, exercise.startingSpecification, { language });
        expect(result.score, `${exercise.id} ${language}`).toBeLessThan(50);
        expect(result.items.some((item) => item.status !== 'covered'), `${exercise.id} ${language}`).toBe(true);
      }
    }
  });

  it('has references without quality-checker errors, in every language of each exercise', () => {
    for (const exercise of course.exercises) {
      const reference = referenceOf(exercise);
      for (const language of exercise.languages) {
        const errors = lintSpecification(reference, language).filter((finding) => finding.severity === 'error');
        expect(errors, `${exercise.id} ${language}`).toEqual([]);
      }
    }
  });

  it('has every rubric item pointing at a requirement of the reference', () => {
    for (const exercise of course.exercises) {
      const ids = new Set(exercise.reference?.requirements.map((requirement) => requirement.id));
      for (const item of exercise.rubric) expect(ids.has(item.requirementId), `${exercise.id} ${item.requirementId}`).toBe(true);
    }
  });

  it('scores each reference 100 against itself with kravstudio course check, in each language', async () => {
    const listed = await run(['course', 'list', coursePath]);
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split('\n').map((line) => line.split(/\s+/)[0])).toEqual(course.exercises.map((exercise) => exercise.id));
    for (const exercise of course.exercises) {
      const reference = path.join(work, `${exercise.id}.kravspec`);
      expect((await run(['course', 'reference', coursePath, exercise.id, '--out', reference, '--force'])).code).toBe(0);
      for (const language of exercise.languages) {
        const checked = await run(['course', 'check', coursePath, exercise.id, reference, '--json', '--lang', language]);
        expect(checked.code).toBe(0);
        const result = JSON.parse(checked.stdout) as { score: number; items: { id: string; status: string }[] };
        expect(result.score, `${exercise.id} ${language}`).toBe(100);
        expect(result.items.every((item) => item.status === 'covered'), `${exercise.id} ${language}`).toBe(true);
      }
    }
  });

  it('finds every rubric concept in the reference texts themselves (the reference without its library origin scores 100)', () => {
    for (const exercise of course.exercises) {
      const reference = referenceOf(exercise);
      const unlabelled = { ...reference, requirements: reference.requirements.map((requirement) => ({ ...requirement, provenance: null })) };
      for (const language of exercise.languages) {
        const result = checkAnswer(exercise, unlabelled, { language });
        const short = result.items.filter((item) => item.status !== 'covered' || item.matchedRequirementId !== item.id || item.credit < 1);
        expect(short.map((item) => `${item.id}→${item.matchedRequirementId} ${item.status} ${item.missingConcepts.join('/')} ${JSON.stringify(item.differences)}`), `${exercise.id} ${language}`).toEqual([]);
        expect(result.score, `${exercise.id} ${language}`).toBe(100);
      }
    }
  });
});
