/**
 * A specification document on disk: the document file of the specification
 * kind (see document-file.ts for the reading and the atomic writes every kind
 * shares).
 */
import { specificationKind } from '../../shared/document-kinds/specification';
import type { Specification } from '../../shared/specification/model';
import { DocumentFile, readDocumentFile } from './document-file';

export { diskSignature, DocumentReadError, type DiskSignature } from './document-file';

/** Reads and validates a specification file without touching it. */
export async function readSpecificationFile(
  filePath: string,
): Promise<{ specification: Specification; migratedFrom: number | null; bytes: Uint8Array }> {
  const { document, migratedFrom, bytes } = await readDocumentFile(filePath, specificationKind);
  return { specification: document, migratedFrom, bytes };
}

export class SpecificationFile extends DocumentFile<Specification> {
  constructor(filePath: string) {
    super(filePath, specificationKind);
  }
}
