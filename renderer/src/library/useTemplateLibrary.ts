/**
 * The template library in the renderer: loaded once from the main process,
 * then indexed per language for search-as-you-type.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import type { DocumentLanguage } from '../../../shared/specification/model/common';
import { catalogueEntries, type CatalogueEntry } from '../../../shared/templates/library';
import { TemplateSearch } from '../../../shared/templates/search';
import { api } from '../api';

export type LibraryData = ChannelOutput<'templates:library'>;

export type LibraryState =
  | { kind: 'loading' }
  | { kind: 'failed'; reason: string }
  | { kind: 'ready'; library: LibraryData; entries: CatalogueEntry[]; search: TemplateSearch };

export function useTemplateLibrary(language: DocumentLanguage): { state: LibraryState; reload: () => void } {
  const [library, setLibrary] = useState<LibraryData | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    // Opening the library reads the organisation folder again (it may have come back online or changed).
    api.templates.reload().then(
      (loaded) => !cancelled && setLibrary(loaded),
      (error: Error) => !cancelled && setFailure(error.message),
    );
    return () => {
      cancelled = true;
    };
  }, [generation]);

  const state = useMemo<LibraryState>(() => {
    if (failure !== null) return { kind: 'failed', reason: failure };
    if (library === null) return { kind: 'loading' };
    const entries = catalogueEntries(library);
    return { kind: 'ready', library, entries, search: new TemplateSearch(entries, language) };
  }, [library, failure, language]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { state, reload };
}
