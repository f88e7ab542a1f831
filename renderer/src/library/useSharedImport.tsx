/**
 * Importing a shared pack or course file: the main process asks for the file
 * and checks it; when the id is already in the library the user is asked
 * (ImportExistsDialog) and the same file is imported again with the answer.
 */
import { useState } from 'react';
import { ImportExistsDialog, type ExistsAnswer } from './ImportExistsDialog';

type Outcome<S> = { status: 'imported'; item: S } | { status: 'exists'; path: string; existing: S; canReplace: boolean } | null;

export interface SharedImport {
  /** Runs an import from the dialog; what was imported, a question, a cancel or a failure goes to the callbacks. */
  start: () => Promise<void>;
  /** The question to show, when one is open. */
  dialog: React.JSX.Element | null;
}

export function useSharedImport<S extends { title: Record<string, string> }>(options: {
  run: (request: { path: string | null; ifExists?: 'replace' | 'keepBoth' }) => Promise<Outcome<S>>;
  titleOf: (item: S) => string;
  onImported: (item: S) => void;
  onFailed: (error: unknown) => void;
}): SharedImport {
  const [asking, setAsking] = useState<{ path: string; title: string; canReplace: boolean } | null>(null);

  const settle = (outcome: Outcome<S>): void => {
    if (outcome === null) return;
    if (outcome.status === 'imported') options.onImported(outcome.item);
    else setAsking({ path: outcome.path, title: options.titleOf(outcome.existing), canReplace: outcome.canReplace });
  };

  const start = async (): Promise<void> => {
    try {
      settle(await options.run({ path: null }));
    } catch (error) {
      options.onFailed(error);
    }
  };

  const answer = (choice: ExistsAnswer): void => {
    const question = asking;
    setAsking(null);
    if (question === null || choice === 'cancel') return;
    void options.run({ path: question.path, ifExists: choice }).then(settle, options.onFailed);
  };

  return { start, dialog: asking === null ? null : <ImportExistsDialog title={asking.title} canReplace={asking.canReplace} onAnswer={answer} /> };
}
