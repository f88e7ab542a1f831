/**
 * The one IPC contract between the renderer and the main process.
 *
 * Every channel has a zod schema for its input and its output. The preload
 * script builds `window.kravstudio` from this list, the main process
 * registers exactly these handlers, and the end-to-end tests install the
 * same API over a Playwright binding.
 */
import { z } from 'zod';
import { AppInfo, BundledLicences } from './app-info';
import { AppCommand } from './commands';
import {
  BackupSummary,
  NewDocumentRequest,
  DocumentEdit,
  OpenDocument,
  RecentDocumentSummary,
  SaveState,
  TrashItem,
  VersionComparison,
} from './documents';
import { ExportChoices, ExportFormatSummary, ExportResult } from './export-choices';
import { ImportCancellation, ImportConfirmation, ImportRemap, PendingImport, SaveColumnMapping } from './import/pending';
import { EvidenceFile } from './response/answers';
import { ClassAnswers, ClassExport, CourseFile, ExerciseStart, exportedCourseNamedOnce, ReferenceFile } from './course/work';
import { UiLanguage } from './languages';
import { SupplierProfile } from './response/profile';
import { SupplierResponse } from './response/model';
import { ResponsesOverview } from './response/received';
import { Amount } from './specification/model/common';
import { ResponseWork } from './response/work';
import { Settings, SettingsPatch } from './settings';
import { InnovationCriterion, JurisdictionRules, StandardEntry } from './templates/catalogues';
import { TemplatePack } from './templates/model';
import { OrganisationLibraryStatus } from './templates/organisation';

/** The whole template library, as the renderer indexes and browses it. */
const TemplateLibraryShape = z.object({
  packs: z.array(TemplatePack),
  modules: z.array(TemplatePack),
  standards: z.array(StandardEntry),
  innovation: z.array(InnovationCriterion),
  rules: z.array(JurisdictionRules),
  userPackIds: z.array(z.string()),
  /** Packs from the organisation library folder (read-only). */
  organisationPackIds: z.array(z.string()).optional(),
  /** The organisation library folder as last read: its name only, never its path; null when none is set. */
  organisation: OrganisationLibraryStatus.nullable().optional(),
});
const PackSummary = z.object({ id: z.string(), title: z.record(z.string(), z.string()), requirementCount: z.number().int() });

/** A course pack as the library lists it, with where it comes from. */
export const CourseSummary = z
  .object({
    id: z.string(),
    title: z.record(z.string(), z.string()),
    exerciseCount: z.number().int().nonnegative(),
    origin: z.enum(['shipped', 'user', 'organisation']),
  })
  .strict();
export type CourseSummary = z.infer<typeof CourseSummary>;

/** What to do when an imported pack or course has an id the library already has: ask first (the default), replace the user's own, or keep both. */
const IfExists = z.enum(['ask', 'replace', 'keepBoth']);

/**
 * An import's outcome: added, or held back because the id is taken. Then the
 * window asks the user and imports the same file again (`path`, handed out by
 * the dialog) with their answer; `canReplace` is false when the pack or
 * course in the way is not the user's own.
 */
function importOutcome<T extends z.ZodType>(item: T) {
  return z.discriminatedUnion('status', [
    z.object({ status: z.literal('imported'), item }).strict(),
    z.object({ status: z.literal('exists'), path: z.string(), existing: item, canReplace: z.boolean() }).strict(),
  ]);
}

/** A file written where the user chose: only its name comes back. */
const WrittenFile = z.object({ fileName: z.string().max(1000) }).strict();
const PublishOutcome = z.object({ status: z.enum(['published', 'exists']), fileName: z.string().max(300) }).strict();
const libraryItemId = z.string().min(1).max(100);

const filePath = z.string().min(1).max(4096);
const sessionId = z.string().min(1).max(100);
const session = z.object({ sessionId }).strict();
const receivedId = z.string().min(1).max(100);

export const channels = {
  'app:getInfo': { input: z.void(), output: AppInfo },
  'app:getLicences': { input: z.void(), output: BundledLicences },
  /** Files the OS asked us to open before the window was listening (launch arguments); asked once at start. */
  'app:takeLaunchFiles': { input: z.void(), output: z.array(z.string()) },
  'settings:get': { input: z.void(), output: Settings },
  'settings:update': { input: SettingsPatch, output: Settings },
  'shell:openExternal': {
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: z.void(),
  },
  'clipboard:writeText': {
    input: z.object({ text: z.string().max(1_000_000) }).strict(),
    output: z.void(),
  },

  // Documents. `path: null` asks the user with the native dialog; a null answer means they cancelled.
  'document:create': { input: NewDocumentRequest, output: OpenDocument },
  'document:open': { input: z.object({ path: filePath.nullable() }).strict(), output: OpenDocument.nullable() },
  'document:update': { input: DocumentEdit, output: SaveState },
  'document:save': { input: session, output: SaveState },
  'document:saveAs': { input: session, output: OpenDocument.nullable() },
  /** A copy with a new id, under the title the user gave (its file named after it), listed among the recent documents. */
  'document:duplicate': { input: z.object({ sessionId, title: z.string().trim().min(1).max(500).optional() }).strict(), output: z.object({ path: z.string() }) },
  'document:rename': {
    input: z.object({ sessionId, fileName: z.string().trim().min(1).max(200) }).strict(),
    output: z.object({ path: z.string() }),
  },
  'document:close': { input: session, output: SaveState },
  'document:moveToTrash': { input: z.object({ path: filePath }).strict(), output: z.void() },
  'document:showInFolder': { input: z.object({ path: filePath }).strict(), output: z.void() },
  'document:checkDisk': { input: session, output: z.enum(['unchanged', 'changed', 'missing']) },
  'document:resolveConflict': {
    input: z.object({ sessionId, keep: z.enum(['mine', 'disk']) }).strict(),
    output: OpenDocument,
  },
  /** The window's answer to document:sendPendingEdits: every open document's pending edits have been sent. */
  'document:pendingEditsSent': { input: z.object({ requestId: z.string().min(1).max(100) }).strict(), output: z.void() },
  'documents:recent': { input: z.void(), output: z.array(RecentDocumentSummary) },

  'trash:list': { input: z.void(), output: z.array(TrashItem) },
  'trash:restore': { input: z.object({ id: z.string().min(1).max(200) }).strict(), output: z.object({ path: z.string() }) },

  'backups:list': { input: session, output: z.array(BackupSummary) },
  /** Backups of a file that could not be opened: the last good version is offered. */
  'backups:forFile': { input: z.object({ path: filePath }).strict(), output: z.array(BackupSummary) },
  'backups:compare': { input: z.object({ sessionId, backupId: z.string().min(1).max(300) }).strict(), output: VersionComparison },
  'backups:restore': { input: z.object({ sessionId, backupId: z.string().min(1).max(300) }).strict(), output: OpenDocument },
  'templates:library': { input: z.void(), output: TemplateLibraryShape },
  /** The library with the organisation folder read again (the library screen opening). */
  'templates:reload': { input: z.void(), output: TemplateLibraryShape },
  /** Imports a pack file, .kravmall or .json (the native dialog asks which when `path` is null; null back = cancelled). */
  'templates:import': { input: z.object({ path: filePath.nullable(), ifExists: IfExists.optional() }).strict(), output: importOutcome(PackSummary).nullable() },
  /** Writes a pack to a .kravmall file where the native save dialog says (null back = cancelled). */
  'templates:export': { input: z.object({ id: libraryItemId }).strict(), output: WrittenFile.nullable() },
  /** Writes one of the user's own packs into the organisation library folder; an existing file there is replaced only with `replace`. */
  'templates:publish': { input: z.object({ id: libraryItemId, replace: z.boolean().optional() }).strict(), output: PublishOutcome },
  'templates:remove': { input: z.object({ id: z.string().min(1).max(100) }).strict(), output: z.void() },
  /** Saves the open document's requirements as a pack in the user's own library. */
  'templates:saveFromDocument': {
    input: z.object({ sessionId, title: z.string().trim().min(1).max(200) }).strict(),
    output: PackSummary,
  },

  /** Every course pack: shipped, the user's own, and the organisation's. */
  'courses:list': { input: z.void(), output: z.array(CourseSummary) },
  /** Imports a .kravkurs file into the user's courses (the native dialog asks which when `path` is null; null back = cancelled). */
  'courses:import': { input: z.object({ path: filePath.nullable(), ifExists: IfExists.optional() }).strict(), output: importOutcome(CourseSummary).nullable() },
  /** Writes a course to a .kravkurs file where the native save dialog says (null back = cancelled). */
  'courses:export': { input: z.object({ id: libraryItemId }).strict(), output: WrittenFile.nullable() },
  'courses:remove': { input: z.object({ id: libraryItemId }).strict(), output: z.void() },
  'courses:publish': { input: z.object({ id: libraryItemId, replace: z.boolean().optional() }).strict(), output: PublishOutcome },

  /** The organisation library folder as last read (its name, never its path); null when none is set. */
  'organisation:status': { input: z.void(), output: OrganisationLibraryStatus.nullable() },
  /** Asks for the folder with the native folder dialog and reads it; null back = cancelled. */
  'organisation:choose': { input: z.void(), output: OrganisationLibraryStatus.nullable() },
  /** Stops reading the organisation folder (nothing in it is touched). */
  'organisation:clear': { input: z.void(), output: z.void() },

  /** The export choices for a document: those used last time, or sensible defaults. */
  'export:choices': { input: session, output: ExportChoices },
  /** The export formats on offer, in the UI language, in the order the dialog lists them. */
  'export:formats': { input: z.void(), output: z.array(ExportFormatSummary) },
  /** Exports in the chosen format: the native dialog asks where (null back = cancelled); progress comes as export:progress events. */
  'export:run': { input: z.object({ sessionId, choices: ExportChoices }).strict(), output: ExportResult.nullable() },
  'export:cancel': { input: session, output: z.void() },
  /** Opens a file this app exported, with the system's program for it. */
  'export:open': { input: z.object({ path: filePath }).strict(), output: z.void() },

  /**
   * Reads a file to import (the native dialog asks which when `path` is null; null back = cancelled) and
   * answers with its report; the specification waits in the main process until import:create or import:cancel.
   */
  'import:choose': { input: z.object({ path: filePath.nullable() }).strict(), output: PendingImport.nullable() },
  /** Creates the waiting import's specification where the save dialog says (null back = cancelled), with its revision note beside it. */
  'import:create': {
    input: ImportConfirmation,
    output: z.object({ document: OpenDocument, note: z.string().nullable() }).strict().nullable(),
  },
  /** Forgets a waiting import; nothing was written. */
  /** Imports a waiting spreadsheet again with the column mapping the user chose; answers with its new report. */
  'import:remap': { input: ImportRemap, output: PendingImport },
  'import:cancel': { input: ImportCancellation, output: z.void() },
  /**
   * Saves a column mapping as MAPPING.json (the CLI's --mapping format) where the native save dialog says;
   * answers with the file's name (null = cancelled). The path never reaches the window.
   */
  'import:saveMapping': { input: SaveColumnMapping, output: z.object({ fileName: z.string().max(1000) }).strict().nullable() },
  /**
   * Reads a saved MAPPING.json the native open dialog names and imports the waiting spreadsheet again with it
   * (null = cancelled); a file that is not a mapping is refused, named.
   */
  'import:useMapping': { input: ImportCancellation, output: PendingImport.nullable() },

  // The supplier's side: answering a buyer's specification. `null` paths ask the user with the native dialog; null back = cancelled.
  /** Reads a buyer's specification (never changed) and starts an empty response to it. */
  'supplier:startResponse': { input: z.object({ specificationPath: filePath.nullable() }).strict(), output: ResponseWork.nullable() },
  /** Reads a saved `.kravsvar`, then the specification it answers (which must have the response's specification id). */
  'supplier:openResponse': {
    input: z.object({ responsePath: filePath.nullable(), specificationPath: filePath.nullable() }).strict(),
    output: ResponseWork.nullable(),
  },
  /** Writes the response as a `.kravsvar` file, whole, with the safe writer; where to the first time the dialog asks. */
  'supplier:saveResponse': {
    input: z.object({ response: SupplierResponse, path: filePath.nullable() }).strict(),
    output: z.object({ path: z.string() }).strict().nullable(),
  },
  /** Reads a `.kravprofil`, whose reusable answers the answering screen offers. */
  'supplier:openProfile': { input: z.object({ path: filePath.nullable() }).strict(), output: z.object({ path: z.string(), profile: SupplierProfile }).strict().nullable() },
  /** Writes a company profile as a `.kravprofil` file, whole, with the safe writer; where to the first time the dialog asks. */
  'supplier:saveProfile': {
    input: z.object({ profile: SupplierProfile, path: filePath.nullable() }).strict(),
    output: z.object({ path: z.string() }).strict().nullable(),
  },

  /**
   * Writes the readiness report (DOCX or XLSX, in the UI language) of a company profile against library packs (packIds,
   * when any) or a buyer's specification; main reads the files again and computes it. Null paths ask the user with the
   * native dialog; null back = cancelled.
   */
  'supplier:exportReadiness': {
    input: z
      .object({
        packIds: z.array(z.string().min(1).max(100)).max(100),
        specificationPath: filePath.nullable(),
        profilePath: filePath.nullable(),
        format: z.enum(['docx', 'xlsx']),
        /** The supplier's today (ISO date, in the computer's own time zone): a compliance from a later date is "partly". */
        today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      })
      .strict(),
    output: z.object({ path: z.string() }).strict().nullable(),
  },

  /**
   * A file the supplier picks (native dialog) attached as evidence: read bounded in main and kept there by its SHA-256
   * until the response is saved into the .kravsvar; the window gets its name and hash. Null = cancelled.
   */
  'supplier:attachEvidence': { input: z.void(), output: EvidenceFile.nullable() },
  /**
   * Writes the filled response form (DOCX, in the specification's language) for upload to an e-procurement platform:
   * the specification is read again from a path the app handed out and must be the one the response answers.
   */
  'supplier:exportResponseForm': {
    input: z.object({ response: SupplierResponse, specificationPath: filePath }).strict(),
    output: z.object({ path: z.string() }).strict().nullable(),
  },
  // The buyer's evaluation of suppliers' responses to an open specification. Files are chosen in native dialogs; their paths never reach the window.
  /** Reads the responses the open dialog names (several; each refused one is named, the rest still read) and evaluates them all; null = cancelled. */
  'evaluation:addResponses': { input: session, output: ResponsesOverview.nullable() },
  /** The responses received for the open specification, evaluated against it as it is now. */
  'evaluation:overview': { input: session, output: ResponsesOverview },
  /** Removes a received response from the evaluation (its file is untouched). */
  'evaluation:removeResponse': { input: z.object({ sessionId, responseId: receivedId }).strict(), output: ResponsesOverview },
  /** Sets the price the buyer enters for a response (null clears it); it feeds the evaluation, never the specification. */
  'evaluation:setPrice': { input: z.object({ sessionId, responseId: receivedId, price: Amount.max(1e15).nullable() }).strict(), output: ResponsesOverview },
  /** Writes the evaluation report (a draft of the evaluation record, DOCX) where the save dialog says; the file's name back, null = cancelled. */
  'evaluation:exportReport': { input: session, output: z.object({ fileName: z.string().max(1000) }).strict().nullable() },
  // Course mode. `null` paths ask the user with the native dialog; null back = cancelled.
  /** Every course pack the library has: shipped, the user's own, the organisation's (when its folder answers); each named by id, with its origin. */
  'course:library': { input: z.void(), output: z.array(CourseFile) },
  /** Reads a course pack (`.kravkurs`) the user picks or the window was handed. */
  'course:open': { input: z.object({ path: filePath.nullable() }).strict(), output: CourseFile.nullable() },
  /** A trainee's answer to an exercise: a new specification (from the exercise's starting one, if any) that names its course and exercise. */
  'course:startExercise': { input: ExerciseStart, output: OpenDocument },
  /** Reads every `.kravspec` in a folder the trainer picks; the files that cannot be read are listed with the reason. */
  'course:loadAnswers': { input: z.object({ folderPath: filePath.nullable() }).strict(), output: ClassAnswers.nullable() },
  /**
   * Checks a folder of answers against an exercise again in the main process and writes the class overview (XLSX, where the
   * save dialog says) and each trainee's feedback (DOCX, beside it). The course: a library course's id, or a file's path (both absent: the
   * open dialog asks). `referencePath`: a reference kept apart, or null for the pack's own.
   */
  'course:exportClass': {
    input: z
      .object({
        courseId: libraryItemId.optional(),
        coursePath: filePath.nullable(),
        exerciseId: z.string().min(1).max(100),
        folderPath: filePath.nullable(),
        referencePath: filePath.nullable(),
        language: UiLanguage,
      })
      .strict()
      .refine(exportedCourseNamedOnce, { message: 'Name the course either by its id or by its file, not both.' }),
    output: ClassExport.nullable(),
  },
  /** A reference answer kept apart from the course pack, chosen at check time. */
  'course:openReference': { input: z.object({ path: filePath.nullable() }).strict(), output: ReferenceFile.nullable() },

  /** Opens a backup as a new file beside the original, which stays untouched. */
  'backups:openCopy': { input: z.object({ backupId: z.string().min(1).max(300) }).strict(), output: OpenDocument },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Messages the main process sends to the renderer. */
export const events = {
  'menu:command': z.object({ command: AppCommand }),
  /** A file the OS asked Kravstudio to open (double click, second launch). */
  'app:openFile': z.object({ path: z.string() }),
  /** How far an export has come, 0–1. */
  'export:progress': z.object({ sessionId: z.string(), fraction: z.number().min(0).max(1) }),
  /** A document's save state changed (autosave started, finished or failed). */
  'document:saveState': z.object({ sessionId: z.string(), state: SaveState }),
  /** The main process needs the edits still waiting in the window (before quitting); answered with document:pendingEditsSent. */
  'document:sendPendingEdits': z.object({ requestId: z.string() }),
} as const satisfies Record<string, z.ZodType>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels & string;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export type Events = typeof events;
export type EventName = keyof Events & string;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}
