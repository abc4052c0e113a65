/**
 * Notifications shown in the aria-live region at the bottom of the window: confirmations,
 * errors from the core, and "Undo" offers after a delete.
 */
import { create } from 'zustand';
import type { AgoraError } from '../../../shared/result.ts';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
  action?: ToastAction;
  /** Milliseconds before it goes away on its own (paused while hovered or focused). */
  duration: number;
}

interface ToastState {
  toasts: Toast[];
}

export const useToasts = create<ToastState>(() => ({ toasts: [] }));

let nextId = 1;
const MAX_VISIBLE = 4;

export function showToast(toast: Omit<Toast, 'id' | 'duration'> & { duration?: number }): number {
  const id = nextId++;
  const duration = toast.duration ?? (toast.action ? 8000 : toast.tone === 'error' ? 10000 : 5000);
  useToasts.setState((s) => ({ toasts: [...s.toasts, { ...toast, id, duration }].slice(-MAX_VISIBLE) }));
  return id;
}

export function dismissToast(id: number): void {
  useToasts.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

/** Every error from the core reaches the user; this is the fallback when no field shows it inline. */
export function toastError(error: AgoraError): void {
  showToast({ tone: 'error', message: error.message });
}
