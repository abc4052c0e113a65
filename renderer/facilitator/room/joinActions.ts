/**
 * What the phones panel changes about who may vote: let waiting phones in, the voter ceiling,
 * and whether phones may switch between open rounds. Each answers the workshop's new join
 * details, put in the lan store at once (the `join` change event re-reads them in other windows).
 */
import type { Result } from '../../../shared/result.ts';
import type { JoinInfo } from '../../../shared/voting.ts';
import { api } from '../lib/api.ts';
import { useLan } from '../store/lan.ts';

function keep(result: Result<JoinInfo>): Result<JoinInfo> {
  if (result.ok && (useLan.getState().join?.workshopId ?? result.value.workshopId) === result.value.workshopId)
    useLan.setState({ join: result.value, joinError: null, status: result.value.lan });
  return result;
}

/** Lets the waiting phones in, first come first served (all of them unless a count is given). */
export const admitPhones = async (workshopId: string, count?: number) =>
  keep(await api()['join:admit']({ workshopId, count }));

/** A number, or null to follow the participant list again (participants + a margin, at least 30). */
export const setCeiling = async (workshopId: string, maxVoters: number | null) =>
  keep(await api()['join:setCeiling']({ workshopId, maxVoters }));

export const setAllRounds = async (workshopId: string, allRounds: boolean) =>
  keep(await api()['join:setAllRounds']({ workshopId, allRounds }));
