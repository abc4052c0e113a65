/**
 * The session grid's scheduling problem and its answers, as plain data.
 *
 * After a vote, sessions (topics, or groups of topics) go into a grid of rooms × time slots.
 * Everything here is ids and numbers, no names: the core and the renderer map ids to what the
 * organiser sees. Pure types, shared by the renderer (live figures while a session is dragged)
 * and the core's worker (the auto-scheduler).
 */

/** A room of the venue. */
export interface ScheduleRoom {
  id: string;
  /** How many people it seats; null = unlimited (a hall, the garden). */
  capacity: number | null;
}

/** A session slot of the day, given in time order (breaks and plenaries are not slots here). */
export interface ScheduleSlot {
  id: string;
}

/** Something to place in one cell of the grid. */
export interface ScheduleSession {
  id: string;
  /**
   * Indices (0 ≤ i < voterCount) of the voters who want it, each at most once. Its demand
   * from ballots is `voters.length`; each (voter, session) is one "pair" the schedule keeps
   * or loses.
   */
  voters: readonly number[];
  /**
   * Head count from paper ballots or raised hands, where there are no phone ballots to say
   * who. Adds to the demand (room size, which sessions run) but never to pairs: we do not
   * know who these people are, so we cannot tell whether they clash.
   */
  extraDemand?: number;
  /** Who runs it: a host is never in two sessions of one slot. null = nobody named. */
  hostId: string | null;
  /**
   * Sessions of one group (topics merged, then split over several sessions) that share
   * voters are kept apart in time (not in the same or consecutive slots) when it costs
   * nothing more important. Soft, the last criterion.
   */
  groupId?: string | null;
  /** The organiser's choice: the session stays in exactly this cell. */
  lock?: { roomId: string; slotId: string } | null;
}

/** Cells the schedule must not use (a room closed in the afternoon, a slot kept free…). */
export interface ScheduleUnavailable {
  /** Rooms closed for the whole day. */
  roomIds?: readonly string[];
  /** Slots where no session runs. */
  slotIds?: readonly string[];
  /** Single cells: this room at this time. */
  cells?: readonly { roomId: string; slotId: string }[];
}

export interface ScheduleInstance {
  rooms: readonly ScheduleRoom[];
  /** Session slots only, in time order: "consecutive" means neighbours in this list. */
  slots: readonly ScheduleSlot[];
  sessions: readonly ScheduleSession[];
  /** Voters are numbered 0 … voterCount − 1 (a ballot each, anonymous). */
  voterCount: number;
  unavailable?: ScheduleUnavailable;
}

/** One session in one cell. */
export interface Placement {
  sessionId: string;
  roomId: string;
  slotId: string;
}

/** How good a set of placements is, in people. All counts are whole numbers. */
export interface ScheduleFigures {
  /** Σ over sessions of voters.length: every (voter, session wanted) pair. */
  totalPairs: number;
  /**
   * Pairs the voters can attend: Σ over voters and slots of min(1, placed sessions the voter
   * wants in that slot). A voter who wants two sessions of one slot attends one of them.
   */
  keptPairs: number;
  /** keptPairs / totalPairs; 1 when there are no pairs. */
  attendance: number;
  /**
   * Pairs lost because a voter wants ≥ 2 sessions of one slot: Σ over voters and slots of
   * max(0, k − 1), k the placed sessions the voter wants there.
   */
  clashes: number;
  /** People who do not fit: Σ over placed sessions of max(0, demand − room capacity). */
  overflow: number;
  /** Placed sessions whose demand exceeds their room's capacity. */
  overflowingSessions: number;
  /** Sessions left out of the grid. */
  unplaced: number;
  /** totalPairs − keptPairs = clashes + the pairs of the sessions left out. */
  lostPairs: number;
  /**
   * Pairs of sessions of one group, sharing at least one voter, placed in the same or in
   * consecutive slots (the third criterion: lower is better).
   */
  groupNeighbours: number;
}

/**
 * Why a session was left out of the grid, with the numbers that say it. `message` is one
 * English sentence naming ids (for logs and tests); the UI words its own from `reason` and
 * `detail`, in the workshop's language and with names.
 */
export type Explanation =
  | {
      sessionId: string;
      /**
       * Every cell it could use holds a session kept instead: placing it in place of any of
       * them would lose more pairs (or, at equal pairs, leave more people out).
       */
      reason: 'grid-full';
      detail: {
        /** Its demand (voters + extraDemand) and voters. */
        demand: number;
        voters: number;
        /** Cells the auto-scheduler could fill (available, not locked). */
        cells: number;
        /** The smallest demand among the sessions it placed (locked ones excluded). */
        smallestPlacedDemand: number;
      };
      message: string;
    }
  | {
      sessionId: string;
      /** There are free cells, but its host runs another session in each of their slots. */
      reason: 'host-busy';
      /** The host, and the slots that still have a free cell (in time order). */
      detail: { hostId: string; slotIds: string[] };
      message: string;
    }
  | {
      sessionId: string;
      /** Its lock cannot be honoured (see `checkInstance`): a locked session never moves. */
      reason: 'lock-invalid';
      /** Which lock problem (the `code` of `checkInstance`'s problem; `message` is its sentence). */
      detail: { problem: ProblemCode };
      message: string;
    }
  | {
      sessionId: string;
      /**
       * No cell to give at all: every available cell of the grid is locked (or none exist);
       * from `assignRooms`, every room of the session's slot is taken (`slotId` then says which).
       */
      reason: 'no-free-cell';
      /**
       * slotId: the slot it was given (`assignRooms`), or null (the whole grid, or a slot
       * that is not in it); availableCells and lockedCells: in that slot, or in the grid.
       */
      detail: { slotId: string | null; availableCells: number; lockedCells: number };
      message: string;
    };

export type ExplanationReason = Explanation['reason'];

export interface ScheduleResult {
  /** Sorted by slot (time order), then room (the instance's order). */
  placements: Placement[];
  /** One per session left out, in the instance's session order. */
  unplaced: Explanation[];
  figures: ScheduleFigures;
  /** Wall time the call took, in milliseconds. */
  ms: number;
  /**
   * 'converged': the search stopped at a local optimum it could not leave (or there was
   * nothing to choose); 'time-limit': it was still improving when the budget ran out.
   */
  stop: 'converged' | 'time-limit';
}

/** What is wrong with an instance (`checkInstance`) or with placements (`checkPlacements`). */
export type ProblemCode =
  | 'duplicate-id'
  | 'bad-number'
  | 'bad-voter'
  | 'unknown-room'
  | 'unknown-slot'
  | 'unknown-session'
  | 'lock-unknown-room'
  | 'lock-unknown-slot'
  | 'lock-unavailable'
  | 'lock-cell-taken'
  | 'lock-host-busy'
  | 'session-placed-twice'
  | 'cell-used-twice'
  | 'host-double-booked'
  | 'lock-moved'
  | 'lock-not-placed'
  | 'unavailable-used';

/** One problem, with an English sentence and the ids it concerns. */
export interface Problem {
  code: ProblemCode;
  message: string;
  sessionId?: string;
  roomId?: string;
  slotId?: string;
}

/** A hard constraint that placements break: same shape as a Problem. */
export type Violation = Problem;
