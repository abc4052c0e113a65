/**
 * The worker_threads entry that runs "suggest groups" (shared/domain/cluster) off the core's
 * event loop: clustering 1,000 topics takes a few hundred milliseconds of CPU, and the same
 * loop answers the phones' votes. Started and spoken to by ./suggestGroups.ts only.
 *
 * One request at a time is not assumed: each carries an id and its answer the same id.
 */
import { parentPort } from 'node:worker_threads';
import { type SuggestInput, type SuggestOutput, suggestGroups } from '../../../shared/domain/cluster/index.ts';

export interface ClusterRequest {
  id: number;
  input: SuggestInput;
}

export type ClusterReply = { id: number; ok: true; output: SuggestOutput } | { id: number; ok: false; error: string };

const port = parentPort;
if (port)
  port.on('message', ({ id, input }: ClusterRequest) => {
    let reply: ClusterReply;
    try {
      reply = { id, ok: true, output: suggestGroups(input) };
    } catch (error) {
      // suggestGroups does not throw on any text (property-tested); this is for the unforeseen.
      reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
