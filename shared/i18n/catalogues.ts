/**
 * The UI text catalogues, one per language. English is the reference shape;
 * a unit test fails when any key is missing or extra in another language.
 */
import type { UiLanguage } from '../languages';
import courseEn from './course.en.json' with { type: 'json' };
import courseNb from './course.nb.json' with { type: 'json' };
import courseSv from './course.sv.json' with { type: 'json' };
import courseScreensEn from './course-screens.en.json' with { type: 'json' };
import courseScreensNb from './course-screens.nb.json' with { type: 'json' };
import courseScreensSv from './course-screens.sv.json' with { type: 'json' };
import docxEn from './docx.en.json' with { type: 'json' };
import docxNb from './docx.nb.json' with { type: 'json' };
import docxSv from './docx.sv.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import importEn from './import.en.json' with { type: 'json' };
import importNb from './import.nb.json' with { type: 'json' };
import importSv from './import.sv.json' with { type: 'json' };
import nb from './nb.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };
import supplierEn from './supplier.en.json' with { type: 'json' };
import supplierNb from './supplier.nb.json' with { type: 'json' };
import supplierSv from './supplier.sv.json' with { type: 'json' };
import responseEvaluationEn from './response-evaluation.en.json' with { type: 'json' };
import responseEvaluationNb from './response-evaluation.nb.json' with { type: 'json' };
import responseEvaluationSv from './response-evaluation.sv.json' with { type: 'json' };
import sharingEn from './sharing.en.json' with { type: 'json' };
import sharingNb from './sharing.nb.json' with { type: 'json' };
import sharingSv from './sharing.sv.json' with { type: 'json' };
import tableImportEn from './table-import.en.json' with { type: 'json' };
import tableImportNb from './table-import.nb.json' with { type: 'json' };
import tableImportSv from './table-import.sv.json' with { type: 'json' };
import builderSv from './steps/builder.sv.json' with { type: 'json' };
import builderNb from './steps/builder.nb.json' with { type: 'json' };
import builderEn from './steps/builder.en.json' with { type: 'json' };
import procurementSv from './steps/procurement.sv.json' with { type: 'json' };
import procurementNb from './steps/procurement.nb.json' with { type: 'json' };
import procurementEn from './steps/procurement.en.json' with { type: 'json' };
import needsSv from './steps/needs.sv.json' with { type: 'json' };
import needsNb from './steps/needs.nb.json' with { type: 'json' };
import needsEn from './steps/needs.en.json' with { type: 'json' };
import requirementsSv from './steps/requirements.sv.json' with { type: 'json' };
import requirementsNb from './steps/requirements.nb.json' with { type: 'json' };
import requirementsEn from './steps/requirements.en.json' with { type: 'json' };
import evaluationSv from './steps/evaluation.sv.json' with { type: 'json' };
import evaluationNb from './steps/evaluation.nb.json' with { type: 'json' };
import evaluationEn from './steps/evaluation.en.json' with { type: 'json' };
import reviewSv from './steps/review.sv.json' with { type: 'json' };
import reviewNb from './steps/review.nb.json' with { type: 'json' };
import reviewEn from './steps/review.en.json' with { type: 'json' };
import qualitySv from './steps/quality.sv.json' with { type: 'json' };
import qualityNb from './steps/quality.nb.json' with { type: 'json' };
import qualityEn from './steps/quality.en.json' with { type: 'json' };
import innovationSv from './steps/innovation.sv.json' with { type: 'json' };
import innovationNb from './steps/innovation.nb.json' with { type: 'json' };
import innovationEn from './steps/innovation.en.json' with { type: 'json' };
import parametersSv from './steps/parameters.sv.json' with { type: 'json' };
import parametersNb from './steps/parameters.nb.json' with { type: 'json' };
import parametersEn from './steps/parameters.en.json' with { type: 'json' };
import bulkSv from './steps/bulk.sv.json' with { type: 'json' };
import bulkNb from './steps/bulk.nb.json' with { type: 'json' };
import bulkEn from './steps/bulk.en.json' with { type: 'json' };
import simulatorSv from './steps/simulator.sv.json' with { type: 'json' };
import simulatorNb from './steps/simulator.nb.json' with { type: 'json' };
import simulatorEn from './steps/simulator.en.json' with { type: 'json' };

/**
 * The texts of exported documents (DOCX) live in their own files, docx.<lang>.json,
 * under the key "docx"; they are checked for completeness like the UI texts.
 * The import's texts (report, CLI command, dialog) are in import.<lang>.json, under "import";
 * the spreadsheet import and paste (column mapping dialog, paste messages) have
 * theirs in table-import.<lang>.json, under "tableImport"; course mode's (the
 * feedback on a trainee's answer, the `kravstudio course` command) in
 * course.<lang>.json, under "course", and the course screens' in course-screens.<lang>.json, under "courseScreens"; the supplier's (who-am-I, answering a specification) in
 * supplier.<lang>.json, under "supplier"; the buyer's evaluation of responses (screen and evaluation report) in
 * response-evaluation.<lang>.json, under "responseEvaluation"; sharing packs and courses as files and the
 * organisation library folder in sharing.<lang>.json, under "sharing".
 */
export type Catalogue = typeof en & { docx: typeof docxEn; steps: typeof stepsEn; import: typeof importEn; tableImport: typeof tableImportEn; course: typeof courseEn; courseScreens: typeof courseScreensEn; supplier: typeof supplierEn; responseEvaluation: typeof responseEvaluationEn; sharing: typeof sharingEn };

/**
 * The guided builder's texts, one file per step (steps/<step>.<lang>.json),
 * under the key "steps"; "builder" holds what all steps share (the rail,
 * the "why this matters" panel), "quality" the checker in the editor and
 * "innovation" the innovation review, "parameters" the values in a requirement text,
 * "bulk" the actions on many requirements at once (Requirements and Evaluation steps);
 * "simulator" the evaluation simulator (also its command-line output).
 */
const stepsEn = { builder: builderEn, procurement: procurementEn, needs: needsEn, requirements: requirementsEn, evaluation: evaluationEn, review: reviewEn, quality: qualityEn, innovation: innovationEn, parameters: parametersEn, bulk: bulkEn, simulator: simulatorEn };
const stepsSv = { builder: builderSv, procurement: procurementSv, needs: needsSv, requirements: requirementsSv, evaluation: evaluationSv, review: reviewSv, quality: qualitySv, innovation: innovationSv, parameters: parametersSv, bulk: bulkSv, simulator: simulatorSv };
const stepsNb = { builder: builderNb, procurement: procurementNb, needs: needsNb, requirements: requirementsNb, evaluation: evaluationNb, review: reviewNb, quality: qualityNb, innovation: innovationNb, parameters: parametersNb, bulk: bulkNb, simulator: simulatorNb };

export const catalogues: Record<UiLanguage, Catalogue> = {
  sv: { ...sv, docx: docxSv, steps: stepsSv, import: importSv, tableImport: tableImportSv, course: courseSv, courseScreens: courseScreensSv, supplier: supplierSv, responseEvaluation: responseEvaluationSv, sharing: sharingSv },
  nb: { ...nb, docx: docxNb, steps: stepsNb, import: importNb, tableImport: tableImportNb, course: courseNb, courseScreens: courseScreensNb, supplier: supplierNb, responseEvaluation: responseEvaluationNb, sharing: sharingNb },
  en: { ...en, docx: docxEn, steps: stepsEn, import: importEn, tableImport: tableImportEn, course: courseEn, courseScreens: courseScreensEn, supplier: supplierEn, responseEvaluation: responseEvaluationEn, sharing: sharingEn },
};

/** Reads a dotted key ("menu.file") from a catalogue; returns the key itself when missing. */
export function lookup(catalogue: Catalogue, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return key;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
