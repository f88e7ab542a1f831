/** The specification document: model, identifiers, reading, writing and migration. */
export * from './model';
export * from './identifiers';
export * from './create';
export * from './problem';
export * from './migrations';
export * from './document-file';
export { specificationJsonSchema, specificationSchemaId } from './json-schema';
export { findStructuralProblem, forbiddenKeys, maxNestingDepth, type StructuralProblem } from './json-guards';
export * from './content-checks';
export * from './json-bytes';
