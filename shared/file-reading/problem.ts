import { z } from 'zod';
import { formatPath, IpcErrorIssue } from '../errors';
import { BudgetExcess, describeBudgetExcess } from './budget';
import { printable } from './printable';

/**
 * Why a file could not be opened as a document (of any kind) or a pack, in the order the reader
 * checks them. The UI translates the code; `message` is an English sentence
 * for logs and the command line.
 */
export const documentProblemCodes = [
  'too-large',
  'empty',
  'invalid-utf8',
  'not-json',
  'too-deep',
  'forbidden-key',
  'over-budget',
  'wrong-format',
  'newer-version',
  'invalid',
] as const;
export const DocumentProblemCode = z.enum(documentProblemCodes);
export type DocumentProblemCode = z.infer<typeof DocumentProblemCode>;

/** One thing wrong at one place: `path` is `$`-rooted, e.g. `$.requirements[3].text.sv`. */
export const DocumentIssue = IpcErrorIssue;
export type DocumentIssue = z.infer<typeof DocumentIssue>;

export const DocumentProblem = z.object({
  code: DocumentProblemCode,
  message: z.string(),
  issues: z.array(DocumentIssue),
  /** For `over-budget`: the limit the file went over, for a message in the user's language. */
  budget: BudgetExcess.optional(),
});
export type DocumentProblem = z.infer<typeof DocumentProblem>;

export function documentProblem(code: DocumentProblemCode, message: string, issues: DocumentIssue[] = []): DocumentProblem {
  return { code, message, issues };
}

/** At most this many issues are listed; the message still gives the total. */
export const maxListedIssues = 100;

/**
 * Turns zod's issues into document issues. An unknown key is reported at its
 * own path ("$.requirements[0].colour") rather than at the object holding it.
 */
export function documentIssuesFromZod(error: z.ZodError): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({ path: formatPath([...issue.path, key]), message: `Unknown field "${printable(key)}"` });
      }
    } else {
      issues.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return issues;
}

/** The problem for a document whose fields do not match a schema. */
export function invalidDocumentProblem(error: z.ZodError, what: string): DocumentProblem {
  const issues = documentIssuesFromZod(error);
  const first = issues[0];
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const message =
    first === undefined
      ? `${what} is not valid.`
      : `${what} has ${count}; the first is at ${first.path}: ${first.message}.`;
  return documentProblem('invalid', message, issues.slice(0, maxListedIssues));
}

/** The problem for a file (or a document about to be saved) over its kind's parse budget. */
export function overBudgetProblem(excess: BudgetExcess, noun: string): DocumentProblem {
  const where = excess.path === '$' ? '' : ` at ${excess.path}`;
  return {
    code: 'over-budget',
    message: `The file holds ${describeBudgetExcess(excess)}${where}, more than ${noun} may have.`,
    issues: [{ path: excess.path, message: `${describeBudgetExcess(excess).replace(/^m/, 'M')}: more than ${noun} may have` }],
    budget: excess,
  };
}
