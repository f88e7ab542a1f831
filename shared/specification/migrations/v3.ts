/**
 * Version 3 → version 4: the evaluation model gains what the evaluation
 * simulator needs — a scoring scale and a money amount per criterion, the
 * maximum points, the interpolated price formula, the value-addition method
 * and a saved simulation of fictitious bids. All of it is optional or a new
 * choice, so a version 3 document means the same in version 4: only the
 * version number changes. The step exists so that an older Kravstudio, which
 * would not understand the new fields, says the file is newer instead of
 * calling it broken.
 */
export function migrateV3ToV4(raw: Record<string, unknown>): Record<string, unknown> {
  return { ...raw, schemaVersion: 4 };
}
