/**
 * The worker_threads entry that runs "suggest groups" (shared/domain/cluster) off the core's
 * event loop: clustering 1,000 topics takes a few hundred milliseconds of CPU, and the same
 * loop answers the phones' votes. Started and spoken to by ./suggestGroups.ts only.
 */
import { suggestGroups } from '../../../shared/domain/cluster/index.ts';
import { serveOffThread } from './serveOffThread.ts';

serveOffThread(suggestGroups);
