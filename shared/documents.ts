/**
 * What the renderer and the main process say to each other about documents:
 * an open document, its save state, recent documents, backups, the trash,
 * and the problem report for a file that cannot be opened.
 */
import { z } from 'zod';
import { SpecificationRecentDetails } from './document-kinds/specification';
import { UiLanguage } from './languages';
import { Jurisdiction, Specification } from './specification/model';
import { BudgetExcess } from './file-reading/budget-excess';
import { documentProblemCodes } from './file-reading/problem';

const isoDateTime = z.string();

export const SaveState = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), at: isoDateTime }),
  z.object({ kind: z.literal('unsaved') }),
  z.object({ kind: z.literal('saving') }),
  /**
   * `reason` is one of saveFailureReasons; `detail` is the system's own words, for support.
   * `too-large`: the document went over what its kind may open (`budget` says which limit); nothing was written.
   */
  z.object({
    kind: z.literal('failed'),
    reason: z.enum(['read-only', 'disk-full', 'folder-missing', 'too-large', 'other']),
    detail: z.string(),
    budget: BudgetExcess.optional(),
  }),
  /** Another program changed the file; nothing is written until the user chooses. */
  z.object({ kind: z.literal('conflict'), change: z.enum(['changed', 'missing']) }),
]);
export type SaveState = z.infer<typeof SaveState>;

/** What every open document carries, whatever its kind. */
const OpenDocumentBase = z.object({
  sessionId: z.string(),
  path: z.string(),
  saveState: SaveState,
  /** The format version the file was upgraded from on opening, if it was older. */
  migratedFrom: z.number().int().nullable(),
});

/**
 * An open document: one member per kind of document, told apart by `kind`;
 * the content is under the kind's `contentKey` (see shared/document-kinds/).
 */
export const OpenDocument = z.discriminatedUnion('kind', [
  OpenDocumentBase.extend({ kind: z.literal('specification'), specification: Specification }),
]);
export type OpenDocument = z.infer<typeof OpenDocument>;
export type DocumentKindId = OpenDocument['kind'];

/**
 * The window's edited copy of an open document, sent to the main process to be saved: one member per
 * kind, with the content under the kind's `contentKey`, as in OpenDocument.
 */
export const DocumentEdit = z.discriminatedUnion('kind', [
  z.object({ sessionId: z.string().min(1).max(100), kind: z.literal('specification'), specification: Specification }).strict(),
]);
export type DocumentEdit = z.infer<typeof DocumentEdit>;

export const NewDocumentRequest = z
  .object({
    title: z.string().trim().min(1).max(300),
    jurisdiction: Jurisdiction,
    languages: z.array(UiLanguage).min(1).max(3),
    primaryLanguage: UiLanguage,
    /** Service-type packs whose requirements the document starts with; none for a blank document. */
    packIds: z.array(z.string().min(1).max(100)).max(20).optional(),
  })
  .strict()
  .refine((request) => request.languages.includes(request.primaryLanguage), {
    path: ['primaryLanguage'],
    message: 'The primary language must be one of the document languages.',
  });
export type NewDocumentRequest = z.infer<typeof NewDocumentRequest>;

/** What the recent list says about every document, whatever its kind. */
export const RecentDocumentBase = z.object({
  path: z.string(),
  title: z.string(),
  lastSavedAt: isoDateTime.nullable(),
  lastOpenedAt: isoDateTime,
});

/** A recent document: the common columns and its kind's own (`recentDetails` of the kind). */
export const RecentDocumentSummary = z.discriminatedUnion('kind', [
  RecentDocumentBase.extend({ kind: z.literal('specification'), ...SpecificationRecentDetails.shape }),
]);
export type RecentDocumentSummary = z.infer<typeof RecentDocumentSummary>;

export const BackupSummary = z.object({
  id: z.string(),
  createdAt: isoDateTime,
  kind: z.enum(['rolling', 'daily']),
  title: z.string(),
  requirementCount: z.number().int(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

export const TrashItem = z.object({
  id: z.string(),
  /** The document kind's id, so that the trash can tell a specification from other documents. */
  kind: z.string(),
  originalPath: z.string(),
  trashedAt: isoDateTime,
  title: z.string(),
});
export type TrashItem = z.infer<typeof TrashItem>;

/** How a stored version differs from the document as it is now. */
export const VersionComparison = z.object({
  titleChanged: z.boolean(),
  added: z.array(z.object({ id: z.string(), text: z.string() })),
  removed: z.array(z.object({ id: z.string(), text: z.string() })),
  changed: z.array(z.object({ id: z.string(), text: z.string(), fields: z.array(z.string()) })),
  otherChanges: z.array(z.string()),
});
export type VersionComparison = z.infer<typeof VersionComparison>;

/** Why a file could not be opened: a problem with its content, or with the file itself. */
export const openProblemCodes = [...documentProblemCodes, 'not-found', 'not-a-file', 'path-not-allowed', 'unreadable'] as const;
export type OpenProblemCode = (typeof openProblemCodes)[number];
