import { useEffect, useState } from 'react';

/**
 * The value as it was when it last stopped changing for `delay` ms: for
 * views of the whole document (the findings panel, the document score) that
 * need not follow every keystroke.
 */
export function useSettledValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
}
