/**
 * `autoScheduleOffThread`: the same answer as `autoSchedule`, computed in a worker thread
 * (./scheduleWorker.ts; how it starts from source and bundled: ./offThread.ts).
 */
import type { AutoScheduleOptions, ScheduleInstance, ScheduleResult } from '../../../shared/domain/schedule/index.ts';
import { offThread, workerBundle } from './offThread.ts';

/** The bundles' file name for the worker (scripts/build-electron.ts). */
export const SCHEDULE_WORKER_BUNDLE = workerBundle('scheduleWorker');

const worker = offThread<{ instance: ScheduleInstance; options: AutoScheduleOptions }, ScheduleResult>(
  'scheduleWorker',
  'the auto-scheduler',
);

/** `autoSchedule(instance, options)`, computed in the worker thread. Rejects if the worker dies. */
export const autoScheduleOffThread = (
  instance: ScheduleInstance,
  options: AutoScheduleOptions = {},
): Promise<ScheduleResult> => worker.run({ instance, options });

/** Stops the worker now (app shutdown, tests); calls still waiting are rejected. */
export const stopScheduleWorker = (): Promise<void> => worker.stop();
