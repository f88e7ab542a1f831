import { z } from 'zod';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** Versions of the runtime underneath; null where it does not apply (tests, CLI). */
  electronVersion: z.string().nullable(),
  chromeVersion: z.string().nullable(),
  nodeVersion: z.string(),
  platform: z.string(),
  /** The operating system's preferred languages, most preferred first. */
  preferredLanguages: z.array(z.string()),
  licence: z.string(),
  templatesLicence: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** One bundled third-party package and its licence, for the About dialog. */
export const BundledLicence = z.object({
  name: z.string(),
  version: z.string(),
  licence: z.string(),
  homepage: z.string().nullable(),
});
export type BundledLicence = z.infer<typeof BundledLicence>;
export const BundledLicences = z.array(BundledLicence);
