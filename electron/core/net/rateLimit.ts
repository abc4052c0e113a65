/**
 * Token buckets keyed by address or token. Hand-rolled (30 lines) because the participant
 * server needs two limits on the same request — per address and per token — which
 * @fastify/rate-limit expresses as one key per route.
 */
export interface RateLimit {
  /** Sustained requests per second. */
  perSecond: number;
  /** How many may come at once after a pause. */
  burst: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Takes one token for `key`; false when the key is over its limit. */
  take(key: string): boolean {
    const t = this.clock();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: t };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((t - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = t;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return allowed;
  }

  /** Forgets full buckets, so memory follows the active clients, not every client ever seen. */
  sweep(): void {
    const t = this.clock();
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((t - bucket.at) / 1000) * this.limit.perSecond >= this.limit.burst) this.buckets.delete(key);
    }
  }
}
