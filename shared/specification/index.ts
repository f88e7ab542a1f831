/** The specification document: model, identifiers, reading, writing and migration. */
export * from './model';
export * from './identifiers';
export * from './create';
export * from '../file-reading/problem';
export * from './migrations';
export * from './document-file';
export { specificationJsonSchema, specificationSchemaId } from './json-schema';
export { findStructuralProblem, forbiddenKeys, maxNestingDepth, type StructuralProblem } from '../file-reading/json-guards';
export * from './content-checks';
export * from '../file-reading/json-bytes';
