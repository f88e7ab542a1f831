/**
 * Editing an open document in the window: the undo history, sending edits to
 * the main process (which autosaves), flushing when the window loses focus,
 * and following the save state the main process reports. The document is
 * registered as a source of pending edits, so every request about it to the
 * main process sends them first (see ../pending-edits.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenDocument, SaveState } from '../../../shared/documents';
import type { Specification } from '../../../shared/specification/model';
import { canRedo, canUndo, recordEdit, redo, startHistory, undo, type UndoHistory } from '../../../shared/undo-history';
import { api, pendingEdits } from '../api';

/** Edits reach the main process after this pause in typing (and at once on blur or save). */
const sendDelayMs = 300;

export interface DocumentEditor {
  document: OpenDocument;
  specification: Specification;
  saveState: SaveState;
  edit: (group: string, change: (specification: Specification) => Specification) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Sends pending edits and writes the file now. */
  save: () => Promise<SaveState>;
  /** Sends pending edits without waiting for the pause. */
  flush: () => Promise<void>;
  /** Replaces the document after a restore, Save As or conflict resolution. */
  replace: (document: OpenDocument) => void;
}

export function useDocumentEditor(initial: OpenDocument): DocumentEditor {
  const [document, setDocument] = useState(initial);
  const [history, setHistory] = useState(() => startHistory(initial.specification));
  const historyRef = useRef<UndoHistory<Specification>>(history);
  const [saveState, setSaveState] = useState<SaveState>(initial.saveState);
  const pending = useRef<Specification | null>(null);
  /**
   * Edits are numbered as they are made; `delivered` is the newest one the
   * main process has taken. A save state from the main process (an update's
   * answer, a save's result, an autosave event) only counts when no newer
   * edit is waiting: else it describes an older version, and "Saved" would
   * show while the last edit exists only in this window.
   */
  const made = useRef(0);
  const delivered = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The last send under way: a flush waits for it, so edits arrive in order and none is reported sent too early. */
  const sending = useRef<Promise<void>>(Promise.resolve());
  const path = useRef(document.path);
  const sessionId = document.sessionId;

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const sent = sending.current.then(async () => {
      const specification = pending.current;
      if (specification === null) return;
      const number = made.current;
      pending.current = null;
      const state = await api.document.update({ sessionId, kind: 'specification', specification });
      delivered.current = Math.max(delivered.current, number);
      if (delivered.current === made.current) setSaveState(state);
    });
    sending.current = sent.catch(() => undefined);
    return sent;
  }, [sessionId]);

  useEffect(() => {
    path.current = document.path;
  }, [document.path]);

  useEffect(() => pendingEdits.register({ sessionId, path: () => path.current, sendPendingEdits: flush }), [sessionId, flush]);

  const send = useCallback(
    (specification: Specification) => {
      pending.current = specification;
      made.current += 1;
      setSaveState({ kind: 'unsaved' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), sendDelayMs);
    },
    [flush],
  );

  const apply = useCallback(
    (next: UndoHistory<Specification>) => {
      historyRef.current = next;
      setHistory(next);
      send(next.present);
    },
    [send],
  );

  const edit = useCallback(
    (group: string, change: (specification: Specification) => Specification) => {
      const current = historyRef.current;
      const next = { ...change(current.present), updatedAt: new Date().toISOString() };
      apply(recordEdit(current, next, group, Date.now()));
    },
    [apply],
  );

  const save = useCallback(async () => {
    await flush();
    const state = await api.document.save({ sessionId });
    if (delivered.current === made.current) setSaveState(state);
    return state;
  }, [flush, sessionId]);

  const replace = useCallback((next: OpenDocument) => {
    clearTimeout(timer.current);
    pending.current = null;
    delivered.current = made.current;
    historyRef.current = startHistory(next.specification);
    setHistory(historyRef.current);
    setDocument(next);
    setSaveState(next.saveState);
  }, []);

  useEffect(
    () =>
      api.on('document:saveState', (event) => {
        if (event.sessionId === sessionId && delivered.current === made.current) setSaveState(event.state);
      }),
    [sessionId],
  );

  // Leaving the window (or hiding it) saves at once: nothing typed waits in memory.
  useEffect(() => {
    const saveNow = (): void => {
      if (pending.current !== null) void save();
    };
    const onVisibility = (): void => {
      if (window.document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('blur', saveNow);
    window.document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', saveNow);
      window.document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [save]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return {
    document,
    specification: history.present,
    saveState,
    edit,
    undo: () => canUndo(historyRef.current) && apply(undo(historyRef.current)),
    redo: () => canRedo(historyRef.current) && apply(redo(historyRef.current)),
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    save,
    flush,
    replace,
  };
}
