/**
 * The session grid's scheduling engine: pure, synchronous, no Node-only imports, so the core's
 * worker and the renderer use the same code.
 */
export {
  type AutoScheduleOptions,
  assignRooms,
  autoSchedule,
  DEFAULT_TIME_LIMIT_MS,
  defaultPatience,
} from './autoSchedule.ts';
export { computeFigures, PairCounts, ScheduleEvaluator } from './figures.ts';
export type {
  Explanation,
  ExplanationReason,
  Placement,
  Problem,
  ProblemCode,
  ScheduleFigures,
  ScheduleInstance,
  ScheduleResult,
  ScheduleRoom,
  ScheduleSession,
  ScheduleSlot,
  ScheduleUnavailable,
  Violation,
} from './model.ts';
export { checkInstance, checkPlacements } from './validate.ts';
