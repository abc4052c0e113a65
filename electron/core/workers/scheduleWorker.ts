/**
 * The worker_threads entry that runs the session grid's auto-scheduler
 * (shared/domain/schedule) off the core's event loop: a 300-topic grid searches for up to its
 * time limit, and the same loop answers the phones. Started and spoken to by ./schedule.ts only.
 *
 * Each request carries an id and its answer the same id.
 */
import { parentPort } from 'node:worker_threads';
import {
  type AutoScheduleOptions,
  autoSchedule,
  type ScheduleInstance,
  type ScheduleResult,
} from '../../../shared/domain/schedule/index.ts';

export interface ScheduleRequest {
  id: number;
  instance: ScheduleInstance;
  options: AutoScheduleOptions;
}

export type ScheduleReply = { id: number; ok: true; result: ScheduleResult } | { id: number; ok: false; error: string };

const port = parentPort;
if (port)
  port.on('message', ({ id, instance, options }: ScheduleRequest) => {
    let reply: ScheduleReply;
    try {
      reply = { id, ok: true, result: autoSchedule(instance, options) };
    } catch (error) {
      reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
