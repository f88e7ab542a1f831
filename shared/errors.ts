import { z } from 'zod';
import { BudgetExcess } from './file-reading/budget-excess';
import { printable } from './file-reading/printable';

/** Error codes that may cross the IPC boundary. Never a stack trace. */
export const ipcErrorCodes = [
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'INVALID_INPUT',
  'INVALID_OUTPUT',
  'NOT_ALLOWED',
  /** A file that is not a valid specification; `file` and `problem` say which and why. */
  'BAD_DOCUMENT',
  'NOT_FOUND',
  /** Reading or writing a file failed (permissions, full disk, missing folder). */
  'IO_FAILED',
  /** The user cancelled a long task (an export). */
  'CANCELLED',
  'INTERNAL',
] as const;

export const IpcErrorCode = z.enum(ipcErrorCodes);
export type IpcErrorCode = z.infer<typeof IpcErrorCode>;

export const IpcErrorIssue = z.object({
  path: z.string(),
  message: z.string(),
});
export type IpcErrorIssue = z.infer<typeof IpcErrorIssue>;

export const IpcErrorShape = z.object({
  code: IpcErrorCode,
  message: z.string(),
  details: z.array(IpcErrorIssue).optional(),
  /** The file the error is about, when there is one. */
  file: z.string().optional(),
  /** A machine-readable reason the UI translates (for example a document problem code). */
  problem: z.string().optional(),
  /** For a file over its kind's parse budget: which limit, for a message in the user's language. */
  budget: BudgetExcess.optional(),
});
export type IpcErrorShape = z.infer<typeof IpcErrorShape>;

/** What every channel answers: a value or a typed error. */
export const IpcResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: IpcErrorShape }),
]);
export type IpcResult = z.infer<typeof IpcResult>;

/** Thrown in the renderer (and in services) with a code the UI can act on. */
export class KravstudioError extends Error {
  readonly code: IpcErrorCode;
  readonly details: IpcErrorIssue[] | undefined;
  readonly file: string | undefined;
  readonly problem: string | undefined;
  readonly budget: BudgetExcess | undefined;

  constructor(shape: IpcErrorShape) {
    super(shape.message);
    this.name = 'KravstudioError';
    this.code = shape.code;
    this.details = shape.details;
    this.file = shape.file;
    this.problem = shape.problem;
    this.budget = shape.budget;
  }

  toShape(): IpcErrorShape {
    const shape: IpcErrorShape = { code: this.code, message: this.message };
    if (this.details !== undefined) shape.details = this.details;
    if (this.file !== undefined) shape.file = this.file;
    if (this.problem !== undefined) shape.problem = this.problem;
    if (this.budget !== undefined) shape.budget = this.budget;
    return shape;
  }
}

/** Renders a zod error as issues with a JSON-path-like location. */
export function issuesFromZod(error: z.ZodError): IpcErrorIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    // A key from a file is shown with its control characters escaped (see printable).
    out += typeof key === 'number' ? `[${key}]` : `.${printable(String(key))}`;
  }
  return out;
}
