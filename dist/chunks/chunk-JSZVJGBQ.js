import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-SZGMGQCO.js";
import {
  require_picomatch
} from "./chunk-RA43G3UU.js";
import {
  errorGateResult,
  userErrorFinding
} from "./chunk-ZIFHIL5S.js";
import {
  ratio
} from "./chunk-UP7ECBAX.js";
import {
  ConfigurationError,
  InputError,
  UserError
} from "./chunk-JB365UXO.js";
import {
  RegistryError,
  referenceLabel
} from "./chunk-VK3DKIP4.js";
import {
  __toESM
} from "./chunk-UETBL5CI.js";

// src/config/registry-approval-settings.ts
var DEFAULT_REGISTRY_FILE = "registry/models.yml";
function registryApprovalSettings(config, overrides, secrets, cwd, env) {
  const registry = overrides.registry ?? config.registry ?? "file";
  const mode = overrides.mode ?? config.mode ?? "auto";
  const release = mode === "release" || mode === "auto" && isReleaseEvent(env);
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
  const models = overrides.model?.length ? overrides.model.map(parseModelSpec) : (config.models ?? []).map((m) => ({
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
    connection: connection(registry, config, overrides, secrets, env, timeoutSeconds, retries)
  };
}
function connection(registry, config, overrides, secrets, env, timeoutSeconds, retries) {
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
    const token = nonEmpty(secrets["mlflow-token"] ?? env.MLFLOW_TRACKING_TOKEN ?? env.DATABRICKS_TOKEN);
    const username = nonEmpty(secrets["mlflow-username"] ?? env.MLFLOW_TRACKING_USERNAME);
    const password = nonEmpty(secrets["mlflow-password"] ?? env.MLFLOW_TRACKING_PASSWORD);
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
function isReleaseEvent(env) {
  const event = env.GITHUB_EVENT_NAME;
  if (event === "release" || event === "workflow_dispatch") return true;
  return event === "push" && (env.GITHUB_REF ?? "").startsWith("refs/tags/");
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
  const at2 = s.lastIndexOf("@");
  if (at2 > 0) return { name: s.slice(0, at2), alias: s.slice(at2 + 1), when: "always" };
  const colon = s.lastIndexOf(":");
  if (colon > 0 && colon < s.length - 1)
    return { name: s.slice(0, colon), version: s.slice(colon + 1), when: "always" };
  if (colon !== -1 || at2 !== -1) {
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

// src/gates/registry-approval/describe.ts
var REGISTRY_LABEL = {
  mlflow: "MLflow",
  sagemaker: "SageMaker Model Registry",
  file: "in-repo registry"
};
function versionMetric(registry, check) {
  const { reference } = check;
  const row = {
    name: reference.name,
    reference: referenceLabel(reference),
    registry,
    source: reference.origin.description
  };
  if ("record" in check) {
    const r = check.record;
    Object.assign(row, {
      version: r.version,
      state: r.state,
      status: r.status,
      ...r.approvedBy !== void 0 ? { approvedBy: r.approvedBy } : {},
      ...r.approvedAt !== void 0 ? { approvedAt: r.approvedAt } : {},
      ...r.registeredBy !== void 0 ? { registeredBy: r.registeredBy } : {},
      ...r.updatedAt !== void 0 ? { updatedAt: r.updatedAt } : {},
      ...r.link !== void 0 ? { link: r.link } : {}
    });
  } else {
    Object.assign(row, {
      state: check.error.kind === "not-found" ? "not-found" : "error",
      error: check.error.kind
    });
  }
  return row;
}
var FIX = {
  pending: "Have an allowed approver approve this version in the registry, or reference an approved version.",
  rejected: "Reference an approved version instead; a rejected version must not ship.",
  "not-ready": "Wait until the registry finishes registering the version (or re-register it), then re-run.",
  unauthorized: "Have an allowed approver (registry-approval.file.approvers or a CODEOWNERS owner of the model) approve it.",
  "not-found": "Reference a version that exists in the registry (check the name, version and alias).",
  unreachable: "Check the registry URL/endpoint and that the runner can reach it (network, VPN, proxy); re-run.",
  timeout: "The registry was too slow: re-run, or raise registry-approval.timeout-seconds.",
  auth: "Provide valid credentials (a token or AWS role with read access to the registry) to this step.",
  server: "The registry failed on its side; re-run later, or check its health.",
  "bad-request": "Check the reference and the registry settings (tracking URI, region, endpoint).",
  "bad-response": "Check that the URL points at the registry API (not a login page or proxy)."
};
function checkFinding(registry, check) {
  const { reference } = check;
  const where = {
    ...reference.origin.path ? { path: reference.origin.path } : {},
    ...reference.origin.line !== void 0 ? { line: reference.origin.line } : {}
  };
  const label = referenceLabel(reference);
  const from = reference.origin.path ? "" : ` (from ${reference.origin.description})`;
  if ("error" in check) {
    const { error } = check;
    const rule = error.kind === "not-found" ? "registry-approval/not-found" : `registry-approval/registry-${error.kind}`;
    const what = error.kind === "not-found" ? `${label}${from} does not exist in the ${REGISTRY_LABEL[registry]}: ${error.message}` : `${label}${from}: could not check the ${REGISTRY_LABEL[registry]} \u2014 ${error.message}${error.attempts > 1 ? ` (after ${error.attempts} attempts)` : ""}`;
    return { severity: "error", rule, message: what, fix: FIX[error.kind] ?? FIX["bad-request"], ...where };
  }
  const r = check.record;
  const resolved = r.version && r.version !== reference.version ? ` (version ${r.version})` : "";
  const link = r.link ? ` ${r.link}` : "";
  if (r.state === "approved") {
    const who = r.approvedBy ? ` by ${r.approvedBy}` : "";
    const when = r.approvedAt ? ` on ${r.approvedAt}` : "";
    return {
      severity: "notice",
      rule: "registry-approval/approved",
      message: `${label}${resolved}${from} is approved in the ${REGISTRY_LABEL[registry]}${who}${when}${r.status === "approved" ? "" : ` (${r.status})`}.${link}`,
      ...where
    };
  }
  return {
    severity: "error",
    rule: `registry-approval/${r.state}`,
    message: `${label}${resolved}${from} is not approved in the ${REGISTRY_LABEL[registry]}: ${r.detail ?? r.status}.${link}`,
    fix: FIX[r.state] ?? FIX.pending,
    ...where
  };
}
function title(approved, total, failed, errors) {
  if (errors > 0) return `Registry approval: could not check ${errors} of ${total} model version(s)`;
  if (failed > 0) return `Registry approval: ${failed} of ${total} model version(s) not approved`;
  return `Registry approval: ${approved} of ${total} model version(s) approved`;
}

// src/gates/registry-approval/references.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var MAX_MANIFEST_BYTES = 1024 * 1024;
async function collectReferences(cwd, models, manifests, release) {
  const out = [];
  for (const m of models) {
    if (m.when === "release" && !release) continue;
    out.push({
      name: m.name,
      ...m.version !== void 0 ? { version: m.version } : {},
      ...m.alias !== void 0 ? { alias: m.alias } : {},
      origin: { description: "config (registry-approval.models)" }
    });
  }
  for (const source of manifests) {
    if (source.when === "release" && !release) continue;
    out.push(...await manifestReferences(cwd, source));
  }
  return dedupe(out);
}
async function manifestReferences(cwd, source) {
  let text;
  try {
    const buffer = await readFile(resolve(cwd, source.file));
    if (buffer.length > MAX_MANIFEST_BYTES) {
      throw new InputError(
        `${source.file}: ${buffer.length} bytes; a manifest is expected to be under ${MAX_MANIFEST_BYTES}`,
        { path: source.file }
      );
    }
    text = buffer.toString("utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `${source.file}: cannot read the manifest (${error.code ?? "error"})`,
      { path: source.file },
      "Fix registry-approval.manifests[].file: the path is relative to the repository root."
    );
  }
  return parseManifest(text, source);
}
function parseManifest(text, source) {
  const doc = /\.(md|markdown)$/i.test(source.file) ? frontMatter(text, source.file) : parseYaml(text, source.file);
  const entries = [];
  if (source.listKey !== void 0) {
    const list = at(doc.value, source.listKey);
    if (!Array.isArray(list)) {
      throw keyError(source, doc, source.listKey, "is not a list");
    }
    list.forEach(
      (value, i) => entries.push({ value, pointer: `${pointer(source.listKey ?? "")}/${i}` })
    );
  } else {
    entries.push({ value: doc.value, pointer: "" });
  }
  return entries.map(({ value, pointer: base }) => {
    const read = (key2) => {
      if (key2 === void 0) return void 0;
      const v = at(value, key2);
      if (v === void 0 || v === null) return void 0;
      if (typeof v !== "string" && typeof v !== "number") {
        throw keyError(source, doc, key2, "is not a string or number", base);
      }
      return { text: String(v), line: doc.lineOf(`${base}${pointer(key2)}`) };
    };
    const name = read(source.nameKey)?.text ?? source.name;
    const version = read(source.versionKey);
    const alias = read(source.aliasKey);
    if (name === void 0 || name.trim() === "") {
      throw keyError(source, doc, source.nameKey ?? "(name)", "names no model", base);
    }
    if (version === void 0 && alias === void 0) {
      throw keyError(
        source,
        doc,
        source.versionKey ?? source.aliasKey ?? "(version)",
        "holds neither a version nor an alias",
        base
      );
    }
    const key = version ? source.versionKey : source.aliasKey;
    return {
      name: name.trim(),
      ...version ? { version: version.text.trim() } : {},
      ...!version && alias ? { alias: alias.text.trim() } : {},
      origin: {
        path: source.file,
        line: version?.line ?? alias?.line,
        description: `${source.file} (${source.listKey ? `${source.listKey}[].` : ""}${key ?? ""})`
      }
    };
  });
}
function frontMatter(text, file) {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    throw new InputError(
      `${file}: no YAML front matter (a first line "---", the metadata, then "---")`,
      { path: file, line: 1 },
      "Add the model metadata as front matter at the top of the model card."
    );
  }
  const doc = parseYaml(match[1] ?? "", file);
  return {
    value: doc.value,
    lineOf: (p) => {
      const line = doc.lineOf(p);
      return line === void 0 ? void 0 : line + 1;
    }
  };
}
function at(value, dotPath) {
  let node = value;
  for (const segment of dotPath.split(".")) {
    if (node === null || typeof node !== "object") return void 0;
    if (Array.isArray(node)) node = /^\d+$/.test(segment) ? node[Number(segment)] : void 0;
    else node = Object.hasOwn(node, segment) ? node[segment] : void 0;
  }
  return node;
}
function pointer(dotPath) {
  return dotPath.split(".").map((s) => `/${s.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
function keyError(source, doc, key, problem, base = "") {
  const line = doc.lineOf(`${base}${key.startsWith("(") ? "" : pointer(key)}`);
  return new InputError(
    `${source.file}: ${key} ${problem}`,
    { path: source.file, ...line !== void 0 ? { line } : {} },
    `Point registry-approval.manifests[] at the key holding the model ${key.includes("name") ? "name" : "version"} (a dot path such as model.version), or fix the file.`
  );
}
function dedupe(references) {
  const seen = /* @__PURE__ */ new Set();
  return references.filter((r) => {
    const key = JSON.stringify([r.name, r.version ?? null, r.alias ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/gates/registry-approval/evaluate.ts
var GATE = "registry-approval";
async function evaluateRegistryApproval(settings, client) {
  let references;
  try {
    references = await collectReferences(settings.cwd, settings.models, settings.manifests, settings.release);
  } catch (error) {
    if (error instanceof UserError) {
      return errorGateResult(GATE, "Registry approval: could not read the model references", [
        userErrorFinding(GATE, error)
      ]);
    }
    throw error;
  }
  const mode = settings.release ? "release" : "pull request";
  if (references.length === 0) return nothingReferenced(settings);
  const checks = [];
  for (const reference of references) {
    try {
      checks.push({ reference, record: await client.lookup(reference) });
    } catch (error) {
      if (error instanceof RegistryError) checks.push({ reference, error });
      else if (error instanceof UserError) {
        return errorGateResult(GATE, "Registry approval: the registry file is invalid", [
          userErrorFinding(GATE, error)
        ]);
      } else throw error;
    }
  }
  const approved = checks.filter((c) => "record" in c && c.record.state === "approved").length;
  const errors = checks.filter((c) => "error" in c && c.error.kind !== "not-found").length;
  const failed = checks.length - approved - errors;
  const status = errors > 0 ? "error" : failed > 0 ? "fail" : "pass";
  const registry = REGISTRY_LABEL[client.kind];
  const approvedRatio = ratio(approved, checks.length);
  return {
    schemaVersion: 1,
    gate: GATE,
    status,
    title: title(approved, checks.length, failed, errors),
    summary: [
      `${checks.length} model version(s) referenced in ${mode} mode, checked against the ${registry}:`,
      `${approved} approved, ${failed} not approved${errors > 0 ? `, ${errors} could not be checked (the registry did not answer; this is not a pass)` : ""}.`
    ].join(" "),
    keyMetric: { label: "approved versions", value: approvedRatio.percent, unit: "%", threshold: 100 },
    metrics: {
      registry: client.kind,
      mode: settings.release ? "release" : "pull-request",
      approved: approvedRatio,
      failed,
      errors,
      versions: checks.map((c) => versionMetric(client.kind, c))
    },
    findings: checks.map((c) => checkFinding(client.kind, c))
  };
}
function nothingReferenced(settings) {
  const base = { schemaVersion: 1, gate: GATE, metrics: { approved: ratio(0, 0), versions: [] } };
  if (!settings.release) {
    return {
      ...base,
      status: "skip",
      title: "Registry approval: no model version referenced",
      summary: "Neither the config nor the configured manifests reference a model version in this pull request.",
      findings: []
    };
  }
  return {
    ...base,
    status: "fail",
    title: "Registry approval: no model version is bound to this release",
    summary: "In release mode every model bound to the release must be approved, but none is referenced.",
    findings: [
      {
        severity: "error",
        rule: "registry-approval/no-models",
        message: "No model version is bound to this release (registry-approval.models and .manifests reference none).",
        fix: "List the models the release ships under registry-approval.models (when: release) or point registry-approval.manifests at the deploy manifest."
      }
    ]
  };
}

// src/gates/registry-approval/file.ts
import { readFile as readFile2 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/gates/registry-approval/codeowners.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function parseCodeowners(text) {
  const rules = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const content = stripComment(raw).trim();
    if (content === "") return;
    const [pattern = "", ...owners] = content.split(/\s+/);
    if (pattern.startsWith("!") || /\[.*\]/.test(pattern)) return;
    rules.push({ pattern: pattern.replace(/\\#/g, "#"), owners, line: i + 1, matches: matcher(pattern) });
  });
  return rules;
}
function ownersOf(rules, path) {
  const normalized = path.replace(/^\.?\//, "").replace(/\/+$/, "");
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule?.matches(normalized)) return { owners: rule.owners, rule };
  }
  return { owners: [] };
}
function sameIdentity(who, owner) {
  const norm = (s) => s.trim().replace(/^@/, "").toLowerCase();
  return norm(who) !== "" && norm(who) === norm(owner);
}
function stripComment(line) {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "#" && line[i - 1] !== "\\") return line.slice(0, i);
  }
  return line;
}
function matcher(pattern) {
  let p = pattern.replace(/\\#/g, "#");
  const directoryOnly = p.endsWith("/");
  if (directoryOnly) p = p.replace(/\/+$/, "");
  const anchored = p.includes("/");
  p = p.replace(/^\/+/, "");
  if (p === "" || p === "*" || p === "**") return () => true;
  const base = anchored ? p : `**/${p}`;
  const globs = [];
  if (!directoryOnly) globs.push(base);
  if (!p.endsWith("/*")) globs.push(`${base}/**`);
  const isMatch = (0, import_picomatch.default)(globs, { dot: true });
  const self = directoryOnly ? (0, import_picomatch.default)(base, { dot: true }) : void 0;
  return (path) => isMatch(path) || (self?.(path) ?? false);
}

// src/gates/registry-approval/file.ts
var STATUSES = ["approved", "pending", "rejected"];
var FileRegistry = class {
  constructor(options) {
    this.options = options;
  }
  options;
  kind = "file";
  loaded;
  async lookup(reference) {
    const { models, codeowners } = await (this.loaded ??= this.load());
    const model = models.get(reference.name);
    if (!model) {
      throw new RegistryError("not-found", `model "${reference.name}" is not in ${this.options.path}`);
    }
    const entry = reference.version !== void 0 ? model.versions.find((v) => v.version === reference.version) : reference.alias !== void 0 ? model.versions.find((v) => v.aliases.includes(reference.alias ?? "")) : void 0;
    if (!entry) {
      throw new RegistryError(
        "not-found",
        reference.version !== void 0 ? `version ${reference.version} of "${model.name}" is not in ${this.options.path}` : reference.alias !== void 0 ? `no version of "${model.name}" has the alias "${reference.alias}" in ${this.options.path}` : `the in-repo registry needs a version or an alias for "${model.name}"`
      );
    }
    const link = (this.options.linkTo ?? ((p, l) => l ? `${p}#L${l}` : p))(this.options.path, entry.line);
    const base = {
      name: model.name,
      version: entry.version,
      status: entry.status,
      link,
      ...entry.approver !== void 0 ? { approvedBy: entry.approver } : {},
      ...entry.date !== void 0 ? { approvedAt: entry.date } : {}
    };
    if (entry.status !== "approved") {
      const state = entry.status;
      return {
        ...base,
        state,
        detail: entry.status === "pending" ? `awaiting approval in ${this.options.path}` : `rejected${entry.approver ? ` by ${entry.approver}` : ""}${entry.note ? `: ${entry.note}` : ""}`
      };
    }
    if (!entry.approver) {
      return { ...base, state: "unauthorized", detail: "marked approved without an approver" };
    }
    const allowed = this.allowed(entry.approver, model, codeowners);
    return allowed.ok ? { ...base, state: "approved" } : { ...base, state: "unauthorized", detail: allowed.detail };
  }
  /** Whether the approver may approve this model, with the reason when not. */
  allowed(approver, model, codeowners) {
    const { users, teams } = this.options.approvers;
    if (users.some((u) => sameIdentity(approver, u))) return { ok: true };
    if (this.options.approvers.codeowners) {
      if (!model.path) {
        return {
          ok: false,
          detail: `${approver} is not a listed approver, and "${model.name}" has no path to look up in CODEOWNERS`
        };
      }
      const { owners } = ownersOf(codeowners ?? [], model.path);
      const expanded = owners.flatMap((o) => [o, ...teamMembers(teams, o) ?? []]);
      if (expanded.some((o) => sameIdentity(approver, o))) return { ok: true };
      return {
        ok: false,
        detail: owners.length === 0 ? `${approver} is not a listed approver, and CODEOWNERS names no owner of ${model.path}` : `${approver} is neither a listed approver nor a CODEOWNERS owner of ${model.path} (${owners.join(", ")})`
      };
    }
    return { ok: false, detail: `${approver} is not an allowed approver` };
  }
  async load() {
    let text;
    try {
      text = await readFile2(resolve2(this.options.cwd, this.options.path), "utf8");
    } catch (error) {
      throw new InputError(
        `${this.options.path}: cannot read the registry file (${error.code ?? "error"})`,
        { path: this.options.path },
        "Create the registry file or point registry-approval.file.path at it."
      );
    }
    const models = parseRegistryFile(text, this.options.path);
    return {
      models,
      ...this.options.approvers.codeowners ? { codeowners: await readCodeowners(this.options.cwd) } : {}
    };
  }
};
async function readCodeowners(cwd) {
  for (const location of CODEOWNERS_LOCATIONS) {
    try {
      return parseCodeowners(await readFile2(resolve2(cwd, location), "utf8"));
    } catch {
    }
  }
  return [];
}
function teamMembers(teams, owner) {
  const key = Object.keys(teams).find((t) => sameIdentity(t, owner));
  return key === void 0 ? void 0 : teams[key];
}
function parseRegistryFile(text, path) {
  const doc = parseYaml(text, path);
  const fail = (pointer2, problem) => {
    const line = doc.lineOf(pointer2);
    throw new InputError(
      `${path}${line ? `:${line}` : ""}: ${problem}`,
      { path, ...line !== void 0 ? { line } : {} },
      "Each model lists versions as {version, status: approved|pending|rejected, approver, date}."
    );
  };
  const root = doc.value;
  if (!isObject(root) || !isObject(root.models)) return fail("", 'expected a top-level "models:" mapping');
  const models = /* @__PURE__ */ new Map();
  for (const [name, raw] of Object.entries(root.models)) {
    const at2 = `/models/${escape(name)}`;
    if (!isObject(raw) || !Array.isArray(raw.versions)) fail(at2, `model "${name}" needs a "versions:" list`);
    const model = raw;
    if (model.path !== void 0 && typeof model.path !== "string")
      fail(`${at2}/path`, "path must be a string");
    const versions = model.versions.map(
      (v, i) => parseVersion(doc, v, `${at2}/versions/${i}`, fail)
    );
    const seen = /* @__PURE__ */ new Set();
    for (const [i, v] of versions.entries()) {
      if (seen.has(v.version))
        fail(`${at2}/versions/${i}`, `version ${v.version} of "${name}" is listed twice`);
      seen.add(v.version);
    }
    models.set(name, {
      name,
      versions,
      line: doc.lineOf(at2),
      ...typeof model.path === "string" ? { path: model.path } : {}
    });
  }
  return models;
}
function parseVersion(doc, raw, at2, fail) {
  if (!isObject(raw)) return fail(at2, "a version entry must be a mapping");
  const version = raw.version;
  if (typeof version !== "string" && typeof version !== "number") return fail(at2, "version is missing");
  const status = raw.status;
  if (typeof status !== "string" || !STATUSES.includes(status)) {
    return fail(`${at2}/status`, `status must be one of ${STATUSES.join(", ")}`);
  }
  const text = (key) => {
    const v = raw[key];
    if (v === void 0 || v === null) return void 0;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v !== "string" && typeof v !== "number")
      return fail(`${at2}/${key}`, `${key} must be a string`);
    return String(v);
  };
  const aliases = raw.aliases ?? [];
  if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === "string")) {
    return fail(`${at2}/aliases`, "aliases must be a list of strings");
  }
  const approver = text("approver");
  const date = text("date");
  const note = text("note");
  return {
    version: String(version),
    status,
    aliases,
    line: doc.lineOf(at2),
    ...approver !== void 0 ? { approver } : {},
    ...date !== void 0 ? { date } : {},
    ...note !== void 0 ? { note } : {}
  };
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function escape(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

// src/entries/registry-approval.ts
var REGISTRY_APPROVAL_OPTIONS = [
  {
    name: "registry",
    kind: "string",
    choices: ["file", "mlflow", "sagemaker"],
    description: "Registry that decides: file (in-repo, default), mlflow or sagemaker"
  },
  {
    name: "mode",
    kind: "string",
    choices: ["auto", "pull-request", "release"],
    description: "release checks every model bound to the release; auto: from the event"
  },
  {
    name: "model",
    kind: "list",
    env: "MLQG_MODELS",
    description: "Model version to check: NAME:VERSION, NAME@ALIAS, NAME or a SageMaker ARN (replaces config models)"
  },
  {
    name: "registry-file",
    kind: "string",
    description: "The in-repo registry file (default registry/models.yml)"
  },
  { name: "approvers", kind: "list", description: "Logins allowed to approve in the in-repo registry" },
  { name: "mlflow-tracking-uri", kind: "string", description: "MLflow server or Databricks workspace URL" },
  { name: "mlflow-token", kind: "string", description: "MLflow bearer token / Databricks PAT (secret)" },
  { name: "mlflow-username", kind: "string", description: "MLflow basic-auth user" },
  { name: "mlflow-password", kind: "string", description: "MLflow basic-auth password (secret)" },
  {
    name: "mlflow-approval",
    kind: "string",
    description: "What approved means: alias:champion, tag:KEY=VALUE or stage:Production"
  },
  { name: "aws-region", kind: "string", description: "AWS region of the SageMaker registry" },
  { name: "sagemaker-endpoint", kind: "string", description: "SageMaker endpoint URL override" },
  {
    name: "timeout-seconds",
    kind: "number",
    description: "Time limit of each registry request (default 10)"
  },
  { name: "retries", kind: "number", description: "Retries after network errors and 5xx (default 2)" }
];
var REGISTRY_APPROVAL_GATE = {
  name: "registry-approval",
  summary: "Every referenced model version must be approved in the registry (MLflow, SageMaker Model Registry, in-repo file)",
  options: REGISTRY_APPROVAL_OPTIONS,
  configured: (config) => config["registry-approval"] !== void 0,
  disabled: (config) => config["registry-approval"]?.enabled === false ? "registry-approval.enabled is false in the config" : void 0,
  evaluate: async (config, options, ctx) => {
    const secrets = secretsOf(options);
    await maskSecrets(secrets, ctx.env);
    let merged;
    try {
      merged = registryApprovalSettings(
        config["registry-approval"] ?? {},
        options,
        secrets,
        ctx.cwd,
        ctx.env
      );
    } catch (error) {
      if (error instanceof UserError) {
        return errorGateResult("registry-approval", "Registry approval: bad configuration", [
          userErrorFinding("registry-approval", error)
        ]);
      }
      throw error;
    }
    const { settings, connection: connection2 } = merged;
    return evaluateRegistryApproval(settings, await createClient(settings, connection2, ctx.env));
  }
};
function secretsOf(options) {
  const pick = (name) => typeof options[name] === "string" ? { [name]: options[name] } : {};
  return { ...pick("mlflow-token"), ...pick("mlflow-username"), ...pick("mlflow-password") };
}
async function maskSecrets(secrets, env) {
  if (env.GITHUB_ACTIONS !== "true") return;
  const values = [
    secrets["mlflow-token"],
    secrets["mlflow-password"],
    env.MLFLOW_TRACKING_TOKEN,
    env.MLFLOW_TRACKING_PASSWORD,
    env.DATABRICKS_TOKEN,
    env.AWS_SECRET_ACCESS_KEY,
    env.AWS_SESSION_TOKEN
  ].filter((v) => typeof v === "string" && v.trim() !== "");
  if (values.length === 0) return;
  const core = await import("./core-HYK7HTFO.js");
  for (const value of values) core.setSecret(value);
}
async function createClient(settings, connection2, env) {
  switch (connection2.kind) {
    case "mlflow": {
      const { MlflowRegistry } = await import("./mlflow-XWMS476D.js");
      return new MlflowRegistry({ ...connection2, approval: settings.mlflow.approval });
    }
    case "sagemaker": {
      process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
      const { SageMakerRegistry } = await import("./sagemaker-IRMG6KMV.js");
      return new SageMakerRegistry(connection2);
    }
    default:
      return new FileRegistry({
        cwd: settings.cwd,
        path: settings.file.path,
        approvers: settings.file.approvers,
        ...blobLink(env) ? { linkTo: blobLink(env) } : {}
      });
  }
}
function blobLink(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return void 0;
  return (path, line) => `${server}/${repo}/blob/${sha}/${path}${line ? `#L${line}` : ""}`;
}

export {
  REGISTRY_APPROVAL_OPTIONS,
  REGISTRY_APPROVAL_GATE
};
