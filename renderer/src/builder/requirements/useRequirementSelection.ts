import { useCallback, useMemo, useRef, useState } from 'react';

/**
 * The requirements ticked for a bulk action in the Requirements step, kept
 * apart from the one requirement open in the editor. A Set of ids: checking
 * whether a row is ticked costs nothing, and the functions below keep their
 * identity across renders so memoised rows are not drawn again when one
 * other row is ticked.
 */
export interface RequirementSelection {
  checked: ReadonlySet<string>;
  /** Ticks or unticks one requirement; it becomes the start of the next range. */
  toggle: (id: string) => void;
  /** Ticks every requirement from the last one ticked (or clicked) to `id`, as `ordered` lists them. */
  extendTo: (id: string, ordered: readonly string[]) => void;
  /** Where the next range starts (a plain click on a row). */
  setAnchor: (id: string) => void;
  /** Ticks all of these too (a whole section, every match of the search). */
  add: (ids: Iterable<string>) => void;
  clear: () => void;
}

export function useRequirementSelection(): RequirementSelection {
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);

  const toggle = useCallback((id: string) => {
    anchor.current = id;
    setChecked((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const extendTo = useCallback((id: string, ordered: readonly string[]) => {
    const to = ordered.indexOf(id);
    const fromIndex = anchor.current === null ? -1 : ordered.indexOf(anchor.current);
    const from = fromIndex < 0 ? to : fromIndex;
    if (to < 0) return;
    if (fromIndex < 0) anchor.current = id;
    const [low, high] = from <= to ? [from, to] : [to, from];
    setChecked((current) => {
      const next = new Set(current);
      for (let index = low; index <= high; index += 1) {
        const item = ordered[index];
        if (item !== undefined) next.add(item);
      }
      return next.size === current.size ? current : next;
    });
  }, []);

  const setAnchor = useCallback((id: string) => {
    anchor.current = id;
  }, []);

  const add = useCallback((ids: Iterable<string>) => {
    setChecked((current) => {
      const next = new Set(current);
      for (const id of ids) next.add(id);
      return next.size === current.size ? current : next;
    });
  }, []);

  const clear = useCallback(() => {
    anchor.current = null;
    setChecked((current) => (current.size === 0 ? current : new Set()));
  }, []);

  return useMemo(() => ({ checked, toggle, extendTo, setAnchor, add, clear }), [checked, toggle, extendTo, setAnchor, add, clear]);
}
