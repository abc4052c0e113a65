/**
 * The affinity board of the workshop on screen. Every grouping write answers the whole board,
 * which this store applies at once (this window skips the echo of its own writes).
 *
 * A drop shows its result before the core answers (`expected`: the core's own rule applied to
 * the board on screen), so the card lands where it was let go; the core's answer then replaces
 * it, and a refusal puts back the board the core holds. Answers are applied in the order the
 * writes were made: an older answer arriving after a newer write is not shown over it.
 */
import { create } from 'zustand';
import type { Input, Method } from '../../../shared/contract/index.ts';
import type { Suggestion, SuggestOutput } from '../../../shared/domain/cluster/suggest.ts';
import type { GroupBoard } from '../../../shared/grouping.ts';
import type { AgoraError, Result } from '../../../shared/result.ts';
import { api } from '../lib/api.ts';
import type { LoadStatus } from './listStore.ts';
import { loadTopics } from './topics.ts';

interface GroupsState {
  workshopId: string | null;
  board: GroupBoard | null;
  status: LoadStatus;
  error: AgoraError | null;
}

const initialState: GroupsState = { workshopId: null, board: null, status: 'idle', error: null };
export const useGroups = create<GroupsState>(() => initialState);

let latestLoad = 0;
let latestWrite = 0;
/** Writes made and not answered yet: a re-read meanwhile would show the board without them. */
let writing = 0;
let reloadAfterWrites = false;

export async function loadGroups(workshopId: string): Promise<Result<GroupBoard>> {
  const ticket = ++latestLoad;
  const writesBefore = latestWrite;
  if (useGroups.getState().workshopId !== workshopId)
    useGroups.setState({ ...initialState, workshopId, status: 'loading' });
  const result = await api()['groups:board']({ workshopId });
  // A read that crossed a write of this window may predate it: the write's answer is newer.
  if (ticket === latestLoad && writesBefore === latestWrite && writing === 0) {
    if (result.ok) useGroups.setState({ board: result.value, status: 'ready', error: null });
    else useGroups.setState({ status: 'error', error: result.error });
  }
  return result;
}

export function resetGroups(): void {
  latestLoad++;
  latestWrite++;
  useGroups.setState(initialState);
}

type BoardMethod = {
  [M in Method]: M extends `groups:${string}` | 'topics:merge' ? M : never;
}[Method];
export type BoardWrite = Exclude<BoardMethod, 'groups:board' | 'groups:suggest'>;

/**
 * Calls a grouping write and applies the board it answers. Merges and undo change the wall too.
 * `expected`: the board this write will give, shown at once (a drop); put back as the core has it
 * if the core refuses.
 */
export async function changeBoard<M extends BoardWrite>(
  name: M,
  input: Input<M>,
  expected?: (board: GroupBoard) => GroupBoard,
): Promise<Result<GroupBoard>> {
  const ticket = ++latestWrite;
  const shown = useGroups.getState().board;
  if (expected && shown) useGroups.setState({ board: expected(shown) });
  const call = api()[name] as (input: Input<M>) => Promise<Result<GroupBoard>>;
  writing++;
  let result: Result<GroupBoard> | null = null;
  try {
    result = await call(input);
  } finally {
    writing--;
    if (!result?.ok) reloadAfterWrites = true;
    else if (ticket === latestWrite)
      useGroups.setState({ workshopId: result.value.workshopId, board: result.value, status: 'ready', error: null });
    // After a refusal, the board the core holds, whatever was shown ahead of it — once no write is
    // on its way (their answers would be newer than the re-read).
    const workshopId = useGroups.getState().workshopId;
    if (writing === 0 && reloadAfterWrites && workshopId) {
      reloadAfterWrites = false;
      void loadGroups(workshopId);
    }
  }
  if (result.ok && (name === 'topics:merge' || name === 'groups:undo' || name === 'groups:redo'))
    void loadTopics(result.value.workshopId);
  return result;
}

// ---------- suggestions ----------

/** A suggestion's identity across re-runs: its topics, and the group it would join. */
export const suggestionKey = (s: Suggestion): string => `${s.groupId ?? ''}|${[...s.topicIds].sort().join(',')}`;

interface SuggestState {
  workshopId: string | null;
  threshold: number | null;
  output: SuggestOutput | null;
  status: LoadStatus;
  error: AgoraError | null;
  /** Suggestions the facilitator rejected, per workshop, for as long as the window is open. */
  rejected: Readonly<Record<string, readonly string[]>>;
}

export const useSuggestions = create<SuggestState>(() => ({
  workshopId: null,
  threshold: null,
  output: null,
  status: 'idle',
  error: null,
  rejected: {},
}));

let suggestTicket = 0;

/** Asks the core for groups of alike loose topics (nothing changes until one is accepted). */
export async function suggestGroups(workshopId: string, threshold?: number): Promise<Result<SuggestOutput>> {
  const ticket = ++suggestTicket;
  useSuggestions.setState((s) => ({
    workshopId,
    threshold: threshold ?? null,
    status: 'loading',
    output: s.workshopId === workshopId ? s.output : null,
  }));
  const result = await api()['groups:suggest']({ workshopId, ...(threshold === undefined ? {} : { threshold }) });
  if (ticket === suggestTicket) {
    if (result.ok) useSuggestions.setState({ output: result.value, status: 'ready', error: null });
    else useSuggestions.setState({ status: 'error', error: result.error });
  }
  return result;
}

export function rejectSuggestion(workshopId: string, suggestion: Suggestion): void {
  useSuggestions.setState((s) => ({
    rejected: { ...s.rejected, [workshopId]: [...(s.rejected[workshopId] ?? []), suggestionKey(suggestion)] },
  }));
}

export function closeSuggestions(): void {
  suggestTicket++;
  useSuggestions.setState({ workshopId: null, output: null, status: 'idle', error: null });
}
