/**
 * Version 2 → version 3: requirement texts and section intros become rich
 * text (a CommonMark subset: paragraphs, lists, emphasis, links and
 * cross-references; shared/text/rich-text.ts). A version 2 text was plain, so
 * every character that the subset would now read as markup — "*", "_", "[",
 * "]" and "\" — is escaped, and the text prints as it did. Lines that start
 * with "- " or "1. " were meant as lists and now become real ones, which is
 * what their writers wanted. Nothing else changes: the new fields (titles,
 * response instructions, fixed numbers, numbering schemes, the logo, the
 * compliance answer, the minimum-and-evaluated obligation) are optional.
 */

/** Escapes what the rich-text subset would read as markup in a plain text. */
export function escapePlainText(text: string): string {
  return text.replace(/[\\*_[\]]/g, (character) => `\\${character}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A localised text with each language escaped; anything else is left for validation to report. */
function escapeLocalised(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([language, text]) => [language, typeof text === 'string' ? escapePlainText(text) : text]));
}

function escapeField(items: unknown, field: string): unknown {
  if (!Array.isArray(items)) return items;
  return items.map((item: unknown) => (isRecord(item) && field in item ? { ...item, [field]: escapeLocalised(item[field]) } : item));
}

export function migrateV2ToV3(raw: Record<string, unknown>): Record<string, unknown> {
  return {
    ...raw,
    schemaVersion: 3,
    sections: escapeField(raw['sections'], 'intro'),
    requirements: escapeField(raw['requirements'], 'text'),
  };
}
