/**
 * Which of the builder's helps the open document shows: the quality checker,
 * the guidance ("why this matters") and the innovation review. All are shown
 * for a normal document; a course exercise may hide some of them, and the
 * builder's parts that show a help ask here first.
 */
import { createContext, useContext } from 'react';
import type { HintsPolicy } from '../../../shared/course/model';

export const allHintsShown: HintsPolicy = { checker: 'shown', guidance: 'shown', innovation: 'shown' };

const HintsContext = createContext<HintsPolicy>(allHintsShown);

export function HintsProvider({ hints, children }: { hints: HintsPolicy; children: React.ReactNode }): React.JSX.Element {
  return <HintsContext.Provider value={hints}>{children}</HintsContext.Provider>;
}

/** Whether the open document shows each help (all of them, outside a course exercise). */
export function useHints(): { checker: boolean; guidance: boolean; innovation: boolean } {
  const hints = useContext(HintsContext);
  return { checker: hints.checker === 'shown', guidance: hints.guidance === 'shown', innovation: hints.innovation === 'shown' };
}
