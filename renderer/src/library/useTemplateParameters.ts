/**
 * The library's parameter templates (labels, defaults) for requirements in a
 * specification, so the editor names a value as the library does. Loaded
 * once per window and kept; until it arrives (or when the library cannot be
 * read) the editor names parameters by their own names, written as words.
 */
import { useEffect, useState } from 'react';
import { catalogueEntries } from '../../../shared/templates/library';
import { templateParameterIndex, type TemplateParameterIndex } from '../../../shared/templates/parameter-labels';
import { api } from '../api';

const none: TemplateParameterIndex = new Map();
let loaded: TemplateParameterIndex | null = null;
let loading: Promise<TemplateParameterIndex> | null = null;

function load(): Promise<TemplateParameterIndex> {
  loading ??= api.templates.library().then(
    (library) => {
      loaded = templateParameterIndex(catalogueEntries(library));
      return loaded;
    },
    () => {
      // A library that cannot be read leaves the labels to the parameter names; the library screen reports the failure itself.
      loading = null;
      return none;
    },
  );
  return loading;
}

export function useTemplateParameters(): TemplateParameterIndex {
  const [index, setIndex] = useState<TemplateParameterIndex>(loaded ?? none);
  useEffect(() => {
    if (loaded !== null) return;
    let cancelled = false;
    void load().then((result) => !cancelled && setIndex(result));
    return () => {
      cancelled = true;
    };
  }, []);
  return index;
}
