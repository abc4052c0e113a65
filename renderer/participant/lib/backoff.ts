/** Waits between retries: 0.5 s, 1 s, 2 s, 4 s, then every 8 s, with jitter so 200 phones coming back do not knock at once. */
export function backoffMs(attempt: number): number {
  const base = Math.min(8000, 500 * 2 ** attempt);
  return base * (0.8 + Math.random() * 0.4);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
