/**
 * A translated sentence with participant text inside it, rendered as React nodes: the text goes in
 * as a node (a <bdi>), never through the translation or an HTML parser, so it stays data — a title
 * typed as "<b>" shows as "<b>" — and is isolated from the words around it.
 */
import { Fragment, type ReactNode } from 'react';

const MARK = '\u0000';
/** The value to give `t` for a slot: a marker that cannot come out of a translation. */
export const slot = (name: string): string => `${MARK}${name}${MARK}`;

/** Splits `text` (from `t` with `slot()` values) at the slots and puts the nodes in. */
export function fill(text: string, nodes: Record<string, ReactNode>): ReactNode {
  const pieces = text.split(MARK);
  // Odd indexes are slot names.
  return pieces.map((piece, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one sentence never move
    i % 2 === 1 ? <Fragment key={i}>{nodes[piece] ?? null}</Fragment> : piece,
  );
}
