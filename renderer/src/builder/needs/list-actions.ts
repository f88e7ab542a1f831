import { useEffect, useRef, type RefObject } from 'react';
import { addItem, moveItem, newItemId, removeItem, type NeedsList } from '../../../../shared/builder/needs-edits';
import type { DocumentEditor } from '../../open-document/useDocumentEditor';

/**
 * Parts of an item that can take focus after an edit, marked in the DOM with
 * data-focus-part inside the element with the item's data-item-id ("add" is
 * the list's Add button, outside any item).
 */
export type FocusPart = 'first' | 'toggle' | 'up' | 'down' | 'add';

interface FocusRequest {
  id: string | null;
  part: FocusPart;
  /** Renders left to wait for the target to appear; another render (a save state arriving) may come first. */
  patience: number;
}

/** Finds an item's focusable part inside a list container. */
export function findPart(root: HTMLElement | null, id: string | null, part: FocusPart): HTMLElement | null {
  if (root === null) return null;
  const scope = id === null ? root : root.querySelector(`[data-item-id="${CSS.escape(id)}"]`);
  return scope?.querySelector<HTMLElement>(`[data-focus-part="${part}"]`) ?? null;
}

export interface ListActions {
  /** Adds an empty item at the end, focuses its first field once shown, and returns its id. */
  add: () => string;
  /** Removes an item (and references to it), then focuses the neighbour's `part`, or the Add button when the list is empty. */
  remove: (id: string, neighbourPart: FocusPart) => void;
  /** Moves an item one place, keeping focus on the button that moved it. */
  move: (id: string, offset: -1 | 1) => void;
}

/**
 * Add, remove and move for one list of the Needs step, each one undo step,
 * with focus put somewhere sensible after the document re-renders.
 */
export function useListActions(editor: DocumentEditor, list: NeedsList, ids: readonly string[], container: RefObject<HTMLElement | null>): ListActions {
  const request = useRef<FocusRequest | null>(null);

  // Runs after every render: the edit re-renders the list, then focus moves.
  useEffect(() => {
    const wanted = request.current;
    if (wanted === null) return;
    const target = findPart(container.current, wanted.id, wanted.part);
    if (target === null) {
      request.current = wanted.patience > 0 ? { ...wanted, patience: wanted.patience - 1 } : null;
      return;
    }
    request.current = null;
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  });

  return {
    add: () => {
      const id = newItemId(editor.specification, list);
      request.current = { id, part: 'first', patience: 3 };
      editor.edit(`${list}.add.${id}`, (spec) => addItem(spec, list, id));
      return id;
    },
    remove: (id, neighbourPart) => {
      const index = ids.indexOf(id);
      const neighbour = ids[index + 1] ?? ids[index - 1];
      request.current = neighbour === undefined ? { id: null, part: 'add', patience: 3 } : { id: neighbour, part: neighbourPart, patience: 3 };
      editor.edit(`${list}.remove.${id}`, (spec) => removeItem(spec, list, id));
    },
    move: (id, offset) => {
      request.current = { id, part: offset < 0 ? 'up' : 'down', patience: 3 };
      editor.edit(`${list}.move.${id}`, (spec) => moveItem(spec, list, id, offset));
    },
  };
}
