import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classOverview } from '../../../shared/course/class-overview';
import { Course, exerciseById } from '../../../shared/course/model';

const coursePath = path.resolve(import.meta.dirname, '..', '..', '..', 'templates', 'courses', 'requirement-writing.kravkurs');

describe("a class's answers to one exercise", () => {
  it('gives each trainee a score and a status per reference requirement, and names the most common misses first', async () => {
    const course = Course.parse(JSON.parse(await readFile(coursePath, 'utf8')));
    const exercise = exerciseById(course, 'rewrite-vague');
    if (exercise?.reference === undefined || exercise.startingSpecification === undefined) throw new Error('The exercise lacks its reference or start');
    const reference = exercise.reference;
    // One trainee hands in the reference, one the untouched start, one the reference without its security requirement.
    const withoutSecurity = { ...reference, requirements: reference.requirements.filter((requirement) => requirement.id !== 'SEC-ACCESS-01') };
    const overview = classOverview(
      exercise,
      [
        { file: 'Perfect.kravspec', specification: reference },
        { file: 'Untouched.kravspec', specification: exercise.startingSpecification },
        { file: 'NoSecurity.kravspec', specification: withoutSecurity },
      ],
      reference,
      'en',
    );
    expect(overview.items.map((item) => item.id)).toEqual(exercise.rubric.map((item) => item.requirementId));
    const [perfect, untouched, noSecurity] = overview.trainees;
    expect(perfect?.result.score).toBe(100);
    expect([...(perfect?.statuses.values() ?? [])].every((status) => status === 'covered')).toBe(true);
    expect(untouched?.result.score).toBeLessThan(noSecurity?.result.score ?? 0);
    expect(noSecurity?.statuses.get('SEC-ACCESS-01')).toBe('missing');
    // Each miss counts the trainees that miss the item, or cover it in part.
    for (const miss of overview.misses) {
      expect(miss.missing).toBe(overview.trainees.filter((trainee) => trainee.statuses.get(miss.item.id) === 'missing').length);
      expect(miss.partly).toBe(overview.trainees.filter((trainee) => trainee.statuses.get(miss.item.id) === 'partly').length);
    }
    expect(overview.misses.find((miss) => miss.item.id === 'SEC-ACCESS-01')?.missing).toBeGreaterThanOrEqual(1);
    expect(overview.misses.some((miss) => miss.item.id === 'SEC-ACCESS-01' || miss.missing > 0)).toBe(true);
    expect(overview.misses.every((miss, index, all) => index === 0 || (all[index - 1]?.missing ?? 0) >= miss.missing)).toBe(true);
  });
});
