/**
 * Where LibreOffice is on this computer: the program named by
 * KRAVSTUDIO_SOFFICE when set, else `soffice` or `libreoffice` on the PATH,
 * else the places its installers use on Linux, macOS and Windows. Nothing is
 * started here; a candidate counts when it is a regular file.
 */
import { statSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The environment variable that points at LibreOffice's `soffice` program when it is somewhere unusual. */
export const sofficeVariable = 'KRAVSTUDIO_SOFFICE';

export interface LocateOptions {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** True when the path is a regular file; a test passes its own. */
  isFile?: (candidate: string) => boolean;
  /** The entries of a folder, or none; a test passes its own. */
  listDir?: (dir: string) => readonly string[];
}

function fileExists(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

function entriesOf(dir: string): readonly string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The places to look, most likely first, for the platform. */
export function candidates(options: LocateOptions): string[] {
  const { env, platform } = options;
  const listDir = options.listDir ?? entriesOf;
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const pathVariable = platform === 'win32' ? (env['Path'] ?? env['PATH'] ?? '') : (env['PATH'] ?? '');
  const onPath = pathVariable
    .split(platform === 'win32' ? ';' : ':')
    .filter((dir) => dir.trim() !== '' && paths.isAbsolute(dir))
    .flatMap((dir) => names.map((name) => paths.join(dir, name)));
  if (platform === 'win32') {
    const programFolders = [env['ProgramFiles'], env['ProgramW6432'], env['ProgramFiles(x86)']].filter((dir): dir is string => dir !== undefined && dir !== '');
    return [...onPath, ...programFolders.map((dir) => paths.join(dir, 'LibreOffice', 'program', 'soffice.exe'))];
  }
  if (platform === 'darwin') {
    const home = env['HOME'];
    return [
      ...onPath,
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
      ...(home === undefined || home === '' ? [] : [paths.join(home, 'Applications', 'LibreOffice.app', 'Contents', 'MacOS', 'soffice')]),
    ];
  }
  // The vendor's own packages install into /opt/libreofficeX.Y.
  const fromVendor = listDir('/opt')
    .filter((name) => /^libreoffice\d*(\.\d+)*$/.test(name))
    .sort()
    .reverse()
    .map((name) => paths.join('/opt', name, 'program', 'soffice'));
  return [
    ...onPath,
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/lib/libreoffice/program/soffice',
    '/usr/lib64/libreoffice/program/soffice',
    '/usr/local/bin/soffice',
    ...fromVendor,
    '/snap/bin/libreoffice',
    '/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice',
  ];
}

export type LibreOfficeLocation = { found: true; program: string } | { found: false; named: string | null };

/**
 * The `soffice` program to run. When KRAVSTUDIO_SOFFICE is set, only that path counts (a wrong one is
 * reported as such instead of quietly using another installation).
 */
export function locateLibreOffice(options: LocateOptions): LibreOfficeLocation {
  const isFile = options.isFile ?? fileExists;
  const named = options.env[sofficeVariable]?.trim();
  if (named !== undefined && named !== '') return isFile(named) ? { found: true, program: named } : { found: false, named };
  const program = candidates(options).find((candidate) => isFile(candidate));
  return program === undefined ? { found: false, named: null } : { found: true, program };
}
