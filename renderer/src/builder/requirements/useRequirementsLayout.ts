import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultRequirementsLayout, type RequirementsLayout } from '../../../../shared/settings';
import { api } from '../../api';

/** How long a dragged or keyed split must rest before its width is written to the app's settings. */
const savePause = 400;

/** The layout as last read or written in this window: later visits to the step start from it without waiting. */
let known: RequirementsLayout | null = null;
let reading: Promise<RequirementsLayout> | null = null;

function readLayout(): Promise<RequirementsLayout> {
  reading ??= api.settings
    .get()
    .then((settings) => settings.requirementsLayout ?? defaultRequirementsLayout)
    .catch(() => defaultRequirementsLayout)
    .then((layout) => {
      known ??= layout;
      return known;
    });
  return reading;
}

/**
 * The Requirements step's remembered layout (the editor's width, whether the
 * section tree is open), kept in the app's settings like the theme and the
 * language. Changes show at once; they are written once the user pauses.
 */
export function useRequirementsLayout(): [RequirementsLayout, (change: Partial<RequirementsLayout>) => void] {
  const [layout, setLayout] = useState<RequirementsLayout>(known ?? defaultRequirementsLayout);
  const unsaved = useRef<RequirementsLayout | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    if (known === null) void readLayout().then((read) => live && setLayout(read));
    return () => {
      live = false;
    };
  }, []);

  // Leaving the step writes a change still waiting for its pause.
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      if (unsaved.current !== null) save(unsaved.current);
    },
    [],
  );

  const change = useCallback((patch: Partial<RequirementsLayout>) => {
    const next = { ...(known ?? defaultRequirementsLayout), ...patch };
    known = next;
    unsaved.current = next;
    setLayout(next);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      unsaved.current = null;
      save(next);
    }, savePause);
  }, []);

  return [layout, change];
}

function save(layout: RequirementsLayout): void {
  // A layout that could not be remembered costs nothing now: the next visit starts from the default.
  void api.settings.update({ requirementsLayout: layout }).catch(() => undefined);
}
