/**
 * How a specification file is read: its format name and version, where older
 * files kept the version, the migrations, the model, and the revision entry
 * that records a migration. The reading itself is the pipeline every kind of
 * document shares (shared/document-kinds/format.ts).
 */
import type { DocumentFormat } from '../document-kinds/format';
import { specificationMigrations } from './migrations/steps';
import { currentSchemaVersion, Specification, specificationFormat } from './model';
import { specificationBudget } from '../file-reading/budget';

export const specificationFileFormat: DocumentFormat<Specification> = {
  format: specificationFormat,
  currentVersion: currentSchemaVersion,
  // Version 1 and later say so in `schemaVersion`; version 0 used `version`.
  versionKeys: ['schemaVersion', 'version'],
  model: Specification,
  migrations: specificationMigrations,
  noun: 'a specification',
  budget: specificationBudget,
  afterMigration: (document, fromVersion, now) =>
    // One entry for the whole migration, naming the version the file was in.
    Array.isArray(document['revisions'])
      ? { ...document, revisions: [...document['revisions'], { at: now.toISOString(), summary: `Migrated from format version ${fromVersion}` }] }
      : document,
};
