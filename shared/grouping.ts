/**
 * The affinity board: topics gathered into named, coloured groups, duplicates merged, and
 * every step undoable. A group can be voted on (target kind `group`) and scheduled as one
 * session.
 */
import { z } from 'zod';
import { LIMITS, requiredText } from './schemas.ts';

/** Colours from the design tokens (renderer/facilitator/styles/tokens.css), readable on the projector. */
export const GROUP_COLORS = ['teal', 'blue', 'violet', 'rose', 'amber', 'green', 'slate', 'orange'] as const;
export const GroupColor = z.enum(GROUP_COLORS);
export type GroupColor = z.infer<typeof GroupColor>;

export const GROUP_LIMITS = {
  groups: 300,
  /** Steps kept in the undo history of one workshop (the issue asks for at least 50). */
  undoSteps: 100,
} as const;

export const GroupFields = z.object({
  title: requiredText(LIMITS.title, 'a group name'),
  color: GroupColor.default('teal'),
});
export type GroupFields = z.infer<typeof GroupFields>;

export interface Group extends GroupFields {
  id: string;
  workshopId: string;
  /** 1-based order on the board. */
  position: number;
  /** Its topics, in their order inside the group. */
  topicIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** A topic merged into another: hidden from the wall, its proposer, pitch and votes kept by the one it joined. */
export interface MergedTopic {
  id: string;
  intoId: string;
  seq: number;
  title: string;
  pitch: string;
  proposer: string;
}

/** What the undo and redo buttons say ("Undo: merge 2 topics"). */
export interface UndoState {
  undo: UndoStep | null;
  redo: UndoStep | null;
}
export interface UndoStep {
  label: UndoLabel;
  /** How many topics or groups the step touched. */
  count: number;
  at: string;
}

/** The whole board in one read: what a grouping write answers, so the window applies it at once. */
export interface GroupBoard extends UndoState {
  workshopId: string;
  groups: Group[];
  merged: MergedTopic[];
}

/**
 * Labels of undo steps: a key and values, so the window words it in its own language.
 * `count` is how many topics the step moved or merged.
 */
export const UNDO_LABELS = [
  'group-create',
  'group-update',
  'group-remove',
  'group-merge',
  'group-reorder',
  'topics-move',
  'topics-merge',
] as const;
export type UndoLabel = (typeof UNDO_LABELS)[number];
