import { getOctokit } from '@actions/github';
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
  /** Retries of 5xx and rate-limited requests (default 3); tests lower the backoff with `retryAfterBaseValue`. */
  retries?: number;
  retryAfterBaseValue?: number;
}

/**
 * The only place an Octokit client is built: `@actions/github`'s client (proxy support, user
 * agent) plus the retry plugin (5xx with backoff; 4xx other than 429 are not retried) and the
 * throttling plugin (primary and secondary rate limits, waiting `retry-after`).
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  // Wait and retry (the plugin honours `retry-after`) a bounded number of times, saying so.
  const onLimit =
    (what: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, count: number) => {
      options.log.warning(`${what} for ${request.method} ${request.url}; retrying in ${retryAfter} s`);
      return count < retries;
    };
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
      userAgent: 'ml-quality-gates',
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
        doNotRetry: [400, 401, 403, 404, 410, 422, 451],
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
