/**
 * The specification document model: zod schemas and the types inferred from
 * them, one module per part of the document.
 */
export * from './model/common';
export * from './model/buyer';
export * from './model/procurement';
export * from './model/needs';
export * from './model/sections';
export * from './model/answer-types';
export * from './model/requirements';
export * from './model/evaluation';
export * from './model/supporting';
export * from './model/specification';
