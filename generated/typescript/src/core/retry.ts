// When to retry a request and how long to wait first: the statuses the spec marks as retryable, exponential
// backoff with jitter, and the server's own `Retry-After`.
import type { ClientConfig } from './types.js';

type RetryConfig = ClientConfig['retry'];

const JITTER = 0.25;
const MAX_RETRY_AFTER_MS = 60_000;

export function isRetryableStatus(status: number, retry: RetryConfig): boolean {
  return retry.statuses.includes(status) || retry.statusRanges.includes(Math.floor(status / 100));
}

/** Exponential backoff with jitter: initial × 2^attempt, capped, minus up to 25%. */
export function backoff(attempt: number, retry: RetryConfig): number {
  const delay = Math.min(retry.initialDelayMs * 2 ** attempt, retry.maxDelayMs);
  return delay * (1 - Math.random() * JITTER);
}

/**
 * The server's `Retry-After` (ms, seconds or HTTP date), else the backoff; undefined when the server asks
 * for a longer wait than a client should block for: the error then reaches the caller, who can decide.
 */
export function retryDelay(attempt: number, headers: Headers, retry: RetryConfig): number | undefined {
  for (const name of retry.retryAfterHeaders) {
    const value = headers.get(name);
    if (value === null) continue;
    let ms: number | undefined;
    if (name.endsWith('-ms')) ms = Number(value);
    else if (/^\s*\d+(\.\d+)?\s*$/.test(value)) ms = Number(value) * 1000;
    else if (!Number.isNaN(Date.parse(value))) ms = Date.parse(value) - Date.now();
    if (ms === undefined || !Number.isFinite(ms)) continue;
    if (ms > MAX_RETRY_AFTER_MS) return undefined;
    return Math.max(0, ms);
  }
  return backoff(attempt, retry);
}
