/**
 * Where keyboard focus goes when the control that had it disappears with what it acted on
 * (a deleted round, a handled proposal): to the heading of the list it was in, not to <body>.
 */
export function focusAfterRemoval(headingId: string): void {
  // after React has removed the item and the dialog has tried to give focus back
  requestAnimationFrame(() => document.getElementById(headingId)?.focus());
}
