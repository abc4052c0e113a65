/**
 * Older workshop files are upgraded, not refused (the pattern of excalidraw's restore.ts): a
 * pure step from the parsed JSON of any known version to the current one, run before
 * validation. A file from a newer Agora is left as it is, and validation refuses it by name.
 *
 * Versions:
 *   1  round items `{ target: <index into topics> | null, title }`; at most 200 items a round
 *   2  round items `{ ref: <index into the collection of the round's targetKind> | null, title }`,
 *      so rounds on groups, proposals and action sheets need no new shape; 500 items a round
 *   3  `groups` (the affinity board) and topics' `mergedInto`; rounds may count groups; the grid's
 *      `sessions` (topic or group, room, slot, host, locked), default none
 */

export const TRANSFER_FORMAT_VERSION = 3;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One step per version: each takes a file of version n and returns one of version n + 1. */
const STEPS: Record<number, (file: Json) => Json> = {
  1: (file) => ({
    ...file,
    agora: 2,
    rounds: Array.isArray(file.rounds)
      ? file.rounds.map((round: unknown) =>
          isObject(round) && Array.isArray(round.items)
            ? {
                ...round,
                items: round.items.map((item: unknown) => {
                  if (!isObject(item)) return item;
                  const { target, ...rest } = item;
                  return { ...rest, ref: target };
                }),
              }
            : round,
        )
      : file.rounds,
  }),
  // Version 2 knew no groups nor merges: nothing to change but the number.
  2: (file) => ({ ...file, agora: 3 }),
};

/** The file at the current version when it is an older Agora file; anything else unchanged. */
export function upgradeTransfer(data: unknown): unknown {
  if (!isObject(data) || typeof data.agora !== 'number') return data;
  let file = data;
  while (typeof file.agora === 'number' && file.agora < TRANSFER_FORMAT_VERSION) {
    const step = STEPS[file.agora];
    if (!step) return file; // not a version Agora ever wrote: validation says so
    file = step(file);
  }
  return file;
}
