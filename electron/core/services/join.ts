/** Join codes: how a phone finds its workshop, and how the facilitator signs phones out. */
import { randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '../../../shared/protocol.ts';
import { type JoinInfo, VOTE_LIMITS } from '../../../shared/voting.ts';
import { now } from '../db/ids.ts';
import type { Db } from '../db/open.ts';
import { countPhones, findJoinCode, findJoinCodeByCode, type JoinCodeRecord, upsertJoinCode } from '../db/voters.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';

/** A fresh code no other workshop uses (31^6 ≈ 900 million codes, so a retry is rare). */
function newJoinCode(db: Db): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < VOTE_LIMITS.joinCodeLength; i++)
      code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
    if (!findJoinCodeByCode(db, code)) return code;
  }
}

/** The workshop's code, made the first time it is asked for. */
export function ensureJoinCode(db: Db, workshopId: string): JoinCodeRecord {
  const existing = findJoinCode(db, workshopId);
  if (existing) return existing;
  const record = { workshopId, code: newJoinCode(db), generation: 1 };
  upsertJoinCode(db, record, now());
  return record;
}

export function joinHandlers({ db, emit, lan }: CoreContext): HandlersOf<'join:get' | 'join:regenerate'> {
  const writes = changeWriter({ emit });
  const info = (record: JoinCodeRecord): JoinInfo => {
    const status = lan.status();
    return {
      workshopId: record.workshopId,
      code: record.code,
      url: status.baseUrl ? `${status.baseUrl}/j/${record.code}` : null,
      joined: countPhones(db, record.workshopId, record.generation),
      lan: status,
    };
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
      return info(next);
    }),
  };
}
