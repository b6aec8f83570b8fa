// A loopback imitation of the GitHub REST API. Every request is checked against GitHub's OpenAPI
// description (openapi.ts); anything the real API would reject is answered with GitHub's error
// shape and recorded, so tests can assert `expect(server.problems()).toEqual([])`.
// Besides the API it plays the blob storage artifact downloads redirect to (`/_blob/...`), which
// is not part of the API: no token, no validation, a signed URL instead.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handlerFor, type HandlerResponse } from './handlers.js';
import { isDocumentedStatus, matchOperation, validateRequest, validateResponse } from './openapi.js';
import { GitHubState } from './state.js';

/** One request the fake received, with what it answered and any problems found. */
export interface RecordedRequest {
  /**
   * `api` for the GitHub API; `blob` for the signed artifact-download URLs. Real blob storage
   * must never see the GitHub token: check `headers.authorization` of the `blob` requests.
   */
  kind: 'api' | 'blob';
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  status: number;
  problems: string[];
}

/** What a fault function sees: the request, and its 0-based position in the log. */
export interface FaultRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  index: number;
}

/** A canned answer a fault function returns instead of the normal one. */
export interface FaultResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Decides, per request, whether to fail it; return undefined to handle it normally. */
export type Fault = (request: FaultRequest) => FaultResponse | undefined;

/**
 * Decides, per request, how many milliseconds to hold it before handling it (a write is applied
 * only then, so delays reorder racing writes); undefined or 0 handles it at once.
 */
export type Delay = (request: FaultRequest) => number | undefined;

/** Options for {@link startGitHubApi}. */
export interface GitHubApiOptions {
  /** Default repository for seeding helpers. */
  owner?: string;
  repo?: string;
  /** Also validate the fake's own responses against the spec (default true). */
  validateResponses?: boolean;
  /**
   * Where artifact downloads redirect to. `same` (default): `/_blob/...` on the API's own origin,
   * so fetch forwards the Authorization header on the redirect. `separate`: a second loopback
   * port, a different origin like GitHub's real blob host, so fetch drops it.
   */
  blobOrigin?: 'same' | 'separate';
}

/** A running fake GitHub API. */
export interface GitHubApi {
  /** Base URL, e.g. `http://127.0.0.1:54321`; pass as Octokit's `baseUrl`. */
  url: string;
  /** Base URL of the blob host: `url` itself, or another port with `blobOrigin: 'separate'`. */
  blobUrl: string;
  requests: RecordedRequest[];
  state: GitHubState;
  /** Every validation problem so far, in request order (401s without a token are not problems). */
  problems(): string[];
  /** Installs (or with no argument removes) a fault function. */
  setFault(fault?: Fault): void;
  /** Installs (or with no argument removes) a delay function; `Infinity` never answers. */
  setDelay(delay?: Delay): void;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const BLOB_PREFIX = '/_blob/';
const BLOB_PATH = /^\/_blob\/artifacts\/(\d+)\.zip$/;
// What Azure Blob Storage answers for a bad or expired SAS signature.
const BLOB_FORBIDDEN =
  '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed ' +
  'to authenticate the request. Make sure the value of Authorization header is formed correctly including ' +
  'the signature.</Message></Error>';
// ajv's allErrors can produce one line per array element; keep the log readable.
const MAX_PROBLEMS_PER_REQUEST = 10;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: HandlerResponse): void {
  const headers: Record<string, string> = {
    'x-github-api-version-selected': '2022-11-28',
    ...answer.headers,
  };
  if (answer.body === undefined) {
    response.writeHead(answer.status, headers).end();
    return;
  }
  headers['content-type'] ??= 'application/json; charset=utf-8';
  response.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
}

/** Answers a blob-host request: the artifact's zip for a valid signature, 403 otherwise. */
function serveBlob(state: GitHubState, record: RecordedRequest, response: ServerResponse): void {
  const match = BLOB_PATH.exec(record.path);
  if (!match || (record.method !== 'GET' && record.method !== 'HEAD')) {
    record.status = 404;
    record.problems.push(
      `${record.method} ${record.path}: the blob host only serves GET /_blob/artifacts/<id>.zip`,
    );
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    return;
  }
  const artifact = state.blobArtifact(Number(match[1]), record.query.sig);
  if (!artifact) {
    record.status = 403;
    response.writeHead(403, { 'content-type': 'application/xml' }).end(BLOB_FORBIDDEN);
    return;
  }
  record.status = 200;
  // No charset: Octokit decodes `charset=utf-8` bodies as text, and this one is binary.
  response.writeHead(200, {
    'content-type': 'application/zip',
    'content-length': String(artifact.zip.byteLength),
  });
  response.end(record.method === 'HEAD' ? undefined : artifact.zip);
}

function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS_PER_REQUEST) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS_PER_REQUEST),
    `... and ${problems.length - MAX_PROBLEMS_PER_REQUEST} more`,
  ];
}

/** Starts the fake on 127.0.0.1 with an OS-chosen port. Loopback only: it is never reachable remotely. */
export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const requests: RecordedRequest[] = [];
  let fault: Fault | undefined;
  let delay: Delay | undefined;
  // Filled in once the port is known; requests can only arrive after that.
  const context = { base: '', state: undefined as GitHubState | undefined };

  const handle = async (
    request: IncomingMessage,
    response: ServerResponse,
    blobOnly: boolean,
  ): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(request);
    const blob = blobOnly || url.pathname.startsWith(BLOB_PREFIX);
    const record: RecordedRequest = {
      kind: blob ? 'blob' : 'api',
      method,
      path: url.pathname,
      query,
      headers: request.headers,
      body: undefined,
      status: 0,
      problems: [],
    };
    requests.push(record);
    // Blob storage is not the API: served before token and spec checks, like the real host.
    if (blob) {
      serveBlob(context.state as GitHubState, record, response);
      return;
    }
    const answer = (result: HandlerResponse): void => {
      record.status = result.status;
      send(response, result);
    };
    if (raw !== '') {
      try {
        record.body = JSON.parse(raw);
      } catch {
        record.problems.push(`${method} ${url.pathname}: request body is not valid JSON`);
        answer({
          status: 400,
          body: { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' },
        });
        return;
      }
    }
    // GitHub accepts both schemes; anything else (or nothing) is treated as anonymous → 401 here,
    // because an action should never call the API without its token.
    if (!/^(token|bearer) \S+$/i.test(request.headers.authorization ?? '')) {
      answer({
        status: 401,
        body: { message: 'Requires authentication', documentation_url: DOCS, status: '401' },
      });
      return;
    }
    const operation = matchOperation(method, url.pathname);
    const problems = validateRequest({
      method,
      path: url.pathname,
      query,
      headers: request.headers,
      body: record.body,
    });
    if (!operation?.operationId) {
      record.problems.push(...problems);
      answer({ status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } });
      return;
    }
    const documentation_url = DOCS;
    if (problems.length > 0) {
      record.problems.push(...capped(problems));
      answer({
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: capped(problems).map((message) => ({
            resource: operation.operationId,
            code: 'invalid',
            message,
          })),
          documentation_url,
          status: '422',
        },
      });
      return;
    }
    const seen = { method, path: url.pathname, query, body: record.body, index: requests.indexOf(record) };
    const wait = delay?.(seen);
    if (wait === Infinity) return; // a GitHub that never answers; close() drops the socket
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait).unref());
    const injected = fault?.(seen);
    if (injected) {
      answer(injected);
      return;
    }
    const handler = handlerFor(operation.operationId);
    if (!handler) {
      // A valid request the fake can't answer: a gap in the fake, surfaced rather than guessed at.
      record.problems.push(
        `${method} ${operation.template}: not implemented by the fake (${operation.operationId})`,
      );
      answer({ status: 501, body: { message: 'Not implemented by fake', documentation_url } });
      return;
    }
    const result = handler(context.state as GitHubState, {
      params: operation.params,
      query,
      body: (record.body ?? {}) as Record<string, unknown>,
      url: `${context.base}${url.pathname}`,
    });
    // Successes and redirects must be documented and match; errors are checked when the spec
    // documents them (it omits many, e.g. the 404 of get-artifact, which GitHub does send).
    if (
      options.validateResponses !== false &&
      (result.status < 400 || isDocumentedStatus(operation, result.status))
    ) {
      const found = validateResponse(operation, result.status, result.body, result.headers ?? {});
      record.problems.push(...capped(found.map((p) => `fake response: ${p}`)));
    }
    answer(result);
  };

  const listen = async (blobOnly: boolean): Promise<{ server: Server; base: string }> => {
    const server = createServer((request, response) => {
      handle(request, response, blobOnly).catch((error: unknown) => {
        requests.at(-1)?.problems.push(`fake crashed: ${String(error)}`);
        if (!response.headersSent) response.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  };
  const api = await listen(false);
  const blobHost = options.blobOrigin === 'separate' ? await listen(true) : undefined;
  const servers = blobHost ? [api.server, blobHost.server] : [api.server];
  const base = api.base;
  const state = new GitHubState(base, options.owner ?? 'octo-org', options.repo ?? 'ml-repo');
  state.blobBase = blobHost?.base ?? base;
  Object.assign(context, { base, state });

  return {
    url: base,
    blobUrl: state.blobBase,
    requests,
    state,
    problems: () => requests.flatMap((r) => r.problems),
    setFault: (next?: Fault) => {
      fault = next;
    },
    setDelay: (next?: Delay) => {
      delay = next;
    },
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve, reject) => {
              // Keep-alive sockets from fetch/undici would otherwise hold close() open.
              server.closeAllConnections();
              server.close((error) => {
                if (error) reject(error);
                else resolve();
              });
            }),
        ),
      );
    },
  };
}
