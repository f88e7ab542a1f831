import { useState } from 'react';

/** Reads typed text as a value, or says what is wrong with it (a message, or a code the caller turns into one). */
export type DraftParse<T, P = string> = (text: string) => { ok: true; value: T } | { ok: false; problem: P };

export interface DraftField<P = string> {
  /** The text to show in the input. */
  text: string;
  /** What is wrong with the text, or undefined when it reads as a value. */
  problem: P | undefined;
  onChange: (text: string) => void;
  onBlur: () => void;
}

/**
 * A field whose text may not yet be a value the document accepts (half a
 * date, "1,2 mil", "-5", a weight over 100). Used by every step's typed
 * fields (amounts, dates, head counts, weights, parameter values). The text lives here until it reads as a value;
 * only then is it committed, so an invalid value never reaches the file. When
 * the document's value changes from elsewhere (undo, another field), the
 * draft gives way to it.
 */
export function useDraft<T, P = string>(committed: T, format: (value: T) => string, parse: DraftParse<T, P>, commit: (value: T) => void): DraftField<P> {
  // `base` is the committed value the draft was typed against; when it changes from elsewhere the draft is dropped.
  const [draft, setDraft] = useState<{ text: string; base: T } | null>(null);
  const active = draft !== null && Object.is(draft.base, committed) ? draft : null;
  const parsed = active === null ? null : parse(active.text);
  return {
    text: active?.text ?? format(committed),
    problem: parsed !== null && !parsed.ok ? parsed.problem : undefined,
    onChange: (text) => {
      const result = parse(text);
      if (result.ok && !Object.is(result.value, committed)) commit(result.value);
      setDraft({ text, base: result.ok ? result.value : committed });
    },
    // Leaving a field that reads well shows the value in its usual form ("1200000" becomes "1 200 000").
    onBlur: () => {
      if (parsed === null || parsed.ok) setDraft(null);
    },
  };
}
