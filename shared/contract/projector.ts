/** What the projected screen shows; every window follows `projector:changed`. */
import { ProjectorCommand, type ProjectorState } from '../voting.ts';
import { Empty, method } from './define.ts';

export const projectorMethods = {
  'projector:get': method(Empty).returns<ProjectorState>(),
  'projector:show': method(ProjectorCommand).returns<ProjectorState>(),
} as const;

export interface ProjectorEvents {
  /** The projected screen's view changed. */
  'projector:changed': ProjectorState;
}
