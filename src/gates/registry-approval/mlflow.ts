import { type ModelReference, type RegistryClient, RegistryError, type VersionRecord } from './client.js';
import type { MlflowApproval } from './settings.js';

/** How to reach an MLflow tracking server (open source, or a Databricks workspace). */
export interface MlflowOptions {
  /** `MLFLOW_TRACKING_URI`-style base, e.g. `https://mlflow.example.com` or a Databricks host. */
  trackingUri: string;
  /** Bearer token (MLFLOW_TRACKING_TOKEN, a Databricks PAT). */
  token?: string;
  /** Basic auth; used when both are set, as the MLflow Python client does. */
  username?: string;
  password?: string;
  approval: MlflowApproval;
  /** Per request. */
  timeoutMs: number;
  /**
   * Extra attempts after a 5xx or a network error; never after a 4xx or a timeout (a registry
   * that hangs would make each version cost `(1 + retries) × timeoutMs`).
   */
  retries: number;
  /** First back-off; doubles each retry. */
  retryDelayMs?: number;
  fetch?: typeof fetch;
}

/** The documented ModelVersion fields the gate reads; anything else (MLflow 3 additions) is ignored. */
interface ModelVersion {
  name?: string;
  version?: string | number;
  status?: string;
  current_stage?: string;
  user_id?: string;
  last_updated_timestamp?: number | string;
  creation_timestamp?: number | string;
  tags?: Array<{ key?: string; value?: string }>;
  aliases?: string[];
}

/**
 * The MLflow Model Registry over REST 2.0 (`/api/2.0/mlflow/...`), the same paths on Databricks.
 * GET model-versions/get or registered-models/alias; approval is an alias, a tag or the stage,
 * and the version's `status` must be `READY`.
 */
export class MlflowRegistry implements RegistryClient {
  readonly kind = 'mlflow';
  private readonly base: string;

  constructor(private readonly options: MlflowOptions) {
    this.base = options.trackingUri.replace(/\/+$/, '');
  }

  async lookup(reference: ModelReference): Promise<VersionRecord> {
    let body: unknown;
    if (reference.version !== undefined) {
      body = await this.get('model-versions/get', { name: reference.name, version: reference.version });
    } else if (reference.alias !== undefined) {
      const { name, alias } = reference;
      body = await this.get('registered-models/alias', { name, alias }).catch((error: unknown) => {
        throw noAlias(error, name, alias) ?? error;
      });
    } else {
      throw new RegistryError(
        'bad-request',
        `MLflow needs a version or an alias for "${reference.name}" (e.g. alias champion)`,
      );
    }
    const mv = (body as { model_version?: ModelVersion } | null)?.model_version;
    if (!mv || typeof mv !== 'object' || mv.version === undefined) {
      throw new RegistryError('bad-response', 'MLflow answered without a model_version object');
    }
    return this.judge(reference.name, mv);
  }

  /** Maps a ModelVersion onto an approval state under the configured rule. */
  private judge(name: string, mv: ModelVersion): VersionRecord {
    const version = String(mv.version);
    const rule = this.options.approval;
    const tags = Array.isArray(mv.tags) ? mv.tags : [];
    const aliases = Array.isArray(mv.aliases) ? mv.aliases : [];
    const stage = mv.current_stage ?? 'None';
    // MLflow records who registered a version and when it last changed, not who approved it:
    // report those as what they are rather than as an approval.
    const when = toIso(mv.last_updated_timestamp ?? mv.creation_timestamp);
    const record = {
      name: mv.name ?? name,
      version,
      link: this.link(mv.name ?? name, version),
      ...(mv.user_id ? { registeredBy: mv.user_id } : {}),
      ...(when ? { updatedAt: when } : {}),
    };
    if (mv.status !== 'READY') {
      return {
        ...record,
        state: 'not-ready',
        status: `status ${mv.status ?? 'unknown'}`,
        detail: `version status is ${mv.status ?? 'missing'}, not READY (the model is not fully registered)`,
      };
    }
    switch (rule.kind) {
      case 'alias':
        return byAlias(record, aliases, rule.alias);
      case 'tag':
        return byTag(record, tags, rule);
      default:
        return byStage(record, stage, rule.stage);
    }
  }

  /** MLflow UI (`#/models/<name>/versions/<v>`), or the Databricks workspace's model page. */
  private link(name: string, version: string): string {
    const n = encodeURIComponent(name);
    return /\.(cloud\.)?databricks\.com$|azuredatabricks\.net$/.test(safeHost(this.base))
      ? `${this.base}/ml/models/${n}/versions/${version}`
      : `${this.base}/#/models/${n}/versions/${version}`;
  }

  /**
   * One GET with timeout; retried (bounded, with back-off) on 5xx and network errors only. A
   * timeout of any kind (the request's deadline, undici's connect, headers or body timeout, the
   * body's own deadline) ends the lookup at once, as the docs say.
   */
  private async get(endpoint: string, query: Record<string, string>): Promise<unknown> {
    const url = `${this.base}/api/2.0/mlflow/${endpoint}?${new URLSearchParams(query).toString()}`;
    const attempts = 1 + Math.max(0, this.options.retries);
    let last: RegistryError | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await sleep((this.options.retryDelayMs ?? 500) * 2 ** (attempt - 2));
      const outcome = await this.attempt(url, attempt);
      if (!('retry' in outcome)) return outcome.body;
      last = outcome.retry;
    }
    throw last ?? new RegistryError('unreachable', 'MLflow did not answer');
  }

  /**
   * One request: the parsed body, or a failure worth another attempt (a network error, a 5xx).
   * Anything else — a timeout while connecting, waiting or reading the body, a 4xx, a body that
   * is not JSON — is thrown: it ends the lookup.
   */
  private async attempt(url: string, attempt: number): Promise<{ body: unknown } | { retry: RegistryError }> {
    const origin = safeOrigin(this.base);
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await (this.options.fetch ?? fetch)(url, {
        headers: { accept: 'application/json', ...this.authorization() },
        signal,
        redirect: 'error',
      });
      // The body shares the request's deadline: headers can arrive and the body stall.
      text = await response.text();
    } catch (error) {
      // A slow server stays slow; waiting again would only multiply the wait.
      if (isTimeout(error) || signal.aborted)
        throw new RegistryError('timeout', this.timeoutMessage(error), undefined, attempt);
      const why = `MLflow at ${origin} is unreachable (${networkCause(error)})`;
      return { retry: new RegistryError('unreachable', why, undefined, attempt) };
    }
    if (response.ok) {
      try {
        return { body: JSON.parse(text) as unknown };
      } catch {
        const why = `MLflow answered ${response.status} with a body that is not JSON`;
        throw new RegistryError('bad-response', why, response.status, attempt);
      }
    }
    const error = errorFor(response.status, text, origin, attempt);
    if (response.status >= 500) return { retry: error };
    throw error;
  }

  private timeoutMessage(error: unknown): string {
    const code = timeoutCode(error);
    return code === undefined
      ? `MLflow at ${safeOrigin(this.base)} did not answer within ${this.options.timeoutMs} ms`
      : `MLflow at ${safeOrigin(this.base)} did not answer in time (${code})`;
  }

  private authorization(): Record<string, string> {
    const { username, password, token } = this.options;
    if (username && password) {
      return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
    }
    return token ? { authorization: `Bearer ${token}` } : {};
  }
}

/** What a version record says about the version itself, before the approval rule is applied. */
type VersionIdentity = Omit<VersionRecord, 'state' | 'status' | 'detail'>;

/** Approved when the version carries the alias; otherwise the aliases it does carry, to show where it is. */
function byAlias(record: VersionIdentity, aliases: string[], alias: string): VersionRecord {
  return aliases.includes(alias)
    ? { ...record, state: 'approved', status: `alias @${alias}` }
    : {
        ...record,
        state: 'pending',
        status: aliases.length ? `aliases ${aliases.map((a) => `@${a}`).join(', ')}` : 'no alias',
        detail: `awaiting approval: the version does not carry the alias @${alias}`,
      };
}

/** Approved when the tag has the expected value; pending without the tag, rejected on a value that says so. */
function byTag(
  record: VersionIdentity,
  tags: NonNullable<ModelVersion['tags']>,
  rule: { key: string; value: string },
): VersionRecord {
  const tag = tags.find((t) => t.key === rule.key);
  if (tag?.value === rule.value)
    return { ...record, state: 'approved', status: `tag ${rule.key}=${rule.value}` };
  if (tag === undefined) {
    return {
      ...record,
      state: 'pending',
      status: `no tag ${rule.key}`,
      detail: `awaiting approval: no tag ${rule.key} (expected ${rule.key}=${rule.value})`,
    };
  }
  // Another value of the approval tag is a decision against it (validation_status=rejected).
  const rejected = /reject|fail|denied|declined/i.test(tag.value ?? '');
  return {
    ...record,
    state: rejected ? 'rejected' : 'pending',
    status: `tag ${rule.key}=${tag.value ?? ''}`,
    detail: `${rejected ? 'rejected' : 'awaiting approval'}: tag ${rule.key} is "${tag.value ?? ''}", not "${rule.value}"`,
  };
}

/** Approved in the expected stage; an archived version is rejected, any other stage still pending. */
function byStage(record: VersionIdentity, stage: string, wanted: string): VersionRecord {
  return stage === wanted
    ? { ...record, state: 'approved', status: `stage ${stage}` }
    : {
        ...record,
        state: stage === 'Archived' ? 'rejected' : 'pending',
        status: `stage ${stage}`,
        detail: `${stage === 'Archived' ? 'archived' : 'awaiting approval'}: stage is ${stage}, not ${wanted}`,
      };
}

/** The documented error body `{error_code, message}`, mapped to a kind by status and code. */
function errorFor(status: number, text: string, origin: string, attempts: number): RegistryError {
  let code: string | undefined;
  let message: string | undefined;
  try {
    const body = JSON.parse(text) as { error_code?: unknown; message?: unknown };
    code = typeof body.error_code === 'string' ? body.error_code : undefined;
    message = typeof body.message === 'string' ? body.message.slice(0, 300) : undefined;
  } catch {
    // not MLflow's error shape (a proxy, a wrong URL)
  }
  const said = code ? `${code}${message ? `: ${message}` : ''}` : `HTTP ${status}`;
  const registry = code ? { code, ...(message !== undefined ? { message } : {}) } : undefined;
  if (status === 401 || status === 403 || code === 'PERMISSION_DENIED' || code === 'UNAUTHENTICATED') {
    return new RegistryError(
      'auth',
      `MLflow at ${origin} refused the credentials (${status === 401 ? '401 unauthenticated' : '403 permission denied'}; ${said})`,
      status,
      attempts,
    );
  }
  // Only MLflow's own RESOURCE_DOES_NOT_EXIST says "no such version"; a bare 404 is a wrong URL.
  if (code === 'RESOURCE_DOES_NOT_EXIST')
    return new RegistryError('not-found', `not in the MLflow registry (${said})`, status, attempts, registry);
  if (status === 404) {
    return new RegistryError(
      'bad-request',
      `MLflow at ${origin} has no model registry API at this URL (HTTP 404)`,
      status,
      attempts,
    );
  }
  if (status >= 500)
    return new RegistryError(
      'server',
      `MLflow at ${origin} failed with HTTP ${status} (${said})`,
      status,
      attempts,
    );
  return new RegistryError(
    'bad-request',
    `MLflow at ${origin} refused the request (HTTP ${status}; ${said})`,
    status,
    attempts,
    registry,
  );
}

/** undici's own timeouts (connect 10 s by default, headers, body) and the socket's. */
const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

function isTimeout(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'TimeoutError' ||
      (error.cause as Error | undefined)?.name === 'TimeoutError' ||
      timeoutCode(error) !== undefined)
  );
}

/** The code of an undici or socket timeout (`fetch failed` carries it in `cause`). */
function timeoutCode(error: unknown): string | undefined {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && TIMEOUT_CODES.has(code) ? code : undefined;
}

/**
 * MLflow's answer for an alias no version carries: HTTP 400 `INVALID_PARAMETER_VALUE`
 * "Registered model alias <alias> not found." (its file and SQL stores raise
 * `MlflowException(..., INVALID_PARAMETER_VALUE)` in `get_model_version_by_alias`), or 404
 * `RESOURCE_DOES_NOT_EXIST` with the same words from other servers. That is the registry's
 * answer — the model has no such alias, so nothing approved is referenced — not an outage.
 */
function noAlias(error: unknown, name: string, alias: string): RegistryError | undefined {
  if (!(error instanceof RegistryError) || error.registry === undefined) return undefined;
  const { code, message = '' } = error.registry;
  const answered =
    (code === 'INVALID_PARAMETER_VALUE' || code === 'RESOURCE_DOES_NOT_EXIST') &&
    /\balias\b.*\bnot found\b/i.test(message);
  if (!answered) return undefined;
  return new RegistryError(
    'no-alias',
    `model ${name} has no alias ${alias} (MLflow answered ${code}: ${message.replace(/\.$/, '')})`,
    error.httpStatus,
    error.attempts,
    error.registry,
  );
}

function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** Scheme, host and port only: a tracking URI may carry credentials in its user-info. */
function safeOrigin(base: string): string {
  try {
    return new URL(base).origin;
  } catch {
    return '(invalid tracking URI)';
  }
}

function safeHost(base: string): string {
  try {
    return new URL(base).hostname;
  } catch {
    return '';
  }
}

function toIso(ms: number | string | undefined): string | undefined {
  const n = typeof ms === 'string' ? Number(ms) : ms;
  return n !== undefined && Number.isFinite(n) && n > 0 ? new Date(n).toISOString() : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
