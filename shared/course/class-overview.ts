/**
 * A class's answers to one exercise, side by side: each trainee's result
 * (score and each rubric item's status), and the rubric items most often
 * missing across the class. Pure; the trainer's screen and the exports of
 * the class overview read it.
 */
import type { DocumentLanguage } from '../specification/model/common';
import type { Specification } from '../specification/model/specification';
import { checkAnswer, type CheckResult, type ItemStatus } from './matching';
import type { Exercise } from './model';
import { requirementTitle } from './reference-text';

export interface ClassItem {
  /** The reference requirement's id. */
  id: string;
  /** Its title in the language asked for, or its id when it has none. */
  title: string;
}

export interface TraineeRow {
  /** The answer's file name: the trainee as the trainer sees them. */
  file: string;
  result: CheckResult;
  /** Rubric item id → status. */
  statuses: ReadonlyMap<string, ItemStatus>;
}

export interface ClassMiss {
  item: ClassItem;
  /** How many trainees miss it. */
  missing: number;
  /** How many cover it only in part. */
  partly: number;
}

export interface ClassOverview {
  items: ClassItem[];
  trainees: TraineeRow[];
  /** The items missing or partly covered in at least one answer, the most often missed first. */
  misses: ClassMiss[];
}

/** Checks every answer against the reference and gathers the class's picture. */
export function classOverview(exercise: Exercise, answers: readonly { file: string; specification: Specification }[], reference: Specification, language: DocumentLanguage): ClassOverview {
  const items = exercise.rubric.map((item): ClassItem => {
    const requirement = reference.requirements.find((each) => each.id === item.requirementId);
    return { id: item.requirementId, title: (requirement === undefined ? '' : requirementTitle(requirement, language)) || item.requirementId };
  });
  const trainees = answers.map((answer): TraineeRow => {
    const result = checkAnswer(exercise, answer.specification, { reference });
    return { file: answer.file, result, statuses: new Map(result.items.map((item) => [item.id, item.status])) };
  });
  const misses = items
    .map((item): ClassMiss => ({
      item,
      missing: trainees.filter((trainee) => trainee.statuses.get(item.id) === 'missing').length,
      partly: trainees.filter((trainee) => trainee.statuses.get(item.id) === 'partly').length,
    }))
    .filter((miss) => miss.missing + miss.partly > 0)
    .sort((a, b) => b.missing - a.missing || b.partly - a.partly);
  return { items, trainees, misses };
}
