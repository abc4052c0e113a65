/**
 * The demo workshop a newcomer finds on first start. It is seeded once, marked with a seed
 * key, and never touched again: if the user edits, deletes or duplicates it, that is theirs.
 */
import { DEMO_WORKSHOP, DEMO_WORKSHOP_KEY } from '../../../resources/demo/bordeaux-2013.ts';
import { generateSlotGrid } from '../../../shared/domain/slotGrid.ts';
import type { Db } from '../db/open.ts';
import { findWorkshopBySeedKey } from '../db/workshops.ts';
import { insertWorkshopTree } from './transfer.ts';

/** Returns the demo's id when it was seeded now, null when it already existed. */
export function seedDemoWorkshop(db: Db): string | null {
  if (findWorkshopBySeedKey(db, DEMO_WORKSHOP_KEY)) return null;
  const { grid, round, ...rest } = DEMO_WORKSHOP;
  // An open dot-voting round on every topic, so a phone can vote the minute Agora starts.
  const openRound = {
    ...round,
    criteria: [],
    named: false,
    hideResults: false,
    ticketOnly: false,
    targetKind: 'topic' as const,
    state: 'open' as const,
    revealed: false,
    items: rest.topics.map((topic, i) => ({ ref: i, title: topic.title })),
    ballots: [],
    counts: [],
  };
  return insertWorkshopTree(
    db,
    { ...rest, groups: [], slots: generateSlotGrid(grid), rounds: [openRound] },
    DEMO_WORKSHOP_KEY,
  );
}
