/**
 * The export's preflight as the builder shows it: the same list
 * `kravstudio export` prints (shared/tender-document/preflight.ts), with the
 * choices made in the export dialog, grouped for the list the user fixes from.
 */
import type { ExportChoices } from '../export-choices';
import type { Specification } from '../specification/model';
import type { TemplateLibrary } from '../templates/library';
import { exportPreflight as tenderDocumentPreflight } from '../tender-document/preflight';
import { type PreflightCategory, preflightCategories, type PreflightItem } from '../tender-document/plan-types';

/** The version the export prints on the cover (electron/services/export-formats/docx.ts). */
const exportedVersion = '1.0';

/**
 * The preflight items of an export with these choices. `library` is the
 * template library the export names standards and guidance from; without it
 * (not loaded) standards and the guidance annex are left out of the check
 * rather than reported as missing. The cover's date does not change what is
 * missing, so a fixed one keeps this a function of its input; the version is
 * the one the export prints.
 */
export function exportPreflight(
  spec: Specification,
  choices: Pick<ExportChoices, 'language' | 'guidanceAnnex' | 'ssa' | 'omitEmptyChapters'>,
  library: TemplateLibrary | null,
): PreflightItem[] {
  const items = tenderDocumentPreflight(
    spec,
    {
      language: choices.language,
      guidanceAnnex: library !== null && choices.guidanceAnnex,
      ssa: choices.ssa ?? null,
      version: exportedVersion,
      date: new Date(0),
      omitEmptyChapters: choices.omitEmptyChapters === true,
    },
    library === null ? { standards: [] } : { standards: library.standards, library },
  );
  return library === null ? items.filter((item) => item.code !== 'annex.standardUnknown') : items;
}

/** One group of the preflight list. */
export interface PreflightGroup {
  /** What the items are: fields to fill in, printed empty, left out, inconsistent, quality, completeness. */
  category: PreflightCategory;
  items: PreflightItem[];
}

/**
 * The items grouped by what they are, in the catalogue's order of categories
 * (what misleads tenderers first), each group in the plan's (print) order.
 */
export function preflightGroups(items: readonly PreflightItem[]): PreflightGroup[] {
  return preflightCategories.map((category) => ({ category, items: items.filter((item) => item.category === category) })).filter((group) => group.items.length > 0);
}
