/**
 * The one door into the core. Every transport (IPC, browser host) hands it a method name
 * and untrusted input; it validates with the contract's schema, runs the handler, and
 * always answers with a Result: nothing thrown crosses a boundary.
 */
import { SqliteError } from 'better-sqlite3';
import { ZodError } from 'zod';
import { contract, isMethod, type Method } from '../../../shared/contract/index.ts';
import { DomainError, fail, ok, type Result } from '../../../shared/result.ts';
import type { CallMeta, Handlers } from './context.ts';

/** `call.origin`: the calling window's client id, echoed in the change events its call causes. */
export type Dispatch = (method: string, input: unknown, call?: CallMeta) => Promise<Result<unknown>>;

/** Client ids are opaque short strings; anything else is dropped rather than echoed to every window. */
const ORIGIN = /^[A-Za-z0-9_-]{1,64}$/;
export const callMeta = (origin: unknown): CallMeta =>
  typeof origin === 'string' && ORIGIN.test(origin) ? { origin } : {};

export function describeZodError(error: ZodError): { message: string; field: string | undefined } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Invalid input.', field: undefined };
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  return { message: field ? `${field}: ${issue.message}` : issue.message, field };
}

export function createDispatcher(handlers: Handlers, log: (message: string) => void = console.error): Dispatch {
  return async (method, input, call = {}) => {
    if (!isMethod(method)) return fail('unknown_method', `Unknown method "${method}".`);
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const { message, field } = describeZodError(parsed.error);
      return fail('invalid_input', message, field);
    }
    try {
      const handler = handlers[method] as (input: unknown, call: CallMeta) => unknown;
      return ok(await handler(parsed.data, callMeta(call.origin)));
    } catch (error) {
      return toFailure(method, error, log);
    }
  };
}

function toFailure(method: Method, error: unknown, log: (message: string) => void): Result<never> {
  if (error instanceof DomainError) return fail(error.code, error.message, error.field);
  if (error instanceof ZodError) {
    const { message, field } = describeZodError(error);
    return fail('invalid_input', message, field);
  }
  if (error instanceof SqliteError && error.code.startsWith('SQLITE_CONSTRAINT')) {
    // The schema's CHECKs are a second line behind zod; reaching one is still the caller's input.
    return fail('invalid_input', `The store refused the change: ${error.message}`);
  }
  log(`[agora] ${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return fail(
    'internal',
    `${method} failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
  );
}
