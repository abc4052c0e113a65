/**
 * The worker_threads entry that runs the session grid's auto-scheduler
 * (shared/domain/schedule) off the core's event loop: a 300-topic grid searches for up to its
 * time limit, and the same loop answers the phones. Started and spoken to by ./schedule.ts only.
 */
import {
  type AutoScheduleOptions,
  autoSchedule,
  type ScheduleInstance,
} from '../../../shared/domain/schedule/index.ts';
import { serveOffThread } from './serveOffThread.ts';

serveOffThread(({ instance, options }: { instance: ScheduleInstance; options: AutoScheduleOptions }) =>
  autoSchedule(instance, options),
);
