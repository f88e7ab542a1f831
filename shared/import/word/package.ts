/**
 * The parts of a Word package an import reads, taken out of the zip with
 * fflate's streaming reader so that every byte inflated is counted: the
 * sizes a zip declares can lie, the bytes that come out cannot.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { megabytes, WordImportError, type WordImportLimits } from './limits';

/** The XML parts of a DOCX that the import needs, as text. */
export interface WordPackage {
  document: string;
  styles: string | null;
  numbering: string | null;
}

const wantedParts = {
  'word/document.xml': 'document',
  'word/styles.xml': 'styles',
  'word/numbering.xml': 'numbering',
} as const satisfies Record<string, keyof WordPackage>;
type WantedPath = keyof typeof wantedParts;

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: what Word writes for a password-protected (encrypted) document. */
const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function isWanted(name: string): name is WantedPath {
  return Object.hasOwn(wantedParts, name);
}

/** Reads the wanted parts of a DOCX; throws WordImportError with the reason when the bytes are not one, or break a limit. */
export function readWordPackage(bytes: Uint8Array, limits: WordImportLimits): WordPackage {
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new WordImportError('too-large', `The file is ${megabytes(bytes.byteLength)}; a Word document to import may be at most ${megabytes(limits.maxFileBytes)}.`);
  }
  if (startsWith(bytes, compoundFileMagic)) {
    throw new WordImportError('password-protected', 'The file is password-protected (or an old binary .doc); save it in Word as a .docx without a password and import that.');
  }
  if (!startsWith(bytes, zipMagic)) throw new WordImportError('not-zip', 'The file is not a Word document (.docx): it is not a zip package.');

  const chunks = new Map<WantedPath, Uint8Array[]>();
  const sizes = new Map<WantedPath, number>();
  let entries = 0;
  let declaredTotal = 0;
  let problem: WordImportError | null = null;
  const stop = (error: WordImportError, file?: UnzipFile): void => {
    problem ??= error;
    file?.terminate();
  };

  const unzip = new Unzip((file) => {
    if (problem !== null) return;
    entries += 1;
    if (entries > limits.maxEntries) return stop(new WordImportError('too-many-entries', `The package has more than ${limits.maxEntries} entries; a Word document has far fewer.`));
    declaredTotal += file.originalSize ?? 0;
    if (declaredTotal > limits.maxTotalUncompressedBytes) {
      return stop(new WordImportError('zip-bomb', `The package would unpack to more than ${megabytes(limits.maxTotalUncompressedBytes)}; it is refused as a possible zip bomb.`));
    }
    const name = file.name;
    if (!isWanted(name)) return;
    if (file.compression !== 0 && file.compression !== 8) return stop(new WordImportError('damaged', `The part ${name} uses a compression Word does not write (method ${file.compression}).`));
    chunks.set(name, []);
    sizes.set(name, 0);
    file.ondata = (error, data) => {
      if (problem !== null) return;
      if (error !== null) return stop(new WordImportError('damaged', `The part ${name} cannot be unpacked: ${error.message}.`), file);
      const size = (sizes.get(name) ?? 0) + data.byteLength;
      sizes.set(name, size);
      if (size > limits.maxPartBytes) {
        return stop(new WordImportError('zip-bomb', `The part ${name} unpacks to more than ${megabytes(limits.maxPartBytes)}; it is refused as a possible zip bomb.`), file);
      }
      chunks.get(name)?.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (problem === null) throw new WordImportError('damaged', `The zip package is damaged: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (problem !== null) throw problem;

  const text = (name: WantedPath): string | null => {
    const parts = chunks.get(name);
    if (parts === undefined) return null;
    const joined = new Uint8Array(sizes.get(name) ?? 0);
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.byteLength;
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(joined);
    } catch {
      throw new WordImportError('damaged', `The part ${name} is not UTF-8 text.`);
    }
  };
  const document = text('word/document.xml');
  if (document === null) throw new WordImportError('not-word', 'The zip package has no word/document.xml: it is not a Word document (an Excel or PowerPoint file, perhaps).');
  return { document, styles: text('word/styles.xml'), numbering: text('word/numbering.xml') };
}
