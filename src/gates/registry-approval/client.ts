/**
 * The one interface every registry implements (MLflow, SageMaker, the in-repo file), so the gate's
 * judgement never depends on which registry answered.
 */

/** Where a model reference came from: a file and line, the config, or the command line / action input. */
export interface ReferenceOrigin {
  /** Repository-relative path of the file the version was read from. */
  path?: string;
  line?: number;
  /**
   * Human words for the origin, e.g. `deploy/serving.yml (model.version)`,
   * `config (registry-approval.models)` or `the --model option (action input models)`.
   */
  description: string;
}

/** A model version the PR or release refers to: a version, an alias, or neither (the registry's latest). */
export interface ModelReference {
  name: string;
  version?: string;
  alias?: string;
  origin: ReferenceOrigin;
}

/**
 * What the registry says of one version, already mapped onto one vocabulary.
 * `approved` is the only passing state; `not-ready` is a version still registering or failed.
 */
export type ApprovalState = 'approved' | 'pending' | 'rejected' | 'not-ready' | 'unauthorized';

/** One version as the registry describes it. */
export interface VersionRecord {
  name: string;
  /** The resolved version (an alias resolves to a number). */
  version: string;
  state: ApprovalState;
  /** The registry's own words, e.g. `PendingManualApproval` or `stage Production`. */
  status: string;
  /** Why it is not approved, in one sentence, when it is not. */
  detail?: string;
  approvedBy?: string;
  /** ISO 8601 date or date-time. */
  approvedAt?: string;
  /** Who registered the version (MLflow `user_id`), when the registry does not record an approver. */
  registeredBy?: string;
  /** When the version last changed (ISO 8601). */
  updatedAt?: string;
  /** MLflow UI, SageMaker console or the registry file. */
  link?: string;
}

/** The three registries. */
export type RegistryKind = 'mlflow' | 'sagemaker' | 'file';

/** A model registry as the gate sees it. */
export interface RegistryClient {
  readonly kind: RegistryKind;
  /** Looks up one version; throws `RegistryError` when the registry cannot answer. */
  lookup(reference: ModelReference): Promise<VersionRecord>;
}

/**
 * Why a registry could not answer. `not-found` (the version does not exist) and `no-alias` (no
 * version of the model carries the alias) are the registry's own answers: not approved, so the
 * gate fails. Every other kind means the gate could not judge (error).
 */
export type RegistryErrorKind =
  'not-found' | 'no-alias' | 'unreachable' | 'timeout' | 'auth' | 'bad-request' | 'bad-response' | 'server';

/** Kinds that are the registry's answer about the model, not a failure to answer. */
const ANSWERS: ReadonlySet<RegistryErrorKind> = new Set(['not-found', 'no-alias']);

/** True when the registry answered (the model or alias is not there): a fail, not an error. */
export function isRegistryAnswer(kind: RegistryErrorKind): boolean {
  return ANSWERS.has(kind);
}

/** A registry failure with a kind the gate turns into a distinct message and status. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  constructor(
    readonly kind: RegistryErrorKind,
    message: string,
    /** HTTP status of the last attempt, when there was a response. */
    readonly httpStatus?: number,
    /** How many requests were made (retries included). */
    readonly attempts = 1,
    /** The registry's own error code and message, when it sent them (MLflow `error_code`, `message`). */
    readonly registry?: { code?: string; message?: string },
  ) {
    super(message);
  }
}

/** The label of a reference: `name@alias`, `name:version`, or `name (latest)`. */
export function referenceLabel(reference: Pick<ModelReference, 'name' | 'version' | 'alias'>): string {
  if (reference.version !== undefined) return `${reference.name}:${reference.version}`;
  if (reference.alias !== undefined) return `${reference.name}@${reference.alias}`;
  return `${reference.name} (latest)`;
}
