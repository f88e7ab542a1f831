import type { MigrationStep } from '../../document-kinds/format';
import { invalidDocumentProblem } from '../../file-reading/problem';
import { migrateV0ToV1, SpecificationV0 } from './v0';
import { migrateV1ToV2 } from './v1';
import { migrateV2ToV3 } from './v2';
import { migrateV3ToV4 } from './v3';

/** `specificationMigrations[n]` brings a specification from format version n to version n + 1. */
export const specificationMigrations: readonly MigrationStep[] = [
  (raw, now) => {
    const parsed = SpecificationV0.safeParse(raw);
    if (!parsed.success) return { ok: false, problem: invalidDocumentProblem(parsed.error, 'The version 0 document') };
    return { ok: true, document: migrateV0ToV1(parsed.data, now) };
  },
  (raw) => ({ ok: true, document: migrateV1ToV2(raw) }),
  (raw) => ({ ok: true, document: migrateV2ToV3(raw) }),
  (raw) => ({ ok: true, document: migrateV3ToV4(raw) }),
];
