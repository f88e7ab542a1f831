/**
 * The course packs the user can reach: those shipped with the app
 * (templates/courses/), the user's own (userData/courses/, imported from a
 * file), and the organisation's (its library folder). Courses are imported
 * and exported as .kravkurs files; an import never replaces a course
 * silently.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { courseExtension, courseKind, maxCourseBytes } from '../../shared/document-kinds/course';
import type { Course } from '../../shared/course/model';
import { KravstudioError } from '../../shared/errors';
import { copyId, copyTitle } from '../../shared/templates/keep-both';
import { readRegularFile } from './file-system';
import type { OrganisationLibrary, PublishOutcome } from './organisation-library';
import { removeStaleTempFiles, writeFileSafely } from './safe-write';
import type { IfExists, ImportOutcome } from './template-library';

export type CourseOrigin = 'shipped' | 'user' | 'organisation';

export interface CourseEntry {
  course: Course;
  origin: CourseOrigin;
}

/** A course id as a file name: ":" (allowed in ids, not in Windows file names) becomes "~", which ids never hold. */
function fileNameOf(id: string): string {
  return `${id.replaceAll(':', '~')}.${courseExtension}`;
}

/** Reads and checks one course file: bounded, then the course kind's whole pipeline. Refusals name the file. */
export async function readCourseFile(file: string): Promise<Course> {
  const bytes = await readRegularFile(file, maxCourseBytes, (size) => new KravstudioError({ code: 'BAD_DOCUMENT', message: `The course pack is over ${maxCourseBytes / 1024 / 1024} MB (${Math.round(size / 1024 / 1024)} MB read).`, file, problem: 'too-large' }));
  const result = courseKind.parse(bytes);
  if (!result.ok) throw new KravstudioError({ code: 'BAD_DOCUMENT', message: result.problem.message, file, problem: result.problem.code, details: result.problem.issues });
  return result.document;
}

async function coursesIn(dir: string): Promise<Course[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(`.${courseExtension}`)).sort();
  const courses: Course[] = [];
  // A course that no longer reads is skipped here; import refuses such files.
  for (const name of names) {
    const course = await readCourseFile(path.join(dir, name)).catch(() => null);
    if (course !== null && !courses.some((other) => other.id === course.id)) courses.push(course);
  }
  return courses;
}

export class CourseLibraryStore {
  readonly #shippedDir: string;
  readonly #userDir: string;
  readonly #organisation: OrganisationLibrary | null;

  constructor(options: { shippedDir: string; userDataDir: string; organisation?: OrganisationLibrary }) {
    this.#shippedDir = path.join(options.shippedDir, 'courses');
    this.#userDir = path.join(options.userDataDir, 'courses');
    this.#organisation = options.organisation ?? null;
  }

  /** Every course, shipped first, then the user's, then the organisation's; an id is listed once (the first wins). */
  async list(): Promise<CourseEntry[]> {
    const entries: CourseEntry[] = [];
    const add = (courses: Course[], origin: CourseOrigin): void => {
      for (const course of courses) if (!entries.some((entry) => entry.course.id === course.id)) entries.push({ course, origin });
    };
    add(await coursesIn(this.#shippedDir), 'shipped');
    add(await coursesIn(this.#userDir), 'user');
    add(((await this.#organisation?.contents()) ?? null)?.courses.map((each) => each.course) ?? [], 'organisation');
    return entries;
  }

  /** The course of that id as the library lists it (what the course screens start exercises from), or null. */
  async find(id: string): Promise<CourseEntry | null> {
    return (await this.list()).find((each) => each.course.id === id) ?? null;
  }

  async #find(id: string): Promise<CourseEntry> {
    const entry = await this.find(id);
    if (entry === null) throw new KravstudioError({ code: 'NOT_FOUND', message: `There is no course "${id}".`, problem: 'unknown-course' });
    return entry;
  }

  /**
   * Checks a course file and adds it to the user's courses. An id already
   * taken is replaced only when it is the user's own and they said so, or
   * kept beside as a copy under a new id.
   */
  async importCourse(filePath: string, ifExists: IfExists = 'ask'): Promise<ImportOutcome<Course>> {
    const read = await readCourseFile(filePath);
    const all = await this.list();
    const existing = all.find((entry) => entry.course.id === read.id);
    let course = read;
    if (existing !== undefined) {
      if (ifExists === 'keepBoth') {
        const copy = copyId(read.id, (id) => all.some((entry) => entry.course.id === id || fileNameOf(entry.course.id) === fileNameOf(id)));
        course = { ...read, id: copy.id, title: copyTitle(read.title, copy.copyNumber) };
      } else if (ifExists === 'ask' || existing.origin !== 'user') {
        return { status: 'exists', existing: existing.course, canReplace: existing.origin === 'user' };
      }
    }
    await this.#writeUserCourse(course);
    return { status: 'imported', item: course };
  }

  async #writeUserCourse(course: Course): Promise<void> {
    await mkdir(this.#userDir, { recursive: true });
    const name = fileNameOf(course.id);
    await removeStaleTempFiles(this.#userDir, name);
    await writeFileSafely(path.join(this.#userDir, name), courseKind.serialize(course));
  }

  /** A course as the text of its .kravkurs file. */
  async exportText(id: string): Promise<{ course: Course; text: string }> {
    const { course } = await this.#find(id);
    return { course, text: courseKind.serialize(course) };
  }

  async removeCourse(id: string): Promise<void> {
    const entry = await this.#find(id);
    if (entry.origin !== 'user') throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'Only your own courses can be removed.', problem: 'not-own-course' });
    await rm(path.join(this.#userDir, fileNameOf(id)), { force: true });
  }

  /** Writes one of the user's own courses into the organisation library folder. */
  async publishCourse(id: string, replace: boolean): Promise<PublishOutcome> {
    const entry = await this.#find(id);
    if (this.#organisation === null || entry.origin !== 'user') {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'Only your own courses can be published.', problem: 'not-own-course' });
    }
    return this.#organisation.publish(fileNameOf(id), courseKind.serialize(entry.course), replace);
  }
}
