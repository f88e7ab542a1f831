/**
 * Readiness: how ready a supplier is to answer a specification, or the
 * requirements of the library packs buyers are likely to use, from its
 * profile's answers. Per requirement: meets, partly (the answer was given to
 * another wording, or complies only with a priced addition), does not, or
 * unknown (not answered yet), with the evidence the profile holds. Binding
 * requirements not met come first: they are the showstoppers of a bid/no-bid
 * decision. Evaluated ones say the points or the deduction within reach.
 */
import type { DocumentLanguage, LocalisedText } from '../specification/model/common';
import type { AnswerType } from '../specification/model/answer-types';
import type { Obligation, Requirement, RequirementEvaluation } from '../specification/model/requirements';
import type { Specification } from '../specification/model/specification';
import type { TemplateRequirement } from '../templates/model';
import { isBinding, isScored } from '../specification/model/requirements';
import { answerMeets, type Answer, type EvidenceFile } from './answers';
import { offerAnswers, type SupplierProfile } from './profile';

export type ReadinessStatus = 'meets' | 'partly' | 'does-not' | 'unknown';

/** A requirement as readiness needs it, from a specification or from a library pack. */
export interface ReadinessRequirement {
  id: string;
  /** The library requirement it was taken from (a pack's requirement is its own). */
  libraryRequirementId: string | null;
  text: LocalisedText;
  obligation: Obligation;
  answerType: AnswerType;
  evaluation?: RequirementEvaluation;
}

export interface ReadinessItem {
  requirementId: string;
  libraryRequirementId: string | null;
  status: ReadinessStatus;
  /** Binding and not met: a tender would be rejected. */
  showstopper: boolean;
  /** Why "partly": the text answered differs, or the answer complies only with an addition or from a later date. */
  partlyBecause: 'text-changed' | 'with-addition' | 'from-later-date' | null;
  answer: Answer | null;
  evidence: EvidenceFile[];
  /** For evaluated requirements: the points or deduction the specification gives, and whether the profile's answer reaches them. */
  withinReach: { points: number; deduction: number; reached: boolean } | null;
}

export interface Readiness {
  items: ReadinessItem[];
  counts: Record<ReadinessStatus, number>;
  showstoppers: number;
  pointsWithinReach: number;
  pointsPossible: number;
  deductionWithinReach: number;
  deductionPossible: number;
}

export function readinessRequirementsOfSpecification(specification: Pick<Specification, 'requirements'>): ReadinessRequirement[] {
  return specification.requirements.map((requirement: Requirement) => ({
    id: requirement.id,
    libraryRequirementId: requirement.provenance?.requirementId ?? null,
    text: requirement.text,
    obligation: requirement.obligation,
    answerType: requirement.answerType,
    ...(requirement.evaluation === undefined ? {} : { evaluation: requirement.evaluation }),
  }));
}

/** The requirements of library packs (resolved, with their modules), each once. */
export function readinessRequirementsOfPacks(requirements: readonly TemplateRequirement[]): ReadinessRequirement[] {
  const seen = new Set<string>();
  return requirements.flatMap((requirement) => {
    if (seen.has(requirement.id)) return [];
    seen.add(requirement.id);
    return [{ id: requirement.id, libraryRequirementId: requirement.id, text: requirement.text, obligation: requirement.obligation, answerType: requirement.answerType }];
  });
}

/**
 * Readiness of a profile for a set of requirements. `today` (ISO date) tells
 * a compliance promised from a later date; `languages` which text a reused
 * answer is compared with first.
 */
export function assessReadiness(
  requirements: readonly ReadinessRequirement[],
  profile: SupplierProfile,
  options: { languages: readonly DocumentLanguage[]; today: string },
): Readiness {
  const offers = new Map(
    offerAnswers(profile, {
      languages: [...options.languages],
      requirements: requirements.map((requirement) => ({
        id: requirement.id,
        text: requirement.text,
        answerType: requirement.answerType,
        provenance: requirement.libraryRequirementId === null ? null : { requirementId: requirement.libraryRequirementId },
      })),
    }).map((offer) => [offer.requirementId, offer]),
  );
  const items = requirements.map((requirement, index): ReadinessItem & { index: number } => {
    const offer = offers.get(requirement.id);
    const answer = offer?.answer ?? null;
    const meets = answer !== null && answerMeets(requirement.answerType, answer);
    let partlyBecause: ReadinessItem['partlyBecause'] = null;
    if (meets && offer?.status === 'text-changed') partlyBecause = 'text-changed';
    else if (meets && answer?.kind === 'compliance' && answer.complies === 'addition') partlyBecause = 'with-addition';
    else if (meets && answer?.kind === 'compliance' && answer.from !== undefined && answer.from > options.today) partlyBecause = 'from-later-date';
    const status: ReadinessStatus = answer === null ? 'unknown' : !meets ? 'does-not' : partlyBecause !== null ? 'partly' : 'meets';
    const scored = isScored(requirement.obligation);
    return {
      index,
      requirementId: requirement.id,
      libraryRequirementId: requirement.libraryRequirementId,
      status,
      showstopper: isBinding(requirement.obligation) && status === 'does-not',
      partlyBecause,
      answer,
      evidence: offer?.evidence ?? [],
      withinReach: scored
        ? { points: requirement.evaluation?.points ?? 0, deduction: requirement.evaluation?.deduction ?? 0, reached: status === 'meets' || status === 'partly' }
        : null,
    };
  });
  items.sort((a, b) => Number(b.showstopper) - Number(a.showstopper) || a.index - b.index);
  const counts: Record<ReadinessStatus, number> = { meets: 0, partly: 0, 'does-not': 0, unknown: 0 };
  for (const item of items) counts[item.status] += 1;
  const sum = (pick: (item: ReadinessItem) => number): number => items.reduce((total, item) => total + pick(item), 0);
  return {
    items: items.map(({ index: _index, ...item }) => item),
    counts,
    showstoppers: items.filter((item) => item.showstopper).length,
    pointsWithinReach: sum((item) => (item.withinReach?.reached === true ? item.withinReach.points : 0)),
    pointsPossible: sum((item) => item.withinReach?.points ?? 0),
    deductionWithinReach: sum((item) => (item.withinReach?.reached === true ? item.withinReach.deduction : 0)),
    deductionPossible: sum((item) => item.withinReach?.deduction ?? 0),
  };
}

/** Worst first, for a view that sorts by status. */
export const readinessStatusOrder: Readonly<Record<ReadinessStatus, number>> = { 'does-not': 0, unknown: 1, partly: 2, meets: 3 };
