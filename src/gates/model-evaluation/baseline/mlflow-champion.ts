import type { MlflowBaselineSpec } from '../settings.js';
import {
  type ChampionMetrics,
  type ChampionRegistry,
  ChampionRegistryError,
  MAX_RESPONSE_BYTES,
} from './registry.js';

/**
 * The champion in an MLflow Model Registry (open source or Databricks, REST API 2.0): the
 * version behind an alias (`GET /api/2.0/mlflow/registered-models/alias`), then the latest
 * metrics of the run that produced it (`GET /api/2.0/mlflow/runs/get`, `run.data.metrics`).
 * Each request has a deadline; no redirects are followed (credentials would follow them).
 */
export class MlflowChampion implements ChampionRegistry {
  readonly kind = 'mlflow';
  private readonly base: string;

  constructor(
    private readonly spec: MlflowBaselineSpec,
    private readonly doFetch: typeof fetch = fetch,
  ) {
    this.base = spec.trackingUri.replace(/\/+$/, '');
  }

  async championMetrics(): Promise<ChampionMetrics> {
    const { model, alias } = this.spec;
    const mv = field(await this.get('registered-models/alias', { name: model, alias }), 'model_version');
    const runId = mv?.run_id;
    const version = mv?.version;
    if (typeof runId !== 'string' || runId === '') {
      throw new ChampionRegistryError(
        'bad-response',
        `MLflow's ${model}@${alias} has no run_id, so its metrics are unknown`,
        'Register the champion from a run (mlflow.register_model("runs:/<run_id>/model", ...)).',
      );
    }
    const run = field(await this.get('runs/get', { run_id: runId }), 'run');
    const metrics = (field(run, 'data')?.metrics ?? []) as unknown;
    const values = new Map<string, number>();
    if (Array.isArray(metrics)) {
      for (const m of metrics as Array<{ key?: unknown; value?: unknown }>) {
        if (typeof m.key === 'string' && typeof m.value === 'number' && Number.isFinite(m.value))
          values.set(m.key, m.value);
      }
    }
    const label = `${model}@${alias} (version ${typeof version === 'string' || typeof version === 'number' ? String(version) : '?'}, run ${runId.slice(0, 8)})`;
    return { label, link: `${safeOrigin(this.base)}/#/models/${encodeURIComponent(model)}`, values };
  }

  private async get(endpoint: string, query: Record<string, string>): Promise<unknown> {
    const url = `${this.base}/api/2.0/mlflow/${endpoint}?${new URLSearchParams(query).toString()}`;
    const origin = safeOrigin(this.base);
    let response: Response;
    try {
      response = await this.doFetch(url, {
        headers: { accept: 'application/json', ...this.authorization() },
        signal: AbortSignal.timeout(this.spec.timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      const timeout =
        error instanceof Error &&
        (error.name === 'TimeoutError' || (error.cause as Error | undefined)?.name === 'TimeoutError');
      if (timeout)
        throw new ChampionRegistryError(
          'timeout',
          `MLflow at ${origin} did not answer within ${this.spec.timeoutMs} ms`,
          'Check the tracking server, or raise baseline.timeout-ms.',
        );
      throw new ChampionRegistryError(
        'unreachable',
        `MLflow at ${origin} is unreachable (${error instanceof Error ? error.message : String(error)})`,
        'Check baseline.tracking-uri (or MLFLOW_TRACKING_URI) and the network.',
      );
    }
    const text = await readBounded(response, this.spec.timeoutMs);
    if (response.ok) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new ChampionRegistryError(
          'bad-response',
          `MLflow answered ${endpoint} with a body that is not JSON`,
          'Check that tracking-uri points at an MLflow server.',
        );
      }
    }
    throw errorFor(response.status, text, origin, endpoint);
  }

  private authorization(): Record<string, string> {
    const { username, password, token } = this.spec;
    if (username && password)
      return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
    return token ? { authorization: `Bearer ${token}` } : {};
  }
}

function field(body: unknown, key: string): Record<string, unknown> | undefined {
  const v = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  return v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
}

/** MLflow's `{error_code, message}` mapped to a failure kind. */
function errorFor(status: number, text: string, origin: string, endpoint: string): ChampionRegistryError {
  let code = '';
  try {
    const parsed = (JSON.parse(text) as { error_code?: unknown }).error_code;
    if (typeof parsed === 'string') code = parsed;
  } catch {
    // not MLflow's error shape
  }
  if (status === 401 || status === 403) {
    return new ChampionRegistryError(
      'auth',
      `MLflow at ${origin} refused the credentials (HTTP ${status})`,
      'Set MLFLOW_TRACKING_TOKEN (or MLFLOW_TRACKING_USERNAME/PASSWORD) for the gate step.',
    );
  }
  if (code === 'RESOURCE_DOES_NOT_EXIST') {
    return new ChampionRegistryError(
      'not-found',
      `MLflow has no ${endpoint === 'runs/get' ? 'run' : 'model version'} for the champion (${code})`,
      'Check baseline.model and baseline.alias: the alias must point at a registered version.',
    );
  }
  return new ChampionRegistryError(
    'bad-response',
    `MLflow at ${origin} answered ${endpoint} with HTTP ${status}${code ? ` (${code})` : ''}`,
    'Check baseline.tracking-uri and the server logs.',
  );
}

async function readBounded(response: Response, timeoutMs: number): Promise<string> {
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_RESPONSE_BYTES)
    throw new ChampionRegistryError(
      'bad-response',
      `MLflow's answer is ${length} bytes; more than the gate reads`,
      'Check that tracking-uri points at an MLflow server.',
    );
  // The body has its own deadline: headers can arrive and the body stall.
  const timer = new Promise<never>((_, reject) =>
    setTimeout(() => {
      reject(
        new ChampionRegistryError(
          'timeout',
          `MLflow's response body did not arrive within ${timeoutMs} ms`,
          'Check the tracking server.',
        ),
      );
    }, timeoutMs).unref(),
  );
  const text = await Promise.race([response.text(), timer]);
  if (text.length > MAX_RESPONSE_BYTES)
    throw new ChampionRegistryError(
      'bad-response',
      "MLflow's answer is larger than the gate reads",
      'Check that tracking-uri points at an MLflow server.',
    );
  return text;
}

/** Scheme, host and port only: a tracking URI may carry credentials in its user-info. */
function safeOrigin(base: string): string {
  try {
    return new URL(base).origin;
  } catch {
    return '(invalid tracking URI)';
  }
}
