/** What one request sends and receives, plus how often it is sent. */
export type Workload = {
  /** Prompt tokens per request, cached and cache-written tokens included. */
  inputTokens: number;
  /** Visible output tokens per request. */
  outputTokens: number;
  /** Reasoning ("thinking") tokens per request, billed as the spec says (usually as output). */
  reasoningTokens: number;
  /** Share of input tokens read from the prompt cache, 0 to 1. */
  cachedShare: number;
  /** Share of input tokens written to the prompt cache, 0 to 1 (Anthropic bills writes). */
  cacheWriteShare: number;
  /** Which cache lifetime the writes use, where the provider prices both. */
  cacheTtl: '5m' | '1h';
  /** Sent through the Batch API. */
  batch: boolean;
  /** Requests per month. */
  requestsPerMonth: number;
  /** Images per request, each `imageWidth` × `imageHeight` pixels at `imageDetail`. */
  images: number;
  imageWidth: number;
  imageHeight: number;
  imageDetail: 'high' | 'low';
};

export const defaultWorkload: Workload = {
  inputTokens: 10_000,
  outputTokens: 1_000,
  reasoningTokens: 0,
  cachedShare: 0,
  cacheWriteShare: 0,
  cacheTtl: '5m',
  batch: false,
  requestsPerMonth: 100_000,
  images: 0,
  imageWidth: 1024,
  imageHeight: 1024,
  imageDetail: 'high',
};

/** Days per month used for per-day figures: 365 / 12. */
export const DAYS_PER_MONTH = 365 / 12;

/**
 * Sending a counted text once as input: no output, no cache, one request. The token counter
 * prices its rows with this, and its links open the calculator with exactly these numbers.
 */
export const inputOnce = (inputTokens: number): Workload => ({
  ...defaultWorkload,
  inputTokens,
  outputTokens: 0,
  requestsPerMonth: 1,
});
