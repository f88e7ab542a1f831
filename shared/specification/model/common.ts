import { z } from 'zod';

/** The legal profile a specification follows: Swedish LOU, Norwegian LOA/FOA, or plain EU rules. */
export const jurisdictions = ['se', 'no', 'eu'] as const;
export const Jurisdiction = z.enum(jurisdictions);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** Languages a specification can be written in (Swedish, Norwegian bokmål, English). */
export const documentLanguages = ['sv', 'nb', 'en'] as const;
export const DocumentLanguage = z.enum(documentLanguages);
export type DocumentLanguage = z.infer<typeof DocumentLanguage>;

/**
 * A text written in one or more of the document's languages. Every language
 * is optional, so a draft can hold a Swedish text before its English one.
 */
export const LocalisedText = z
  .object({
    sv: z.string().optional(),
    nb: z.string().optional(),
    en: z.string().optional(),
  })
  .strict()
  .meta({ id: 'LocalisedText', description: 'The same text in each of the document languages; any may be missing while drafting.' });
export type LocalisedText = z.infer<typeof LocalisedText>;

/**
 * The id of an item inside a document (section, requirement, need, …):
 * stable across edits, referenced by other items, safe in file names and
 * anchors.
 */
export const ItemId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'Use 1–100 letters, digits, ".", "_", ":" or "-", starting with a letter or digit')
  .meta({ id: 'ItemId', description: 'Stable id of an item within the document.' });
export type ItemId = z.infer<typeof ItemId>;

/** A moment in time, ISO 8601 with a time zone (e.g. 2026-03-01T09:30:00Z). */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** A calendar date, ISO 8601 (e.g. 2026-03-01). */
export const IsoDate = z.iso.date();

/** An amount of money excluding VAT, in the procurement's currency. */
export const Amount = z.number().nonnegative();

/** A whole number of months. */
export const Months = z.number().int().nonnegative();

/** Order among siblings, ascending. */
export const SortOrder = z.number().int().nonnegative();
