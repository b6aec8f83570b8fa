import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** The Octokit instance every GitHub call goes through. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** How the client reports what it does (core.info groups in a workflow, stderr on the CLI). */
export interface ClientLog {
  info(message: string): void;
  warning(message: string): void;
}

/** Settings for the one client factory. */
export interface ClientOptions {
  token: string;
  /** REST base URL; GitHub Enterprise Server's `https://host/api/v3`. Default: GITHUB_API_URL. */
  baseUrl?: string;
  log: ClientLog;
  /** Retries of 5xx, timeouts and rate-limited requests (default 3). */
  retries?: number;
  /** Tests lower the backoff (milliseconds per second of `retry-after`). */
  retryAfterBaseValue?: number;
  /** Time limit of each attempt of each request, in milliseconds (default 30 s). */
  timeoutMs?: number;
  /**
   * Longest rate-limit wait the client accepts, in seconds (default 60). A longer one is not
   * waited out: the request fails with {@link RateLimitedError}, which says when to retry.
   */
  maxRateLimitWaitSeconds?: number;
}

/** Default time limit of one attempt of one request. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Default longest rate-limit wait. */
export const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 60;

/**
 * The only place an Octokit client is built: `@actions/github`'s client (proxy support, user
 * agent) plus the retry plugin (5xx and timeouts with backoff; 4xx other than 429 are not
 * retried) and the throttling plugin (primary and secondary rate limits, waiting `retry-after`
 * up to a cap). Every attempt of every request has a time limit, so a GitHub that never answers
 * ends the step with an error instead of hanging the job.
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const cap = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  const onLimit =
    (what: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, count: number) => {
      if (retryAfter > cap) {
        options.log.warning(
          `${what} for ${request.method} ${request.url}: GitHub asks to wait ${retryAfter} s, more than the ${cap} s this step waits`,
        );
        return false;
      }
      options.log.warning(`${what} for ${request.method} ${request.url}; retrying in ${retryAfter} s`);
      return count < retries;
    };
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
      userAgent: 'ml-quality-gates',
      request: { fetch: timedFetch(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => {
          options.log.warning(message);
        },
        error: (message: string) => {
          options.log.warning(message);
        },
      },
      retry: {
        retries,
        doNotRetry: [400, 401, 403, 404, 410, 422, 451, WRITE_TIMEOUT_STATUS],
        ...(options.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: options.retryAfterBaseValue }
          : {}),
      },
      throttle: {
        ...(options.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: options.retryAfterBaseValue }
          : {}),
        onRateLimit: onLimit('Rate limit hit'),
        onSecondaryRateLimit: onLimit('Secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * `@actions/github`'s proxy-aware fetch with a time limit on each attempt. An attempt that runs
 * out of time fails like a network error, which the retry plugin retries a bounded number of times.
 */
function timedFetch(timeoutMs: number): Fetch {
  const base = (defaults.request as { fetch?: Fetch } | undefined)?.fetch ?? globalThis.fetch;
  return (url, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return base(url, { ...init, signal }).catch((error: unknown) => {
      if (!timeout.aborted) throw error;
      const message = `GitHub did not answer within ${timeoutMs / 1000} s (${url})`;
      const method = (init.method ?? 'GET').toUpperCase();
      // A read is retried like any network error. A write is not: GitHub may have applied it
      // before the answer got lost, and a second POST would create a second comment or check.
      if (method === 'GET' || method === 'HEAD') throw new Error(message);
      return new Response(JSON.stringify({ message: `${message}; the write was not retried` }), {
        status: WRITE_TIMEOUT_STATUS,
        headers: { 'content-type': 'application/json' },
      });
    });
  };
}

/** The status a write that timed out answers with (not an HTTP status GitHub sends; never retried). */
export const WRITE_TIMEOUT_STATUS = 599;

/** What a failed GitHub request was: a refusal of a write, a rate limit, or an outage. */
export type FailureKind = 'refused' | 'rate-limited' | 'outage';

/**
 * Tells a refusal (403/404 for a missing permission or a fork's read-only token) apart from a
 * rate limit (primary: `x-ratelimit-remaining: 0`; secondary: GitHub's "secondary rate limit"
 * message, also on 403) and from an outage (5xx, timeouts, network errors). A secondary rate
 * limit is never taken for a permission refusal.
 */
export function failureKind(error: unknown): FailureKind {
  const e = error as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined>; data?: { message?: string } };
  };
  const text = `${e.message ?? ''} ${e.response?.data?.message ?? ''}`;
  const remaining = e.response?.headers?.['x-ratelimit-remaining'];
  if (e.status === 429 || /\bsecondary rate\b|\brate limit exceeded\b/i.test(text) || remaining === '0') {
    return 'rate-limited';
  }
  if (e.status === 403) return 'refused';
  return 'outage';
}

/** When a rate limit lifts, from the error's headers (`x-ratelimit-reset` or `retry-after`). */
export function rateLimitReset(error: unknown, now = Date.now()): Date | undefined {
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response
    ?.headers;
  const reset = Number(headers?.['x-ratelimit-reset']);
  if (Number.isFinite(reset) && reset > 0) return new Date(reset * 1000);
  const after = Number(headers?.['retry-after']);
  return Number.isFinite(after) && after > 0 ? new Date(now + after * 1000) : undefined;
}
