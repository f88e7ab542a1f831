/**
 * The feedback on a checked answer: concrete points in the UI language, each
 * with a target the trainee UI can "go to" (a requirement of the answer, or a
 * step of the builder), in the order a trainee should work through them:
 * what is missing, what is wrong in what is there, then the checker's errors,
 * the completeness checks, the anti-patterns and the extra requirements.
 * The rubric's own texts are the course's, in the UI language where the course
 * has it; the rest comes from the UI catalogues.
 */
import type { BuilderStep } from '../builder/steps';
import { catalogues, lookup } from '../i18n/catalogues';
import { inLanguage, type UiLanguage } from '../languages';
import { findingMessageKey } from '../quality/checker';
import type { Difference, CheckResult } from './matching';
import type { Specification } from '../specification/model/specification';
import type { Exercise, RubricItem } from './model';

export type FeedbackTarget = { kind: 'requirement'; requirementId: string } | { kind: 'step'; step: BuilderStep };

export const feedbackKinds = [
  'missing',
  'wrongObligation',
  'notMeasurable',
  'verification',
  'parameter',
  'partly',
  'checkerError',
  'completeness',
  'antiPattern',
  'extra',
] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

export interface FeedbackPoint {
  kind: FeedbackKind;
  message: string;
  target: FeedbackTarget;
  /** The rubric item (reference requirement id) the point is about, if any. */
  rubricItemId?: string;
}

const requirementTarget = (requirementId: string): FeedbackTarget => ({ kind: 'requirement', requirementId });

/**
 * The feedback points of a checked answer, in the UI language. The reference
 * (the exercise's own unless the trainer keeps it apart) gives the titles
 * that name what a partial answer is about.
 */
export function feedbackPoints(exercise: Exercise, result: CheckResult, uiLanguage: UiLanguage, reference: Specification | undefined = exercise.reference): FeedbackPoint[] {
  const catalogue = catalogues[uiLanguage];
  const t = (key: string, values: Record<string, string | number> = {}): string => lookup(catalogue, `course.${key}`, values);
  const valueText = (value: string | number | null): string => (value === null || String(value).trim() === '' ? t('notSet') : String(value));
  const rubric = new Map<string, RubricItem>(exercise.rubric.map((item) => [item.requirementId, item]));
  const points: FeedbackPoint[] = [];
  const later: FeedbackPoint[] = [];
  const titleOf = (requirementId: string): string =>
    inLanguage(reference?.requirements.find((requirement) => requirement.id === requirementId)?.title, uiLanguage) || requirementId;

  // Missing items first, the heaviest first; they are written in the requirements step.
  const missing = result.items.filter((item) => item.status === 'missing').sort((a, b) => b.weight - a.weight);
  for (const item of missing) {
    const texts = rubric.get(item.id)?.feedback;
    points.push({ kind: 'missing', message: inLanguage(texts?.missing, uiLanguage), target: { kind: 'step', step: 'requirements' }, rubricItemId: item.id });
  }

  for (const item of result.items) {
    if (item.matchedRequirementId === null) continue;
    const texts = rubric.get(item.id)?.feedback;
    const target = requirementTarget(item.matchedRequirementId);
    const about = { rubricItemId: item.id };
    const describe = (difference: Difference): FeedbackPoint => {
      switch (difference.kind) {
        case 'obligation':
          return {
            kind: 'wrongObligation',
            message: `${inLanguage(texts?.wrongObligation, uiLanguage)} ${t('feedback.wrongObligation', { actual: t(`obligations.${difference.actual}`), expected: t(`obligations.${difference.expected}`) })}`.trim(),
            target,
            ...about,
          };
        case 'measurability':
          return {
            kind: 'notMeasurable',
            message: [
              inLanguage(texts?.notMeasurable, uiLanguage),
              difference.ruleIds.length > 0 ? t('feedback.notMeasurable', { rules: difference.ruleIds.join(', ') }) : '',
              difference.noFigure ? t('feedback.noFigure') : '',
            ]
              .filter((part) => part !== '')
              .join(' '),
            target,
            ...about,
          };
        case 'verification':
          return {
            kind: 'verification',
            message: t('feedback.verification', {
              requirement: item.matchedRequirementId ?? '',
              expected: t(`verifications.${difference.expected}`),
              actual: t(`verifications.${difference.actual ?? 'none'}`),
            }),
            target,
            ...about,
          };
        case 'parameter':
          return {
            kind: 'parameter',
            message: t('feedback.parameter', {
              requirement: item.matchedRequirementId ?? '',
              name: difference.name,
              actual: valueText(difference.actual),
              expected: valueText(difference.expected),
            }),
            target,
            ...about,
          };
      }
    };
    points.push(...item.differences.map(describe));
    if (item.status === 'partly') {
      later.push({
        kind: 'partly',
        message: t('feedback.partly', { requirement: item.matchedRequirementId, title: titleOf(item.id), concepts: item.missingConcepts.join(', ') }),
        target,
        ...about,
      });
    }
  }
  points.push(...later);

  for (const finding of result.checkerErrors) {
    points.push({
      kind: 'checkerError',
      // The requirement's id, then the checker's own sentence: the same in every language.
      message: `${finding.requirementId}: ${lookup(catalogue, findingMessageKey(finding))}`,
      target: requirementTarget(finding.requirementId),
    });
  }
  for (const check of result.completenessGaps) {
    const key = `steps.review.checks.${check.id}`;
    const plain = lookup(catalogue, `${key}.label`);
    const label = plain === `${key}.label` ? lookup(catalogue, `${key}.label_eu`) : plain;
    const target: FeedbackTarget = check.items[0] !== undefined && check.step === 'requirements' ? requirementTarget(check.items[0]) : { kind: 'step', step: check.step };
    points.push({ kind: 'completeness', message: t('feedback.completeness', { label }), target });
  }
  const patterns = new Map(exercise.antiPatterns.map((pattern) => [pattern.id, pattern]));
  for (const hit of result.antiPatternHits) {
    points.push({
      kind: 'antiPattern',
      message: t('feedback.antiPattern', { requirement: hit.requirementId, message: inLanguage(patterns.get(hit.patternId)?.message, uiLanguage), term: hit.term }),
      target: requirementTarget(hit.requirementId),
    });
  }
  for (const extra of result.extras) {
    points.push({ kind: 'extra', message: t('feedback.extra', { requirement: extra.id }), target: requirementTarget(extra.id) });
  }
  return points;
}
