/**
 * The numbers of the requirement chapters, sections and requirements, worked
 * out once and shared by the specification and the response form so that
 * both show the same number for the same requirement. Pure.
 *
 * - Requirements on the service ('specification') sit under their sections.
 *   Each top-level section with requirements is a chapter, numbered from
 *   `firstChapter`; inside a section, its own requirements come first and its
 *   subsections after them, counted together: a section 4 with two
 *   requirements and one subsection has 4.1, 4.2 and subsection 4.3.
 * - Qualification requirements and contract conditions each get one chapter
 *   after those, grouped by the section they sit in (N.k), numbered N.k.m.
 * - Sections with no requirements of the role, counting their subsections,
 *   are left out, except that a section with prose of its own (an intro) is
 *   a chapter or section of the specification even without requirements
 *   ("Plan for establishment", "Training"). Requirements keep the order of
 *   their `order` field.
 * - A section's numbering scheme (its own, else its parent's, automatic at
 *   the top) decides what a requirement's number reads: the automatic number
 *   above; the prefix and a counter ("K1", "K2" …) that runs through the
 *   section and its subsections in document order, restarting where a
 *   subsection sets a prefix of its own; or the requirement's fixed number.
 *   The automatic place is kept either way, so headings never move. A
 *   requirement without a fixed number where one is wanted, and a number
 *   another requirement already prints (an automatic number, or one earlier
 *   in the document), fall back to
 *   the automatic number and are listed in `issues`: a number always names
 *   one requirement, so cross-references stay unambiguous.
 */
import type { LocalisedText, Requirement, RequirementRole, Section, Specification } from './model';

/** The exported document's chapters before the requirements: introduction, needs and goals, market dialogue. */
export const introductionChapters = 3;

/** The numbers the exported document gives (requirement chapters start after the introduction chapters). */
export function numberAsExported(spec: Specification): DocumentNumbering {
  return numberDocument(spec, introductionChapters + 1);
}

export interface NumberedRequirement {
  requirement: Requirement;
  /** "4.2.3": chapter, section, place. */
  number: string;
}

export interface NumberedSection {
  /** Null for the group of requirements whose section does not exist. */
  section: Section | null;
  number: string;
  /** 1 for a chapter, 2 for its sections, … */
  level: number;
  requirements: NumberedRequirement[];
  children: NumberedSection[];
}

export interface RoleGroup {
  section: Section | null;
  /** The titles from the top-level section down to this one. */
  path: LocalisedText[];
  number: string;
  requirements: NumberedRequirement[];
}

export interface RoleChapter {
  role: Exclude<RequirementRole, 'specification'>;
  number: string;
  groups: RoleGroup[];
}

export interface DocumentNumbering {
  /** The chapters of requirements on the service. */
  chapters: NumberedSection[];
  qualification: RoleChapter | null;
  contract: RoleChapter | null;
  /** Every requirement, in document order. */
  inOrder: NumberedRequirement[];
  /** Requirement id → number. */
  numberOf: ReadonlyMap<string, string>;
  /** The number the next chapter (the evaluation) takes. */
  nextChapter: number;
  /** Requirements whose scheme's number could not be used (they print their automatic number). */
  issues: NumberingIssue[];
}

export interface NumberingIssue {
  requirementId: string;
  /** 'noFixedNumber': the section uses fixed numbers and the requirement has none; 'duplicate': an earlier requirement has `wanted`. */
  kind: 'noFixedNumber' | 'duplicate';
  /** The number the scheme gave, for a duplicate. */
  wanted?: string;
  /** The automatic number printed instead. */
  number: string;
}

interface Outline {
  roots: Section[];
  childrenOf: ReadonlyMap<string, Section[]>;
  requirementsOf: ReadonlyMap<string, Requirement[]>;
  orphans: Requirement[];
}

function byOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.order - b.item.order || a.index - b.index)
    .map(({ item }) => item);
}

function outline(spec: Specification): Outline {
  const known = new Set(spec.sections.map((section) => section.id));
  const children = new Map<string, Section[]>();
  const roots: Section[] = [];
  for (const section of spec.sections) {
    if (section.parentId === null || !known.has(section.parentId) || section.parentId === section.id) {
      roots.push(section);
    } else {
      const list = children.get(section.parentId) ?? [];
      list.push(section);
      children.set(section.parentId, list);
    }
  }
  const requirements = new Map<string, Requirement[]>();
  const orphans: Requirement[] = [];
  for (const requirement of spec.requirements) {
    if (!known.has(requirement.sectionId)) {
      orphans.push(requirement);
      continue;
    }
    const list = requirements.get(requirement.sectionId) ?? [];
    list.push(requirement);
    requirements.set(requirement.sectionId, list);
  }
  // Sections caught in a cycle (which a valid document never has) are not
  // below any root; they become top-level so their requirements still show.
  const reached = new Set<string>();
  const reach = (id: string): void => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const child of children.get(id) ?? []) reach(child.id);
  };
  for (const root of roots) reach(root.id);
  for (const section of spec.sections) {
    if (!reached.has(section.id)) {
      roots.push(section);
      reach(section.id);
    }
  }
  return {
    roots: byOrder(roots),
    childrenOf: new Map([...children].map(([id, list]) => [id, byOrder(list)])),
    requirementsOf: new Map([...requirements].map(([id, list]) => [id, byOrder(list)])),
    orphans: byOrder(orphans),
  };
}

/** Sections in document order (depth first), each once even if the tree has a cycle. */
function walk(tree: Outline, visit: (section: Section, path: Section[]) => void): void {
  const seen = new Set<string>();
  const descend = (section: Section, path: Section[]): void => {
    if (seen.has(section.id)) return;
    seen.add(section.id);
    const here = [...path, section];
    visit(section, here);
    for (const child of tree.childrenOf.get(section.id) ?? []) descend(child, here);
  };
  for (const root of tree.roots) descend(root, []);
}

/** Whether the section has an intro in any language. */
export function hasProse(section: Section): boolean {
  return Object.values(section.intro ?? {}).some((text) => text.trim() !== '');
}

function specificationChapters(tree: Outline, firstChapter: number): NumberedSection[] {
  const seen = new Set<string>();
  const build = (section: Section, number: string, level: number): NumberedSection | null => {
    if (seen.has(section.id)) return null;
    seen.add(section.id);
    const own = (tree.requirementsOf.get(section.id) ?? []).filter((requirement) => requirement.role === 'specification');
    const requirements = own.map((requirement, index) => ({ requirement, number: `${number}.${index + 1}` }));
    const children: NumberedSection[] = [];
    for (const child of tree.childrenOf.get(section.id) ?? []) {
      const place = requirements.length + children.length + 1;
      const built = build(child, `${number}.${place}`, level + 1);
      if (built !== null) children.push(built);
    }
    return requirements.length === 0 && children.length === 0 && !hasProse(section) ? null : { section, number, level, requirements, children };
  };
  const chapters: NumberedSection[] = [];
  for (const root of tree.roots) {
    const built = build(root, String(firstChapter + chapters.length), 1);
    if (built !== null) chapters.push(built);
  }
  const orphans = tree.orphans.filter((requirement) => requirement.role === 'specification');
  if (orphans.length > 0) {
    const number = String(firstChapter + chapters.length);
    chapters.push({ section: null, number, level: 1, children: [], requirements: orphans.map((requirement, index) => ({ requirement, number: `${number}.${index + 1}` })) });
  }
  return chapters;
}

function roleChapter(tree: Outline, role: RoleChapter['role'], number: string): RoleChapter | null {
  const groups: RoleGroup[] = [];
  const add = (section: Section | null, path: LocalisedText[], requirements: readonly Requirement[]): void => {
    const own = requirements.filter((requirement) => requirement.role === role);
    if (own.length === 0) return;
    const groupNumber = `${number}.${groups.length + 1}`;
    groups.push({ section, path, number: groupNumber, requirements: own.map((requirement, index) => ({ requirement, number: `${groupNumber}.${index + 1}` })) });
  };
  walk(tree, (section, path) => add(section, path.map((s) => s.title), tree.requirementsOf.get(section.id) ?? []));
  add(null, [], tree.orphans);
  return groups.length === 0 ? null : { role, number, groups };
}

type Scheme = { scheme: 'automatic' } | { scheme: 'fixed' } | { scheme: 'prefix'; prefix: string; next: number };

/** The number each requirement's scheme gives it (null where its fixed number is missing); automatic ones are absent. */
function schemeNumbers(tree: Outline): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const seen = new Set<string>();
  const descend = (section: Section, inherited: Scheme): void => {
    if (seen.has(section.id)) return;
    seen.add(section.id);
    const own = section.numbering;
    const scheme: Scheme = own === undefined ? inherited : own.scheme === 'prefix' ? { scheme: 'prefix', prefix: own.prefix, next: own.start } : own;
    for (const requirement of tree.requirementsOf.get(section.id) ?? []) {
      if (scheme.scheme === 'prefix') {
        out.set(requirement.id, `${scheme.prefix}${scheme.next}`);
        scheme.next += 1;
      } else if (scheme.scheme === 'fixed') {
        const fixed = requirement.fixedNumber?.trim() ?? '';
        out.set(requirement.id, fixed === '' ? null : fixed);
      }
    }
    // The counter object is shared with the subsections that follow the scheme.
    for (const child of tree.childrenOf.get(section.id) ?? []) descend(child, scheme);
  };
  for (const root of tree.roots) descend(root, { scheme: 'automatic' });
  return out;
}

/** The numbers as printed: the scheme's where it can be used, else the automatic one (see the rules above). */
function printedNumbers(tree: Outline, automatic: readonly NumberedRequirement[]): { numbers: Map<string, string>; issues: NumberingIssue[] } {
  const wanted = schemeNumbers(tree);
  const used = new Set(automatic.filter((item) => !wanted.has(item.requirement.id)).map((item) => item.number));
  const numbers = new Map<string, string>();
  const issues: NumberingIssue[] = [];
  for (const { requirement, number } of automatic) {
    if (!wanted.has(requirement.id)) {
      numbers.set(requirement.id, number);
      continue;
    }
    const scheme = wanted.get(requirement.id) ?? null;
    if (scheme === null) {
      issues.push({ requirementId: requirement.id, kind: 'noFixedNumber', number });
      numbers.set(requirement.id, number);
    } else if (used.has(scheme)) {
      issues.push({ requirementId: requirement.id, kind: 'duplicate', wanted: scheme, number });
      numbers.set(requirement.id, number);
    } else {
      numbers.set(requirement.id, scheme);
    }
    used.add(numbers.get(requirement.id) ?? number);
  }
  return { numbers, issues };
}

function renumbered(items: readonly NumberedRequirement[], numbers: ReadonlyMap<string, string>): NumberedRequirement[] {
  return items.map((item) => ({ requirement: item.requirement, number: numbers.get(item.requirement.id) ?? item.number }));
}

function renumberSection(section: NumberedSection, numbers: ReadonlyMap<string, string>): NumberedSection {
  return { ...section, requirements: renumbered(section.requirements, numbers), children: section.children.map((child) => renumberSection(child, numbers)) };
}

function renumberRole(chapter: RoleChapter | null, numbers: ReadonlyMap<string, string>): RoleChapter | null {
  return chapter === null ? null : { ...chapter, groups: chapter.groups.map((group) => ({ ...group, requirements: renumbered(group.requirements, numbers) })) };
}

function flatten(section: NumberedSection, out: NumberedRequirement[]): void {
  out.push(...section.requirements);
  for (const child of section.children) flatten(child, out);
}

/** Numbers every requirement chapter, section and requirement of the document. */
export function numberDocument(spec: Specification, firstChapter: number): DocumentNumbering {
  const tree = outline(spec);
  const automaticChapters = specificationChapters(tree, firstChapter);
  let next = firstChapter + automaticChapters.length;
  const automaticQualification = roleChapter(tree, 'qualification', String(next));
  if (automaticQualification !== null) next += 1;
  const automaticContract = roleChapter(tree, 'contract', String(next));
  if (automaticContract !== null) next += 1;

  const inOrderOf = (chapters: readonly NumberedSection[], roles: readonly (RoleChapter | null)[]): NumberedRequirement[] => {
    const out: NumberedRequirement[] = [];
    for (const chapter of chapters) flatten(chapter, out);
    for (const chapter of roles) for (const group of chapter?.groups ?? []) out.push(...group.requirements);
    return out;
  };
  const { numbers, issues } = printedNumbers(tree, inOrderOf(automaticChapters, [automaticQualification, automaticContract]));
  const chapters = automaticChapters.map((chapter) => renumberSection(chapter, numbers));
  const qualification = renumberRole(automaticQualification, numbers);
  const contract = renumberRole(automaticContract, numbers);
  const inOrder = inOrderOf(chapters, [qualification, contract]);
  return { chapters, qualification, contract, inOrder, numberOf: new Map(inOrder.map((item) => [item.requirement.id, item.number])), nextChapter: next, issues };
}
