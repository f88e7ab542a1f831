/**
 * An XLSX file checked before a spreadsheet library sees it: a zip (not an
 * encrypted OLE file, not anything else), with a workbook part, whose every
 * entry is inflated with fflate's streaming reader and counted. A zip bomb
 * is refused at once by the sizes the zip declares, and one that lies about
 * them by the bytes that actually come out. Pure: bytes in, nothing out but a TableImportError.
 */
import { Unzip, UnzipInflate } from 'fflate';
import { megabytes, TableImportError, type TableImportLimits } from './limits';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: what Excel writes for a password-protected workbook (or an old binary .xls). */
const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Throws TableImportError when the bytes are not an XLSX the import may hand to the spreadsheet library. */
export function checkSpreadsheetPackage(bytes: Uint8Array, limits: TableImportLimits): void {
  if (bytes.byteLength > limits.maxFileBytes) throw new TableImportError('too-large', `The file is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(limits.maxFileBytes)}.`);
  if (startsWith(bytes, compoundFileMagic)) {
    throw new TableImportError('not-spreadsheet', 'The file is password-protected or an old binary .xls; save it in Excel as an .xlsx without a password and import that.');
  }
  if (!startsWith(bytes, zipMagic)) throw new TableImportError('not-zip', 'The file is not an Excel workbook (.xlsx): it is not a zip package.');
  let entries = 0;
  let inflated = 0;
  let declared = 0;
  let workbook = false;
  let problem: TableImportError | null = null;
  const unzip = new Unzip((file) => {
    if (problem !== null) return;
    entries += 1;
    if (entries > limits.maxEntries) {
      problem = new TableImportError('too-many-entries', `The package has more than ${limits.maxEntries} entries; a workbook has far fewer.`);
      return;
    }
    if (file.name === 'xl/workbook.xml') workbook = true;
    if (file.compression !== 0 && file.compression !== 8) {
      problem = new TableImportError('damaged', `The part ${file.name} uses a compression Excel does not write (method ${file.compression}).`);
      return;
    }
    declared += file.originalSize ?? 0;
    if (declared > limits.maxUncompressedBytes) {
      problem = new TableImportError('zip-bomb', `The workbook says it unpacks to more than ${megabytes(limits.maxUncompressedBytes)}; it is refused as a possible zip bomb.`);
      return;
    }
    file.ondata = (error, data) => {
      if (problem !== null) return;
      if (error !== null) {
        problem = new TableImportError('damaged', `The part ${file.name} cannot be unpacked: ${error.message}.`);
        file.terminate();
        return;
      }
      inflated += data.byteLength;
      if (inflated > limits.maxUncompressedBytes) {
        problem = new TableImportError('zip-bomb', `The workbook would unpack to more than ${megabytes(limits.maxUncompressedBytes)}; it is refused as a possible zip bomb.`);
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Small steps: deflate can grow about a thousand times, so a step never inflates more than some 16 MB at once.
  const step = 16 * 1024;
  try {
    for (let offset = 0; offset < bytes.byteLength && problem === null; offset += step) {
      const end = Math.min(offset + step, bytes.byteLength);
      unzip.push(bytes.subarray(offset, end), end === bytes.byteLength);
    }
  } catch (error) {
    problem ??= new TableImportError('damaged', `The zip package is damaged: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (problem !== null) throw problem;
  if (!workbook) throw new TableImportError('not-spreadsheet', 'The zip package has no workbook (xl/workbook.xml); it is not an Excel .xlsx file.');
}
