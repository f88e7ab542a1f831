/**
 * The kinds of document this Kravstudio opens, and telling which kind a file
 * is: by its extension first, then by the `format` written inside it.
 *
 * Adding a kind (a supplier response, say):
 *  1. define it with `defineDocumentKind` in shared/document-kinds/<kind>.ts:
 *     id, extension, format name and version, zod model, migrations, summary,
 *     recent-list columns, comparison for the Versions view, published schema;
 *  2. add it to `documentKinds` below;
 *  3. add its member to `OpenDocument`, `DocumentEdit` and `RecentDocumentSummary`
 *     in shared/documents.ts (the window's side of the contract);
 *  4. write its JSON Schema: UPDATE_SCHEMA=1 npx vitest run test/unit/specification/json-schema.test.ts.
 * Sessions, autosave, atomic writes, conflicts, backups, versions, the trash,
 * the recent list and bad-file problems then work for it as they are.
 */
import { readJsonBytes } from '../file-reading/json-bytes';
import { printable } from '../file-reading/printable';
import { documentProblem, type DocumentProblem } from '../file-reading/problem';
import { budgetOf, formatNameOf, maxBytesOf, type ReadOptions } from './format';
import type { ParseBudget } from '../file-reading/budget';
import type { AnyDocumentKind } from './kind';
import { courseKind } from './course';
import { specificationKind } from './specification';
import { templatePackKind } from './template-pack';

export type KindReadResult =
  | { ok: true; kind: AnyDocumentKind; document: unknown; migratedFrom: number | null }
  | { ok: false; problem: DocumentProblem };

export interface KindReadOptions extends ReadOptions {
  /** The file's name or path; its extension says the kind when it is one of theirs. */
  fileName: string;
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

export class DocumentKindRegistry {
  readonly kinds: readonly AnyDocumentKind[];

  constructor(kinds: readonly AnyDocumentKind[]) {
    if (kinds.length === 0) throw new Error('A registry of document kinds needs at least one kind.');
    for (const [index, kind] of kinds.entries()) {
      const clash = kinds
        .slice(0, index)
        .find((other) => other.id === kind.id || other.extension.toLowerCase() === kind.extension.toLowerCase() || other.format === kind.format);
      if (clash !== undefined) throw new Error(`Document kinds "${clash.id}" and "${kind.id}" share an id, extension or format.`);
    }
    this.kinds = [...kinds];
  }

  /** The kind a new or unlabelled document is (the first one: specifications). */
  get primary(): AnyDocumentKind {
    return this.kinds[0] as AnyDocumentKind;
  }

  byId(id: string): AnyDocumentKind | undefined {
    return this.kinds.find((kind) => kind.id === id);
  }

  /** The kind whose extension the file name has, if any. */
  byFileName(fileName: string): AnyDocumentKind | undefined {
    const extension = extensionOf(fileName);
    return this.kinds.find((kind) => kind.extension.toLowerCase() === extension);
  }

  byFormat(format: string): AnyDocumentKind | undefined {
    return this.kinds.find((kind) => kind.format === format);
  }

  /** Every kind's extension, without dots, for file dialogs and launch arguments. */
  extensions(): string[] {
    return this.kinds.map((kind) => kind.extension);
  }

  /** The largest file any kind accepts (for a file whose kind is not known yet). */
  maxBytes(fileName: string): number {
    const kind = this.byFileName(fileName);
    return kind !== undefined ? maxBytesOf(kind) : Math.max(...this.kinds.map((each) => maxBytesOf(each)));
  }

  /** The most generous budget of all kinds, limit by limit (for a file whose kind is not known yet). */
  budget(): ParseBudget {
    const budgets = this.kinds.map((kind) => budgetOf(kind));
    const most = (pick: (budget: ParseBudget) => number): number => Math.max(...budgets.map(pick));
    return {
      maxValues: most((b) => b.maxValues),
      maxListLength: most((b) => b.maxListLength),
      maxTextLength: most((b) => b.maxTextLength),
      maxFields: most((b) => b.maxFields),
    };
  }

  /**
   * Reads a file's bytes as whichever kind it is. A file with one of the
   * kinds' extensions is read as that kind (so a `.kravspec` of another
   * format is refused as "not a specification"); any other file by the
   * `format` inside it. Every refusal is a precise problem.
   */
  parse(bytes: Uint8Array, options: KindReadOptions): KindReadResult {
    const { fileName, ...readOptions } = options;
    const byExtension = this.byFileName(fileName);
    if (byExtension !== undefined) return this.#labelled(byExtension, byExtension.parse(bytes, readOptions));

    const only = this.kinds.length === 1 ? this.primary : undefined;
    const json = readJsonBytes(bytes, readOptions.maxBytes ?? this.maxBytes(fileName), only?.noun ?? 'a Kravstudio document', this.budget());
    if (!json.ok) return json;
    const now = readOptions.now === undefined ? {} : { now: readOptions.now };
    const name = formatNameOf(json.value);
    const kind = (name === undefined ? undefined : this.byFormat(name)) ?? only;
    if (kind !== undefined) return this.#labelled(kind, kind.parseValue(json.value, now));
    return { ok: false, problem: this.#unknownFormat(json.value) };
  }

  #labelled(kind: AnyDocumentKind, result: ReturnType<AnyDocumentKind['parse']>): KindReadResult {
    return result.ok ? { ok: true, kind, document: result.document, migratedFrom: result.migratedFrom } : result;
  }

  #unknownFormat(value: unknown): DocumentProblem {
    const message = 'The file is JSON but not a kind of Kravstudio document this version can open.';
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return documentProblem('wrong-format', message, [{ path: '$', message: 'Expected an object' }]);
    }
    const found = formatNameOf(value);
    const expected = this.kinds.map((kind) => `"${kind.format}"`).join(', ');
    const said = found === undefined ? 'missing' : `found ${printable(JSON.stringify(found).slice(0, 80))}`;
    return documentProblem('wrong-format', message, [{ path: '$.format', message: `Expected one of ${expected}, ${said}` }]);
  }
}

/** The kinds of document this version of Kravstudio knows. */
export const documentKinds = new DocumentKindRegistry([specificationKind]);

/**
 * Every kind with a published JSON Schema in `schema/`: the kinds the window
 * opens, and the course pack, which the command line reads and the window
 * will open with trainee mode, and the template pack file (.kravmall), which the
 * library imports, exports and publishes.
 */
export const publishedDocumentKinds: readonly AnyDocumentKind[] = [...documentKinds.kinds, courseKind, templatePackKind];
