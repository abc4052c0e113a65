/**
 * The grouping core's refusals are English sentences (electron/core/services/groups.ts); the ones
 * a facilitator meets on this board are said again in the UI's language. Anything else goes
 * through the app's general translations, or is shown as the core wrote it.
 */
import type { AgoraError } from '../../../../shared/result.ts';
import i18n from '../../../shared/i18n/index.ts';
import { localiseMessage } from '../../lib/errors.ts';

const KNOWN: [RegExp, string][] = [
  [/^This step cannot be undone: what it changed has changed since/, 'groups.errors.undoChanged'],
  [/^This step cannot be made again: the board has changed since/, 'groups.errors.redoChanged'],
  [/^There is nothing to undo on this board\.$/, 'groups.errors.nothingToUndo'],
  [/^There is nothing to redo on this board\.$/, 'groups.errors.nothingToRedo'],
  [/^A workshop holds at most (\d+) groups\.$/, 'groups.errors.tooManyGroups'],
  [/^A group cannot be merged into itself\.$/, 'groups.errors.mergeItself'],
  [/^Choose at least one other topic to merge into this one\.$/, 'groups.errors.mergeOne'],
  [/^No topic with id .+ on this workshop's wall\.$/, 'groups.errors.topicGone'],
  [/^No topic with id .+\.$/, 'groups.errors.topicGone'],
  [/^No group with id .+\.$/, 'groups.errors.groupGone'],
  [/^Give every group of the board once, in the new order\.$/, 'groups.errors.reorderStale'],
];

export function groupsMessage(message: string): string {
  const bare = message.replace(/^[A-Za-z.0-9]+: /, '');
  for (const [pattern, key] of KNOWN) {
    const match = pattern.exec(bare);
    if (match) return i18n.t(key, { max: match[1] });
  }
  return localiseMessage(bare);
}

export const groupsError = (error: AgoraError): string => groupsMessage(error.message);
