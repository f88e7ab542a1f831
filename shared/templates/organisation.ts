/**
 * The organisation library folder as the window sees it: a display name only
 * (the folder's own name, never its path), whether it could be read, whether
 * the user may publish there, and the files in it that could not be used,
 * each by its name and why.
 */
import { z } from 'zod';

/** How the organisation folder was found the last time it was read. */
export const organisationFolderStates = ['available', 'offline'] as const;

export const OrganisationFileProblem = z
  .object({
    /** The file's name in the folder (no folder, control characters replaced). */
    fileName: z.string().max(300),
    /** A machine-readable reason the window translates: a document problem code, "shipped-id", "duplicate-id", "timeout", … */
    problem: z.string().max(100),
    /** The reason in English, for the details line. */
    message: z.string().max(1000),
  })
  .strict();
export type OrganisationFileProblem = z.infer<typeof OrganisationFileProblem>;

export const OrganisationLibraryStatus = z
  .object({
    /** The folder's own name, for display. */
    name: z.string().max(300),
    state: z.enum(organisationFolderStates),
    /** True when a test file could be written there: only then does the library offer to publish. */
    writable: z.boolean(),
    problems: z.array(OrganisationFileProblem).max(1000),
  })
  .strict();
export type OrganisationLibraryStatus = z.infer<typeof OrganisationLibraryStatus>;
