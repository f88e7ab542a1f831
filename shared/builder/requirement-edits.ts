/**
 * The edits of the Requirements step, as pure functions from one
 * specification to the next: sections (add, rename, move, indent, remove)
 * and requirements (write your own, duplicate, move, delete). Each keeps the
 * document valid: orders stay 0..n-1 among siblings, a section never moves
 * below itself, and deleting a requirement also takes it out of the award
 * criteria that named it. Unchanged requirements keep their identity, so
 * per-requirement caches (quality findings) stay warm.
 */
import type { DocumentLanguage, LocalisedText } from '../specification/model/common';
import type { Requirement } from '../specification/model/requirements';
import type { Section, SectionNumbering } from '../specification/model/sections';
import type { Specification } from '../specification/model/specification';
import { nextItemId } from './item-ids';
import { newRequirementFields } from '../specification/create';

function byOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

/** The sections under a parent (null: top level), in order. */
export function childSections(spec: Specification, parentId: string | null): Section[] {
  return byOrder(spec.sections.filter((section) => section.parentId === parentId));
}

/** The requirements of one section, in order. */
export function sectionRequirements(spec: Specification, sectionId: string): Requirement[] {
  return byOrder(spec.requirements.filter((requirement) => requirement.sectionId === sectionId));
}

/** The section and every section below it. */
export function sectionWithDescendants(spec: Specification, sectionId: string): Set<string> {
  const ids = new Set([sectionId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const section of spec.sections) {
      if (section.parentId !== null && ids.has(section.parentId) && !ids.has(section.id)) {
        ids.add(section.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Gives the listed sections the parent and orders 0..n-1 in the given sequence. */
function placeSections(spec: Specification, parentId: string | null, sequence: readonly string[]): Specification {
  const position = new Map(sequence.map((id, index) => [id, index]));
  return {
    ...spec,
    sections: spec.sections.map((section) => {
      const order = position.get(section.id);
      if (order === undefined) return section;
      return section.parentId === parentId && section.order === order ? section : { ...section, parentId, order };
    }),
  };
}

export function addSection(spec: Specification, parentId: string | null, title: LocalisedText): { specification: Specification; id: string } {
  const id = nextItemId('section', spec.sections);
  const order = childSections(spec, parentId).length;
  return { specification: { ...spec, sections: [...spec.sections, { id, parentId, order, title }] }, id };
}

export function renameSection(spec: Specification, sectionId: string, language: DocumentLanguage, title: string): Specification {
  return {
    ...spec,
    sections: spec.sections.map((section) => (section.id === sectionId ? { ...section, title: { ...section.title, [language]: title } } : section)),
  };
}

/**
 * Moves a section to a parent (null: top level) at an index among its new
 * siblings. Refused (the document comes back unchanged) when the target is
 * the section itself or below it.
 */
export function moveSectionTo(spec: Specification, sectionId: string, parentId: string | null, index: number): Specification {
  const section = spec.sections.find((candidate) => candidate.id === sectionId);
  if (section === undefined) return spec;
  if (parentId !== null && sectionWithDescendants(spec, sectionId).has(parentId)) return spec;
  const oldSiblings = childSections(spec, section.parentId).filter((candidate) => candidate.id !== sectionId);
  const newSiblings = childSections(spec, parentId).filter((candidate) => candidate.id !== sectionId);
  const clamped = Math.max(0, Math.min(index, newSiblings.length));
  const sequence = [...newSiblings.slice(0, clamped).map((s) => s.id), sectionId, ...newSiblings.slice(clamped).map((s) => s.id)];
  let next = spec;
  if (section.parentId !== parentId) next = placeSections(next, section.parentId, oldSiblings.map((s) => s.id));
  return placeSections(next, parentId, sequence);
}

/** One place up (-1) or down (+1) among its siblings. */
export function moveSection(spec: Specification, sectionId: string, direction: -1 | 1): Specification {
  const section = spec.sections.find((candidate) => candidate.id === sectionId);
  if (section === undefined) return spec;
  const siblings = childSections(spec, section.parentId);
  const index = siblings.findIndex((candidate) => candidate.id === sectionId);
  const target = index + direction;
  if (target < 0 || target >= siblings.length) return spec;
  return moveSectionTo(spec, sectionId, section.parentId, target);
}

/** Makes the section the last child of the sibling above it. */
export function indentSection(spec: Specification, sectionId: string): Specification {
  const section = spec.sections.find((candidate) => candidate.id === sectionId);
  if (section === undefined) return spec;
  const siblings = childSections(spec, section.parentId);
  const above = siblings[siblings.findIndex((candidate) => candidate.id === sectionId) - 1];
  if (above === undefined) return spec;
  return moveSectionTo(spec, sectionId, above.id, childSections(spec, above.id).length);
}

/** Makes the section the sibling right after its parent. */
export function outdentSection(spec: Specification, sectionId: string): Specification {
  const section = spec.sections.find((candidate) => candidate.id === sectionId);
  const parent = spec.sections.find((candidate) => candidate.id === section?.parentId);
  if (section === undefined || parent === undefined) return spec;
  const parentIndex = childSections(spec, parent.parentId).findIndex((candidate) => candidate.id === parent.id);
  return moveSectionTo(spec, sectionId, parent.parentId, parentIndex + 1);
}

/** Removes requirements, and their ids from the award criteria. */
export function deleteRequirements(spec: Specification, ids: ReadonlySet<string>): Specification {
  if (ids.size === 0) return spec;
  return {
    ...spec,
    requirements: spec.requirements.filter((requirement) => !ids.has(requirement.id)),
    evaluation: {
      ...spec.evaluation,
      criteria: spec.evaluation.criteria.map((criterion) =>
        criterion.requirementIds.some((id) => ids.has(id)) ? { ...criterion, requirementIds: criterion.requirementIds.filter((id) => !ids.has(id)) } : criterion,
      ),
    },
  };
}

/** Removes a section, the sections below it and all their requirements; its siblings close the gap. */
export function removeSection(spec: Specification, sectionId: string): Specification {
  const section = spec.sections.find((candidate) => candidate.id === sectionId);
  if (section === undefined) return spec;
  const gone = sectionWithDescendants(spec, sectionId);
  const requirements = new Set(spec.requirements.filter((requirement) => gone.has(requirement.sectionId)).map((requirement) => requirement.id));
  const without = deleteRequirements({ ...spec, sections: spec.sections.filter((candidate) => !gone.has(candidate.id)) }, requirements);
  return placeSections(without, section.parentId, childSections(without, section.parentId).map((s) => s.id));
}

/** A requirement the user writes from scratch: mandatory, on the service, empty in every document language. */
export function blankRequirement(spec: Specification, sectionId: string): Requirement {
  const text: LocalisedText = {};
  for (const language of spec.languages) text[language] = '';
  return {
    id: nextItemId('own', spec.requirements),
    sectionId,
    order: sectionRequirements(spec, sectionId).length,
    text,
    obligation: 'mandatory',
    answerType: { kind: 'confirmation' },
    ...newRequirementFields(),
  };
}

/** Orders 0..n-1 for the requirements of a section, in the given sequence. */
function placeRequirements(spec: Specification, sectionId: string, sequence: readonly string[]): Specification {
  const position = new Map(sequence.map((id, index) => [id, index]));
  return {
    ...spec,
    requirements: spec.requirements.map((requirement) => {
      const order = position.get(requirement.id);
      if (order === undefined) return requirement;
      return requirement.sectionId === sectionId && requirement.order === order ? requirement : { ...requirement, sectionId, order };
    }),
  };
}

export function addRequirement(spec: Specification, sectionId: string): { specification: Specification; id: string } {
  const requirement = blankRequirement(spec, sectionId);
  return { specification: { ...spec, requirements: [...spec.requirements, requirement] }, id: requirement.id };
}

/** A copy right after the original, with its own id; findings dismissed on the original stay with the original. */
export function duplicateRequirement(spec: Specification, requirementId: string): { specification: Specification; id: string } {
  const original = spec.requirements.find((requirement) => requirement.id === requirementId);
  if (original === undefined) return { specification: spec, id: requirementId };
  const taken = new Set(spec.requirements.map((requirement) => requirement.id));
  let n = 2;
  while (taken.has(`${original.id}-${n}`)) n += 1;
  const copy: Requirement = { ...(JSON.parse(JSON.stringify(original)) as Requirement), id: `${original.id}-${n}`, dismissedFindings: [] };
  const sequence = sectionRequirements(spec, original.sectionId).map((requirement) => requirement.id);
  sequence.splice(sequence.indexOf(original.id) + 1, 0, copy.id);
  return { specification: placeRequirements({ ...spec, requirements: [...spec.requirements, copy] }, original.sectionId, sequence), id: copy.id };
}

/** Moves a requirement to a section (at the end, or at an index). */
export function moveRequirementTo(spec: Specification, requirementId: string, sectionId: string, index?: number): Specification {
  const requirement = spec.requirements.find((candidate) => candidate.id === requirementId);
  if (requirement === undefined || !spec.sections.some((section) => section.id === sectionId)) return spec;
  const others = sectionRequirements(spec, sectionId).filter((candidate) => candidate.id !== requirementId).map((candidate) => candidate.id);
  const at = Math.max(0, Math.min(index ?? others.length, others.length));
  let next = spec;
  if (requirement.sectionId !== sectionId) {
    next = placeRequirements(next, requirement.sectionId, sectionRequirements(spec, requirement.sectionId).filter((candidate) => candidate.id !== requirementId).map((candidate) => candidate.id));
  }
  return placeRequirements(next, sectionId, [...others.slice(0, at), requirementId, ...others.slice(at)]);
}

/**
 * Moves a requirement to just before another one (dropped on it in the list),
 * into that one's section. The index counts the target's section without the
 * moved requirement, so a drop lands where the user let go whether the
 * requirement came from above, from below or from another section.
 */
export function moveRequirementBefore(spec: Specification, requirementId: string, targetId: string): Specification {
  const target = spec.requirements.find((requirement) => requirement.id === targetId);
  if (target === undefined || targetId === requirementId) return spec;
  const index = sectionRequirements(spec, target.sectionId)
    .filter((requirement) => requirement.id !== requirementId)
    .findIndex((requirement) => requirement.id === targetId);
  return moveRequirementTo(spec, requirementId, target.sectionId, index);
}

/** One place up (-1) or down (+1) within its section. */
export function moveRequirement(spec: Specification, requirementId: string, direction: -1 | 1): Specification {
  const requirement = spec.requirements.find((candidate) => candidate.id === requirementId);
  if (requirement === undefined) return spec;
  const siblings = sectionRequirements(spec, requirement.sectionId);
  const target = siblings.findIndex((candidate) => candidate.id === requirementId) + direction;
  if (target < 0 || target >= siblings.length) return spec;
  return moveRequirementTo(spec, requirementId, requirement.sectionId, target);
}

/** Changes one requirement; every other requirement object stays the same object. */
export function updateRequirement(spec: Specification, requirementId: string, change: (requirement: Requirement) => Requirement): Specification {
  return { ...spec, requirements: spec.requirements.map((requirement) => (requirement.id === requirementId ? change(requirement) : requirement)) };
}

/**
 * Dismisses a quality finding on a requirement with the user's reason (`at`
 * is when); dismissing the same rule again replaces the earlier reason.
 */
export function dismissFinding(requirement: Requirement, ruleId: string, reason: string, at: string): Requirement {
  return {
    ...requirement,
    dismissedFindings: [...requirement.dismissedFindings.filter((entry) => entry.ruleId !== ruleId), { ruleId, reason, at }],
  };
}

/** Brings a dismissed finding back: the rule is checked on the requirement again. */
export function restoreFinding(requirement: Requirement, ruleId: string): Requirement {
  return { ...requirement, dismissedFindings: requirement.dismissedFindings.filter((entry) => entry.ruleId !== ruleId) };
}

/**
 * Sets one language of an optional localised text (a requirement's title or
 * response instruction, a section's prose). A text emptied in every language
 * goes away, so a requirement without a title stays one without `title`.
 */
export function withLocalisedText(current: LocalisedText | undefined, language: DocumentLanguage, value: string): LocalisedText | undefined {
  const next: LocalisedText = Object.fromEntries(Object.entries({ ...current, [language]: value }).filter(([, text]) => text !== undefined && text !== ''));
  return Object.keys(next).length > 0 ? next : undefined;
}

/** The requirement's short title in one document language; empty removes it. */
export function setRequirementTitle(requirement: Requirement, language: DocumentLanguage, title: string): Requirement {
  const { title: _old, ...rest } = requirement;
  const next = withLocalisedText(requirement.title, language, title);
  return next === undefined ? rest : { ...rest, title: next };
}

/** What the tenderer must answer, describe or attach, in one document language; empty removes it. */
export function setResponseInstruction(requirement: Requirement, language: DocumentLanguage, instruction: string): Requirement {
  const { responseInstruction: _old, ...rest } = requirement;
  const next = withLocalisedText(requirement.responseInstruction, language, instruction);
  return next === undefined ? rest : { ...rest, responseInstruction: next };
}

/**
 * The buyer's own number for the requirement ("K3"), trimmed; empty removes
 * it. The caller checks the number (FixedRequirementNumber) before setting it.
 */
export function setFixedNumber(requirement: Requirement, fixedNumber: string): Requirement {
  const { fixedNumber: _old, ...rest } = requirement;
  const trimmed = fixedNumber.trim();
  return trimmed === '' ? rest : { ...rest, fixedNumber: trimmed };
}

/** The section's prose (rich text) in one document language; empty in every language removes it. */
export function setSectionIntro(spec: Specification, sectionId: string, language: DocumentLanguage, intro: string): Specification {
  return {
    ...spec,
    sections: spec.sections.map((section) => {
      if (section.id !== sectionId) return section;
      const { intro: _old, ...rest } = section;
      const next = withLocalisedText(section.intro, language, intro);
      return next === undefined ? rest : { ...rest, intro: next };
    }),
  };
}

/** How the section numbers its requirements; undefined: as its parent. */
export function setSectionNumbering(spec: Specification, sectionId: string, numbering: SectionNumbering | undefined): Specification {
  return {
    ...spec,
    sections: spec.sections.map((section) => {
      if (section.id !== sectionId) return section;
      const { numbering: _old, ...rest } = section;
      return numbering === undefined ? rest : { ...rest, numbering };
    }),
  };
}

/**
 * The numbering a section actually uses: its own scheme, else the nearest
 * ancestor's, else automatic. A cycle in a damaged document ends the walk.
 */
export function effectiveSectionNumbering(spec: Specification, sectionId: string): SectionNumbering {
  const byId = new Map(spec.sections.map((section) => [section.id, section]));
  const seen = new Set<string>();
  for (let section = byId.get(sectionId); section !== undefined && !seen.has(section.id); section = section.parentId === null ? undefined : byId.get(section.parentId)) {
    seen.add(section.id);
    if (section.numbering !== undefined) return section.numbering;
  }
  return { scheme: 'automatic' };
}
