import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { feedbackPoints } from '../../../shared/course/feedback';
import { checkAnswer, NoReferenceError } from '../../../shared/course/matching';
import { Course, exerciseById, type Exercise } from '../../../shared/course/model';
import { createSpecification, newRequirementFields } from '../../../shared/specification/create';
import { serializeSpecification } from '../../../shared/specification/document-file';
import type { DocumentLanguage, Obligation, Requirement, Specification, VerificationMethod } from '../../../shared/specification/model';

const coursePath = path.resolve(import.meta.dirname, '..', '..', '..', 'templates', 'courses', 'requirement-writing.kravkurs');
let course: Course;

function exercise(id: string): Exercise {
  const found = exerciseById(course, id);
  if (found === undefined) throw new Error(`No exercise ${id}`);
  return found;
}

function referenceOf(given: Exercise): Specification {
  if (given.reference === undefined) throw new Error(`No reference in ${given.id}`);
  return given.reference;
}

/** A trainee's answer in one language with the requirements given. */
function answer(language: DocumentLanguage, requirements: { id: string; text: string; obligation?: Obligation; verification?: VerificationMethod | null }[]): Specification {
  const empty = createSpecification({ id: '00000000-0000-4000-8000-000000000002', title: 'Answer', jurisdiction: 'eu', languages: [language], primaryLanguage: language, now: new Date('2026-12-07T12:00:00Z') });
  return {
    ...empty,
    sections: [{ id: 's1', parentId: null, order: 0, title: { [language]: 'Krav' } }],
    requirements: requirements.map(
      (each, order): Requirement => ({
        ...newRequirementFields(),
        id: each.id,
        sectionId: 's1',
        order,
        text: { [language]: each.text },
        obligation: each.obligation ?? 'mandatory',
        verification: { method: each.verification === undefined ? 'demonstration' : each.verification },
        answerType: { kind: 'confirmation' },
      }),
    ),
  };
}

beforeAll(async () => {
  course = Course.parse(JSON.parse(await readFile(coursePath, 'utf8')));
});

describe('checking an answer against the reference', () => {
  it('scores the reference itself 100, every item covered by its own library requirement, with nothing to say', () => {
    const given = exercise('municipal-e-service');
    const result = checkAnswer(given, referenceOf(given));
    expect(result.score).toBe(100);
    expect(result.items.every((item) => item.status === 'covered' && item.exact && item.matchedRequirementId === item.id)).toBe(true);
    expect(result.extras).toEqual([]);
    expect(feedbackPoints(given, result, 'en')).toEqual([]);
  });

  it('scores an empty specification 0, every item missing, each with the rubric’s own advice pointing at the requirements step', () => {
    const given = exercise('municipal-e-service');
    const result = checkAnswer(given, answer('en', []), { language: 'en' });
    expect(result.score).toBe(0);
    expect(result.items.map((item) => item.status)).toEqual(given.rubric.map(() => 'missing'));
    const points = feedbackPoints(given, result, 'en');
    const missing = points.filter((point) => point.kind === 'missing');
    expect(missing).toHaveLength(given.rubric.length);
    expect(points.slice(0, missing.length)).toEqual(missing);
    expect(missing.every((point) => point.target.kind === 'step' && point.target.step === 'requirements')).toBe(true);
    // The reference's completeness checks that the answer fails count too ("The specification has requirements").
    expect(points.filter((point) => point.kind === 'completeness').map((point) => point.message)).toContain('Not yet done: The specification has requirements.');
    expect(points.map((point) => point.message)).toContain('Capacity is missing: give how many concurrent users the service must handle and at what error rate.');
  });

  it('scores the same library requirements with other parameter values between 0 and 100, and names each difference', () => {
    const given = exercise('municipal-e-service');
    const reference = referenceOf(given);
    const changed: Specification = {
      ...reference,
      requirements: reference.requirements.map((requirement) => ({
        ...requirement,
        parameters: requirement.parameters.map((parameter) =>
          parameter.name === 'availability' ? { ...parameter, value: 99 } : parameter.name === 'concurrentUsers' ? { ...parameter, value: 50 } : parameter,
        ),
      })),
    };
    const result = checkAnswer(given, changed, { language: 'sv' });
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(100);
    const availability = result.items.find((item) => item.id === 'SLA-AVAIL-01');
    expect(availability).toMatchObject({ status: 'covered', exact: true, differences: [{ kind: 'parameter', name: 'availability', expected: 99.5, actual: 99 }] });
    const capacity = result.items.find((item) => item.id === 'ESERV-SCOPE-01');
    expect(capacity?.differences).toEqual([{ kind: 'parameter', name: 'concurrentUsers', expected: 200, actual: 50 }]);
    const messages = feedbackPoints(given, result, 'sv').map((point) => point.message);
    expect(messages).toContain('SLA-AVAIL-01: availability är 99 hos dig och 99.5 i referensen.');
    expect(messages).toContain('ESERV-SCOPE-01: concurrentUsers är 50 hos dig och 200 i referensen.');
  });

  it('matches a paraphrase written in the same language, without any library origin', () => {
    const given = exercise('municipal-e-service');
    const result = checkAnswer(
      given,
      answer('sv', [{ id: 'K1', text: 'När invånaren har skickat in ska hen genast få en bekräftelse med ärendenummer och datum för mottagandet.' }]),
      { language: 'sv' },
    );
    expect(result.items.find((item) => item.id === 'ESERV-FORM-03')).toMatchObject({ status: 'covered', exact: false, matchedRequirementId: 'K1' });
    expect(result.extras).toEqual([]);
  });

  it('gives each rubric item at most one requirement: a second paraphrase of the same one is extra', () => {
    const given = exercise('municipal-e-service');
    const result = checkAnswer(
      given,
      answer('en', [
        { id: 'A', text: 'The user interfaces shall conform to WCAG 2.1 level AA or equivalent.', verification: 'test' },
        { id: 'B', text: 'All user interfaces shall meet WCAG 2.1 AA or equivalent.', verification: 'test' },
      ]),
      { language: 'en' },
    );
    const matched = result.items.filter((item) => item.matchedRequirementId !== null);
    expect(matched.map((item) => item.id)).toEqual(['ACC-WCAG-01']);
    expect(result.extras).toHaveLength(1);
  });

  it('says what is wrong in a matching requirement: obligation, measurability and verification, pointing at it', () => {
    const given = exercise('municipal-e-service');
    const result = checkAnswer(
      given,
      answer('en', [
        { id: 'R1', text: 'The service should let users complete every e-service on mobile phones, tablets and computers.', obligation: 'evaluated', verification: 'test' },
        { id: 'R2', text: 'The service shall have high availability.', verification: null },
      ]),
      { language: 'en' },
    );
    expect(result.items.find((item) => item.id === 'ESERV-UX-01')?.differences).toEqual([{ kind: 'obligation', expected: 'mandatory', actual: 'evaluated' }]);
    const availability = result.items.find((item) => item.id === 'SLA-AVAIL-01');
    expect(availability?.status).toBe('partly');
    expect(availability?.differences.map((difference) => difference.kind).sort()).toEqual(['measurability', 'verification']);
    const points = feedbackPoints(given, result, 'en');
    const obligation = points.find((point) => point.kind === 'wrongObligation');
    expect(obligation?.target).toEqual({ kind: 'requirement', requirementId: 'R1' });
    expect(obligation?.message).toContain('Yours is evaluated; the reference makes it mandatory.');
    expect(points.find((point) => point.kind === 'notMeasurable')?.target).toEqual({ kind: 'requirement', requirementId: 'R2' });
    expect(points.find((point) => point.kind === 'verification')?.message).toBe('R2: the reference verifies this by documentation, yours by none chosen.');
    // A partial answer is named by the reference requirement's title and the concepts not found.
    const title = referenceOf(given).requirements.find((requirement) => requirement.id === 'SLA-AVAIL-01')?.title?.en ?? '';
    expect(title).not.toBe('');
    expect(points.find((point) => point.kind === 'partly')?.message).toBe(`R2 covers “${title}” only in part; not found: percent, period.`);
    // A mandatory requirement without a verification method is also a checker error, and it costs points.
    expect(result.checkerErrors.some((finding) => finding.requirementId === 'R2' && finding.ruleId === 'PP05')).toBe(true);
    expect(result.deductions.checkerErrors).toBeGreaterThan(0);
  });

  it('scores the unchanged starting specification of the easy exercise low, each vague requirement only partly and not measurable', () => {
    const given = exercise('rewrite-vague');
    if (given.startingSpecification === undefined) throw new Error('The easy exercise starts from a specification.');
    const result = checkAnswer(given, given.startingSpecification, { language: 'sv' });
    expect(result.items.map((item) => [item.id, item.status])).toEqual(given.rubric.map((item) => [item.requirementId, 'partly']));
    // Each vague requirement that the reference answers with a figure is not measurable; "secure" the checker does not flag.
    const measurability = result.items.filter((item) => item.differences.some((difference) => difference.kind === 'measurability')).map((item) => item.id);
    expect(measurability).toEqual(['ESERV-UX-02', 'ESERV-UX-03', 'SLA-AVAIL-01', 'SLA-SUP-02']);
    expect(result.antiPatternHits.map((hit) => hit.requirementId)).toEqual(expect.arrayContaining(['V1', 'V2', 'V4']));
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(40);
  });

  it('checks against a reference kept apart from the course, and refuses to check without one', () => {
    const given = exercise('municipal-e-service');
    const withoutReference: Exercise = { ...given };
    delete withoutReference.reference;
    expect(() => checkAnswer(withoutReference, answer('en', []))).toThrow(NoReferenceError);
    expect(checkAnswer(withoutReference, referenceOf(given), { reference: referenceOf(given) }).score).toBe(100);
  });
});

describe('kravstudio course check', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-course-check-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  async function run(argv: string[], env: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
    return { code, stdout, stderr };
  }

  it('prints the score and each rubric item’s status, or the same as JSON with the extra requirements', async () => {
    const file = path.join(work, 'trainee.kravspec');
    await writeFile(
      file,
      serializeSpecification(
        answer('en', [
          { id: 'T1', text: 'The service shall have at least 99.5 % availability each month.', verification: 'documentation' },
          { id: 'T2', text: 'The supplier shall hold a kick-off meeting with the project group.', verification: 'declaration' },
        ]),
      ),
    );
    const text = await run(['course', 'check', coursePath, 'municipal-e-service', file], { LANG: 'en_GB.UTF-8' });
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^Score: \d+\/100$/);
    expect(lines).toContain('SLA-AVAIL-01    covered  T1');
    expect(lines).toContain('ESERV-FORM-03   missing');
    expect(lines).toContain('T2              extra');

    const json = await run(['course', 'check', coursePath, 'municipal-e-service', file, '--json']);
    const parsed = JSON.parse(json.stdout) as { score: number; items: { id: string; status: string }[] };
    expect(parsed.score).toBeGreaterThan(0);
    expect(parsed.score).toBeLessThan(100);
    expect(parsed.items.find((item) => item.id === 'SLA-AVAIL-01')?.status).toBe('covered');
    expect(parsed.items.find((item) => item.id === 'T2')?.status).toBe('extra');
    expect(parsed.items.filter((item) => item.status === 'missing')).toHaveLength(9);
  });

  it('speaks the terminal’s language', async () => {
    const file = path.join(work, 'empty.kravspec');
    await writeFile(file, serializeSpecification(answer('nb', [])));
    const result = await run(['course', 'check', coursePath, 'municipal-e-service', file], { LANG: 'nb_NO.UTF-8' });
    expect(result.stdout.split('\n')[0]).toBe('Poeng: 0/100');
    expect(result.stdout).toContain('ESERV-FORM-03   mangler');
  });

  it('refuses an unknown exercise or subcommand with exit 2, and an unreadable file with exit 1', async () => {
    const unknown = await run(['course', 'check', coursePath, 'no-such-exercise', 'x.kravspec']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('rewrite-vague, municipal-e-service, it-operations-exit');
    expect((await run(['course', 'frobnicate', coursePath])).code).toBe(2);
    expect((await run(['course', 'list'])).code).toBe(2);
    expect((await run(['course', 'list', coursePath, 'surplus'])).code).toBe(2);
    expect((await run(['course', 'reference', coursePath, 'rewrite-vague'])).code).toBe(2);
    const missing = await run(['course', 'check', coursePath, 'rewrite-vague', path.join(work, 'nope.kravspec')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/nope\.kravspec: \$: /);
    const notACourse = await run(['course', 'list', path.join(work, 'empty.kravspec')]);
    expect(notACourse.code).toBe(1);
    expect(notACourse.stdout).toContain('$.format: Expected "kravstudio-course"');
  });

  it('writes the reference answer as a specification, refusing to overwrite without --force', async () => {
    const out = path.join(work, 'reference.kravspec');
    expect((await run(['course', 'reference', coursePath, 'it-operations-exit', '--out', out])).code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ format: 'kravstudio-specification', title: 'Referenssvar: förnyad IT-drift med exitkrav' });
    expect((await run(['course', 'reference', coursePath, 'it-operations-exit', '--out', out])).code).toBe(2);
    expect((await run(['course', 'reference', coursePath, 'it-operations-exit', '--out', path.join(work, 'reference.docx')])).code).toBe(2);
  });
});
