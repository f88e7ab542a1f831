/**
 * Where a command writes: `--out` names exactly the path written. A name
 * without an extension gets the document kind's extension; a name with another
 * extension is refused (the command says so as a usage error), so
 * `new --out a.json` never writes `a.json.kravspec`.
 */
import path from 'node:path';

/** The absolute path to write, or null when `given` has another extension than the kind's. */
export function outputPath(given: string, extension: string, cwd: string): string | null {
  const written = path.extname(given);
  if (written !== '' && written !== `.${extension}`) return null;
  return path.resolve(cwd, written === '' ? `${given}.${extension}` : given);
}
