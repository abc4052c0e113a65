/**
 * The participant server (one per app, not per workshop) and the join details of the workshop
 * on screen. The server's state comes from `lan:changed` as well as from our own calls: the
 * Electron menu or another window may start or stop it.
 */
import { create } from 'zustand';
import type { AgoraError, Result } from '../../../shared/result.ts';
import type { JoinInfo, LanStatus } from '../../../shared/voting.ts';
import { api } from '../lib/api.ts';

interface LanState {
  status: LanStatus | null;
  join: JoinInfo | null;
  joinError: AgoraError | null;
}

export const useLan = create<LanState>(() => ({ status: null, join: null, joinError: null }));

export function setLanStatus(status: LanStatus): void {
  useLan.setState({ status });
}

export async function loadLanStatus(): Promise<void> {
  const result = await api()['lan:status']({});
  if (result.ok) setLanStatus(result.value);
}

export async function startLan(): Promise<Result<LanStatus>> {
  const result = await api()['lan:start']({});
  if (result.ok) setLanStatus(result.value);
  return result;
}

export async function stopLan(): Promise<Result<LanStatus>> {
  const result = await api()['lan:stop']({});
  if (result.ok) setLanStatus(result.value);
  return result;
}

/** Makes the core give phones this address: the join URL here and on the projected screen follow. */
export async function chooseAddress(address: string): Promise<Result<LanStatus>> {
  const result = await api()['lan:advertise']({ address });
  if (result.ok) setLanStatus(result.value);
  const workshopId = useLan.getState().join?.workshopId;
  if (workshopId) await loadJoin(workshopId);
  return result;
}

let joinTicket = 0;

export async function loadJoin(workshopId: string): Promise<void> {
  const ticket = ++joinTicket;
  if (useLan.getState().join?.workshopId !== workshopId) useLan.setState({ join: null, joinError: null });
  const result = await api()['join:get']({ workshopId });
  if (ticket !== joinTicket) return;
  if (result.ok) useLan.setState({ join: result.value, joinError: null, status: result.value.lan });
  else useLan.setState({ joinError: result.error });
}

export async function regenerateJoin(workshopId: string, revokeTokens: boolean): Promise<Result<JoinInfo>> {
  const result = await api()['join:regenerate']({ workshopId, revokeTokens });
  if (result.ok) {
    joinTicket++;
    useLan.setState({ join: result.value, joinError: null, status: result.value.lan });
  }
  return result;
}

export function resetJoin(): void {
  joinTicket++;
  useLan.setState({ join: null, joinError: null });
}
