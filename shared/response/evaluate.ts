/**
 * The buyer's evaluation of supplier responses, from the buyer's own
 * specification: a response to another version (its fingerprint differs)
 * is flagged `specification-mismatch` and not ranked; one that does not fit
 * the version it names is refused as tampered; every binding requirement is
 * checked against its condition; points or deductions come from the
 * specification's requirements, never from the response; with a price (the
 * response's, or one the buyer gives) the tenders that qualify are ranked.
 *
 * The price–quality arithmetic is the evaluation simulator's own
 * (shared/evaluation), called in one place, `totalFor`: a buyer who tried
 * the award model on fictitious bids sees real tenders scored the same way.
 */
import { toHundredths, toOre } from '../evaluation/exact';
import { evaluateBids } from '../evaluation/models';
import { bidInput, setupFromSpecification } from '../evaluation/setup';
import { qualityCriteria, roundTwo } from '../evaluation/worked-example';
import type { EvaluationModel, Specification } from '../specification/model';
import { isBinding, isScored } from '../specification/model/requirements';
import { answerMeets } from './answers';
import { checkConformance } from './conformance';
import { specificationFingerprint } from './fingerprint';
import type { SupplierResponse } from './model';

/** How the specification compares tenders: weighted points (highest total wins), or a price to compare (lowest wins). */
export type ComparisonMethod = 'weighted-points' | 'comparison-price';

export const evaluationFlagKinds = [
  'specification-mismatch',
  'other-specification',
  'tampered',
  'mandatory-failed',
  'price-missing',
  'assessment-needed',
] as const;
export type EvaluationFlagKind = (typeof evaluationFlagKinds)[number];

export interface EvaluationFlag {
  kind: EvaluationFlagKind;
  /** An English sentence; the UI words the kind in the user's language. */
  message: string;
}

/** How one requirement came out for one supplier: met or not (null: the response could not be compared), and what it earned. */
export interface RequirementOutcome {
  requirementId: string;
  met: boolean | null;
  points: number;
  deduction: number;
}

export interface SupplierEvaluation {
  /** Where the response came from (its file), to tell two suppliers of the same name apart. */
  source: string;
  name: string;
  organisationNumber: string;
  /** ranked: qualifies and has a price; rejected: fails a binding requirement; not-comparable: another version, tampered, or no price. */
  status: 'ranked' | 'rejected' | 'not-comparable';
  rank: number | null;
  mandatoryFailed: string[];
  price: number | null;
  /** Points earned on evaluated requirements (weighted points) or deductions earned (value deduction), from the buyer's specification. */
  qualityPoints: number;
  deductions: number;
  /** Under weighted points. */
  total: number | null;
  /** Under value deduction, or price or cost only. */
  comparisonPrice: number | null;
  requirements: RequirementOutcome[];
  flags: EvaluationFlag[];
}

export interface ResponsesEvaluation {
  method: ComparisonMethod;
  fingerprint: string;
  /** Ranked suppliers first by rank, then the rest in the order given. */
  suppliers: SupplierEvaluation[];
}

export interface ResponseToEvaluate {
  source: string;
  response: SupplierResponse;
  /** A price the buyer gives; it wins over the response's own. */
  price?: number;
}

export function comparisonMethodOf(model: EvaluationModel): ComparisonMethod {
  return model.basis === 'price-quality' && model.method === 'weighted-points' ? 'weighted-points' : 'comparison-price';
}

/** What `totalFor` needs of one qualifying tender. */
export interface BidForTotal {
  /** Tells tenders apart (the response's file). */
  id: string;
  name: string;
  price: number;
  /** Whether the tender meets each evaluated requirement, by requirement id. */
  answers: Readonly<Record<string, boolean>>;
}

export type BidTotal = { total: number } | { comparisonPrice: number };

/**
 * The price–quality total of each qualifying tender under the
 * specification's model, worked by the simulator's engine: each criterion's
 * score is the share of its requirements met (weighed by points, or by
 * deduction under value deduction) placed on its scale. Under price or cost
 * alone the price is what is compared.
 */
export function totalFor(specification: Specification, bids: readonly BidForTotal[]): BidTotal[] {
  if (specification.evaluation.basis !== 'price-quality') return bids.map((bid) => ({ comparisonPrice: roundTwo(bid.price) }));
  const setup = setupFromSpecification(specification);
  const results = evaluateBids(setup, bids.map((bid) => bidInput(setup, { id: bid.id, name: bid.name, price: bid.price, scores: {}, answers: bid.answers })));
  return results.map((result) =>
    result.total !== null ? { total: Number(toHundredths(result.total)) } : { comparisonPrice: Number(toOre(result.comparisonPrice ?? result.price)) },
  );
}

function outcomes(specification: Specification, response: SupplierResponse): RequirementOutcome[] {
  return specification.requirements.map((requirement) => {
    const met = answerMeets(requirement.answerType, response.answers[requirement.id]);
    const scored = isScored(requirement.obligation) && met;
    return {
      requirementId: requirement.id,
      met,
      points: scored ? (requirement.evaluation?.points ?? 0) : 0,
      deduction: scored ? (requirement.evaluation?.deduction ?? 0) : 0,
    };
  });
}

function notCompared(entry: ResponseToEvaluate, flags: EvaluationFlag[]): SupplierEvaluation {
  return {
    source: entry.source,
    name: entry.response.supplier.name,
    organisationNumber: entry.response.supplier.organisationNumber,
    status: 'not-comparable',
    rank: null,
    mandatoryFailed: [],
    price: entry.price ?? entry.response.price ?? null,
    qualityPoints: 0,
    deductions: 0,
    total: null,
    comparisonPrice: null,
    requirements: [],
    flags,
  };
}

/** Evaluates every response against the buyer's specification and ranks the ones that qualify. */
export function evaluateResponses(specification: Specification, entries: readonly ResponseToEvaluate[]): ResponsesEvaluation {
  const fingerprint = specificationFingerprint(specification);
  const method = comparisonMethodOf(specification.evaluation);
  const judged = qualityCriteria(specification.evaluation).filter((criterion) => criterion.requirementIds.length === 0);
  const suppliers: SupplierEvaluation[] = [];
  const candidates: { supplier: SupplierEvaluation; bid: BidForTotal }[] = [];

  for (const entry of entries) {
    const conformance = checkConformance(specification, entry.response, fingerprint);
    if (conformance.kind === 'specification-mismatch' || conformance.kind === 'other-specification') {
      suppliers.push(notCompared(entry, [{ kind: conformance.kind, message: conformance.message }]));
      continue;
    }
    if (conformance.kind === 'tampered') {
      suppliers.push(notCompared(entry, conformance.problems.map((problem) => ({ kind: 'tampered', message: problem.message }))));
      continue;
    }
    const results = outcomes(specification, entry.response);
    const byId = new Map(results.map((outcome) => [outcome.requirementId, outcome]));
    const mandatoryFailed = specification.requirements.filter((r) => isBinding(r.obligation) && byId.get(r.id)?.met !== true).map((r) => r.id);
    const price = entry.price ?? entry.response.price ?? null;
    const flags: EvaluationFlag[] = [];
    if (mandatoryFailed.length > 0) {
      flags.push({ kind: 'mandatory-failed', message: `${mandatoryFailed.length} mandatory requirement(s) not met: ${mandatoryFailed.slice(0, 10).join(', ')}${mandatoryFailed.length > 10 ? ', …' : ''}.` });
    }
    if (price === null) flags.push({ kind: 'price-missing', message: 'No price: the response gives none and none was entered.' });
    if (method === 'weighted-points' && judged.length > 0) {
      flags.push({ kind: 'assessment-needed', message: `Criteria judged as a whole are not scored from the answers: ${judged.map((c) => c.name || c.id).join(', ')}.` });
    }
    const supplier: SupplierEvaluation = {
      source: entry.source,
      name: entry.response.supplier.name,
      organisationNumber: entry.response.supplier.organisationNumber,
      status: mandatoryFailed.length > 0 ? 'rejected' : price === null ? 'not-comparable' : 'ranked',
      rank: null,
      mandatoryFailed,
      price,
      qualityPoints: roundTwo(results.reduce((sum, outcome) => sum + outcome.points, 0)),
      deductions: roundTwo(results.reduce((sum, outcome) => sum + outcome.deduction, 0)),
      total: null,
      comparisonPrice: null,
      requirements: results,
      flags,
    };
    suppliers.push(supplier);
    if (supplier.status === 'ranked' && price !== null) {
      candidates.push({
        supplier,
        bid: { id: entry.source, name: supplier.name, price, answers: Object.fromEntries(results.map((outcome) => [outcome.requirementId, outcome.met === true])) },
      });
    }
  }

  const totals = candidates.length === 0 ? [] : totalFor(specification, candidates.map((candidate) => candidate.bid));
  candidates.forEach((candidate, index) => {
    const result = totals[index];
    if (result === undefined) return;
    if ('total' in result) candidate.supplier.total = result.total;
    else candidate.supplier.comparisonPrice = result.comparisonPrice;
  });
  const score = (s: SupplierEvaluation): number => (method === 'weighted-points' ? -(s.total ?? 0) : (s.comparisonPrice ?? 0));
  const ranked = candidates.map((c) => c.supplier).sort((a, b) => score(a) - score(b));
  ranked.forEach((supplier, index) => {
    const previous = ranked[index - 1];
    supplier.rank = previous !== undefined && score(previous) === score(supplier) ? previous.rank : index + 1;
  });
  const rest = suppliers.filter((supplier) => supplier.status !== 'ranked');
  return { method, fingerprint, suppliers: [...ranked, ...rest] };
}
