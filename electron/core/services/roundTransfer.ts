/** Vote rounds in and out of the workshop file: items by index into their kind's collection, ballots under pseudonyms. */
import type { TransferRound } from '../../../shared/transfer.ts';
import type { TargetKind } from '../../../shared/voting.ts';
import { allDotBallots, allScoreBallots, listManualCounts, setDots, setManualCount, setScores } from '../db/ballots.ts';
import { newId } from '../db/ids.ts';
import type { Db } from '../db/open.ts';
import { insertRound, listRoundRecords, replaceItems } from '../db/rounds.ts';
import { insertVoter, voterKinds } from '../db/voters.ts';
import { roundResults, withItems } from './rounds.ts';

/** The ids of each target kind in file order: what a round item's `ref` indexes. */
export type RefsByKind = Readonly<Record<TargetKind, readonly string[]>>;

/** The workshop's rounds; `refs` are the exported topics and groups in file order. */
export function readRounds(db: Db, workshopId: string, refs: RefsByKind): TransferRound[] {
  const indexOf = Object.fromEntries(
    Object.entries(refs).map(([kind, ids]) => [kind, new Map(ids.map((id, i) => [id, i]))]),
  ) as Record<TargetKind, Map<string, number>>;

  return listRoundRecords(db, workshopId).map((record) => {
    const round = withItems(db, record);
    // Pseudonyms are per round: one shared across rounds would tie a phone's secret ballot to
    // the name it gave in a named round.
    const pseudonyms = new Map<string, string>();
    const pseudonym = (voterId: string) => {
      let name = pseudonyms.get(voterId);
      if (!name) {
        name = `voter-${pseudonyms.size + 1}`;
        pseudonyms.set(voterId, name);
      }
      return name;
    };
    const itemIndex = new Map(round.items.map((item, i) => [item.id, String(i)]));
    const dots = allDotBallots(db, round.id);
    const scores = allScoreBallots(db, round.id);
    const voters = voterKinds(db, [...new Set([...dots.keys(), ...scores.keys()])]);
    const rekey = <V>(byItem: Record<string, V>) =>
      Object.fromEntries(Object.entries(byItem).map(([itemId, v]) => [itemIndex.get(itemId) ?? itemId, v]));
    const results = roundResults(db, round);
    const {
      id: _id,
      workshopId: _w,
      items,
      openedAt: _o,
      closedAt: _c,
      createdAt: _cr,
      updatedAt: _u,
      ...fields
    } = round;
    return {
      ...fields,
      items: items.map((item) => ({ ref: indexOf[round.targetKind].get(item.id) ?? null, title: item.title })),
      ballots: [...voters].map(([voterId, voter]) => ({
        voter: pseudonym(voterId),
        kind: voter.kind,
        // A phone's name goes out with its ballot only where the round was a named vote.
        name: voter.kind === 'juror' || round.named ? voter.name : '',
        dots: rekey(dots.get(voterId) ?? {}),
        scores: rekey(scores.get(voterId) ?? {}),
      })),
      counts: listManualCounts(db, round.id).map((c) => ({
        item: Number(itemIndex.get(c.itemId)),
        source: c.source,
        count: c.count,
      })),
      results: results.items.map(({ title, ballots, paper, hands, total, rank, tied }) => ({
        title,
        ballots,
        paper,
        hands,
        total,
        rank,
        tied,
      })),
      voters: results.voters,
    };
  });
}

/**
 * Inserts a file's rounds into a new workshop (inside the caller's transaction). Items whose
 * target is not in the file are left out with their votes; imported phones get no token, so
 * nobody can vote as them.
 */
export function insertRounds(
  db: Db,
  workshopId: string,
  rounds: readonly TransferRound[],
  refs: RefsByKind,
  at: string,
): void {
  // A juror is one person across rounds (known by name); a phone's pseudonym holds within its round only.
  const voterIds = new Map<string, string>();
  for (const [roundIndex, r] of rounds.entries()) {
    const roundId = newId();
    const itemIds = r.items.map((item) => (item.ref === null ? undefined : refs[r.targetKind][item.ref]));
    const kept = [...new Set(itemIds.filter((id): id is string => id !== undefined))];
    if (kept.length === 0) continue; // nothing of it is left to show
    const { items: _i, ballots, counts, results: _r, voters: _v, ...fields } = r;
    insertRound(db, {
      ...fields,
      id: roundId,
      workshopId,
      // The file keeps no times of its own: a round open in the file opens now.
      openedAt: fields.state === 'draft' ? null : at,
      closedAt: fields.state === 'closed' ? at : null,
      createdAt: at,
      updatedAt: at,
    });
    replaceItems(db, roundId, kept);
    const itemAt = (key: string) => itemIds[Number(key)];
    for (const ballot of ballots) {
      const name = ballot.kind === 'juror' && !ballot.name ? ballot.voter : ballot.name;
      const key = ballot.kind === 'juror' ? `juror:${name}` : `${roundIndex}:${ballot.voter}`;
      let voterId = voterIds.get(key);
      if (!voterId) {
        voterId = newId();
        voterIds.set(key, voterId);
        insertVoter(db, {
          id: voterId,
          workshopId,
          kind: ballot.kind,
          name,
          generation: 0,
          tokenHash: ballot.kind === 'phone' ? `imported:${voterId}` : null,
          createdAt: at,
        });
      }
      for (const [key, n] of Object.entries(ballot.dots)) {
        const itemId = itemAt(key);
        if (itemId) setDots(db, roundId, voterId, itemId, n);
      }
      for (const [key, s] of Object.entries(ballot.scores)) {
        const itemId = itemAt(key);
        if (itemId) setScores(db, roundId, voterId, itemId, s);
      }
    }
    for (const c of counts) {
      const itemId = itemIds[c.item];
      if (itemId) setManualCount(db, roundId, itemId, c.source, c.count, at);
    }
  }
}
