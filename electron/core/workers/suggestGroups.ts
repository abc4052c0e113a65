/**
 * `suggestGroupsOffThread`: the same answer as `suggestGroups`, computed in a worker thread
 * (./clusterWorker.ts; how it starts from source and bundled: ./offThread.ts).
 */
import type { SuggestInput, SuggestOutput } from '../../../shared/domain/cluster/index.ts';
import { offThread, workerBundle } from './offThread.ts';

/** The bundles' file name for the worker (scripts/build-electron.ts). */
export const CLUSTER_WORKER_BUNDLE = workerBundle('clusterWorker');

const worker = offThread<SuggestInput, SuggestOutput>('clusterWorker', 'suggest groups');

/** `suggestGroups(input)`, computed in the worker thread. Rejects if the worker dies. */
export const suggestGroupsOffThread = (input: SuggestInput): Promise<SuggestOutput> => worker.run(input);

/** Stops the worker now (app shutdown, tests); calls still waiting are rejected. */
export const stopClusterWorker = (): Promise<void> => worker.stop();
