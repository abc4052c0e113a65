/**
 * Runs `fn` at most once per `ms` for each key, leading and trailing: the first call runs at
 * once, calls during the wait collapse into one run at its end. Live results re-read a round
 * on every vote; with a full room voting, this keeps it to a few reads a second.
 */
export function throttleByKey(fn: (key: string) => void, ms: number): (key: string) => void {
  const waiting = new Map<string, { again: boolean }>();
  const run = (key: string) => {
    const slot = { again: false };
    waiting.set(key, slot);
    fn(key);
    setTimeout(() => {
      waiting.delete(key);
      if (slot.again) run(key);
    }, ms);
  };
  return (key) => {
    const slot = waiting.get(key);
    if (slot) slot.again = true;
    else run(key);
  };
}
