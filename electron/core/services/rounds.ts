/** Vote rounds on the laptop: set up, open, close, reveal, results, typed-in counts, jurors. */
import { checkScores } from '../../../shared/domain/ballot.ts';
import { tally } from '../../../shared/domain/tally.ts';
import { DomainError } from '../../../shared/result.ts';
import { checkRoundRules, type Round, type RoundResults, RoundShape, VOTE_LIMITS } from '../../../shared/voting.ts';
import { allScoreBallots, dotTotals, hasBallots, listManualCounts, setManualCount, setScores } from '../db/ballots.ts';
import { newId, now } from '../db/ids.ts';
import type { Db } from '../db/open.ts';
import {
  deleteRound,
  findRound,
  hasItem,
  insertRound,
  listItemIds,
  listRoundRecords,
  type RoundRecord,
  replaceItems,
  updateRound,
} from '../db/rounds.ts';
import { findJuror, insertVoter } from '../db/voters.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';
import { applyPatch } from './patch.ts';
import { listTargets, requireTargets, targetTitles } from './targets.ts';

type Methods =
  | 'rounds:list'
  | 'rounds:get'
  | 'rounds:create'
  | 'rounds:update'
  | 'rounds:open'
  | 'rounds:close'
  | 'rounds:reveal'
  | 'rounds:delete'
  | 'rounds:results'
  | 'rounds:setCount'
  | 'rounds:score';

/** A round with its items' current titles. */
export function withItems(db: Db, record: RoundRecord): Round {
  const ids = listItemIds(db, record.id);
  const titles = targetTitles(db, record.targetKind, ids);
  return { ...record, items: ids.map((id, i) => ({ id, title: titles.get(id) ?? '', position: i + 1 })) };
}

export function requireRound(db: Db, roundId: string): RoundRecord {
  const round = findRound(db, roundId);
  if (!round) throw new DomainError('not_found', `No vote round with id ${roundId}.`, 'roundId');
  requireWorkshop(db, round.workshopId);
  return round;
}

export function roundResults(db: Db, round: Round): RoundResults {
  return tally({
    round,
    // summed in SQL: building every ballot took ~8 ms per read at a thousand voters
    dotTotals: round.method === 'scoring' ? undefined : dotTotals(db, round.id),
    scoreBallots: round.method === 'scoring' ? [...allScoreBallots(db, round.id).values()] : [],
    manual: listManualCounts(db, round.id),
  });
}

function checkRules(round: RoundShape): void {
  const issue = checkRoundRules(round);
  if (issue) throw new DomainError('invalid_input', `${issue.path}: ${issue.message}`, `round.${issue.path}`);
}

/** Approval gives one mark per item, whatever was typed in maxPerItem. */
const normalise = <R extends RoundShape>(round: R): R =>
  round.method === 'approval' ? { ...round, maxPerItem: 1 } : round;

export function roundHandlers({ db, emit }: CoreContext): HandlersOf<Methods> {
  const writes = changeWriter({ emit });
  const votesChanged = (round: RoundRecord) =>
    emit({ name: 'votes:changed', payload: { workshopId: round.workshopId, roundId: round.id } });
  const save = (round: RoundRecord): Round => {
    updateRound(db, round);
    return withItems(db, round);
  };
  const requireItem = (round: RoundRecord, itemId: string) => {
    if (!hasItem(db, round.id, itemId))
      throw new DomainError('not_found', `No item ${itemId} in this round.`, 'itemId');
  };

  return {
    'rounds:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listRoundRecords(db, workshopId).map((r) => withItems(db, r));
    },
    'rounds:get': ({ roundId }) => withItems(db, requireRound(db, roundId)),

    'rounds:create': writes(['rounds'], ({ workshopId, round, targets }) => {
      requireWorkshop(db, workshopId);
      const fields = normalise(round);
      checkRules(fields);
      const ids = targets.ids
        ? requireTargets(db, workshopId, targets.kind, targets.ids)
        : listTargets(db, workshopId, targets.kind)
            .slice(0, VOTE_LIMITS.items)
            .map((t) => t.id);
      if (ids.length === 0)
        throw new DomainError('invalid_input', 'A round needs at least one item: capture topics first.', 'targets');
      const at = now();
      const record: RoundRecord = {
        ...fields,
        id: newId(),
        workshopId,
        targetKind: targets.kind,
        state: 'draft',
        revealed: false,
        openedAt: null,
        closedAt: null,
        createdAt: at,
        updatedAt: at,
      };
      db.transaction(() => {
        insertRound(db, record);
        replaceItems(db, record.id, ids);
      })();
      return withItems(db, record);
    }),

    'rounds:update': writes(['rounds'], ({ roundId, patch, targetIds }) => {
      const current = requireRound(db, roundId);
      const next = normalise(applyPatch(current, patch, RoundShape));
      const rulesChange =
        next.method !== current.method ||
        next.budget !== current.budget ||
        next.maxPerItem !== current.maxPerItem ||
        JSON.stringify(next.criteria) !== JSON.stringify(current.criteria) ||
        next.named !== current.named ||
        next.ticketOnly !== current.ticketOnly ||
        targetIds !== undefined;
      if (rulesChange && hasBallots(db, roundId))
        throw new DomainError(
          'conflict',
          'Votes or counts are in for this round: its method, budget, criteria and items can no longer change. Create a new round instead.',
        );
      checkRules(next);
      const ids = targetIds && requireTargets(db, current.workshopId, current.targetKind, targetIds);
      const updated: RoundRecord = { ...next, updatedAt: now() };
      db.transaction(() => {
        updateRound(db, updated);
        if (ids) replaceItems(db, roundId, ids);
      })();
      return withItems(db, updated);
    }),

    'rounds:open': writes(['rounds'], ({ roundId }) => {
      const round = requireRound(db, roundId);
      if (round.state === 'open') return withItems(db, round);
      if (listItemIds(db, roundId).length === 0)
        throw new DomainError('conflict', 'This round has no items to vote on.');
      const at = now();
      return save({ ...round, state: 'open', openedAt: round.openedAt ?? at, closedAt: null, updatedAt: at });
    }),
    'rounds:close': writes(['rounds'], ({ roundId }) => {
      const round = requireRound(db, roundId);
      if (round.state === 'closed') return withItems(db, round);
      if (round.state === 'draft') throw new DomainError('conflict', 'This round was never opened.');
      const at = now();
      return save({ ...round, state: 'closed', closedAt: at, updatedAt: at });
    }),
    'rounds:reveal': writes(['rounds'], ({ roundId, revealed }) => {
      const round = requireRound(db, roundId);
      return save({ ...round, revealed, updatedAt: now() });
    }),
    'rounds:delete': writes(['rounds'], ({ roundId }) => {
      const round = requireRound(db, roundId);
      if (hasBallots(db, roundId))
        throw new DomainError('conflict', 'Votes or counts are in for this round; close it instead of deleting it.');
      deleteRound(db, roundId);
      return { roundId, workshopId: round.workshopId };
    }),

    'rounds:results': ({ roundId }) => roundResults(db, withItems(db, requireRound(db, roundId))),

    'rounds:setCount': ({ roundId, itemId, source, count }) => {
      const round = requireRound(db, roundId);
      requireItem(round, itemId);
      if (round.method === 'scoring')
        throw new DomainError('conflict', 'A scoring round has no counts to type in; enter the jurors\u2019 scores.');
      setManualCount(db, roundId, itemId, source, count, now());
      votesChanged(round);
      return roundResults(db, withItems(db, round));
    },

    'rounds:score': ({ roundId, juror, itemId, scores }) => {
      const round = requireRound(db, roundId);
      requireItem(round, itemId);
      if (round.method !== 'scoring') throw new DomainError('conflict', 'Only a scoring round takes jury scores.');
      const problem = checkScores(round.criteria, scores);
      if (problem) throw new DomainError('invalid_input', problem, 'scores');
      db.transaction(() => {
        let voterId = findJuror(db, round.workshopId, juror)?.id;
        if (!voterId) {
          voterId = newId();
          const at = now();
          insertVoter(db, {
            id: voterId,
            workshopId: round.workshopId,
            kind: 'juror',
            name: juror,
            generation: 1,
            tokenHash: null,
            createdAt: at,
          });
        }
        setScores(db, roundId, voterId, itemId, scores);
      })();
      votesChanged(round);
      return roundResults(db, withItems(db, round));
    },
  };
}
