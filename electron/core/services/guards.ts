/** Lookups that turn a missing or deleted id into a clear not_found error. */
import { DomainError } from '../../../shared/result.ts';
import type { Workshop } from '../../../shared/schemas.ts';
import type { Db } from '../db/open.ts';
import { findWorkshop } from '../db/workshops.ts';

export function requireWorkshop(db: Db, workshopId: string): Workshop {
  const workshop = findWorkshop(db, workshopId);
  if (!workshop || workshop.deletedAt)
    throw new DomainError('not_found', `No workshop with id ${workshopId}.`, 'workshopId');
  return workshop;
}

export function requireFound<T>(value: T | undefined, what: string, id: string, field: string): T {
  if (value === undefined) throw new DomainError('not_found', `No ${what} with id ${id}.`, field);
  return value;
}
