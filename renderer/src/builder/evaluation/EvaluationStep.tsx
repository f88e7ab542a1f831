import type { StepProps } from '../step-props';

/** Being built: see issue #5. */
export function EvaluationStep(_props: StepProps): React.JSX.Element {
  return <div />;
}
