import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  RegistryError
} from "./chunk-P224J325.js";
import {
  require_dist_cjs
} from "./chunk-OKYV2MIR.js";
import "./chunk-NS5P6SHH.js";
import {
  __toESM
} from "./chunk-UETBL5CI.js";

// src/gates/registry-approval/sagemaker.ts
var import_client_sagemaker = __toESM(require_dist_cjs(), 1);
var MAX_PAGES = 20;
var SageMakerRegistry = class {
  constructor(options) {
    this.options = options;
    this.client = new import_client_sagemaker.SageMakerClient({
      region: options.region,
      ...options.endpoint ? { endpoint: options.endpoint } : {},
      maxAttempts: 1 + Math.max(0, options.retries),
      retryStrategy: new NoTimeoutRetry(1 + Math.max(0, options.retries), options.retryDelayMs),
      // throwOnRequestTimeout: without it the SDK only logs a warning and keeps waiting.
      requestHandler: {
        connectionTimeout: options.timeoutMs,
        requestTimeout: options.timeoutMs,
        throwOnRequestTimeout: true
      }
    });
  }
  options;
  kind = "sagemaker";
  client;
  async lookup(reference) {
    const arn = await this.resolveArn(reference);
    const described = await this.call(
      () => this.client.send(new import_client_sagemaker.DescribeModelPackageCommand({ ModelPackageName: arn }), this.abort())
    );
    return this.judge(reference, described);
  }
  /** The package to describe: an ARN or unversioned name as given, or a group's version. */
  async resolveArn(reference) {
    const { name, version, alias } = reference;
    if (name.startsWith("arn:") || version === void 0 && alias === void 0) {
      if (!name.startsWith("arn:")) return this.latest(name);
      return name;
    }
    if (alias !== void 0 && version === void 0) {
      if (alias === "latest") return this.latest(name);
      throw new RegistryError(
        "bad-request",
        `SageMaker has no aliases; give "${name}" a version number, an ARN, or alias "latest"`
      );
    }
    if (!/^\d+$/.test(version ?? "")) {
      throw new RegistryError("bad-request", `SageMaker versions are numbers; "${version ?? ""}" is not one`);
    }
    let token;
    for (let page = 0; page < MAX_PAGES; page++) {
      const out = await this.call(
        () => this.client.send(
          new import_client_sagemaker.ListModelPackagesCommand({
            ModelPackageGroupName: name,
            // The docs leave open whether the Unversioned default applies to a group: ask explicitly.
            ModelPackageType: "Versioned",
            SortBy: "CreationTime",
            SortOrder: "Descending",
            MaxResults: 100,
            ...token ? { NextToken: token } : {}
          }),
          this.abort()
        )
      );
      const hit = (out.ModelPackageSummaryList ?? []).find((s) => String(s.ModelPackageVersion) === version);
      if (hit?.ModelPackageArn) return hit.ModelPackageArn;
      token = out.NextToken;
      if (!token) break;
    }
    throw new RegistryError(
      "not-found",
      `version ${version ?? ""} is not in the model package group "${name}"`
    );
  }
  /** The newest package of a group, whatever its approval status (the one a release would take). */
  async latest(group) {
    const out = await this.call(
      () => this.client.send(
        new import_client_sagemaker.ListModelPackagesCommand({
          ModelPackageGroupName: group,
          ModelPackageType: "Versioned",
          SortBy: "CreationTime",
          SortOrder: "Descending",
          MaxResults: 1
        }),
        this.abort()
      )
    );
    const first = out.ModelPackageSummaryList?.[0];
    if (!first?.ModelPackageArn)
      throw new RegistryError("not-found", `the model package group "${group}" has no versions`);
    return first.ModelPackageArn;
  }
  judge(reference, d) {
    const version = d.ModelPackageVersion !== void 0 ? String(d.ModelPackageVersion) : reference.version ?? d.ModelPackageName ?? "";
    const approval = d.ModelApprovalStatus ?? "PendingManualApproval";
    const by = d.LastModifiedBy?.UserProfileName ?? d.LastModifiedBy?.IamIdentity?.Arn;
    const when = d.LastModifiedTime instanceof Date ? d.LastModifiedTime.toISOString() : void 0;
    const record = {
      name: d.ModelPackageGroupName ?? reference.name,
      version,
      status: approval,
      link: consoleLink(this.options.region, d),
      // Approval is the last change SageMaker records on a package; its author is the approver.
      ...approval !== "PendingManualApproval" && by ? { approvedBy: by } : {},
      ...approval !== "PendingManualApproval" && when ? { approvedAt: when } : {}
    };
    const note = d.ApprovalDescription ? `: ${d.ApprovalDescription.slice(0, 300)}` : "";
    if (d.ModelPackageStatus && d.ModelPackageStatus !== "Completed") {
      return {
        ...record,
        state: "not-ready",
        status: `${approval}, ModelPackageStatus ${d.ModelPackageStatus}`,
        detail: `the package is ${d.ModelPackageStatus}, not Completed`
      };
    }
    if (approval === "Approved") return { ...record, state: "approved" };
    if (approval === "Rejected") return { ...record, state: "rejected", detail: `rejected${note}` };
    return { ...record, state: "pending", detail: `awaiting approval (PendingManualApproval)${note}` };
  }
  /** An SDK call with SDK failures mapped onto the gate's error kinds. */
  async call(send) {
    try {
      return await send();
    } catch (error) {
      throw sdkError(error, this.options);
    }
  }
  abort() {
    return {
      abortSignal: AbortSignal.timeout(this.options.timeoutMs * (2 + Math.max(0, this.options.retries)))
    };
  }
};
var NoTimeoutRetry = class {
  constructor(maxAttempts, baseDelayMs = 100) {
    this.maxAttempts = maxAttempts;
    this.baseDelayMs = baseDelayMs;
  }
  maxAttempts;
  baseDelayMs;
  acquireInitialRetryToken() {
    return Promise.resolve(retryToken(0, 0));
  }
  refreshRetryTokenForRetry(previous, info) {
    const next = previous.getRetryCount() + 1;
    const retryable = info.errorType === "THROTTLING" || info.errorType === "TRANSIENT";
    if (next >= this.maxAttempts || !retryable || isTimeoutError(info.error)) {
      return Promise.reject(new Error("not retried"));
    }
    return Promise.resolve(retryToken(next, Math.min(2e4, this.baseDelayMs * 2 ** (next - 1))));
  }
  recordSuccess() {
  }
};
function retryToken(count, delayMs) {
  return { getRetryCount: () => count, getRetryDelay: () => delayMs };
}
function isTimeoutError(error) {
  const e = error;
  return e?.name === "TimeoutError" || e?.code === "ETIMEDOUT";
}
function sdkError(error, options) {
  const e = error;
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts ?? 1;
  const where = options.endpoint ? new URL(options.endpoint).origin : `SageMaker in ${options.region}`;
  const name = e.name ?? "Error";
  const message = (e.message ?? "").slice(0, 300);
  if (name === "CredentialsProviderError" || /credential/i.test(name)) {
    return new RegistryError(
      "auth",
      `no AWS credentials found (${message}); the default chain reads AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, web identity, profiles and instance roles`
    );
  }
  if (status === 401 || status === 403 || /^(AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken|InvalidClientTokenId|SignatureDoesNotMatch|MissingAuthenticationToken)/.test(
    name
  )) {
    return new RegistryError(
      "auth",
      `${where} refused the credentials (${name}${status ? `, HTTP ${status}` : ""}: ${message})`,
      status,
      attempts
    );
  }
  if (name === "ResourceNotFound" || name === "ValidationException" && /does not exist|not found|cannot find/i.test(message)) {
    return new RegistryError(
      "not-found",
      `not in the SageMaker Model Registry (${name}: ${message})`,
      status,
      attempts
    );
  }
  if (name === "TimeoutError" || name === "AbortError" || e.code === "ETIMEDOUT" || /timed? ?out/i.test(message)) {
    return new RegistryError(
      "timeout",
      `${where} did not answer within ${options.timeoutMs} ms`,
      status,
      attempts
    );
  }
  if (status === void 0) {
    return new RegistryError(
      "unreachable",
      `${where} is unreachable (${e.code ?? name}: ${message})`,
      void 0,
      attempts
    );
  }
  if (status >= 500 || e.$fault === "server") {
    return new RegistryError("server", `${where} failed with HTTP ${status} (${name})`, status, attempts);
  }
  return new RegistryError(
    "bad-request",
    `${where} refused the request (${name}, HTTP ${status}: ${message})`,
    status,
    attempts
  );
}
function consoleLink(region, d) {
  if (!d.ModelPackageGroupName || d.ModelPackageVersion === void 0) return void 0;
  return `https://${region}.console.aws.amazon.com/sagemaker/home?region=${region}#/model-registry/model-package-groups/${encodeURIComponent(d.ModelPackageGroupName)}/versions/${d.ModelPackageVersion}`;
}
export {
  NoTimeoutRetry,
  SageMakerRegistry,
  sdkError
};
