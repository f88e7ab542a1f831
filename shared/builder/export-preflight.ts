/**
 * The export's preflight as the builder shows it: what the tender document
 * would print empty or as a placeholder with the choices made in the export
 * dialog, worked out from the same pure plan the export writes
 * (tenderDocumentPlan), and grouped for the list the user fixes from.
 */
import type { ExportChoices } from '../export-choices';
import type { Specification } from '../specification/model';
import type { TemplateLibrary } from '../templates/library';
import { tenderDocumentPlan } from '../tender-document/plan';
import type { PreflightItem } from '../tender-document/plan-types';
import { builderSteps, type BuilderStep } from './steps';

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
export function exportPreflight(spec: Specification, choices: Pick<ExportChoices, 'language' | 'guidanceAnnex' | 'ssa'>, library: TemplateLibrary | null): PreflightItem[] {
  const plan = tenderDocumentPlan(
    spec,
    { language: choices.language, guidanceAnnex: library !== null && choices.guidanceAnnex, ssa: choices.ssa ?? null, version: exportedVersion, date: new Date(0) },
    library === null ? { standards: [] } : { standards: library.standards, library },
  );
  return library === null ? plan.preflight.filter((item) => item.code !== 'annex.standardUnknown') : plan.preflight;
}

/** One group of the preflight list. */
export interface PreflightGroup {
  /** What the group's heading names; today the builder step where its items are fixed. */
  step: BuilderStep;
  items: PreflightItem[];
}

/**
 * The items grouped by where they are fixed, in the order of the builder's
 * steps, each group in the plan's (print) order. The one place that decides
 * the grouping: items that gain a category group by it here.
 */
export function preflightGroups(items: readonly PreflightItem[]): PreflightGroup[] {
  return builderSteps.map((step) => ({ step, items: items.filter((item) => item.goTo.step === step) })).filter((group) => group.items.length > 0);
}
