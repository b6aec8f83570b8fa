import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";

// src/gates/registry-approval/parse-settings.ts
var DEFAULT_REGISTRY_FILE = "registry/models.yml";
function registryApprovalSettings(config, overrides, ctx) {
  const { cwd, env } = ctx;
  const registry = overrides.registry ?? config.registry ?? "file";
  const mode = overrides.mode ?? config.mode ?? "auto";
  const release = mode === "release" || mode === "auto" && ctx.release;
  const timeoutSeconds = overrides["timeout-seconds"] ?? config["timeout-seconds"] ?? 10;
  if (!(timeoutSeconds > 0 && timeoutSeconds <= 300)) {
    throw new ConfigurationError(
      `--timeout-seconds: ${timeoutSeconds} is not allowed; expected more than 0 and at most 300`
    );
  }
  const retries = overrides.retries ?? config.retries ?? 2;
  if (!Number.isInteger(retries) || retries < 0 || retries > 5) {
    throw new ConfigurationError(`--retries: ${retries} is not allowed; expected a whole number from 0 to 5`);
  }
  const models = overrides.model?.length ? overrides.model.map((spec) => ({ ...parseModelSpec(spec), from: "option" })) : (config.models ?? []).map((m) => ({
    name: m.name,
    ...m.version !== void 0 ? { version: String(m.version) } : {},
    ...m.alias !== void 0 ? { alias: m.alias } : {},
    when: m.when ?? "always"
  }));
  const manifests = (config.manifests ?? []).map((m) => ({
    file: m.file,
    when: m.when ?? "always",
    ...m["list-key"] !== void 0 ? { listKey: m["list-key"] } : {},
    ...m.name !== void 0 ? { name: m.name } : {},
    ...m["name-key"] !== void 0 ? { nameKey: m["name-key"] } : {},
    ...m["version-key"] !== void 0 ? { versionKey: m["version-key"] } : {},
    ...m["alias-key"] !== void 0 ? { aliasKey: m["alias-key"] } : {}
  }));
  for (const [i, m] of manifests.entries()) {
    if (m.name === void 0 && m.nameKey === void 0) {
      throw new ConfigurationError(
        `registry-approval.manifests[${i}] (${m.file}): needs name or name-key`,
        void 0,
        "Give the model name (name: churn-classifier) or the key that holds it (name-key: model.name)."
      );
    }
    if (m.versionKey === void 0 && m.aliasKey === void 0) {
      throw new ConfigurationError(
        `registry-approval.manifests[${i}] (${m.file}): needs version-key or alias-key`,
        void 0,
        "Name the key that holds the deployed version, e.g. version-key: model.version."
      );
    }
  }
  const approvers = overrides.approvers?.length ? overrides.approvers : config.file?.approvers ?? [];
  const codeowners = config.file?.codeowners ?? false;
  if (registry === "file" && approvers.length === 0 && !codeowners) {
    throw new ConfigurationError(
      "registry-approval: the in-repo registry needs allowed approvers, and none are configured",
      void 0,
      "Set registry-approval.file.approvers (logins) and/or registry-approval.file.codeowners: true."
    );
  }
  const settings = {
    cwd,
    registry,
    release,
    models,
    manifests,
    file: {
      path: overrides["registry-file"] ?? config.file?.path ?? DEFAULT_REGISTRY_FILE,
      approvers: { users: approvers, codeowners, teams: config.file?.teams ?? {} }
    },
    mlflow: {
      approval: parseApproval(overrides["mlflow-approval"] ?? config.mlflow?.approval ?? "alias:champion")
    }
  };
  return {
    settings,
    connection: connection(registry, config, overrides, env, { timeoutSeconds, retries })
  };
}
function connection(registry, config, overrides, env, { timeoutSeconds, retries }) {
  const timeoutMs = Math.round(timeoutSeconds * 1e3);
  if (registry === "file") return { kind: "file" };
  if (registry === "mlflow") {
    const trackingUri = nonEmpty(
      overrides["mlflow-tracking-uri"] ?? config.mlflow?.["tracking-uri"] ?? env.MLFLOW_TRACKING_URI ?? env.DATABRICKS_HOST
    );
    if (!trackingUri || !/^https?:\/\//i.test(trackingUri)) {
      throw new ConfigurationError(
        trackingUri ? 'registry-approval: the MLflow tracking URI must be an http(s) URL (a "databricks" profile name or a local path is not a server)' : "registry-approval: no MLflow tracking URI (input mlflow-tracking-uri, MLFLOW_TRACKING_URI or DATABRICKS_HOST)",
        void 0,
        "Set the mlflow-tracking-uri input (or MLFLOW_TRACKING_URI) to the server, e.g. https://mlflow.example.com."
      );
    }
    if (/^https?:\/\/[^/]*@/i.test(trackingUri)) {
      throw new ConfigurationError(
        "registry-approval: the MLflow tracking URI holds credentials; pass them as mlflow-username/mlflow-password or mlflow-token instead"
      );
    }
    const token = nonEmpty(overrides["mlflow-token"] ?? env.MLFLOW_TRACKING_TOKEN ?? env.DATABRICKS_TOKEN);
    const username = nonEmpty(overrides["mlflow-username"] ?? env.MLFLOW_TRACKING_USERNAME);
    const password = nonEmpty(overrides["mlflow-password"] ?? env.MLFLOW_TRACKING_PASSWORD);
    return {
      kind: "mlflow",
      trackingUri,
      timeoutMs,
      retries,
      ...token ? { token } : {},
      ...username ? { username } : {},
      ...password ? { password } : {}
    };
  }
  const region = nonEmpty(
    overrides["aws-region"] ?? config.sagemaker?.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION
  );
  if (!region) {
    throw new ConfigurationError(
      "registry-approval: no AWS region for SageMaker (input aws-region, AWS_REGION or AWS_DEFAULT_REGION)",
      void 0,
      "Set aws-region on aws-actions/configure-aws-credentials or on this action."
    );
  }
  const endpoint = nonEmpty(
    overrides["sagemaker-endpoint"] ?? config.sagemaker?.endpoint ?? env.AWS_ENDPOINT_URL_SAGEMAKER ?? env.AWS_ENDPOINT_URL
  );
  if (endpoint && !/^https?:\/\//i.test(endpoint)) {
    throw new ConfigurationError(
      `registry-approval: the SageMaker endpoint ${JSON.stringify(endpoint)} is not an http(s) URL`
    );
  }
  return { kind: "sagemaker", region, timeoutMs, retries, ...endpoint ? { endpoint } : {} };
}
function parseApproval(spec) {
  const m = /^(alias|tag|stage):(.+)$/.exec(spec.trim());
  const value = m?.[2]?.trim() ?? "";
  if (m?.[1] === "alias" && value) return { kind: "alias", alias: value.replace(/^@/, "") };
  if (m?.[1] === "stage" && value) return { kind: "stage", stage: value };
  if (m?.[1] === "tag") {
    const eq = value.indexOf("=");
    if (eq > 0) return { kind: "tag", key: value.slice(0, eq).trim(), value: value.slice(eq + 1).trim() };
  }
  throw new ConfigurationError(
    `MLflow approval ${JSON.stringify(spec)} is not allowed; expected alias:<alias>, tag:<key>=<value> or stage:<stage>`,
    void 0,
    "E.g. alias:champion, tag:validation_status=approved or stage:Production."
  );
}
function parseModelSpec(spec) {
  const s = spec.trim();
  if (s.startsWith("arn:")) return { name: s, when: "always" };
  const at = s.lastIndexOf("@");
  if (at > 0) return { name: s.slice(0, at), alias: s.slice(at + 1), when: "always" };
  const colon = s.lastIndexOf(":");
  if (colon > 0 && colon < s.length - 1)
    return { name: s.slice(0, colon), version: s.slice(colon + 1), when: "always" };
  if (colon !== -1 || at !== -1) {
    throw new ConfigurationError(
      `--model: ${JSON.stringify(spec)} is not allowed; expected NAME:VERSION, NAME@ALIAS or NAME`
    );
  }
  return { name: s, when: "always" };
}
function nonEmpty(value) {
  const v = value?.trim();
  return v ? v : void 0;
}
export {
  DEFAULT_REGISTRY_FILE,
  parseApproval,
  parseModelSpec,
  registryApprovalSettings
};
