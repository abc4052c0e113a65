import { randomUUID } from 'node:crypto';

/** Random ids: unguessable (they travel to phones later) and safe to merge across copies. */
export const newId = (): string => randomUUID();
export const now = (): string => new Date().toISOString();
