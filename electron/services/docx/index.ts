/**
 * DOCX export of a specification: the tender annex and the supplier's
 * response form. Pure functions of their input (specification, standards
 * catalogue, library, options) apart from the time stamps Word files carry;
 * they report progress and can be cancelled through an AbortSignal.
 */
export { exportPlan, type ExportHooks, type ExportInput, type ExportOptions } from './context';
export { exportResponseFormDocx } from './response-form';
export { exportSpecificationDocx } from './specification-document';
export { numberDocument, type DocumentNumbering, type NumberedRequirement } from '../../../shared/specification/numbering';
