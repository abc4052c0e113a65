/** The app itself: version, data folder, transport. */
import type { AppInfo } from '../schemas.ts';
import { Empty, method } from './define.ts';

export const appMethods = {
  'app:info': method(Empty).returns<AppInfo>(),
} as const;
