import { useEffect, useState } from 'react';
import type { JurisdictionRules } from '../../../../shared/templates/catalogues';
import { api } from '../../api';

export type RulesState = { kind: 'loading' } | { kind: 'failed'; reason: string } | { kind: 'ready'; rules: JurisdictionRules[] };

/** The procurement rules data (thresholds, procedures) from the template library in the main process. */
export function useRules(): RulesState {
  const [state, setState] = useState<RulesState>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    api.templates.library().then(
      (library) => !cancelled && setState({ kind: 'ready', rules: library.rules }),
      (error: Error) => !cancelled && setState({ kind: 'failed', reason: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
