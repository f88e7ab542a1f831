/**
 * The matrix of suppliers × requirements on the buyer's evaluation screen:
 * which requirements are shown under the filters (only mandatory, only those
 * some supplier fails, one section and its subsections), and for each
 * supplier compared the answer and whether it meets the requirement. Only
 * responses to this version of the specification are columns: one to
 * another version was never compared, so it has nothing to show.
 */
import type { Requirement, Specification } from '../specification/model';
import { isBinding } from '../specification/model/requirements';
import type { Answer } from './answers';
import type { ResponsesOverview } from './received';

export interface MatrixFilters {
  onlyMandatory: boolean;
  onlyFailed: boolean;
  /** A section and everything under it; null for all. */
  sectionId: string | null;
}

export interface MatrixColumn {
  responseId: string;
  name: string;
}

export interface MatrixCell {
  answer: Answer | undefined;
  /** null: the answer could not be compared (or there is none). */
  met: boolean | null;
}

export interface MatrixRow {
  requirement: Requirement;
  mandatory: boolean;
  cells: MatrixCell[];
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/** The ids of a section and of every section under it. */
function sectionAndBelow(specification: Specification, sectionId: string): Set<string> {
  const ids = new Set([sectionId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const section of specification.sections) {
      if (section.parentId !== null && ids.has(section.parentId) && !ids.has(section.id)) {
        ids.add(section.id);
        grew = true;
      }
    }
  }
  return ids;
}

export function evaluationMatrix(specification: Specification, overview: ResponsesOverview, filters: MatrixFilters): Matrix {
  const answersOf = new Map(overview.responses.map((response) => [response.id, response.answers]));
  const compared = overview.evaluation.suppliers.filter((supplier) => supplier.requirements.length > 0);
  const columns = compared.map((supplier) => ({ responseId: supplier.source, name: supplier.name }));
  const metBy = compared.map((supplier) => new Map(supplier.requirements.map((outcome) => [outcome.requirementId, outcome.met])));
  const sections = filters.sectionId === null ? null : sectionAndBelow(specification, filters.sectionId);
  const rows: MatrixRow[] = [];
  for (const requirement of specification.requirements) {
    const mandatory = isBinding(requirement.obligation);
    if (filters.onlyMandatory && !mandatory) continue;
    if (sections !== null && !sections.has(requirement.sectionId)) continue;
    const cells = compared.map((supplier, index) => ({
      answer: answersOf.get(supplier.source)?.[requirement.id],
      met: metBy[index]?.get(requirement.id) ?? null,
    }));
    if (filters.onlyFailed && !cells.some((cell) => cell.met !== true)) continue;
    rows.push({ requirement, mandatory, cells });
  }
  return { columns, rows };
}
