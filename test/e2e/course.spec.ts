/**
 * Course mode in the app, in Swedish and English: a trainee does the easy
 * exercise (rewrite five vague requirements) with the helps hidden, checks,
 * fixes one point, and checks again to a higher score; a trainer loads five
 * trainees' files (and one broken file) and opens the class matrix.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Course, exerciseById } from '../../shared/course/model';
import { catalogues } from '../../shared/i18n/catalogues';
import type { UiLanguage } from '../../shared/languages';
import { serializeSpecification } from '../../shared/specification/document-file';
import type { Specification } from '../../shared/specification/model';
import { expect, test } from './fixtures';
import { repoRoot } from './paths';

const fixedTexts: Record<'sv' | 'en', { language: string; text: string }> = {
  sv: { language: 'svenska', text: 'Tjänsten ska kräva flerfaktorsautentisering för alla konton med administrativa behörigheter.' },
  en: { language: 'English', text: 'The service shall require multi-factor authentication for all accounts with administrative rights.' },
};

async function shippedCourse(): Promise<Course> {
  return Course.parse(JSON.parse(await readFile(path.join(repoRoot, 'templates', 'courses', 'requirement-writing.kravkurs'), 'utf8')));
}

function scoreOf(text: string | null): number {
  const match = /(\d+)/.exec(text ?? '');
  if (match === null) throw new Error(`No score in "${text ?? ''}"`);
  return Number(match[1]);
}

for (const language of ['sv', 'en'] as const) {
  const ui = catalogues[language as UiLanguage];
  const c = ui.courseScreens;

  test.describe(`in ${language}`, () => {
    test.use({ preferredLanguages: [language === 'sv' ? 'sv-SE' : 'en-GB'] });

    test('a trainee rewrites the vague requirements with the helps hidden, checks, fixes one point and checks again', async ({ app }) => {
      const { page } = app;
      await app.open();
      await page.getByRole('region', { name: ui.supplier.role.question }).getByRole('button', { name: ui.supplier.role.course }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.supplier.home.courseTitle);

      const course = await shippedCourse();
      const exercise = exerciseById(course, 'rewrite-vague');
      if (exercise === undefined) throw new Error('The shipped course lacks rewrite-vague');
      const courseTitle = course.title[language] ?? '';
      const exerciseTitle = exercise.title[language] ?? '';
      await page.getByRole('button', { name: courseTitle }).click();
      await expect(page.getByRole('heading', { name: c.home.exercisesOf.replace('{{course}}', courseTitle) })).toBeVisible();
      await app.expectAccessible('the course home with the exercises');
      await app.screenshot(`course-exercises-${language}`);
      await page.getByRole('button', { name: `${c.home.start}: ${exerciseTitle}` }).click();

      // The answer opens in the builder beside the exercise: the case, the task, and the helps it hides.
      const panel = page.getByRole('region', { name: c.check.panelTitle.replace('{{title}}', exerciseTitle) });
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('heading', { name: c.case.title })).toBeVisible();
      await expect(panel.getByText(c.case.hintNames.checker, { exact: false })).toBeVisible();
      // No reference before the first check.
      await expect(panel.getByRole('button', { name: c.check.showReference })).toHaveCount(0);

      await panel.getByRole('button', { name: c.check.check }).click();
      const score = panel.getByTestId('exercise-score');
      await expect(score).toBeVisible();
      const first = scoreOf(await score.textContent());
      expect(first).toBeLessThan(100);
      await expect(panel.getByRole('heading', { name: c.check.pointsTitle })).toBeVisible();
      await app.expectAccessible('the exercise after the first check');
      await app.screenshot(`course-checked-${language}`);

      // "Go to" the requirement the security item matched; with the checker hidden, the editor shows no findings.
      await panel.getByRole('button', { name: `${c.check.goTo} V5` }).click();
      const editor = page.locator('section[data-requirement-id="V5"]');
      await expect(editor).toBeVisible();
      const text = editor.getByRole('textbox', { name: ui.steps.requirements.textIn.replace('{{language}}', fixedTexts[language].language) });
      await text.fill(fixedTexts[language].text);
      await expect(page.getByText(ui.steps.quality.panelTitle)).toHaveCount(0);

      await panel.getByRole('button', { name: c.check.checkAgain }).click();
      await expect(panel.getByText(c.check.previous.replace('{{score}}', String(first)))).toBeVisible();
      const second = scoreOf((await score.textContent())?.split('·')[0] ?? null);
      expect(second).toBeGreaterThan(first);

      // After a check the reference is offered.
      await panel.getByRole('button', { name: c.check.showReference }).click();
      await expect(panel.getByRole('heading', { name: c.check.referenceTitle, exact: true })).toBeVisible();
      await panel.scrollIntoViewIfNeeded();
      await app.screenshot(`course-reference-${language}`);

      // The answer is a normal specification that remembers its exercise.
      await app.quit();
      const saved = (await app.data.context.documents.recent())[0];
      expect(saved).toBeDefined();
      const onDisk = JSON.parse(await readFile(saved?.path ?? '', 'utf8')) as Specification;
      expect(onDisk.courseExercise).toEqual({ courseId: course.id, exerciseId: 'rewrite-vague' });
    });

    test('a trainer loads five trainees’ files and a broken one, and opens the class matrix', async ({ app }) => {
      const { page } = app;
      const course = await shippedCourse();
      const exercise = exerciseById(course, 'rewrite-vague');
      if (exercise?.reference === undefined || exercise.startingSpecification === undefined) throw new Error('The shipped course lacks rewrite-vague');
      const folder = path.join(app.data.dataDir, 'Class');
      await mkdir(folder);
      const reference = exercise.reference;
      const start = exercise.startingSpecification;
      const answers: [string, Specification][] = [
        ['Anna', reference],
        ['Bo', start],
        ['Cecilia', { ...reference, requirements: reference.requirements.filter((requirement) => requirement.id !== 'SEC-ACCESS-01') }],
        ['David', { ...reference, requirements: reference.requirements.filter((requirement) => !['SEC-ACCESS-01', 'SLA-SUP-02'].includes(requirement.id)) }],
        ['Eva', start],
      ];
      for (const [index, [name, specification]] of answers.entries()) {
        await writeFile(path.join(folder, `${name}.kravspec`), serializeSpecification({ ...specification, id: `00000000-0000-4000-8000-00000000000${String(index)}` }));
      }
      await writeFile(path.join(folder, 'Trasig.kravspec'), '{"format": "kravstudio-specification"');

      await app.open();
      await page.getByRole('region', { name: ui.supplier.role.question }).getByRole('button', { name: ui.supplier.role.course }).click();
      await page.getByRole('button', { name: c.home.trainer }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.trainer.title);
      await expect(page.getByText(c.trainer.helpTitle)).toBeVisible();
      await page.getByRole('combobox', { name: c.trainer.exercise }).selectOption('rewrite-vague');

      app.data.dialogAnswers.folder.push(folder);
      await page.getByRole('button', { name: c.trainer.loadFolder }).click();
      const matrix = page.getByRole('table', { name: c.trainer.matrixTitle });
      await expect(matrix.getByRole('row')).toHaveCount(6);
      await expect(page.getByRole('region', { name: c.trainer.refusedTitle })).toContainText('Trasig.kravspec');
      await expect(matrix.locator('[data-trainee="Anna.kravspec"]')).toContainText('100');
      await expect(page.getByRole('heading', { name: c.trainer.missesTitle })).toBeVisible();

      await matrix.getByRole('button', { name: 'David.kravspec' }).click();
      await expect(page.getByRole('heading', { name: new RegExp(c.trainer.traineeTitle.replace('{{trainee}}', 'David.kravspec')) })).toBeVisible();
      await app.expectAccessible('the class matrix');
      await app.screenshot(`course-class-${language}`);

      // The class overview (XLSX) and each trainee's feedback (DOCX) are written where the trainer says.
      const target = path.join(app.data.dataDir, 'Overview.xlsx');
      app.data.dialogAnswers.export.push(target);
      await page.getByRole('button', { name: c.trainer.exportClass }).click();
      await expect(page.getByText(c.trainer.exported.replace('{{file}}', 'Overview.xlsx').replace('{{count}}', '5'))).toBeVisible();
      expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
    });
  });
}

test.describe('a course of the user’s own', () => {
  test.use({ preferredLanguages: ['en-GB'] });

  test('an imported course is listed on the course home with its origin, and its exercise opens', async ({ app }) => {
    const { page } = app;
    const ui = catalogues.en;
    const c = ui.courseScreens;
    // The course as an import leaves it in the user's courses: the shipped one under another id and title.
    const course: Course = { ...(await shippedCourse()), id: 'our-own-course', title: { en: 'Our own procurement course' } };
    const own = path.join(app.data.dataDir, 'userData', 'courses');
    await mkdir(own, { recursive: true });
    await writeFile(path.join(own, 'our-own-course.kravkurs'), JSON.stringify(course));

    await app.open();
    await page.getByRole('region', { name: ui.supplier.role.question }).getByRole('button', { name: ui.supplier.role.course }).click();
    const listed = page.locator('li[data-course="our-own-course"]');
    await expect(listed).toContainText(ui.sharing.courses.origin.user);
    await expect(page.locator('li[data-course="kravstudio-requirement-writing"]')).toContainText(ui.sharing.courses.origin.shipped);
    await app.screenshot('course-library-own-en');
    await listed.getByRole('button', { name: 'Our own procurement course' }).click();

    const exerciseTitle = exerciseById(course, 'rewrite-vague')?.title.en ?? '';
    await page.getByRole('button', { name: `${c.home.start}: ${exerciseTitle}` }).click();
    const panel = page.getByRole('region', { name: c.check.panelTitle.replace('{{title}}', exerciseTitle) });
    await expect(panel).toBeVisible();

    // The saved answer, opened again from the recent documents after a restart, finds its exercise in the user's course.
    await app.quit();
    await app.open();
    await page.getByRole('row').filter({ hasText: exerciseTitle }).getByRole('button', { name: exerciseTitle }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(exerciseTitle);
    await expect(panel).toBeVisible();
  });
});
