/**
 * How deep a JSON text nests, counted before parsing: JSON.parse of an 8 MB array of arrays
 * held the event loop for 2.5 s — phones are answered from the same loop. Nothing Agora
 * sends nests past a dozen levels, so a text deeper than the limit is refused unparsed.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
