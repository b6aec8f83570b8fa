import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback.js';

/**
 * A loopback imitation of the MLflow tracking server's Model Registry REST API 2.0: the documented
 * GET endpoints, JSON shapes and error bodies (`{error_code, message}` with MLflow's HTTP status),
 * bearer or basic auth, plus failure modes for slow, hanging and stalled answers and transient
 * 5xx. 127.0.0.1 only.
 */

/** A ModelVersion as MLflow returns it (documented fields). */
export interface FakeModelVersion {
  name: string;
  version: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  user_id: string;
  current_stage: string;
  description: string;
  source: string;
  run_id: string;
  status: 'PENDING_REGISTRATION' | 'FAILED_REGISTRATION' | 'READY';
  status_message?: string;
  tags: Array<{ key: string; value: string }>;
  aliases: string[];
  run_link?: string;
}

/** Options of the imitation. */
export interface MlflowServerOptions {
  versions: FakeModelVersion[];
  /** Accept only `Authorization: Bearer <token>`. */
  token?: string;
  /** Accept only basic auth with these. */
  basic?: { username: string; password: string };
  /** Answer this many requests with 503 before answering normally. */
  failFirst?: number;
  /** Wait this long before answering every request. */
  delayMs?: number;
  /** Never answer: accept the request and hold the connection open (a hanging registry). */
  hang?: boolean;
  /** Send the status line and headers of a good answer, then hold the body back forever. */
  stallBody?: boolean;
  /**
   * How an alias no version carries is answered. `mlflow` (default): what the open-source server
   * sends, HTTP 400 `INVALID_PARAMETER_VALUE` "Registered model alias <a> not found." (its file
   * and SQL stores raise that in get_model_version_by_alias); `404`: the same words as 404
   * `RESOURCE_DOES_NOT_EXIST`, as other implementations of the API answer.
   */
  aliasMiss?: 'mlflow' | '404';
}

/** A running imitation. */
export interface MlflowServer {
  url: string;
  /** Every request: method, path with query, and the Authorization header. */
  requests: Array<{ method: string; url: string; authorization?: string }>;
  close(): Promise<void>;
}

/** Builds a READY version with the documented fields; override what a test needs. */
export function modelVersion(
  overrides: Partial<FakeModelVersion> & Pick<FakeModelVersion, 'name' | 'version'>,
): FakeModelVersion {
  return {
    creation_timestamp: 1717000000000,
    last_updated_timestamp: 1717100000000,
    user_id: 'dana@example.com',
    current_stage: 'None',
    description: '',
    source: `models:/m-${overrides.version}`,
    run_id: 'a1b2c3d4e5f6',
    status: 'READY',
    tags: [],
    aliases: [],
    ...overrides,
  };
}

/** Starts the imitation on 127.0.0.1 and an ephemeral port. */
export async function startMlflowServer(options: MlflowServerOptions): Promise<MlflowServer> {
  const requests: MlflowServer['requests'] = [];
  let failures = options.failFirst ?? 0;
  const server = createServer((request, response) => {
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    });
    if (options.hang) return;
    if (options.stallBody) {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"model_version": ');
      return;
    }
    const answer = () => {
      handle(request, response);
    };
    if (options.delayMs) setTimeout(answer, options.delayMs);
    else answer();
  });

  const send = (response: ServerResponse, status: number, body: unknown) => {
    if (response.destroyed) return;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const error = (response: ServerResponse, status: number, code: string, message: string) => {
    send(response, status, { error_code: code, message });
  };

  function handle(request: IncomingMessage, response: ServerResponse): void {
    if (failures > 0) {
      failures--;
      error(response, 503, 'TEMPORARILY_UNAVAILABLE', 'The service is temporarily unavailable');
      return;
    }
    const auth = request.headers.authorization;
    if (options.token !== undefined || options.basic !== undefined) {
      const expected = options.token
        ? `Bearer ${options.token}`
        : `Basic ${Buffer.from(`${options.basic?.username ?? ''}:${options.basic?.password ?? ''}`).toString('base64')}`;
      if (!auth) {
        // mlflow server --app-name basic-auth answers 401 without credentials.
        response.writeHead(401, { 'www-authenticate': 'Basic realm="mlflow"', 'content-type': 'text/plain' });
        response.end(
          'You are not authenticated. Please see https://www.mlflow.org/docs/latest/auth/index.html',
        );
        return;
      }
      if (auth !== expected) {
        error(response, 403, 'PERMISSION_DENIED', 'Permission denied');
        return;
      }
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET') {
      error(response, 405, 'ENDPOINT_NOT_FOUND', 'Method not allowed');
      return;
    }
    const name = url.searchParams.get('name');
    if (url.pathname === '/api/2.0/mlflow/model-versions/get') {
      const version = url.searchParams.get('version');
      if (!name || !version) {
        error(
          response,
          400,
          'INVALID_PARAMETER_VALUE',
          "Missing value for required parameter 'name' or 'version'.",
        );
        return;
      }
      const mv = options.versions.find((v) => v.name === name && v.version === version);
      if (!mv) {
        error(
          response,
          404,
          'RESOURCE_DOES_NOT_EXIST',
          `Model Version (name=${name}, version=${version}) not found`,
        );
        return;
      }
      send(response, 200, { model_version: mv });
      return;
    }
    if (url.pathname === '/api/2.0/mlflow/registered-models/alias') {
      const alias = url.searchParams.get('alias');
      if (!name || !alias) {
        error(
          response,
          400,
          'INVALID_PARAMETER_VALUE',
          "Missing value for required parameter 'name' or 'alias'.",
        );
        return;
      }
      if (!options.versions.some((v) => v.name === name)) {
        error(response, 404, 'RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);
        return;
      }
      const mv = options.versions.find((v) => v.name === name && v.aliases.includes(alias));
      if (!mv) {
        const [status, code] =
          options.aliasMiss === '404' ? [404, 'RESOURCE_DOES_NOT_EXIST'] : [400, 'INVALID_PARAMETER_VALUE'];
        error(response, status, code, `Registered model alias ${alias} not found.`);
        return;
      }
      send(response, 200, { model_version: mv });
      return;
    }
    // What a plain web server says for an unknown path: not MLflow's error shape.
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>404 Not Found</title>');
  }

  const loopback = await listenOnLoopback(server);
  return {
    ...loopback,
    requests,
  };
}
