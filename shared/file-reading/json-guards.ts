import type { DocumentIssue } from './problem';
import { formatPath } from '../errors';

/** Deeper than this and a file is not something Kravstudio wrote; real documents need about 6. */
export const maxNestingDepth = 64;

/** Keys that could reach an object's prototype if a later step copied them naively. */
export const forbiddenKeys: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export type StructuralProblem =
  | { kind: 'too-deep'; issue: DocumentIssue }
  | { kind: 'forbidden-key'; issue: DocumentIssue };

interface Frame {
  value: unknown;
  depth: number;
  key: string | number | null;
  parent: Frame | null;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let current: Frame | null = frame; current !== null && current.key !== null; current = current.parent) {
    path.push(current.key);
  }
  return path.reverse();
}

/**
 * Walks a parsed JSON value without recursion, so that no input can exhaust
 * the stack, and finds the first container nested deeper than `maxDepth`
 * (the root counts as 1) or else the first forbidden key, in document order.
 * Nesting is reported first because a too-deep file is rejected outright.
 */
export function findStructuralProblem(root: unknown, maxDepth = maxNestingDepth): StructuralProblem | null {
  let firstForbidden: DocumentIssue | null = null;
  const stack: Frame[] = [{ value: root, depth: 1, key: null, parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { value, key } = frame;
    if (firstForbidden === null && typeof key === 'string' && forbiddenKeys.includes(key)) {
      firstForbidden = { path: formatPath(pathOf(frame)), message: `The key "${key}" is not allowed` };
    }
    if (typeof value !== 'object' || value === null) continue;
    if (frame.depth > maxDepth) {
      return {
        kind: 'too-deep',
        issue: { path: formatPath(pathOf(frame)), message: `Nested more than ${maxDepth} levels deep` },
      };
    }
    const children: Frame[] = [];
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        children.push({ value: item, depth: frame.depth + 1, key: index, parent: frame });
      });
    } else {
      const record = value as Record<string, unknown>;
      for (const childKey of Object.keys(record)) {
        children.push({ value: record[childKey], depth: frame.depth + 1, key: childKey, parent: frame });
      }
    }
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as Frame);
  }
  return firstForbidden === null ? null : { kind: 'forbidden-key', issue: firstForbidden };
}
