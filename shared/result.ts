/**
 * What every call across a boundary (IPC, browser host, LAN) returns.
 * Errors are values, never exceptions: Electron drops custom error fields when it
 * serialises a thrown error (electron/electron#24427), and HTTP has no exceptions.
 */
export const ERROR_CODES = [
  'invalid_input', // the input failed its schema or a domain rule
  'not_found', // an id that does not exist (or was deleted)
  'conflict', // the action is not possible in the current state
  'unknown_method',
  'unauthorized',
  'internal', // a bug or an I/O failure; nothing was written
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AgoraError {
  code: ErrorCode;
  message: string;
  /** For invalid_input: which field, as a dotted path ("rooms.0.name"). */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AgoraError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});

/** Thrown inside the core only, turned into a Result by the dispatcher. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
