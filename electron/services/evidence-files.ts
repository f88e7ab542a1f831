/**
 * The files a supplier attaches to answers as evidence, held in the main
 * process until the response is saved: each read bounded from a regular
 * file, named by its own file name (which must be a plain name, as the
 * .kravsvar stores it under attachments/), and kept by its SHA-256, so the
 * window only ever sees a name and a hash. A response opened from disk
 * brings its attachments here too, so that saving it again keeps them.
 */
import path from 'node:path';
import { AttachmentFileName, type EvidenceFile } from '../../shared/response/answers';
import { sha256Hex } from '../../shared/response/fingerprint';
import { readRegularFile } from './file-system';

/** The most one evidence file may be: well inside what one entry of a .kravsvar may hold. */
export const maxEvidenceBytes = 50 * 1024 * 1024;

/** An evidence file that cannot be attached; the message names the file. */
export class EvidenceFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvidenceFileError';
  }
}

export class EvidenceFiles {
  readonly #bySha256 = new Map<string, Uint8Array>();

  /** Reads the file at `filePath` and keeps it; its name and SHA-256 for the answer. */
  async attach(filePath: string): Promise<EvidenceFile> {
    const fileName = path.basename(filePath);
    const named = AttachmentFileName.safeParse(fileName);
    if (!named.success) throw new EvidenceFileError(`${fileName.slice(0, 200)}: ${named.error.issues[0]?.message ?? 'The name cannot be stored in a response.'}`);
    const bytes = await readRegularFile(
      filePath,
      maxEvidenceBytes,
      (size) => new EvidenceFileError(`${fileName}: The file is ${Math.round(size / 1024 / 1024)} MB, more than the ${maxEvidenceBytes / 1024 / 1024} MB an attachment may be.`),
    );
    return this.keep(named.data, bytes);
  }

  /** Keeps bytes already checked (a response's attachments as read from its .kravsvar). */
  keep(fileName: string, bytes: Uint8Array): EvidenceFile {
    const sha256 = sha256Hex(bytes);
    this.#bySha256.set(sha256, bytes);
    return { fileName, sha256 };
  }

  /** The attachments the answers name, by file name, for writing the .kravsvar; the files not held are listed apart. */
  forAnswers(files: readonly EvidenceFile[]): { attachments: Map<string, Uint8Array>; missing: EvidenceFile[] } {
    const attachments = new Map<string, Uint8Array>();
    const missing: EvidenceFile[] = [];
    for (const file of files) {
      const bytes = this.#bySha256.get(file.sha256);
      if (bytes === undefined) missing.push(file);
      else attachments.set(file.fileName, bytes);
    }
    return { attachments, missing };
  }
}

const perContext = new WeakMap<object, EvidenceFiles>();

/** The evidence files of one app (one handler context). */
export function evidenceFilesOf(owner: object): EvidenceFiles {
  let files = perContext.get(owner);
  if (files === undefined) {
    files = new EvidenceFiles();
    perContext.set(owner, files);
  }
  return files;
}
