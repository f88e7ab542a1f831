/** The innovation-criteria catalogue, loaded once from the main process with the template library. */
import { useEffect, useState } from 'react';
import type { InnovationCriterion } from '../../../../../shared/templates/catalogues';
import { api } from '../../../api';

export type CriteriaState = { kind: 'loading' } | { kind: 'failed'; reason: string } | { kind: 'ready'; criteria: InnovationCriterion[] };

export function useInnovationCriteria(): CriteriaState {
  const [state, setState] = useState<CriteriaState>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    api.templates.library().then(
      (library) => !cancelled && setState({ kind: 'ready', criteria: library.innovation }),
      (error: Error) => !cancelled && setState({ kind: 'failed', reason: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
