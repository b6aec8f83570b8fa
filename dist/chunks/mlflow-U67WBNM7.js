import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  RegistryError
} from "./chunk-P224J325.js";
import "./chunk-UETBL5CI.js";

// src/gates/registry-approval/mlflow.ts
var MlflowRegistry = class {
  constructor(options) {
    this.options = options;
    this.base = options.trackingUri.replace(/\/+$/, "");
  }
  options;
  kind = "mlflow";
  base;
  async lookup(reference) {
    let body;
    if (reference.version !== void 0) {
      body = await this.get("model-versions/get", { name: reference.name, version: reference.version });
    } else if (reference.alias !== void 0) {
      const { name, alias } = reference;
      body = await this.get("registered-models/alias", { name, alias }).catch((error) => {
        throw noAlias(error, name, alias) ?? error;
      });
    } else {
      throw new RegistryError(
        "bad-request",
        `MLflow needs a version or an alias for "${reference.name}" (e.g. alias champion)`
      );
    }
    const mv = body?.model_version;
    if (!mv || typeof mv !== "object" || mv.version === void 0) {
      throw new RegistryError("bad-response", "MLflow answered without a model_version object");
    }
    return this.judge(reference.name, mv);
  }
  /** Maps a ModelVersion onto an approval state under the configured rule. */
  judge(name, mv) {
    const version = String(mv.version);
    const rule = this.options.approval;
    const tags = Array.isArray(mv.tags) ? mv.tags : [];
    const aliases = Array.isArray(mv.aliases) ? mv.aliases : [];
    const stage = mv.current_stage ?? "None";
    const when = toIso(mv.last_updated_timestamp ?? mv.creation_timestamp);
    const record = {
      name: mv.name ?? name,
      version,
      link: this.link(mv.name ?? name, version),
      ...mv.user_id ? { registeredBy: mv.user_id } : {},
      ...when ? { updatedAt: when } : {}
    };
    if (mv.status !== "READY") {
      return {
        ...record,
        state: "not-ready",
        status: `status ${mv.status ?? "unknown"}`,
        detail: `version status is ${mv.status ?? "missing"}, not READY (the model is not fully registered)`
      };
    }
    switch (rule.kind) {
      case "alias":
        return aliases.includes(rule.alias) ? { ...record, state: "approved", status: `alias @${rule.alias}` } : {
          ...record,
          state: "pending",
          status: aliases.length ? `aliases ${aliases.map((a) => `@${a}`).join(", ")}` : "no alias",
          detail: `awaiting approval: the version does not carry the alias @${rule.alias}`
        };
      case "tag": {
        const tag = tags.find((t) => t.key === rule.key);
        if (tag?.value === rule.value)
          return { ...record, state: "approved", status: `tag ${rule.key}=${rule.value}` };
        if (tag === void 0) {
          return {
            ...record,
            state: "pending",
            status: `no tag ${rule.key}`,
            detail: `awaiting approval: no tag ${rule.key} (expected ${rule.key}=${rule.value})`
          };
        }
        const rejected = /reject|fail|denied|declined/i.test(tag.value ?? "");
        return {
          ...record,
          state: rejected ? "rejected" : "pending",
          status: `tag ${rule.key}=${tag.value ?? ""}`,
          detail: `${rejected ? "rejected" : "awaiting approval"}: tag ${rule.key} is "${tag.value ?? ""}", not "${rule.value}"`
        };
      }
      default:
        return stage === rule.stage ? { ...record, state: "approved", status: `stage ${stage}` } : {
          ...record,
          state: stage === "Archived" ? "rejected" : "pending",
          status: `stage ${stage}`,
          detail: `${stage === "Archived" ? "archived" : "awaiting approval"}: stage is ${stage}, not ${rule.stage}`
        };
    }
  }
  /** MLflow UI (`#/models/<name>/versions/<v>`), or the Databricks workspace's model page. */
  link(name, version) {
    const n = encodeURIComponent(name);
    return /\.(cloud\.)?databricks\.com$|azuredatabricks\.net$/.test(safeHost(this.base)) ? `${this.base}/ml/models/${n}/versions/${version}` : `${this.base}/#/models/${n}/versions/${version}`;
  }
  /**
   * One GET with timeout; retried (bounded, with back-off) on 5xx and network errors only. A
   * timeout of any kind (the request's deadline, undici's connect, headers or body timeout, the
   * body's own deadline) ends the lookup at once, as the docs say.
   */
  async get(endpoint, query) {
    const url = `${this.base}/api/2.0/mlflow/${endpoint}?${new URLSearchParams(query).toString()}`;
    const attempts = 1 + Math.max(0, this.options.retries);
    let last;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await sleep((this.options.retryDelayMs ?? 500) * 2 ** (attempt - 2));
      const outcome = await this.attempt(url, attempt);
      if (!("retry" in outcome)) return outcome.body;
      last = outcome.retry;
    }
    throw last ?? new RegistryError("unreachable", "MLflow did not answer");
  }
  /**
   * One request: the parsed body, or a failure worth another attempt (a network error, a 5xx).
   * Anything else — a timeout while connecting, waiting or reading the body, a 4xx, a body that
   * is not JSON — is thrown: it ends the lookup.
   */
  async attempt(url, attempt) {
    const origin = safeOrigin(this.base);
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let response;
    let text;
    try {
      response = await (this.options.fetch ?? fetch)(url, {
        headers: { accept: "application/json", ...this.authorization() },
        signal,
        redirect: "error"
      });
      text = await response.text();
    } catch (error2) {
      if (isTimeout(error2) || signal.aborted)
        throw new RegistryError("timeout", this.timeoutMessage(error2), void 0, attempt);
      const why = `MLflow at ${origin} is unreachable (${networkCause(error2)})`;
      return { retry: new RegistryError("unreachable", why, void 0, attempt) };
    }
    if (response.ok) {
      try {
        return { body: JSON.parse(text) };
      } catch {
        const why = `MLflow answered ${response.status} with a body that is not JSON`;
        throw new RegistryError("bad-response", why, response.status, attempt);
      }
    }
    const error = errorFor(response.status, text, origin, attempt);
    if (response.status >= 500) return { retry: error };
    throw error;
  }
  timeoutMessage(error) {
    const code = timeoutCode(error);
    return code === void 0 ? `MLflow at ${safeOrigin(this.base)} did not answer within ${this.options.timeoutMs} ms` : `MLflow at ${safeOrigin(this.base)} did not answer in time (${code})`;
  }
  authorization() {
    const { username, password, token } = this.options;
    if (username && password) {
      return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}` };
    }
    return token ? { authorization: `Bearer ${token}` } : {};
  }
};
function errorFor(status, text, origin, attempts) {
  let code;
  let message;
  try {
    const body = JSON.parse(text);
    code = typeof body.error_code === "string" ? body.error_code : void 0;
    message = typeof body.message === "string" ? body.message.slice(0, 300) : void 0;
  } catch {
  }
  const said = code ? `${code}${message ? `: ${message}` : ""}` : `HTTP ${status}`;
  const registry = code ? { code, ...message !== void 0 ? { message } : {} } : void 0;
  if (status === 401 || status === 403 || code === "PERMISSION_DENIED" || code === "UNAUTHENTICATED") {
    return new RegistryError(
      "auth",
      `MLflow at ${origin} refused the credentials (${status === 401 ? "401 unauthenticated" : "403 permission denied"}; ${said})`,
      status,
      attempts
    );
  }
  if (code === "RESOURCE_DOES_NOT_EXIST")
    return new RegistryError("not-found", `not in the MLflow registry (${said})`, status, attempts, registry);
  if (status === 404) {
    return new RegistryError(
      "bad-request",
      `MLflow at ${origin} has no model registry API at this URL (HTTP 404)`,
      status,
      attempts
    );
  }
  if (status >= 500)
    return new RegistryError(
      "server",
      `MLflow at ${origin} failed with HTTP ${status} (${said})`,
      status,
      attempts
    );
  return new RegistryError(
    "bad-request",
    `MLflow at ${origin} refused the request (HTTP ${status}; ${said})`,
    status,
    attempts,
    registry
  );
}
var TIMEOUT_CODES = /* @__PURE__ */ new Set([
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "ETIMEDOUT"
]);
function isTimeout(error) {
  return error instanceof Error && (error.name === "TimeoutError" || error.cause?.name === "TimeoutError" || timeoutCode(error) !== void 0);
}
function timeoutCode(error) {
  const code = error?.cause?.code;
  return typeof code === "string" && TIMEOUT_CODES.has(code) ? code : void 0;
}
function noAlias(error, name, alias) {
  if (!(error instanceof RegistryError) || error.registry === void 0) return void 0;
  const { code, message = "" } = error.registry;
  const answered = (code === "INVALID_PARAMETER_VALUE" || code === "RESOURCE_DOES_NOT_EXIST") && /\balias\b.*\bnot found\b/i.test(message);
  if (!answered) return void 0;
  return new RegistryError(
    "no-alias",
    `model ${name} has no alias ${alias} (MLflow answered ${code}: ${message.replace(/\.$/, "")})`,
    error.httpStatus,
    error.attempts,
    error.registry
  );
}
function networkCause(error) {
  const cause = error.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
function safeOrigin(base) {
  try {
    return new URL(base).origin;
  } catch {
    return "(invalid tracking URI)";
  }
}
function safeHost(base) {
  try {
    return new URL(base).hostname;
  } catch {
    return "";
  }
}
function toIso(ms) {
  const n = typeof ms === "string" ? Number(ms) : ms;
  return n !== void 0 && Number.isFinite(n) && n > 0 ? new Date(n).toISOString() : void 0;
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
export {
  MlflowRegistry
};
