/**
 * Undo and redo for a document edited in a session: a bounded list of past
 * versions. Typing in one field is one step, not one step per key: edits of
 * the same group within a short pause are merged.
 */
export interface UndoHistory<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  readonly lastGroup: string | null;
  readonly lastAt: number;
}

export const undoLimit = 200;
export const mergeWindowMs = 1200;

export function startHistory<T>(present: T): UndoHistory<T> {
  return { past: [], present, future: [], lastGroup: null, lastAt: 0 };
}

/** Records an edit. `group` names what was edited (for example a field); same group within the pause merges. */
export function recordEdit<T>(history: UndoHistory<T>, next: T, group: string, now: number): UndoHistory<T> {
  const merge = group === history.lastGroup && now - history.lastAt < mergeWindowMs && history.past.length > 0;
  const past = merge ? history.past : [...history.past, history.present].slice(-undoLimit);
  return { past, present: next, future: [], lastGroup: group, lastAt: now };
}

export function undo<T>(history: UndoHistory<T>): UndoHistory<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastGroup: null, lastAt: 0 };
}

export function redo<T>(history: UndoHistory<T>): UndoHistory<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present].slice(-undoLimit), present: next, future: rest, lastGroup: null, lastAt: 0 };
}

export const canUndo = <T>(history: UndoHistory<T>): boolean => history.past.length > 0;
export const canRedo = <T>(history: UndoHistory<T>): boolean => history.future.length > 0;
