/**
 * Why each session left out is out, in numbers the organiser can check, and one English
 * sentence (the UI words it in the workshop's language from `reason` and `detail`).
 */
import type { Compiled } from './compile.ts';
import type { Explanation } from './model.ts';
import type { SlotSearch } from './search.ts';

export function explainUnplaced(c: Compiled, search: SlotSearch): Explanation[] {
  const { instance } = c;
  const slotsWithFreeCell = search.slotsWithFreeCell();
  const cells = search.cellsForFreeSessions;
  let smallestPlacedDemand = Number.POSITIVE_INFINITY;
  for (const s of search.movable) {
    if (search.slotOf[s]! >= 0) smallestPlacedDemand = Math.min(smallestPlacedDemand, c.demand[s]!);
  }
  if (!Number.isFinite(smallestPlacedDemand)) smallestPlacedDemand = 0;

  const explanations: Explanation[] = [];
  for (let s = 0; s < c.n; s++) {
    if (search.slotOf[s]! >= 0) continue;
    const sessionId = instance.sessions[s]!.id;
    const problem = c.lockProblem[s];
    if (problem) {
      explanations.push({
        sessionId,
        reason: 'lock-invalid',
        detail: { problem: problem.code },
        message: problem.message,
      });
    } else if (cells === 0) {
      explanations.push(noFreeCell(c, sessionId));
    } else if (slotsWithFreeCell.length > 0) {
      // `fill` placed every session that had a free cell its host could take: the host is busy in all of them.
      const hostId = instance.sessions[s]!.hostId ?? '';
      const slotIds = slotsWithFreeCell.map((t) => instance.slots[t]!.id);
      explanations.push({
        sessionId,
        reason: 'host-busy',
        detail: { hostId, slotIds },
        message: `Session "${sessionId}" is left out: its host "${hostId}" runs another session in every slot that still has a free cell (${slotIds.map((id) => `"${id}"`).join(', ')}).`,
      });
    } else {
      const demand = c.demand[s]!;
      const voters = c.voters[s]!.length;
      explanations.push({
        sessionId,
        reason: 'grid-full',
        detail: { demand, voters, cells, smallestPlacedDemand },
        message:
          demand <= smallestPlacedDemand
            ? `Session "${sessionId}" is left out: the grid's ${cells} free cells hold sessions wanted by at least as many people (it has ${demand}; the least wanted placed has ${smallestPlacedDemand}).`
            : `Session "${sessionId}" is left out: the grid's ${cells} free cells are full, and although ${demand} people want it, more than some sessions placed, its voters also want sessions that run at each of those times, so putting it in place of any session that can give way would keep fewer (voter, session) pairs.`,
      });
    }
  }
  return explanations;
}

function noFreeCell(c: Compiled, sessionId: string): Explanation {
  let availableCells = 0;
  for (const a of c.available) availableCells += a;
  let lockedCells = 0;
  for (const cell of c.lockCell) if (cell !== -1) lockedCells++;
  return {
    sessionId,
    reason: 'no-free-cell',
    detail: { slotId: null, availableCells, lockedCells },
    message: `Session "${sessionId}" is left out: the grid has no free cell (${availableCells} available, ${lockedCells} locked).`,
  };
}
