/**
 * Search-as-you-type over the whole template library in one language, with
 * filters. A real inverted index (MiniSearch) with prefix and fuzzy matching,
 * so a query stays fast however large the library grows.
 */
import MiniSearch from 'minisearch';
import type { DocumentLanguage } from '../specification/model/common';
import type { CatalogueEntry } from './library';

export interface TemplateFilters {
  packId?: string;
  sectionId?: string;
  /** Any of these sections (the section filter's choice of a title several packs use). */
  sectionIds?: readonly string[];
  obligation?: 'mandatory' | 'evaluated';
  level?: 'basic' | 'advanced' | 'leading';
  standardId?: string;
  innovationId?: string;
}

interface IndexedFields {
  id: string;
  code: string;
  title: string;
  text: string;
  guidance: string;
}

/** Case- and accent-insensitive terms: "forvaltning" finds "förvaltning". */
function normalise(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export class TemplateSearch {
  readonly #index: MiniSearch<IndexedFields>;
  readonly #entries: Map<string, CatalogueEntry>;
  readonly #ordered: CatalogueEntry[];

  constructor(entries: readonly CatalogueEntry[], language: DocumentLanguage) {
    this.#entries = new Map(entries.map((entry) => [entry.requirement.id, entry]));
    this.#ordered = [...entries].sort((a, b) => a.requirement.id.localeCompare(b.requirement.id));
    this.#index = new MiniSearch<IndexedFields>({
      fields: ['code', 'title', 'text', 'guidance'],
      idField: 'id',
      processTerm: (term) => normalise(term),
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { code: 4, title: 3, text: 1.5 }, combineWith: 'AND' },
    });
    this.#index.addAll(
      entries.map(({ requirement: r }) => ({
        id: r.id,
        code: r.id.replace(/-/g, ' '),
        title: r.title[language] ?? '',
        text: r.text[language] ?? '',
        guidance: `${r.guidance?.why[language] ?? ''} ${r.guidance?.adapt[language] ?? ''}`,
      })),
    );
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Best matches first; with an empty query, everything the filters allow, by id. */
  search(query: string, filters: TemplateFilters = {}, limit = 500): CatalogueEntry[] {
    const accepts = (entry: CatalogueEntry): boolean => {
      const r = entry.requirement;
      return (
        (filters.packId === undefined || entry.packIds.includes(filters.packId)) &&
        (filters.sectionId === undefined || r.section === filters.sectionId) &&
        (filters.sectionIds === undefined || filters.sectionIds.includes(r.section)) &&
        (filters.obligation === undefined || r.obligation === filters.obligation) &&
        (filters.level === undefined || r.level === filters.level) &&
        (filters.standardId === undefined || r.standards.includes(filters.standardId)) &&
        (filters.innovationId === undefined || r.innovation.includes(filters.innovationId))
      );
    };
    if (query.trim() === '') return this.#ordered.filter(accepts).slice(0, limit);
    const out: CatalogueEntry[] = [];
    for (const hit of this.#index.search(query)) {
      const entry = this.#entries.get(String(hit.id));
      if (entry !== undefined && accepts(entry)) out.push(entry);
      if (out.length >= limit) break;
    }
    return out;
  }
}
