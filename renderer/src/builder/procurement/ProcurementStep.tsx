import { DetailsForm } from '../../documents/DetailsForm';
import type { StepProps } from '../step-props';

export function ProcurementStep({ editor }: StepProps): React.JSX.Element {
  return <DetailsForm editor={editor} />;
}
