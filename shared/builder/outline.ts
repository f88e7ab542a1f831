/**
 * The outline of the tender document an export would produce, for the Review
 * step's preview: a projection of the same plan the export writes
 * (shared/tender-document/plan.ts), so the headings, their numbers and
 * titles are the exported ones. Per entry: how many requirements it holds
 * and what else it lists. The guidance annex is an export choice and is not
 * shown. Pure.
 */
import type { DocumentLanguage, Specification } from '../specification/model';
import { tenderDocumentPlan } from '../tender-document/plan';
import type { PlanFigureUnit, PlanSection, PlanSectionKind } from '../tender-document/plan-types';
import { isBinding } from '../specification/model/requirements';

export interface RequirementCounts {
  total: number;
  mandatory: number;
  evaluated: number;
}

/** What an entry's figure counts, besides requirements (needs, goals, dialogue meetings, criteria, standards, terms). */
export type OutlineUnit = PlanFigureUnit;

/** The chapters and requirement sections an outline shows (not the parts inside fixed chapters, nor the response form's). */
export type OutlineKind = Exclude<PlanSectionKind, 'part' | 'formPart'>;

type ShownSection = PlanSection & { kind: OutlineKind };

const shown = (section: PlanSection): section is ShownSection => section.kind !== 'part' && section.kind !== 'formPart';

export interface OutlineEntry {
  kind: OutlineKind;
  /** The number printed before the heading: "1", "5.2", "Bilaga A". */
  number: string;
  /** The heading in the document language. */
  title: string;
  /** Requirements in this entry and every entry below it; null for chapters that hold none. */
  requirements: RequirementCounts | null;
  /** Other things the entry lists, such as the needs and goals of chapter 2. */
  figures: { unit: OutlineUnit; count: number }[];
  /** The section behind a requirement entry (null for other entries and for requirements without a known section). */
  sectionId: string | null;
  children: OutlineEntry[];
}

export interface DocumentOutline {
  language: DocumentLanguage;
  /** The document's title as the cover prints it (a stand-in when it has none). */
  title: string;
  /** "Kravspecifikation", "Bilag 1 – Kundens kravspesifikasjon", "Requirements specification". */
  documentType: string;
  entries: OutlineEntry[];
  /** All requirements of the document. */
  totals: RequirementCounts;
}

const noRequirements: RequirementCounts = { total: 0, mandatory: 0, evaluated: 0 };

function addCounts(a: RequirementCounts, b: RequirementCounts): RequirementCounts {
  return { total: a.total + b.total, mandatory: a.mandatory + b.mandatory, evaluated: a.evaluated + b.evaluated };
}

/** The requirements of a section's own tables. */
function ownCounts(section: PlanSection): RequirementCounts {
  const rows = section.blocks.flatMap((block) => (block.kind === 'requirements' ? block.rows : []));
  const mandatory = rows.filter((row) => isBinding(row.obligation)).length;
  return { total: rows.length, mandatory, evaluated: rows.length - mandatory };
}

const holdsRequirements = (kind: PlanSection['kind']): boolean => kind === 'section' || kind === 'qualification' || kind === 'contract';

function entryOf(section: ShownSection): OutlineEntry {
  const requirementChapter = holdsRequirements(section.kind);
  const children = requirementChapter ? section.children.filter(shown).map(entryOf) : [];
  return {
    kind: section.kind,
    number: section.number,
    title: section.title.trim(),
    requirements: requirementChapter ? children.reduce((sum, child) => addCounts(sum, child.requirements ?? noRequirements), ownCounts(section)) : null,
    figures: section.figures,
    sectionId: section.sectionId,
    children,
  };
}

/** Builds the outline of the document as it would be exported in `language` (by default the primary language). */
export function documentOutline(spec: Specification, language: DocumentLanguage = spec.primaryLanguage): DocumentOutline {
  // The cover's date, version and agreement do not show in the outline; fixed values keep it a function of the document.
  const plan = tenderDocumentPlan(spec, { language, guidanceAnnex: false, ssa: null, version: '', date: new Date(0) }, { standards: [] });
  const entries = plan.sections.filter(shown).map(entryOf);
  return {
    language,
    title: plan.title,
    documentType: plan.documentType,
    entries,
    totals: entries.reduce((sum, entry) => addCounts(sum, entry.requirements ?? noRequirements), noRequirements),
  };
}
