import type { RegistryKind } from './client.js';
import type { DeclaredModel, ManifestSource, MlflowApproval, RegistryApprovalSettings } from './settings.js';
import { ConfigurationError } from '../../util/errors.js';
import type { RegistryApprovalConfig } from './config.generated.js';
import type { RegistryApprovalOverrides } from './options.js';
import { trustedEndpoint } from '../../util/trusted-endpoint.js';

/** How to reach the chosen registry; the entry builds the client from it. */
export type RegistryConnection =
  | { kind: 'file' }
  | {
      kind: 'mlflow';
      trackingUri: string;
      token?: string;
      username?: string;
      password?: string;
      timeoutMs: number;
      retries: number;
    }
  | { kind: 'sagemaker'; region: string; endpoint?: string; timeoutMs: number; retries: number };

/** The gate's settings and how to reach the registry: what `settings` hands to `evaluate`. */
export interface RegistryApproval {
  settings: RegistryApprovalSettings;
  connection: RegistryConnection;
}

/** Default location of the in-repo registry file. */
export const DEFAULT_REGISTRY_FILE = 'registry/models.yml';

/**
 * Merges the `registry-approval:` section, inputs and the environment into the gate's settings
 * and the registry connection. Secrets are read from inputs (MLQG_*) or the variables the
 * registries' own clients read (MLFLOW_TRACKING_TOKEN, AWS_*), never from the config file.
 */
export function registryApprovalSettings(
  config: RegistryApprovalConfig,
  overrides: RegistryApprovalOverrides,
  ctx: { cwd: string; env: Readonly<Record<string, string | undefined>>; release: boolean },
): RegistryApproval {
  const { cwd, env } = ctx;
  const registry = (overrides.registry ?? config.registry ?? 'file') as RegistryKind;
  const mode = overrides.mode ?? config.mode ?? 'auto';
  const release = mode === 'release' || (mode === 'auto' && ctx.release);
  const { timeoutSeconds, retries } = requestLimits(config, overrides);
  const models = declaredModels(config, overrides);
  const manifests = manifestSources(config);
  const approvers = overrides.approvers?.length ? overrides.approvers : (config.file?.approvers ?? []);
  const codeowners = config.file?.codeowners ?? false;
  if (registry === 'file' && approvers.length === 0 && !codeowners) {
    throw new ConfigurationError(
      'registry-approval: the in-repo registry needs allowed approvers, and none are configured',
      undefined,
      'Set registry-approval.file.approvers (logins) and/or registry-approval.file.codeowners: true.',
    );
  }
  const settings: RegistryApprovalSettings = {
    cwd,
    registry,
    release,
    models,
    manifests,
    file: {
      path: overrides['registry-file'] ?? config.file?.path ?? DEFAULT_REGISTRY_FILE,
      approvers: { users: approvers, codeowners, teams: config.file?.teams ?? {} },
    },
    mlflow: {
      approval: parseApproval(overrides['mlflow-approval'] ?? config.mlflow?.approval ?? 'alias:champion'),
    },
  };
  return {
    settings,
    connection: connection(registry, config, overrides, env, { timeoutSeconds, retries }),
  };
}

/** Environment variables, as `process.env` holds them. */
type Env = Readonly<Record<string, string | undefined>>;

/**
 * Per-request timeout and retry count, bounded so that an unreachable registry cannot hold a
 * workflow for long (each version may cost `(1 + retries) × timeout`).
 */
function requestLimits(
  config: RegistryApprovalConfig,
  overrides: RegistryApprovalOverrides,
): { timeoutSeconds: number; retries: number } {
  const timeoutSeconds = overrides['timeout-seconds'] ?? config['timeout-seconds'] ?? 10;
  if (!(timeoutSeconds > 0 && timeoutSeconds <= 300)) {
    throw new ConfigurationError(
      `--timeout-seconds: ${timeoutSeconds} is not allowed; expected more than 0 and at most 300`,
    );
  }
  const retries = overrides.retries ?? config.retries ?? 2;
  if (!Number.isInteger(retries) || retries < 0 || retries > 5) {
    throw new ConfigurationError(`--retries: ${retries} is not allowed; expected a whole number from 0 to 5`);
  }
  return { timeoutSeconds, retries };
}

/** The models to check: `--model` replaces the config's list rather than adding to it. */
function declaredModels(
  config: RegistryApprovalConfig,
  overrides: RegistryApprovalOverrides,
): DeclaredModel[] {
  return overrides.model?.length
    ? overrides.model.map((spec) => ({ ...parseModelSpec(spec), from: 'option' as const }))
    : (config.models ?? []).map((m) => ({
        name: m.name,
        ...(m.version !== undefined ? { version: String(m.version) } : {}),
        ...(m.alias !== undefined ? { alias: m.alias } : {}),
        when: m.when ?? 'always',
      }));
}

/**
 * The deployment manifests that name models. Each must say how to find the model's name and its
 * version or alias; refused here, since a manifest that names no model would check nothing.
 */
function manifestSources(config: RegistryApprovalConfig): ManifestSource[] {
  const manifests: ManifestSource[] = (config.manifests ?? []).map((m) => ({
    file: m.file,
    when: m.when ?? 'always',
    ...(m['list-key'] !== undefined ? { listKey: m['list-key'] } : {}),
    ...(m.name !== undefined ? { name: m.name } : {}),
    ...(m['name-key'] !== undefined ? { nameKey: m['name-key'] } : {}),
    ...(m['version-key'] !== undefined ? { versionKey: m['version-key'] } : {}),
    ...(m['alias-key'] !== undefined ? { aliasKey: m['alias-key'] } : {}),
  }));
  for (const [i, m] of manifests.entries()) {
    if (m.name === undefined && m.nameKey === undefined) {
      throw new ConfigurationError(
        `registry-approval.manifests[${i}] (${m.file}): needs name or name-key`,
        undefined,
        'Give the model name (name: churn-classifier) or the key that holds it (name-key: model.name).',
      );
    }
    if (m.versionKey === undefined && m.aliasKey === undefined) {
      throw new ConfigurationError(
        `registry-approval.manifests[${i}] (${m.file}): needs version-key or alias-key`,
        undefined,
        'Name the key that holds the deployed version, e.g. version-key: model.version.',
      );
    }
  }
  return manifests;
}

/** How to reach the chosen registry; the in-repo file needs nothing. */
function connection(
  registry: RegistryKind,
  config: RegistryApprovalConfig,
  overrides: RegistryApprovalOverrides,
  env: Env,
  { timeoutSeconds, retries }: { timeoutSeconds: number; retries: number },
): RegistryConnection {
  const limits = { timeoutMs: Math.round(timeoutSeconds * 1000), retries };
  if (registry === 'file') return { kind: 'file' };
  if (registry === 'mlflow') return mlflowConnection(config, overrides, env, limits);
  return sagemakerConnection(config, overrides, env, limits);
}

/**
 * The MLflow server and its credentials, from inputs or the variables MLflow's own client reads.
 * The URI must be an http(s) URL with no credentials in it: those come from the token or
 * username/password inputs.
 */
function mlflowConnection(
  config: RegistryApprovalConfig,
  overrides: RegistryApprovalOverrides,
  env: Env,
  { timeoutMs, retries }: { timeoutMs: number; retries: number },
): RegistryConnection {
  const trackingUri = nonEmpty(
    overrides['mlflow-tracking-uri'] ??
      config.mlflow?.['tracking-uri'] ??
      env.MLFLOW_TRACKING_URI ??
      env.DATABRICKS_HOST,
  );
  if (!trackingUri || !/^https?:\/\//i.test(trackingUri)) {
    throw new ConfigurationError(
      trackingUri
        ? 'registry-approval: the MLflow tracking URI must be an http(s) URL (a "databricks" profile name or a local path is not a server)'
        : 'registry-approval: no MLflow tracking URI (input mlflow-tracking-uri, MLFLOW_TRACKING_URI or DATABRICKS_HOST)',
      undefined,
      'Set the mlflow-tracking-uri input (or MLFLOW_TRACKING_URI) to the server, e.g. https://mlflow.example.com.',
    );
  }
  if (/^https?:\/\/[^/]*@/i.test(trackingUri)) {
    throw new ConfigurationError(
      'registry-approval: the MLflow tracking URI holds credentials; pass them as mlflow-username/mlflow-password or mlflow-token instead',
    );
  }
  const token = nonEmpty(overrides['mlflow-token'] ?? env.MLFLOW_TRACKING_TOKEN ?? env.DATABRICKS_TOKEN);
  const username = nonEmpty(overrides['mlflow-username'] ?? env.MLFLOW_TRACKING_USERNAME);
  const password = nonEmpty(overrides['mlflow-password'] ?? env.MLFLOW_TRACKING_PASSWORD);
  return {
    kind: 'mlflow',
    trackingUri,
    timeoutMs,
    retries,
    ...(token ? { token } : {}),
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
  };
}

/** The SageMaker region (required: the SDK cannot guess it) and an optional endpoint override. */
function sagemakerConnection(
  config: RegistryApprovalConfig,
  overrides: RegistryApprovalOverrides,
  env: Env,
  { timeoutMs, retries }: { timeoutMs: number; retries: number },
): RegistryConnection {
  const region = nonEmpty(
    overrides['aws-region'] ?? config.sagemaker?.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION,
  );
  if (!region) {
    throw new ConfigurationError(
      'registry-approval: no AWS region for SageMaker (input aws-region, AWS_REGION or AWS_DEFAULT_REGION)',
      undefined,
      'Set aws-region on aws-actions/configure-aws-credentials or on this action.',
    );
  }
  // Whether the JS SDK reads AWS_ENDPOINT_URL_<SERVICE> itself is not documented: pass it on.
  // The input is the workflow's own; the config's value only with the workflow's consent.
  const endpoint =
    nonEmpty(overrides['sagemaker-endpoint']) ??
    trustedEndpoint({
      config: { key: 'registry-approval.sagemaker.endpoint', value: config.sagemaker?.endpoint },
      workflow: [
        { name: 'AWS_ENDPOINT_URL_SAGEMAKER', value: env.AWS_ENDPOINT_URL_SAGEMAKER },
        { name: 'AWS_ENDPOINT_URL', value: env.AWS_ENDPOINT_URL },
      ],
    });
  if (endpoint && !/^https?:\/\//i.test(endpoint)) {
    throw new ConfigurationError(
      `registry-approval: the SageMaker endpoint ${JSON.stringify(endpoint)} is not an http(s) URL`,
    );
  }
  return { kind: 'sagemaker', region, timeoutMs, retries, ...(endpoint ? { endpoint } : {}) };
}

/** `alias:champion`, `tag:validation_status=approved` or `stage:Production`. */
export function parseApproval(spec: string): MlflowApproval {
  const m = /^(alias|tag|stage):(.+)$/.exec(spec.trim());
  const value = m?.[2]?.trim() ?? '';
  if (m?.[1] === 'alias' && value) return { kind: 'alias', alias: value.replace(/^@/, '') };
  if (m?.[1] === 'stage' && value) return { kind: 'stage', stage: value };
  if (m?.[1] === 'tag') {
    const eq = value.indexOf('=');
    if (eq > 0) return { kind: 'tag', key: value.slice(0, eq).trim(), value: value.slice(eq + 1).trim() };
  }
  throw new ConfigurationError(
    `MLflow approval ${JSON.stringify(spec)} is not allowed; expected alias:<alias>, tag:<key>=<value> or stage:<stage>`,
    undefined,
    'E.g. alias:champion, tag:validation_status=approved or stage:Production.',
  );
}

/** `name:version`, `name@alias`, or a bare name / SageMaker ARN (the latest version), as `--model` takes them. */
export function parseModelSpec(spec: string): DeclaredModel {
  const s = spec.trim();
  if (s.startsWith('arn:')) return { name: s, when: 'always' };
  const at = s.lastIndexOf('@');
  if (at > 0) return { name: s.slice(0, at), alias: s.slice(at + 1), when: 'always' };
  const colon = s.lastIndexOf(':');
  if (colon > 0 && colon < s.length - 1)
    return { name: s.slice(0, colon), version: s.slice(colon + 1), when: 'always' };
  if (colon !== -1 || at !== -1) {
    throw new ConfigurationError(
      `--model: ${JSON.stringify(spec)} is not allowed; expected NAME:VERSION, NAME@ALIAS or NAME`,
    );
  }
  return { name: s, when: 'always' };
}

function nonEmpty(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}
