/**
 * Who may vote: the voter ceiling of a workshop and its waiting queue. A phone that joins
 * while the workshop is at its ceiling waits until the facilitator lets it in (or raises the
 * ceiling): anyone with the join code could otherwise invent voters, each with a fresh budget.
 */
import { randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '../../../shared/protocol.ts';
import { defaultMaxVoters } from '../../../shared/voting.ts';
import type { Db } from '../db/open.ts';
import { countParticipants } from '../db/participants.ts';
import { admitWaiting, countPhones, type JoinCodeRecord } from '../db/voters.ts';

/** The ceiling in force: the facilitator's, else the headless default (`serve --max-voters`), else the list's. */
export function ceilingOf(db: Db, code: JoinCodeRecord, headlessDefault?: number): number {
  return code.maxVoters ?? headlessDefault ?? defaultMaxVoters(countParticipants(db, code.workshopId));
}

/** Whether one more phone may come in now. */
export const roomForOneMore = (db: Db, code: JoinCodeRecord, headlessDefault?: number): boolean =>
  countPhones(db, code.workshopId, code.generation) < ceilingOf(db, code, headlessDefault);

/** Lets waiting phones in, first come first served: `count` of them, or as many as the ceiling allows. */
export function admit(
  db: Db,
  code: JoinCodeRecord,
  count: number | 'up-to-ceiling',
  headlessDefault?: number,
): string[] {
  const room =
    count === 'up-to-ceiling'
      ? ceilingOf(db, code, headlessDefault) - countPhones(db, code.workshopId, code.generation)
      : count;
  return room > 0 ? admitWaiting(db, code.workshopId, code.generation, room) : [];
}

/** A random code of the join-code alphabet (no 0/O, 1/I/L): join codes and tickets. */
export function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
