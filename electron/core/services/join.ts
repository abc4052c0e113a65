/**
 * Join codes and the door: how a phone finds its workshop, how many may come in (the voter
 * ceiling), letting waiting phones in, and signing phones out with a new code.
 */
import { type JoinInfo, VOTE_LIMITS } from '../../../shared/voting.ts';
import { now } from '../db/ids.ts';
import type { Db } from '../db/open.ts';
import { countParticipants } from '../db/participants.ts';
import {
  countPhones,
  countWaiting,
  findJoinCode,
  findJoinCodeByCode,
  type JoinCodeRecord,
  setAllRounds,
  setMaxVoters,
  upsertJoinCode,
} from '../db/voters.ts';
import { admit, ceilingOf, randomCode } from './admission.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';

/** A fresh code no other workshop uses (31^6 ≈ 900 million codes, so a retry is rare). */
function newJoinCode(db: Db): string {
  for (;;) {
    const code = randomCode(VOTE_LIMITS.joinCodeLength);
    if (!findJoinCodeByCode(db, code)) return code;
  }
}

/** The workshop's code, made the first time it is asked for. */
export function ensureJoinCode(db: Db, workshopId: string): JoinCodeRecord {
  const existing = findJoinCode(db, workshopId);
  if (existing) return existing;
  upsertJoinCode(db, { workshopId, code: newJoinCode(db), generation: 1 }, now());
  return findJoinCode(db, workshopId) as JoinCodeRecord;
}

type Methods = 'join:get' | 'join:regenerate' | 'join:admit' | 'join:setCeiling' | 'join:setAllRounds';

export function joinHandlers({ db, emit, lan, defaultMaxVoters }: CoreContext): HandlersOf<Methods> {
  const writes = changeWriter({ emit });
  const info = (record: JoinCodeRecord): JoinInfo => {
    const status = lan.status();
    return {
      workshopId: record.workshopId,
      code: record.code,
      url: status.baseUrl ? `${status.baseUrl}/j/${record.code}` : null,
      joined: countPhones(db, record.workshopId, record.generation),
      waiting: countWaiting(db, record.workshopId, record.generation),
      maxVoters: ceilingOf(db, record, defaultMaxVoters),
      maxVotersSet: record.maxVoters !== null,
      expected: countParticipants(db, record.workshopId),
      allRounds: record.allRounds,
      lan: status,
    };
  };
  /** Lets phones in inside one transaction, then tells them. */
  const letIn = (code: JoinCodeRecord, count: number | 'up-to-ceiling') => {
    const ids = db.transaction(() => admit(db, code, count, defaultMaxVoters))();
    if (ids.length > 0) lan.admitted(ids);
  };

  return {
    'join:get': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return info(ensureJoinCode(db, workshopId));
    },
    'join:regenerate': writes(['join'], ({ workshopId, revokeTokens }) => {
      requireWorkshop(db, workshopId);
      const current = ensureJoinCode(db, workshopId);
      const next = {
        workshopId,
        code: newJoinCode(db),
        generation: revokeTokens ? current.generation + 1 : current.generation,
      };
      upsertJoinCode(db, next, now());
      if (revokeTokens) lan.signOutOlderPhones(workshopId, next.generation);
      return info({ ...next, maxVoters: current.maxVoters, allRounds: current.allRounds });
    }),
    'join:admit': writes(['join'], ({ workshopId, count }) => {
      requireWorkshop(db, workshopId);
      const code = ensureJoinCode(db, workshopId);
      letIn(code, count ?? VOTE_LIMITS.maxVoters);
      return info(code);
    }),
    'join:setCeiling': writes(['join'], ({ workshopId, maxVoters }) => {
      requireWorkshop(db, workshopId);
      ensureJoinCode(db, workshopId);
      setMaxVoters(db, workshopId, maxVoters, now());
      const code = ensureJoinCode(db, workshopId);
      letIn(code, 'up-to-ceiling');
      return info(code);
    }),
    // Phones re-read their state when the rounds area changes.
    'join:setAllRounds': writes(['join', 'rounds'], ({ workshopId, allRounds }) => {
      requireWorkshop(db, workshopId);
      ensureJoinCode(db, workshopId);
      setAllRounds(db, workshopId, allRounds, now());
      return info(ensureJoinCode(db, workshopId));
    }),
  };
}
