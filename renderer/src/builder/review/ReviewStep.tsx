import type { StepProps } from '../step-props';

/** Being built: see issue #5. */
export function ReviewStep(_props: StepProps): React.JSX.Element {
  return <div />;
}
