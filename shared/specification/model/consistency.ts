import type { z } from 'zod';
import { isProcedureAllowed } from './procurement';
import type { SpecificationShape } from './specification';

type Issues = z.RefinementCtx<SpecificationShape>;
type Path = (string | number)[];

function report(ctx: Issues, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/**
 * The checks that relate one part of a specification to another. Run by the
 * `Specification` schema once every field has the right shape; each problem
 * is reported at the field that has to change.
 */
export function checkConsistency(spec: SpecificationShape, ctx: Issues): void {
  checkLanguages(spec, ctx);
  checkProcedure(spec, ctx);
  checkUniqueIds(spec, ctx);
  checkSectionTree(spec, ctx);
  checkReferences(spec, ctx);
}

function checkLanguages(spec: SpecificationShape, ctx: Issues): void {
  const seen = new Set<string>();
  spec.languages.forEach((language, index) => {
    if (seen.has(language)) report(ctx, ['languages', index], `The language "${language}" is listed twice`);
    seen.add(language);
  });
  if (!spec.languages.includes(spec.primaryLanguage)) {
    report(ctx, ['primaryLanguage'], `The primary language "${spec.primaryLanguage}" is not one of the document's languages`);
  }
}

function checkProcedure(spec: SpecificationShape, ctx: Issues): void {
  const procedure = spec.procurement.procedure;
  if (procedure !== null && !isProcedureAllowed(spec.jurisdiction, procedure)) {
    report(ctx, ['procurement', 'procedure'], `The procedure "${procedure}" is not available in the "${spec.jurisdiction}" jurisdiction`);
  }
}

/** The lists whose items carry ids, with where they sit in the document. */
function idLists(spec: SpecificationShape): [Path, readonly { id: string }[]][] {
  return [
    [['procurement', 'lots'], spec.procurement.lots],
    [['stakeholders'], spec.stakeholders],
    [['userGroups'], spec.userGroups],
    [['needs'], spec.needs],
    [['goals'], spec.goals],
    [['marketDialogue'], spec.marketDialogue],
    [['sections'], spec.sections],
    [['requirements'], spec.requirements],
    [['evaluation', 'criteria'], spec.evaluation.criteria],
    [['glossary'], spec.glossary],
    [['attachments'], spec.attachments],
  ];
}

function checkUniqueIds(spec: SpecificationShape, ctx: Issues): void {
  for (const [path, items] of idLists(spec)) {
    const firstIndex = new Map<string, number>();
    items.forEach((item, index) => {
      const earlier = firstIndex.get(item.id);
      if (earlier === undefined) {
        firstIndex.set(item.id, index);
      } else {
        report(ctx, [...path, index, 'id'], `The id "${item.id}" is already used by item ${earlier} of this list`);
      }
    });
  }
  spec.requirements.forEach((requirement, index) => {
    const names = new Set<string>();
    requirement.parameters.forEach((parameter, parameterIndex) => {
      if (names.has(parameter.name)) {
        report(ctx, ['requirements', index, 'parameters', parameterIndex, 'name'], `The parameter name "${parameter.name}" is used twice in this requirement`);
      }
      names.add(parameter.name);
    });
  });
  const assessed = new Set<string>();
  (spec.innovationChecklist ?? []).forEach((entry, index) => {
    if (assessed.has(entry.criterionId)) report(ctx, ['innovationChecklist', index, 'criterionId'], `The criterion "${entry.criterionId}" is assessed twice`);
    assessed.add(entry.criterionId);
  });
}

function checkSectionTree(spec: SpecificationShape, ctx: Issues): void {
  const parentOf = new Map<string, string | null>();
  for (const section of spec.sections) {
    if (!parentOf.has(section.id)) parentOf.set(section.id, section.parentId);
  }
  spec.sections.forEach((section, index) => {
    const path = ['sections', index, 'parentId'];
    if (section.parentId === null) return;
    if (!parentOf.has(section.parentId)) {
      report(ctx, path, `The parent section "${section.parentId}" does not exist`);
      return;
    }
    // Walk up at most as many steps as there are sections; coming back to
    // this section means it is its own ancestor.
    let current: string | null | undefined = section.parentId;
    for (let steps = 0; current != null && steps <= parentOf.size; steps += 1) {
      if (current === section.id) {
        report(ctx, path, `The section "${section.id}" is its own ancestor; sections must form a tree`);
        return;
      }
      current = parentOf.get(current);
    }
  });
}

function checkReferences(spec: SpecificationShape, ctx: Issues): void {
  const sectionIds = new Set(spec.sections.map((section) => section.id));
  const needIds = new Set(spec.needs.map((need) => need.id));
  const goalIds = new Set(spec.goals.map((goal) => goal.id));
  const requirementIds = new Set(spec.requirements.map((requirement) => requirement.id));

  spec.requirements.forEach((requirement, index) => {
    if (!sectionIds.has(requirement.sectionId)) {
      report(ctx, ['requirements', index, 'sectionId'], `The section "${requirement.sectionId}" does not exist`);
    }
    requirement.needIds.forEach((needId, needIndex) => {
      if (!needIds.has(needId)) report(ctx, ['requirements', index, 'needIds', needIndex], `The need "${needId}" does not exist`);
    });
  });
  spec.needs.forEach((need, index) => {
    need.goalIds.forEach((goalId, goalIndex) => {
      if (!goalIds.has(goalId)) report(ctx, ['needs', index, 'goalIds', goalIndex], `The goal "${goalId}" does not exist`);
    });
  });
  spec.evaluation.criteria.forEach((criterion, index) => {
    criterion.requirementIds.forEach((requirementId, requirementIndex) => {
      if (!requirementIds.has(requirementId)) {
        report(ctx, ['evaluation', 'criteria', index, 'requirementIds', requirementIndex], `The requirement "${requirementId}" does not exist`);
      }
    });
  });
}
