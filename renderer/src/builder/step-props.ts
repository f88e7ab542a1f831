import type { CheckId, CompletenessCheck } from '../../../shared/builder/completeness';
import type { BuilderStep } from '../../../shared/builder/steps';
import type { IncrementalLinter } from '../../../shared/quality/incremental';

/**
 * Where "go to" leads: a step, and optionally an item on it (a requirement, a
 * need, a criterion) or a completeness check whose fields it should show.
 */
export interface StepTarget {
  step: BuilderStep;
  itemId?: string;
  check?: CheckId;
}

/** What every step page gets from the builder. */
export interface StepProps {
  /** This step's completeness checks (the Review step gets all of them). */
  checks: readonly CompletenessCheck[];
  /** An item the user asked to go to on this step, or null. */
  focusItem: string | null;
  /** A completeness check whose fields the user asked to go to on this step, or null. */
  focusCheck: CheckId | null;
  goTo: (target: StepTarget) => void;
  /** Opens the template library, where requirements are added to this document. */
  onOpenLibrary?: () => void;
  /** Opens the export dialog. */
  onExport?: () => void;
  /** Grows by one each time the user asks to find a requirement (Ctrl+F). */
  findRequest?: number;
  /** The document's quality linter, shared by the steps (its findings are cached per requirement). */
  linter: IncrementalLinter;
}
