import type { z } from 'zod';

/**
 * Applies a partial update and re-validates the whole record: a patch is only valid if the
 * result is. Keys carrying `undefined` (IPC's structured clone keeps them) change nothing.
 */
export function applyPatch<T extends object, S extends z.ZodType>(
  current: T,
  patch: object,
  schema: S,
): T & z.output<S> {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return { ...current, ...(schema.parse({ ...current, ...defined }) as object) } as T & z.output<S>;
}
