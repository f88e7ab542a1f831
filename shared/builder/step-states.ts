/**
 * Whether each step of the builder shows its open problems yet. A new
 * document is not wrong, only not started: its steps stay neutral until the
 * user has worked in them (there is something in the step beyond what a new
 * document holds, or the user has edited there in this session) or asks for
 * the review by opening the Review step. Then the step shows what is open.
 */
import type { Specification } from '../specification/model';
import type { StepProgress } from './completeness';
import { builderSteps, type BuilderStep } from './steps';

/** nothing: no checks apply; notStarted: neutral, not yet worked in; open: problems to fix; done: every check holds. */
export type StepState = 'nothing' | 'notStarted' | 'open' | 'done';

const filled = (text: string | undefined | null): boolean => (text ?? '').trim() !== '';

/**
 * The steps that hold something the user put there. The title is not counted
 * (every new document has one), nor the evaluation model a new document
 * starts with (best price–quality, weighted points, proportional price).
 */
export function stepsWithContent(spec: Specification): Set<BuilderStep> {
  const { procurement: p, evaluation: e } = spec;
  const started = new Set<BuilderStep>();
  const procurement =
    filled(spec.buyer.name) ||
    filled(spec.buyer.organisationNumber) ||
    filled(p.referenceNumber) ||
    p.procedure !== null ||
    p.estimatedValue !== null ||
    p.contractPeriod.startDate !== null ||
    p.contractPeriod.endDate !== null ||
    p.contractPeriod.durationMonths !== undefined ||
    p.options.length > 0 ||
    p.cpvCodes.length > 0 ||
    p.lots.length > 0 ||
    filled(p.notDividedReason) ||
    p.variants.allowed !== null;
  if (procurement) started.add('procurement');
  const needs =
    filled(spec.background) ||
    filled(spec.currentSituation) ||
    spec.stakeholders.length > 0 ||
    spec.userGroups.length > 0 ||
    spec.needs.length > 0 ||
    spec.goals.length > 0 ||
    spec.marketDialogue.length > 0;
  if (needs) started.add('needs');
  if (spec.requirements.length > 0 || spec.sections.length > 0) started.add('requirements');
  const evaluation = e.criteria.length > 0 || e.basis !== 'price-quality' || e.method !== 'weighted-points' || e.priceFormula !== 'proportional' || filled(e.environmentalReason);
  if (evaluation) started.add('evaluation');
  return started;
}

/**
 * Each step's state. `worked` are the steps with content or edited in this
 * session; `reviewAsked` is true once the user has opened the Review step,
 * which shows every step's problems from then on. The Review step itself is
 * started as soon as any other step is.
 */
export function stepStates(progress: Readonly<Record<BuilderStep, StepProgress>>, worked: ReadonlySet<BuilderStep>, reviewAsked: boolean): Record<BuilderStep, StepState> {
  const anyWorked = builderSteps.some((step) => step !== 'review' && worked.has(step));
  const states = {} as Record<BuilderStep, StepState>;
  for (const step of builderSteps) {
    const { total, open } = progress[step];
    const started = reviewAsked || (step === 'review' ? anyWorked : worked.has(step));
    states[step] = total === 0 ? 'nothing' : !started ? 'notStarted' : open === 0 ? 'done' : 'open';
  }
  return states;
}
