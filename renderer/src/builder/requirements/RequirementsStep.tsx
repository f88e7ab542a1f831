import { RequirementList } from '../../documents/RequirementList';
import type { StepProps } from '../step-props';

export function RequirementsStep({ editor, language }: StepProps): React.JSX.Element {
  return <RequirementList specification={editor.specification} language={language} />;
}
