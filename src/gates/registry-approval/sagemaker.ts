import {
  DescribeModelPackageCommand,
  type DescribeModelPackageOutput,
  ListModelPackagesCommand,
  type ModelPackageSummary,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { type ModelReference, type RegistryClient, RegistryError, type VersionRecord } from './client.js';

/** How to reach SageMaker; credentials always come from the SDK's default provider chain. */
export interface SageMakerOptions {
  region: string;
  /** Endpoint override (a VPC endpoint, a test server); default: the SDK's regional endpoint. */
  endpoint?: string;
  /** Per request (connection and response). */
  timeoutMs: number;
  /** Extra attempts on throttling, 5xx and network errors; never after a timeout or a 4xx. */
  retries: number;
  /** First back-off before a retry; doubles each retry (default 100 ms, the SDK's). */
  retryDelayMs?: number;
}

/** Versions of a group are listed at most this many pages deep looking for one version number. */
const MAX_PAGES = 20;

/**
 * SageMaker Model Registry through `@aws-sdk/client-sagemaker`: `DescribeModelPackage` for an ARN
 * (or an unversioned package name), or a package group's versions through `ListModelPackages`.
 * `ModelApprovalStatus` decides: `Approved` passes, `PendingManualApproval` awaits approval,
 * `Rejected` fails; a package whose `ModelPackageStatus` is not `Completed` is not ready.
 */
export class SageMakerRegistry implements RegistryClient {
  readonly kind = 'sagemaker';
  private readonly client: SageMakerClient;

  constructor(private readonly options: SageMakerOptions) {
    this.client = new SageMakerClient({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      maxAttempts: 1 + Math.max(0, options.retries),
      retryStrategy: new NoTimeoutRetry(1 + Math.max(0, options.retries), options.retryDelayMs),
      // throwOnRequestTimeout: without it the SDK only logs a warning and keeps waiting.
      requestHandler: {
        connectionTimeout: options.timeoutMs,
        requestTimeout: options.timeoutMs,
        throwOnRequestTimeout: true,
      },
    });
  }

  async lookup(reference: ModelReference): Promise<VersionRecord> {
    const arn = await this.resolveArn(reference);
    const described = await this.call(() =>
      this.client.send(new DescribeModelPackageCommand({ ModelPackageName: arn }), this.abort()),
    );
    return this.judge(reference, described);
  }

  /** The package to describe: an ARN or unversioned name as given, or a group's version. */
  private async resolveArn(reference: ModelReference): Promise<string> {
    const { name, version, alias } = reference;
    if (name.startsWith('arn:') || (version === undefined && alias === undefined)) {
      if (!name.startsWith('arn:')) return this.latest(name);
      return name;
    }
    if (alias !== undefined && version === undefined) {
      if (alias === 'latest') return this.latest(name);
      throw new RegistryError(
        'bad-request',
        `SageMaker has no aliases; give "${name}" a version number, an ARN, or alias "latest"`,
      );
    }
    if (!/^\d+$/.test(version ?? '')) {
      throw new RegistryError('bad-request', `SageMaker versions are numbers; "${version ?? ''}" is not one`);
    }
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const out = await this.call(() =>
        this.client.send(
          new ListModelPackagesCommand({
            ModelPackageGroupName: name,
            // The docs leave open whether the Unversioned default applies to a group: ask explicitly.
            ModelPackageType: 'Versioned',
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            MaxResults: 100,
            ...(token ? { NextToken: token } : {}),
          }),
          this.abort(),
        ),
      );
      const hit = (out.ModelPackageSummaryList ?? []).find((s) => String(s.ModelPackageVersion) === version);
      if (hit?.ModelPackageArn) return hit.ModelPackageArn;
      token = out.NextToken;
      if (!token) break;
    }
    throw new RegistryError(
      'not-found',
      `version ${version ?? ''} is not in the model package group "${name}"`,
    );
  }

  /** The newest package of a group, whatever its approval status (the one a release would take). */
  private async latest(group: string): Promise<string> {
    const out = await this.call(() =>
      this.client.send(
        new ListModelPackagesCommand({
          ModelPackageGroupName: group,
          ModelPackageType: 'Versioned',
          SortBy: 'CreationTime',
          SortOrder: 'Descending',
          MaxResults: 1,
        }),
        this.abort(),
      ),
    );
    const first: ModelPackageSummary | undefined = out.ModelPackageSummaryList?.[0];
    if (!first?.ModelPackageArn)
      throw new RegistryError('not-found', `the model package group "${group}" has no versions`);
    return first.ModelPackageArn;
  }

  private judge(reference: ModelReference, d: DescribeModelPackageOutput): VersionRecord {
    const version =
      d.ModelPackageVersion !== undefined
        ? String(d.ModelPackageVersion)
        : (reference.version ?? d.ModelPackageName ?? '');
    const approval = d.ModelApprovalStatus ?? 'PendingManualApproval';
    const by = d.LastModifiedBy?.UserProfileName ?? d.LastModifiedBy?.IamIdentity?.Arn;
    const when = d.LastModifiedTime instanceof Date ? d.LastModifiedTime.toISOString() : undefined;
    const record = {
      name: d.ModelPackageGroupName ?? reference.name,
      version,
      status: approval,
      link: consoleLink(this.options.region, d),
      // Approval is the last change SageMaker records on a package; its author is the approver.
      ...(approval !== 'PendingManualApproval' && by ? { approvedBy: by } : {}),
      ...(approval !== 'PendingManualApproval' && when ? { approvedAt: when } : {}),
    };
    const note = d.ApprovalDescription ? `: ${d.ApprovalDescription.slice(0, 300)}` : '';
    if (d.ModelPackageStatus && d.ModelPackageStatus !== 'Completed') {
      return {
        ...record,
        state: 'not-ready',
        status: `${approval}, ModelPackageStatus ${d.ModelPackageStatus}`,
        detail: `the package is ${d.ModelPackageStatus}, not Completed`,
      };
    }
    if (approval === 'Approved') return { ...record, state: 'approved' };
    if (approval === 'Rejected') return { ...record, state: 'rejected', detail: `rejected${note}` };
    return { ...record, state: 'pending', detail: `awaiting approval (PendingManualApproval)${note}` };
  }

  /** An SDK call with SDK failures mapped onto the gate's error kinds. */
  private async call<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw sdkError(error, this.options);
    }
  }

  private abort(): { abortSignal: AbortSignal } {
    // A deadline for the whole call, retries included, on top of the per-request timeouts: the
    // retried failures (5xx, refused connections) are quick, but a slow 500 is not.
    return {
      abortSignal: AbortSignal.timeout(this.options.timeoutMs * (2 + Math.max(0, this.options.retries))),
    };
  }
}

/** The SDK's retry token (`RetryToken` of @smithy/types), written out: that package is not a dependency here. */
interface RetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
}

/**
 * A retry strategy (the SDK's `RetryStrategyV2` shape) that never retries a timeout. The SDK's
 * standard strategy counts a `TimeoutError` (and ETIMEDOUT) as transient and retries it, so with
 * three attempts a hanging registry cost three timeouts per version, while the docs promise
 * timeouts are not retried. This one retries what the standard one does — throttling and
 * transient errors (5xx 500/502/503/504, connection refused or reset) — except timeouts, up to
 * `maxAttempts`, with exponential back-off from `baseDelayMs` (capped at 20 s, the SDK's cap);
 * client errors are never retried.
 */
export class NoTimeoutRetry {
  constructor(
    private readonly maxAttempts: number,
    private readonly baseDelayMs = 100,
  ) {}

  acquireInitialRetryToken(): Promise<RetryToken> {
    return Promise.resolve(retryToken(0, 0));
  }

  refreshRetryTokenForRetry(
    previous: RetryToken,
    info: { error?: unknown; errorType: string },
  ): Promise<RetryToken> {
    const next = previous.getRetryCount() + 1;
    const retryable = info.errorType === 'THROTTLING' || info.errorType === 'TRANSIENT';
    if (next >= this.maxAttempts || !retryable || isTimeoutError(info.error)) {
      return Promise.reject(new Error('not retried'));
    }
    return Promise.resolve(retryToken(next, Math.min(20_000, this.baseDelayMs * 2 ** (next - 1))));
  }

  recordSuccess(): void {
    // No retry quota to refill: attempts are bounded per call by maxAttempts.
  }
}

function retryToken(count: number, delayMs: number): RetryToken {
  return { getRetryCount: () => count, getRetryDelay: () => delayMs };
}

/** The request handler's timeouts: connection, request and socket ones are `TimeoutError`s, a few carry ETIMEDOUT. */
function isTimeoutError(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown } | null | undefined;
  return e?.name === 'TimeoutError' || e?.code === 'ETIMEDOUT';
}

/** The parts of an SDK error the mapping reads; service exceptions add `$metadata` and `$fault`. */
interface SdkErrorLike {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  $fault?: string;
}

/** Error names of rejected, expired or unsigned credentials; the status alone is not always set. */
const AUTH_ERROR_NAME =
  /^(AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken|InvalidClientTokenId|SignatureDoesNotMatch|MissingAuthenticationToken)/;

/** SageMaker refused the credentials it was given (as opposed to finding none). */
function isAuthRefusal(name: string, status: number | undefined): boolean {
  return status === 401 || status === 403 || AUTH_ERROR_NAME.test(name);
}

/**
 * The model package does not exist; SageMaker reports some of those as a ValidationException,
 * so the message decides.
 */
function isNotFound(name: string, message: string): boolean {
  return (
    name === 'ResourceNotFound' ||
    (name === 'ValidationException' && /does not exist|not found|cannot find/i.test(message))
  );
}

/** Any of the ways the SDK and its HTTP handler report a timeout (names, code, or only the message). */
function isTimedOut(name: string, code: string | undefined, message: string): boolean {
  return (
    name === 'TimeoutError' || name === 'AbortError' || code === 'ETIMEDOUT' || /timed? ?out/i.test(message)
  );
}

/** Maps an SDK error (service exception, credentials, network, timeout) to a RegistryError. */
export function sdkError(
  error: unknown,
  options: Pick<SageMakerOptions, 'region' | 'endpoint' | 'timeoutMs'>,
): RegistryError {
  const e = error as SdkErrorLike;
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts ?? 1;
  const where = options.endpoint ? new URL(options.endpoint).origin : `SageMaker in ${options.region}`;
  const name = e.name ?? 'Error';
  const message = (e.message ?? '').slice(0, 300);
  if (name === 'CredentialsProviderError' || /credential/i.test(name)) {
    return new RegistryError(
      'auth',
      `no AWS credentials found (${message}); the default chain reads AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, web identity, profiles and instance roles`,
    );
  }
  if (isAuthRefusal(name, status)) {
    return new RegistryError(
      'auth',
      `${where} refused the credentials (${name}${status ? `, HTTP ${status}` : ''}: ${message})`,
      status,
      attempts,
    );
  }
  if (isNotFound(name, message)) {
    return new RegistryError(
      'not-found',
      `not in the SageMaker Model Registry (${name}: ${message})`,
      status,
      attempts,
    );
  }
  if (isTimedOut(name, e.code, message)) {
    return new RegistryError(
      'timeout',
      `${where} did not answer within ${options.timeoutMs} ms`,
      status,
      attempts,
    );
  }
  if (status === undefined) {
    return new RegistryError(
      'unreachable',
      `${where} is unreachable (${e.code ?? name}: ${message})`,
      undefined,
      attempts,
    );
  }
  if (status >= 500 || e.$fault === 'server') {
    return new RegistryError('server', `${where} failed with HTTP ${status} (${name})`, status, attempts);
  }
  return new RegistryError(
    'bad-request',
    `${where} refused the request (${name}, HTTP ${status}: ${message})`,
    status,
    attempts,
  );
}

/** The model package's page in the SageMaker console (Studio has its own, per domain). */
function consoleLink(region: string, d: DescribeModelPackageOutput): string | undefined {
  if (!d.ModelPackageGroupName || d.ModelPackageVersion === undefined) return undefined;
  return `https://${region}.console.aws.amazon.com/sagemaker/home?region=${region}#/model-registry/model-package-groups/${encodeURIComponent(d.ModelPackageGroupName)}/versions/${d.ModelPackageVersion}`;
}
