/**
 * Version 1 → version 2: the procurement gains `variants`, undecided, with no
 * conditions. Everything else is carried over untouched; a document whose
 * procurement is not an object is left for validation to report.
 */
export function migrateV1ToV2(raw: Record<string, unknown>): Record<string, unknown> {
  const procurement = raw['procurement'];
  const withVariants =
    typeof procurement === 'object' && procurement !== null && !Array.isArray(procurement)
      ? { ...procurement, variants: { allowed: null, conditions: '' } }
      : procurement;
  return { ...raw, schemaVersion: 2, procurement: withVariants };
}
