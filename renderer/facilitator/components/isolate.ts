/**
 * Text typed by participants (a topic's title, a name from a registration file) put inside a
 * translated sentence that is a plain string (a toast, a live message, a confirmation): wrapped
 * in first-strong isolate … pop directional isolate, the string form of <bdi>, so a bidi
 * override in it cannot turn the words of the sentence around it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
