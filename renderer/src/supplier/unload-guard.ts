/**
 * While a supplier's response has answers not yet saved, the page refuses to
 * unload: closing the window or quitting then makes the main process ask
 * whether to close without saving (a response is saved only when asked,
 * unlike a specification, which saves itself).
 */
import { useEffect } from 'react';

export function useUnloadGuard(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const refuse = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', refuse);
    return () => window.removeEventListener('beforeunload', refuse);
  }, [unsaved]);
}
