import { z } from 'zod';

/** Error codes that may cross the IPC boundary. Never a stack trace. */
export const ipcErrorCodes = [
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'INVALID_INPUT',
  'INVALID_OUTPUT',
  'NOT_ALLOWED',
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

  constructor(shape: IpcErrorShape) {
    super(shape.message);
    this.name = 'KravstudioError';
    this.code = shape.code;
    this.details = shape.details;
  }

  toShape(): IpcErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
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
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}
