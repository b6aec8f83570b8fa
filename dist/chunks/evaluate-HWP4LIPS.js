import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  worstStatus
} from "./chunk-HDDJCDUW.js";
import {
  FAIRNESS_METRICS,
  canonicalClass,
  canonicalMetric,
  classKey,
  groupKey,
  idKey,
  metricInfo,
  metricsFor,
  normalizeName,
  parseNumber,
  parseProbability,
  probabilityRow,
  sortClasses
} from "./chunk-RIWNCLYT.js";
import "./chunk-SK4G56XT.js";
import {
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  transform
} from "./chunk-ZFWMCPNQ.js";
import {
  parseYaml
} from "./chunk-SZGMGQCO.js";
import {
  glob
} from "./chunk-BFRYYFKR.js";
import {
  require_picomatch
} from "./chunk-RA43G3UU.js";
import {
  errorGateResult,
  userErrorFinding
} from "./chunk-EEB4WOE3.js";
import {
  git
} from "./chunk-BPC2GNOO.js";
import {
  forEachByteLine,
  utf8Text
} from "./chunk-6FUKT7O5.js";
import {
  assertInsideRepository,
  assertReadable
} from "./chunk-LRHOW2NC.js";
import {
  InputError,
  UserError
} from "./chunk-JB365UXO.js";
import {
  __toESM
} from "./chunk-UETBL5CI.js";

// src/gates/model-evaluation/baseline/registry.ts
var ChampionRegistryError = class extends Error {
  constructor(kind, message, fix) {
    super(message);
    this.kind = kind;
    this.fix = fix;
  }
  kind;
  fix;
  name = "ChampionRegistryError";
};
var MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

// src/gates/model-evaluation/baseline/mlflow-champion.ts
var MlflowChampion = class {
  constructor(spec, doFetch = fetch) {
    this.spec = spec;
    this.doFetch = doFetch;
    this.base = spec.trackingUri.replace(/\/+$/, "");
  }
  spec;
  doFetch;
  kind = "mlflow";
  base;
  async championMetrics() {
    const { model, alias } = this.spec;
    const mv = field(await this.get("registered-models/alias", { name: model, alias }), "model_version");
    const runId = mv?.run_id;
    const version = mv?.version;
    if (typeof runId !== "string" || runId === "") {
      throw new ChampionRegistryError(
        "bad-response",
        `MLflow's ${model}@${alias} has no run_id, so its metrics are unknown`,
        'Register the champion from a run (mlflow.register_model("runs:/<run_id>/model", ...)).'
      );
    }
    const run = field(await this.get("runs/get", { run_id: runId }), "run");
    const metrics = field(run, "data")?.metrics ?? [];
    const values = /* @__PURE__ */ new Map();
    if (Array.isArray(metrics)) {
      for (const m of metrics) {
        if (typeof m.key === "string" && typeof m.value === "number" && Number.isFinite(m.value))
          values.set(m.key, m.value);
      }
    }
    const label = `${model}@${alias} (version ${typeof version === "string" || typeof version === "number" ? String(version) : "?"}, run ${runId.slice(0, 8)})`;
    return { label, link: `${safeOrigin(this.base)}/#/models/${encodeURIComponent(model)}`, values };
  }
  async get(endpoint, query) {
    const url = `${this.base}/api/2.0/mlflow/${endpoint}?${new URLSearchParams(query).toString()}`;
    const origin = safeOrigin(this.base);
    let response;
    try {
      response = await this.doFetch(url, {
        headers: { accept: "application/json", ...this.authorization() },
        signal: AbortSignal.timeout(this.spec.timeoutMs),
        redirect: "error"
      });
    } catch (error) {
      const timeout = error instanceof Error && (error.name === "TimeoutError" || error.cause?.name === "TimeoutError");
      if (timeout)
        throw new ChampionRegistryError(
          "timeout",
          `MLflow at ${origin} did not answer within ${this.spec.timeoutMs} ms`,
          "Check the tracking server, or raise baseline.timeout-ms."
        );
      throw new ChampionRegistryError(
        "unreachable",
        `MLflow at ${origin} is unreachable (${error instanceof Error ? error.message : String(error)})`,
        "Check baseline.tracking-uri (or MLFLOW_TRACKING_URI) and the network."
      );
    }
    const text = await readBounded(response, this.spec.timeoutMs);
    if (response.ok) {
      try {
        return JSON.parse(text);
      } catch {
        throw new ChampionRegistryError(
          "bad-response",
          `MLflow answered ${endpoint} with a body that is not JSON`,
          "Check that tracking-uri points at an MLflow server."
        );
      }
    }
    throw errorFor(response.status, text, origin, endpoint);
  }
  authorization() {
    const { username, password, token } = this.spec;
    if (username && password)
      return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}` };
    return token ? { authorization: `Bearer ${token}` } : {};
  }
};
function field(body, key) {
  const v = body !== null && typeof body === "object" ? body[key] : void 0;
  return v !== null && typeof v === "object" ? v : void 0;
}
function errorFor(status, text, origin, endpoint) {
  let code = "";
  try {
    const parsed = JSON.parse(text).error_code;
    if (typeof parsed === "string") code = parsed;
  } catch {
  }
  if (status === 401 || status === 403) {
    return new ChampionRegistryError(
      "auth",
      `MLflow at ${origin} refused the credentials (HTTP ${status})`,
      "Set MLFLOW_TRACKING_TOKEN (or MLFLOW_TRACKING_USERNAME/PASSWORD) for the gate step."
    );
  }
  if (code === "RESOURCE_DOES_NOT_EXIST") {
    return new ChampionRegistryError(
      "not-found",
      `MLflow has no ${endpoint === "runs/get" ? "run" : "model version"} for the champion (${code})`,
      "Check baseline.model and baseline.alias: the alias must point at a registered version."
    );
  }
  return new ChampionRegistryError(
    "bad-response",
    `MLflow at ${origin} answered ${endpoint} with HTTP ${status}${code ? ` (${code})` : ""}`,
    "Check baseline.tracking-uri and the server logs."
  );
}
async function readBounded(response, timeoutMs) {
  const length = Number(response.headers.get("content-length") ?? "0");
  if (length > MAX_RESPONSE_BYTES)
    throw new ChampionRegistryError(
      "bad-response",
      `MLflow's answer is ${length} bytes; more than the gate reads`,
      "Check that tracking-uri points at an MLflow server."
    );
  const timer = new Promise(
    (_, reject) => setTimeout(() => {
      reject(
        new ChampionRegistryError(
          "timeout",
          `MLflow's response body did not arrive within ${timeoutMs} ms`,
          "Check the tracking server."
        )
      );
    }, timeoutMs).unref()
  );
  const text = await Promise.race([response.text(), timer]);
  if (text.length > MAX_RESPONSE_BYTES)
    throw new ChampionRegistryError(
      "bad-response",
      "MLflow's answer is larger than the gate reads",
      "Check that tracking-uri points at an MLflow server."
    );
  return text;
}
function safeOrigin(base) {
  try {
    return new URL(base).origin;
  } catch {
    return "(invalid tracking URI)";
  }
}

// src/gates/model-evaluation/baseline/sagemaker-champion.ts
var S3_NOT_SUPPORTED = (uri) => Promise.reject(
  new ChampionRegistryError(
    "unsupported",
    `the champion's model-quality statistics are at ${uri}; reading S3 is not supported yet`,
    `Download it in an earlier step (aws s3 cp ${uri} champion-quality.json) and use baseline: {file: {metrics-file: champion-quality.json}}; the gate reads SageMaker model-quality JSON.`
  )
);
var SageMakerChampion = class {
  constructor(spec, api, readStatistics = S3_NOT_SUPPORTED, parse2 = () => /* @__PURE__ */ new Map()) {
    this.spec = spec;
    this.api = api;
    this.readStatistics = readStatistics;
    this.parse = parse2;
  }
  spec;
  api;
  readStatistics;
  parse;
  kind = "sagemaker";
  async championMetrics() {
    const arn = await this.api.latestApproved(this.spec.modelPackage);
    if (!arn) {
      throw new ChampionRegistryError(
        "not-found",
        `SageMaker group ${this.spec.modelPackage} has no Approved model package`,
        "Approve the champion in the model registry, or use another baseline."
      );
    }
    const d = await this.api.describe(arn);
    const label = `${this.spec.modelPackage}${d.version !== void 0 ? ` version ${d.version}` : ""} (${d.approval ?? "approval unknown"})`;
    if (!d.statisticsUri) {
      throw new ChampionRegistryError(
        "not-found",
        `the champion ${label} has no ModelMetrics.ModelQuality.Statistics`,
        "Register the package with model_metrics=ModelMetrics(model_statistics=MetricsSource(...)) from the evaluation step."
      );
    }
    const text = await this.readStatistics(d.statisticsUri);
    return { label, values: this.parse(text, d.statisticsUri) };
  }
};
async function sdkApi(spec) {
  const sdk = await import("./dist-cjs-A64WAXOT.js");
  const client = new sdk.SageMakerClient({
    region: spec.region,
    ...spec.endpoint ? { endpoint: spec.endpoint } : {},
    maxAttempts: 2,
    requestHandler: {
      connectionTimeout: spec.timeoutMs,
      requestTimeout: spec.timeoutMs,
      throwOnRequestTimeout: true
    }
  });
  return {
    latestApproved: async (groupOrArn) => {
      if (groupOrArn.startsWith("arn:")) return groupOrArn;
      const out = await sdkCall(
        () => client.send(
          new sdk.ListModelPackagesCommand({
            ModelPackageGroupName: groupOrArn,
            ModelApprovalStatus: "Approved",
            ModelPackageType: "Versioned",
            SortBy: "CreationTime",
            SortOrder: "Descending",
            MaxResults: 1
          })
        )
      );
      return out.ModelPackageSummaryList?.[0]?.ModelPackageArn;
    },
    describe: async (arn) => {
      const d = await sdkCall(
        () => client.send(new sdk.DescribeModelPackageCommand({ ModelPackageName: arn }))
      );
      const uri = d.ModelMetrics?.ModelQuality?.Statistics?.S3Uri;
      return {
        arn,
        ...d.ModelPackageVersion !== void 0 ? { version: d.ModelPackageVersion } : {},
        ...d.ModelApprovalStatus ? { approval: d.ModelApprovalStatus } : {},
        ...uri ? { statisticsUri: uri } : {}
      };
    }
  };
}
async function sdkCall(fn) {
  try {
    return await fn();
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken|CredentialsProvider/i.test(name)) {
      throw new ChampionRegistryError(
        "auth",
        `SageMaker refused the credentials (${name})`,
        "Give the job AWS credentials (aws-actions/configure-aws-credentials) with sagemaker:DescribeModelPackage and ListModelPackages."
      );
    }
    if (/ValidationException|ResourceNotFound/i.test(name)) {
      throw new ChampionRegistryError(
        "not-found",
        `SageMaker: ${error instanceof Error ? error.message : String(error)}`,
        "Check baseline.model-package (a group name or a package ARN)."
      );
    }
    throw new ChampionRegistryError(
      "unreachable",
      `SageMaker did not answer (${name || String(error)})`,
      "Check baseline.region and the network."
    );
  }
}

// src/gates/model-evaluation/judge/change.ts
function checkChange(rule, candidate, baseline) {
  const gib = rule.greaterIsBetter;
  const out = {};
  const better = (c, target) => gib ? c >= target : c <= target;
  const need = [];
  if (rule.minAbsoluteChange !== void 0) {
    const target = gib ? baseline + rule.minAbsoluteChange : baseline - rule.minAbsoluteChange;
    if (!better(candidate, target))
      need.push(
        `${gib ? "at least" : "at most"} ${fmt(target)} (min-absolute-change ${rule.minAbsoluteChange})`
      );
  }
  if (rule.minRelativeChange !== void 0) {
    if (baseline === 0) {
      if (!better(candidate, gib ? baseline + 1e-10 : baseline - 1e-10))
        need.push("better than a baseline of 0 (min-relative-change)");
    } else {
      const relative = gib ? (candidate - baseline) / baseline : (baseline - candidate) / baseline;
      if (relative < rule.minRelativeChange)
        need.push(`a relative improvement of ${pct(rule.minRelativeChange)} (got ${pct(relative)})`);
    }
  }
  if (need.length > 0) out.improvementMissing = `needs ${need.join(" and ")}`;
  const worse2 = gib ? baseline - candidate : candidate - baseline;
  const over = [];
  if (rule.maxDrop !== void 0 && worse2 > rule.maxDrop) over.push(`max-drop ${rule.maxDrop}`);
  if (rule.maxRelativeDrop !== void 0) {
    if (baseline === 0 ? worse2 > 0 : worse2 / Math.abs(baseline) > rule.maxRelativeDrop) {
      over.push(`max-relative-drop ${pct(rule.maxRelativeDrop)}`);
    }
  }
  if (over.length > 0)
    out.tooLarge = `worse by ${fmt(worse2)}${baseline !== 0 ? ` (${pct(worse2 / Math.abs(baseline))})` : ""}, more than ${over.join(" and ")} allows`;
  return out;
}
function hasChangeRule(rule) {
  return rule.maxDrop !== void 0 || rule.maxRelativeDrop !== void 0 || rule.minAbsoluteChange !== void 0 || rule.minRelativeChange !== void 0;
}
function fmt(x) {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e6)) return x.toExponential(3);
  return String(Number(x.toPrecision(4)));
}
function pct(x) {
  return `${Number((x * 100).toPrecision(3))}%`;
}
function describeRule(rule) {
  const parts = [];
  if (rule.min !== void 0) parts.push(`\u2265 ${fmt(rule.min)}`);
  if (rule.max !== void 0) parts.push(`\u2264 ${fmt(rule.max)}`);
  if (rule.maxDrop !== void 0) parts.push(`drop \u2264 ${fmt(rule.maxDrop)}`);
  if (rule.maxRelativeDrop !== void 0) parts.push(`drop \u2264 ${pct(rule.maxRelativeDrop)}`);
  if (rule.minAbsoluteChange !== void 0) parts.push(`gain \u2265 ${fmt(rule.minAbsoluteChange)}`);
  if (rule.minRelativeChange !== void 0) parts.push(`gain \u2265 ${pct(rule.minRelativeChange)}`);
  return parts.length > 0 ? parts.join(", ") : null;
}

// src/gates/model-evaluation/describe.ts
var BAD = ["error", "fail", "warn"];
function decidingModel(reports) {
  for (const status of BAD) {
    const r = reports.find((m) => m.status === status);
    if (r) return r;
  }
  return reports[0];
}
function decidingRow(report) {
  return report.table.find((r) => r.verdict === "error" || r.verdict === "fail") ?? report.table.find((r) => r.verdict === "warn") ?? report.table.find((r) => r.metric === report.primaryMetric);
}
function keyMetric(reports, settings) {
  const model = decidingModel(reports);
  const row = model ? decidingRow(model) : void 0;
  if (!model || !row) return void 0;
  const rule = settings.models.find((m) => m.name === model.name)?.rules.find((r) => r.metric === row.metric);
  const bound = rule?.min !== void 0 ? { threshold: rule.min, direction: "min" } : rule?.max !== void 0 ? { threshold: rule.max, direction: "max" } : {};
  return {
    label: `${model.name} ${row.metric}`,
    value: row.candidate,
    ...bound,
    ...row.delta !== null ? { delta: row.delta } : {}
  };
}
function title(status, reports) {
  if (reports.length === 0) return "Model evaluation: no model declared";
  const passing = reports.filter((r) => r.status === "pass" || r.status === "warn").length;
  const verb = status === "error" ? "could not be judged" : status === "fail" ? "failed" : status === "warn" ? "passed with warnings" : "passed";
  return `Model evaluation ${verb}: ${passing} of ${reports.length} model(s) meet their thresholds`;
}
function rowSummary(row) {
  if (!row) return "no metric";
  const value = row.candidate === null ? "not measurable" : fmt(row.candidate);
  const vs = row.baseline !== null ? ` vs ${fmt(row.baseline)} baseline` : "";
  const ci = row.ci ? `, ${Math.round(row.ci.confidence * 100)}% CI of the difference [${fmt(row.ci.lower)}, ${fmt(row.ci.upper)}]` : "";
  return `${row.metric} ${value}${vs}${ci}`;
}
function summary(reports, release) {
  if (reports.length === 0) return "No model is declared in model-evaluation.models, so nothing was judged.";
  const parts = reports.map((r) => `${r.name}: ${r.status} (${rowSummary(decidingRow(r))}).`);
  return `${reports.length} model(s) evaluated${release ? " for a release" : ""}. ${parts.join(" ")}`;
}

// src/gates/model-evaluation/baseline/model-size.ts
import { lstat } from "node:fs/promises";
import { resolve } from "node:path";
var MAX_FILES = 1e5;
function artifactPatterns(path, artifacts) {
  if (artifacts.length > 0) return [...artifacts];
  return path ? [`${path.replace(/\/+$/, "")}/**`] : [];
}
async function sizeOnDisk(cwd, patterns) {
  if (patterns.length === 0) return void 0;
  const files = await glob(patterns, {
    cwd,
    onlyFiles: true,
    dot: true,
    followSymbolicLinks: false
  });
  if (files.length > MAX_FILES) {
    throw new InputError(
      `${patterns.join(", ")} matches more than ${MAX_FILES} files`,
      void 0,
      "Point the model path (or budgets.artifacts) at the model files only."
    );
  }
  let total = 0;
  for (const file of files) {
    const s = await lstat(resolve(cwd, file));
    if (s.isFile()) total += s.size;
  }
  return files.length > 0 ? total : void 0;
}

// src/gates/model-evaluation/evidence.ts
function emptyEvidence(label) {
  return { label, metrics: /* @__PURE__ */ new Map(), findings: [], inputError: false, missing: false, files: {} };
}
function rowFindings(read, spec, path, skip) {
  const severity = skip ? "warning" : "error";
  const findings = read.problems.map((p) => {
    const column = p.column ? `, column ${p.position ? `${p.position} ` : ""}${JSON.stringify(p.column)}` : "";
    const where = read.table?.where === "row" || spec.format === "parquet" ? `row ${p.line}` : `line ${p.line}`;
    const columnKey = spec.format === "jsonl" ? p.column ? `/${p.column.replace(/~/g, "~0").replace(/\//g, "~1")}` : "" : p.column;
    return {
      severity,
      rule: "model-evaluation/bad-row",
      path,
      ...spec.format === "parquet" ? {} : { line: p.line },
      ...columnKey !== "" || spec.format === "jsonl" ? { column: columnKey } : {},
      record: p.record,
      message: `${where}${column}: ${p.message}${skip ? " (row skipped)" : ""}.`,
      fix: "Fix the evaluation step that writes this file; labels must be declared classes, scores probabilities in [0, 1], weights \u2265 0, and no value NaN or empty."
    };
  });
  const unlisted = read.badRows - read.problems.length;
  if (unlisted > 0) {
    findings.push({
      severity,
      rule: "model-evaluation/bad-row",
      path,
      message: `${unlisted} more row(s) with problems like these${skip ? " were skipped" : ""}.`,
      fix: "Fix the evaluation step that writes this file."
    });
  }
  return findings;
}
function sourced(values, path) {
  return new Map([...values].map(([k, v]) => [k, { ...v, path }]));
}
function withReported(computed, resolved, model) {
  const metrics = new Map(computed);
  const findings = [];
  for (const [metric, v] of resolved.values) {
    const mine = computed.get(metric);
    const at = { path: resolved.path, ...v.line !== void 0 ? { line: v.line } : {} };
    if (!mine) {
      metrics.set(metric, { value: v.value, ...at });
      continue;
    }
    if (mine.value !== null && Math.abs(mine.value - v.value) > 5e-4 + 1e-9 * Math.abs(v.value)) {
      findings.push({
        severity: "warning",
        rule: "model-evaluation/reported-differs",
        ...at,
        message: `${model}: ${resolved.path} reports ${metric} ${v.value} (${v.key}), but the predictions give ${Number(mine.value.toPrecision(6))}.`,
        fix: "Write the metrics file from the same predictions the gate reads (or drop the duplicate figure); the gate judges the predictions."
      });
    }
  }
  return { value: metrics, findings, failed: false };
}
async function attempt(read) {
  try {
    const value = await read();
    return value === void 0 ? { findings: [], failed: false } : { value, findings: [], failed: false };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { findings: [userErrorFinding("model-evaluation", error)], failed: true };
  }
}
function failure(finding) {
  return { findings: [finding], failed: true };
}
var EvidenceBuilder = class {
  evidence;
  constructor(label) {
    this.evidence = emptyEvidence(label);
  }
  /** Keeps a step's findings (and its failure) and hands back its value. */
  take(s) {
    this.evidence.findings.push(...s.findings);
    if (s.failed) this.evidence.inputError = true;
    return s.value;
  }
};

// src/gates/model-evaluation/radix-sort.ts
var DIGIT_BITS = 16;
var BUCKETS = 1 << DIGIT_BITS;
function argsortDescending(values) {
  const n = values.length;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < n; i++) {
    view.setFloat64(0, values[i] === 0 ? 0 : values[i]);
    let h = view.getUint32(0);
    let l = view.getUint32(4);
    if (h & 2147483648) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 2147483648) >>> 0;
    }
    hi[i] = ~h >>> 0;
    lo[i] = ~l >>> 0;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  for (const [keys, shift] of [
    [lo, 0],
    [lo, DIGIT_BITS],
    [hi, 0],
    [hi, DIGIT_BITS]
  ]) {
    if (countingPass(order, spare, keys, shift, counts)) [order, spare] = [spare, order];
  }
  return order;
}
function countingPass(from, to, keys, shift, counts) {
  counts.fill(0);
  const n = from.length;
  for (let i = 0; i < n; i++) {
    const digit = keys[i] >>> shift & BUCKETS - 1;
    counts[digit] = counts[digit] + 1;
  }
  if (n > 0 && counts[keys[0] >>> shift & BUCKETS - 1] === n) return false;
  let total = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const c = counts[b];
    counts[b] = total;
    total += c;
  }
  for (let i = 0; i < n; i++) {
    const row = from[i];
    const digit = keys[row] >>> shift & BUCKETS - 1;
    const at = counts[digit];
    to[at] = row;
    counts[digit] = at + 1;
  }
  return true;
}

// src/gates/model-evaluation/metrics/value.ts
function measured(value) {
  return { value };
}
function notMeasurable(reason) {
  return { value: null, reason };
}

// src/gates/model-evaluation/metrics/curves.ts
var RankCache = class {
  constructor(table) {
    this.table = table;
  }
  table;
  sorted = /* @__PURE__ */ new Map();
  terms = /* @__PURE__ */ new Map();
  cellCache;
  /** Binary: the score; multiclass: class `c`'s probability column. */
  scores(c) {
    const t = this.table;
    if (t.task === "binary-classification") return t.score ?? new Float64Array(0);
    const k = t.classes.length;
    const proba = t.proba ?? new Float64Array(0);
    const column = new Float64Array(t.n);
    for (let i = 0; i < t.n; i++) column[i] = proba[i * k + c];
    return column;
  }
  /** Rows by score (class `c`'s probability for multiclass), highest first, with equal-score runs. */
  column(c) {
    let s = this.sorted.get(c);
    if (!s) {
      s = this.sortColumn(c);
      this.sorted.set(c, s);
    }
    return s;
  }
  sortColumn(c) {
    const t = this.table;
    const score = this.scores(c);
    const order = argsortDescending(score);
    const label = t.labelClass ?? new Int32Array(0);
    const positive = new Uint8Array(t.n);
    const weight = t.weight ? new Float64Array(t.n) : void 0;
    const ends = [];
    const target = t.task === "binary-classification" ? 1 : c;
    for (let j = 0; j < t.n; j++) {
      const i = order[j];
      positive[j] = label[i] === target ? 1 : 0;
      if (weight) weight[j] = t.weight[i];
      if (j + 1 === t.n || score[order[j + 1]] !== score[i]) ends.push(j + 1);
    }
    return { order, positive, ...weight ? { weight } : {}, runEnds: Int32Array.from(ends) };
  }
  /** Per row, its confusion-matrix cell (true class × k + predicted class). */
  cells() {
    this.cellCache ??= confusionCells(this.table);
    return this.cellCache;
  }
  /** A per-row term (a row's log loss, squared error, …), computed once by `make`. */
  rowTerm(name, make) {
    let v = this.terms.get(name);
    if (!v) {
      v = make(this.table);
      this.terms.set(name, v);
    }
    return v;
  }
};
function confusionCells(t) {
  const k = t.classes.length;
  const label = t.labelClass ?? new Int32Array(0);
  const pred = t.predClass ?? new Int32Array(0);
  const out = new Int32Array(t.n);
  for (let i = 0; i < t.n; i++) out[i] = label[i] * k + pred[i];
  return out;
}
function curveAreas(s, m) {
  const { order, positive, weight, runEnds } = s;
  let tp = 0;
  let fp = 0;
  let prevTp = 0;
  let prevFp = 0;
  let twiceArea = 0;
  let ap = 0;
  let presentPos = 0;
  let presentNeg = 0;
  let j = 0;
  for (let r = 0; r < runEnds.length; r++) {
    const end = runEnds[r];
    for (; j < end; j++) {
      const mult = m ? m[order[j]] : 1;
      const w = weight ? weight[j] * mult : mult;
      const p = positive[j];
      tp += p * w;
      fp += (1 - p) * w;
      presentPos += p * mult;
      presentNeg += (1 - p) * mult;
    }
    twiceArea += (fp - prevFp) * (tp + prevTp);
    if (tp > prevTp) ap += (tp - prevTp) * (tp / (tp + fp));
    prevTp = tp;
    prevFp = fp;
  }
  let rocAuc;
  const seenPos = presentPos > 0;
  if (!seenPos || presentNeg === 0) rocAuc = notMeasurable("only one class in the labels");
  else if (tp === 0 || fp === 0)
    rocAuc = notMeasurable(tp === 0 ? "the positives weigh 0" : "the negatives weigh 0");
  else rocAuc = measured(twiceArea / 2 / (tp * fp));
  const averagePrecision = tp === 0 ? notMeasurable(seenPos ? "the positives weigh 0" : "no positive label") : measured(ap / tp);
  return { rocAuc, averagePrecision, positives: tp };
}
function binaryAreas(cache, m) {
  return curveAreas(cache.column(0), m);
}
function oneVsRestAreas(cache, m) {
  const classes = cache.table.classes;
  const areas = classes.map((_, c) => curveAreas(cache.column(c), m));
  const firstBad = (pick) => {
    const c = areas.findIndex((a) => pick(a).value === null);
    return c < 0 ? void 0 : notMeasurable(`class ${JSON.stringify(classes[c])}: ${pick(areas[c]).reason ?? ""}`);
  };
  const macro = (pick) => firstBad(pick) ?? measured(areas.reduce((s, a) => s + pick(a).value, 0) / classes.length);
  const support = areas.reduce((s, a) => s + a.positives, 0);
  const weighted = firstBad((a) => a.rocAuc) ?? measured(areas.reduce((s, a) => s + a.rocAuc.value * a.positives, 0) / support);
  return {
    rocAuc: macro((a) => a.rocAuc),
    rocAucWeighted: weighted,
    averagePrecision: macro((a) => a.averagePrecision)
  };
}

// src/gates/model-evaluation/metrics/confusion.ts
function confusionOf(table, cells, m) {
  const k = table.classes.length;
  const weight = table.weight;
  const matrix = new Float64Array(k * k);
  const count = new Float64Array(k * k);
  let present = 0;
  let totalWeight = 0;
  for (let i = 0; i < table.n; i++) {
    const mult = m ? m[i] : 1;
    const cell = cells[i];
    const w = weight ? weight[i] * mult : mult;
    matrix[cell] = matrix[cell] + w;
    count[cell] = count[cell] + mult;
    present += mult;
    totalWeight += w;
  }
  const trueSeen = new Uint8Array(k);
  const predSeen = new Uint8Array(k);
  for (let t = 0; t < k; t++) {
    for (let p = 0; p < k; p++) {
      if (count[t * k + p] > 0) {
        trueSeen[t] = 1;
        predSeen[p] = 1;
      }
    }
  }
  return { k, matrix, trueSeen, predSeen, present, totalWeight, names: table.classes };
}
function accuracy(c) {
  if (c.present === 0) return notMeasurable("no rows");
  if (c.totalWeight === 0) return notMeasurable("the weights sum to zero");
  let right = 0;
  for (let t = 0; t < c.k; t++) right += c.matrix[t * c.k + t];
  return measured(right / c.totalWeight);
}
function sums(c) {
  const tp = new Float64Array(c.k);
  const predSum = new Float64Array(c.k);
  const trueSum = new Float64Array(c.k);
  for (let t = 0; t < c.k; t++) {
    for (let p = 0; p < c.k; p++) {
      const v = c.matrix[t * c.k + p];
      trueSum[t] = trueSum[t] + v;
      predSum[p] = predSum[p] + v;
      if (t === p) tp[t] = v;
    }
  }
  return { tp, predSum, trueSum };
}
function precisionRecallF1(c, average, positive = 1) {
  if (c.present === 0) {
    const none = notMeasurable("no rows");
    return { precision: none, recall: none, f1: none };
  }
  const { tp, predSum, trueSum } = sums(c);
  let labels = [];
  if (average === "binary") labels = [positive];
  else for (let j = 0; j < c.k; j++) if (c.trueSeen[j] || c.predSeen[j]) labels.push(j);
  const noPred = labels.filter((j) => predSum[j] === 0);
  const noTrue = labels.filter((j) => trueSum[j] === 0);
  const neither = labels.filter((j) => predSum[j] === 0 && trueSum[j] === 0);
  if (average === "micro") {
    let t = 0;
    let p = 0;
    let r = 0;
    for (const j of labels) {
      t += tp[j];
      p += predSum[j];
      r += trueSum[j];
    }
    if (p === 0) {
      const none = notMeasurable("the weights sum to zero");
      return { precision: none, recall: none, f1: none };
    }
    const precision = t / p;
    const recall = t / r;
    const denom = precision + recall;
    return {
      precision: measured(precision),
      recall: measured(recall),
      f1: measured(denom === 0 ? 0 : 2 * precision * recall / denom)
    };
  }
  const per = labels.map((j) => {
    const precision = predSum[j] === 0 ? 0 : tp[j] / predSum[j];
    const recall = trueSum[j] === 0 ? 0 : tp[j] / trueSum[j];
    const denom = precision + recall;
    return {
      precision,
      recall,
      f1: denom === 0 ? 0 : 2 * precision * recall / denom,
      support: trueSum[j]
    };
  });
  const mean = (pick) => {
    if (average !== "weighted") return per.reduce((s, x) => s + pick(x), 0) / per.length;
    const total = per.reduce((s, x) => s + x.support, 0);
    return per.reduce((s, x) => s + pick(x) * x.support, 0) / total;
  };
  const why = (classes, what) => notMeasurable(`${what}: ${describeClasses(c, classes, average)}`);
  return {
    precision: noPred.length > 0 ? why(noPred, "nothing predicted as") : measured(mean((x) => x.precision)),
    recall: noTrue.length > 0 ? why(noTrue, "no row labelled") : measured(mean((x) => x.recall)),
    f1: neither.length > 0 ? why(neither, "neither labelled nor predicted") : measured(mean((x) => x.f1))
  };
}
function describeClasses(c, classes, average) {
  const names = classes.map((j) => JSON.stringify(c.names[j] ?? String(j)));
  return average === "binary" ? `the positive class ${names.join(", ")}` : names.join(", ");
}
function balancedAccuracy(c) {
  if (c.present === 0) return notMeasurable("no rows");
  const { tp, trueSum } = sums(c);
  let total = 0;
  let count = 0;
  const missing = [];
  for (let j = 0; j < c.k; j++) {
    if (!c.trueSeen[j] && !c.predSeen[j]) continue;
    if (trueSum[j] === 0) missing.push(j);
    else {
      total += tp[j] / trueSum[j];
      count++;
    }
  }
  if (missing.length > 0)
    return notMeasurable(
      `predicted but never a label: ${missing.map((j) => JSON.stringify(c.names[j] ?? String(j))).join(", ")}`
    );
  return measured(total / count);
}
function binaryRates(c) {
  const [tn, fp, fn, tp] = [c.matrix[0], c.matrix[1], c.matrix[2], c.matrix[3]];
  const ratio2 = (num, den, why) => den === 0 ? notMeasurable(why) : measured(num / den);
  return {
    true_negative_rate: ratio2(tn, tn + fp, "no negative row"),
    false_positive_rate: ratio2(fp, tn + fp, "no negative row"),
    false_negative_rate: ratio2(fn, fn + tp, "no positive row"),
    selection_rate: ratio2(fp + tp, c.totalWeight, c.present === 0 ? "no rows" : "the weights sum to zero")
  };
}

// src/gates/model-evaluation/metrics/probability.ts
var EPS = 2220446049250313e-31;
function clip(p) {
  return p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
}
function binaryLossTerms(t) {
  const score = t.score ?? new Float64Array(0);
  const label = t.labelClass ?? new Int32Array(0);
  const out = new Float64Array(t.n);
  for (let i = 0; i < t.n; i++) {
    const p = clip(score[i]);
    const q = 1 - p;
    out[i] = -Math.log((label[i] === 1 ? p : q) / (q + p));
  }
  return out;
}
function multiclassLossTerms(t) {
  const k = t.classes.length;
  const proba = t.proba ?? new Float64Array(0);
  const label = t.labelClass ?? new Int32Array(0);
  const out = new Float64Array(t.n);
  for (let i = 0; i < t.n; i++) {
    let sum = 0;
    for (let c = 0; c < k; c++) sum += clip(proba[i * k + c]);
    out[i] = -Math.log(clip(proba[i * k + label[i]]) / sum);
  }
  return out;
}
function brierTerms(t) {
  const score = t.score ?? new Float64Array(0);
  const label = t.labelClass ?? new Int32Array(0);
  const out = new Float64Array(t.n);
  for (let i = 0; i < t.n; i++) {
    const d = label[i] - score[i];
    out[i] = d * d;
  }
  return out;
}
function weightedMean(t, terms, m) {
  const weight = t.weight;
  let sum = 0;
  let total = 0;
  let present = 0;
  for (let i = 0; i < t.n; i++) {
    const mult = m ? m[i] : 1;
    const w = weight ? weight[i] * mult : mult;
    sum += w * terms[i];
    total += w;
    present += mult;
  }
  if (total === 0) return notMeasurable(present === 0 ? "no rows" : "the weights sum to zero");
  return measured(sum / total);
}
function binaryLogLoss(cache, m) {
  if (cache.table.scoreKind !== "probability")
    return notMeasurable("the scores are margins, not probabilities");
  return weightedMean(cache.table, cache.rowTerm("log_loss", binaryLossTerms), m);
}
function multiclassLogLoss(cache, m) {
  return weightedMean(cache.table, cache.rowTerm("log_loss", multiclassLossTerms), m);
}
function brier(cache, m) {
  if (cache.table.scoreKind !== "probability")
    return notMeasurable("the scores are margins, not probabilities");
  return weightedMean(cache.table, cache.rowTerm("brier", brierTerms), m);
}

// src/gates/model-evaluation/metrics/regression.ts
var EPS2 = 2220446049250313e-31;
function regressionMetrics(table, m) {
  const y = table.labelValue ?? new Float64Array(0);
  const yhat = table.predValue ?? new Float64Array(0);
  const weight = table.weight;
  let total = 0;
  let present = 0;
  let abs = 0;
  let sq = 0;
  let pct2 = 0;
  let sumY = 0;
  for (let i = 0; i < table.n; i++) {
    const mult = m ? m[i] : 1;
    const w = (weight ? weight[i] : 1) * mult;
    const t = y[i];
    const d = yhat[i] - t;
    abs += w * Math.abs(d);
    sq += w * d * d;
    pct2 += w * Math.abs(d) / Math.max(Math.abs(t), EPS2);
    sumY += w * t;
    total += w;
    present += mult;
  }
  if (total === 0) {
    const none = notMeasurable(present === 0 ? "no rows" : "the weights sum to zero");
    return { mae: none, mse: none, rmse: none, r2: none, mape: none };
  }
  const mse = sq / total;
  return {
    mae: measured(abs / total),
    mse: measured(mse),
    rmse: measured(Math.sqrt(mse)),
    r2: r2(table, m, sq, sumY / total, present),
    mape: measured(pct2 / total)
  };
}
function r2(table, m, numerator, mean, present) {
  if (present < 2) return notMeasurable("fewer than two rows");
  const y = table.labelValue ?? new Float64Array(0);
  const weight = table.weight;
  let denominator = 0;
  for (let i = 0; i < table.n; i++) {
    const mult = m ? m[i] : 1;
    const d = y[i] - mean;
    denominator += (weight ? weight[i] : 1) * mult * d * d;
  }
  if (numerator === 0) return measured(1);
  if (denominator === 0) return measured(0);
  return measured(1 - numerator / denominator);
}

// src/gates/model-evaluation/metrics/evaluator.ts
var Evaluator = class {
  constructor(table, ranks, m) {
    this.table = table;
    this.ranks = ranks;
    this.m = m;
  }
  table;
  ranks;
  m;
  confusionCache;
  prfCache = /* @__PURE__ */ new Map();
  areasCache;
  ovrCache;
  regressionCache;
  /** The value of a canonical metric name, or undefined when the table's task has no such metric. */
  value(name) {
    const t = this.table.task;
    if (t === "regression") {
      const r = this.regressionCache ??= regressionMetrics(this.table, this.m);
      return name in r ? r[name] : void 0;
    }
    const prf = /^(precision|recall|f1)(?:_(macro|micro|weighted))?$/.exec(name);
    if (prf) {
      const average = prf[2] ?? "binary";
      if (average === "binary" && t !== "binary-classification") return void 0;
      return this.prf(average)[prf[1]];
    }
    return t === "binary-classification" ? this.binary(name) : this.multiclass(name);
  }
  /** Every metric of the table's task, by canonical name. */
  all() {
    const out = /* @__PURE__ */ new Map();
    for (const info of metricsFor(this.table.task)) {
      const v = this.value(info.name);
      if (v) out.set(info.name, v);
    }
    return out;
  }
  /** The weighted confusion matrix (classification only). */
  confusion() {
    return this.confusionCache ??= confusionOf(this.table, this.ranks.cells(), this.m);
  }
  prf(average) {
    let v = this.prfCache.get(average);
    if (!v) {
      v = precisionRecallF1(this.confusion(), average, 1);
      this.prfCache.set(average, v);
    }
    return v;
  }
  binary(name) {
    if (!this.table.score && ["roc_auc", "pr_auc", "log_loss", "brier"].includes(name)) return void 0;
    switch (name) {
      case "accuracy":
        return accuracy(this.confusion());
      case "balanced_accuracy":
        return balancedAccuracy(this.confusion());
      case "roc_auc":
        return this.areas().rocAuc;
      case "pr_auc":
        return this.areas().averagePrecision;
      case "log_loss":
        return binaryLogLoss(this.ranks, this.m);
      case "brier":
        return brier(this.ranks, this.m);
      case "tn":
      case "fp":
      case "fn":
      case "tp":
        return measured(this.confusion().matrix[["tn", "fp", "fn", "tp"].indexOf(name)]);
      case "true_negative_rate":
      case "false_positive_rate":
      case "false_negative_rate":
      case "selection_rate":
        return binaryRates(this.confusion())[name];
      default:
        return void 0;
    }
  }
  multiclass(name) {
    if (!this.table.proba && ["roc_auc", "roc_auc_weighted", "pr_auc", "log_loss"].includes(name))
      return void 0;
    switch (name) {
      case "accuracy":
        return accuracy(this.confusion());
      case "balanced_accuracy":
        return balancedAccuracy(this.confusion());
      case "roc_auc":
        return this.ovr().rocAuc;
      case "roc_auc_weighted":
        return this.ovr().rocAucWeighted;
      case "pr_auc":
        return this.ovr().averagePrecision;
      case "log_loss":
        return multiclassLogLoss(this.ranks, this.m);
      default:
        return void 0;
    }
  }
  areas() {
    return this.areasCache ??= binaryAreas(this.ranks, this.m);
  }
  ovr() {
    return this.ovrCache ??= oneVsRestAreas(this.ranks, this.m);
  }
};
function computeMetrics(table, ranks = new RankCache(table)) {
  return new Evaluator(table, ranks).all();
}

// src/gates/model-evaluation/judge/percentile.ts
function quantileSorted(sorted, q) {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = q * (n - 1);
  const lo = Math.floor(position);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo];
  const b = sorted[hi];
  const t = position - lo;
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

// src/gates/model-evaluation/readers/benchmark-file.ts
var MAX_LATENCIES = 5e6;
var LATENCY_KEYS = ["latency_ms", "latencies_ms", "latency"];
var THROUGHPUT_KEYS = ["throughput_rps", "throughput", "requests_per_second", "rps"];
function readBenchmark(text, path) {
  const doc = parseDocument(text, path);
  const root = Array.isArray(doc) ? { latency_ms: doc } : doc;
  if (root === null || typeof root !== "object") throw shape(path);
  const record = root;
  const latencyKey = LATENCY_KEYS.find((k) => k in record);
  const latency = latencyKey === void 0 ? void 0 : record[latencyKey];
  const out = { path, latencyMs: /* @__PURE__ */ new Map() };
  if (Array.isArray(latency)) fromSamples(latency, out, path);
  else if (latency !== null && typeof latency === "object") {
    for (const [key, value] of Object.entries(latency)) {
      if (typeof value === "number" && Number.isFinite(value))
        out.latencyMs.set(normalisePercentile(key), value);
    }
  }
  const throughputKey = THROUGHPUT_KEYS.find(
    (k) => typeof record[k] === "number" && Number.isFinite(record[k])
  );
  if (throughputKey !== void 0) out.throughputRps = record[throughputKey];
  if (out.latencyMs.size === 0 && out.throughputRps === void 0) throw shape(path);
  return out;
}
function parseDocument(text, path) {
  if (/\.ya?ml$/i.test(path)) return parseYaml(text, path).value;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${path}: not valid JSON: ${error.message}`,
      { path },
      "Fix the JSON syntax of the benchmark results."
    );
  }
}
function shape(path) {
  return new InputError(
    `${path}: no latency or throughput figures`,
    { path },
    'Write {"latency_ms": {"p50": \u2026, "p95": \u2026, "p99": \u2026}, "throughput_rps": \u2026} or {"latency_ms": [one value per request]}.'
  );
}
function normalisePercentile(key) {
  const k = key.toLowerCase().replace(/_?ms$/, "");
  const m = /^p?(\d+(?:\.\d+)?)(?:th)?$/.exec(k);
  if (m) return `p${m[1] ?? ""}`;
  return k === "avg" || k === "average" ? "mean" : k;
}
function fromSamples(list, out, path) {
  if (list.length > MAX_LATENCIES) {
    throw new InputError(
      `${path}: more than ${MAX_LATENCIES} latencies`,
      { path },
      "Write percentiles instead of the raw list, or sample the requests."
    );
  }
  const values = new Float64Array(list.length);
  list.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new InputError(
        `${path}: latency number ${i + 1} is ${JSON.stringify(v)}, not a duration in ms`,
        { path },
        "Write one non-negative number per request."
      );
    }
    values[i] = v;
  });
  if (values.length === 0) return;
  values.sort();
  for (const p of [50, 90, 95, 99]) out.latencyMs.set(`p${p}`, quantileSorted(values, p / 100));
  out.latencyMs.set("mean", values.reduce((a, b) => a + b, 0) / values.length);
  out.latencyMs.set("max", values[values.length - 1]);
  out.samples = values.length;
}

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/gates/model-evaluation/readers/reported-metrics.ts
var MAX_SMALL_FILE_BYTES = 10 * 1024 * 1024;
var MAX_METRIC_KEYS = 1e4;

// src/gates/model-evaluation/readers/metrics-csv.ts
function readMetricsCsv(text, path) {
  let rows;
  try {
    const parsed = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: 1 << 20
    });
    rows = parsed;
  } catch (error) {
    throw new InputError(
      `${path}: not valid CSV: ${error.message}`,
      { path },
      "Fix the CSV syntax."
    );
  }
  const header = (rows[0] ?? []).map((h) => h.trim());
  if (rows.length < 2) {
    throw new InputError(
      `${path}: no metric values (a header and at least one row are needed)`,
      { path, line: 1 },
      "Write metric,value rows or a header of metric names over one row of values."
    );
  }
  const values = /* @__PURE__ */ new Map();
  const nameCol = header.findIndex((h) => /^(metric|name|key)$/i.test(h));
  const valueCol = header.findIndex((h) => /^value$/i.test(h));
  if (nameCol >= 0 && valueCol >= 0) {
    rows.slice(1).forEach((row, i) => {
      const v = parseNumber(row[valueCol]);
      const name = row[nameCol]?.trim();
      if (v.ok && name) values.set(name, { value: v.value, line: i + 2 });
    });
  } else {
    const last = rows[rows.length - 1];
    header.forEach((name, j) => {
      const v = parseNumber(last[j]);
      if (v.ok && name) values.set(name, { value: v.value, line: rows.length });
    });
  }
  if (values.size > MAX_METRIC_KEYS) {
    throw new InputError(
      `${path}: more than ${MAX_METRIC_KEYS} metrics; not an evaluation summary`,
      { path },
      "Point the setting at the summary the evaluation writes."
    );
  }
  return { path, values, format: "CSV" };
}

// src/gates/model-evaluation/readers/metrics-document.ts
var SAGEMAKER_SECTIONS = [
  "binary_classification_metrics",
  "multiclass_classification_metrics",
  "regression_metrics"
];
function readMetricsDocument(text, path, format) {
  const doc = parseYaml(text, path);
  const root = doc.value;
  if (root === null || typeof root !== "object" || Array.isArray(root)) {
    throw new InputError(
      `${path}: not a mapping of metric names to numbers`,
      { path, line: 1 },
      'Write the metrics as {"accuracy": 0.91, ...} (JSON) or accuracy: 0.91 (YAML).'
    );
  }
  const record = root;
  const sagemaker = format === "sagemaker" || format === "auto" && SAGEMAKER_SECTIONS.some((s) => isObject(record[s]));
  const values = /* @__PURE__ */ new Map();
  if (sagemaker) readSageMaker(record, doc, values, path);
  else flatten(record, { prefix: "", pointer: "" }, doc, values, path);
  return {
    path,
    values,
    format: sagemaker ? "SageMaker model quality" : format === "yaml" ? "YAML" : "JSON"
  };
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function escapePointer(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function put(values, key, entry, path) {
  if (values.size >= MAX_METRIC_KEYS) {
    throw new InputError(
      `${path}: more than ${MAX_METRIC_KEYS} numeric values; not an evaluation summary`,
      { path },
      "Point the setting at the summary the evaluation writes."
    );
  }
  values.set(key, entry);
}
function flatten(node, where, doc, values, path) {
  for (const [key, value] of Object.entries(node)) {
    const name = where.prefix ? `${where.prefix}.${key}` : key;
    const pointer = `${where.pointer}/${escapePointer(key)}`;
    if (typeof value === "number" && Number.isFinite(value)) {
      const line = doc.lineOf(pointer);
      put(values, name, { value, ...line !== void 0 ? { line } : {} }, path);
    } else if (isObject(value)) flatten(value, { prefix: name, pointer }, doc, values, path);
  }
}
function readSageMaker(root, doc, values, path) {
  for (const section of SAGEMAKER_SECTIONS) {
    const metrics = root[section];
    if (!isObject(metrics)) continue;
    for (const [name, entry] of Object.entries(metrics)) {
      if (!isObject(entry) || typeof entry.value !== "number" || !Number.isFinite(entry.value)) continue;
      const line = doc.lineOf(`/${section}/${escapePointer(name)}/value`);
      const sd = entry.standard_deviation;
      put(
        values,
        name,
        {
          value: entry.value,
          ...line !== void 0 ? { line } : {},
          ...typeof sd === "number" && Number.isFinite(sd) ? { standardDeviation: sd } : {}
        },
        path
      );
    }
  }
}

// src/gates/model-evaluation/readers/mlflow-run-dir.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve as resolve2 } from "node:path";
var MAX_DEPTH = 8;
async function readMlflowRunDir(cwd, path) {
  let dir = resolve2(cwd, path);
  await assertInsideRepository(cwd, path);
  try {
    if (!(await stat(dir)).isDirectory()) {
      throw new InputError(
        `${path}: an MLflow run is a directory, not a file`,
        { path },
        "Point metrics-file at the run directory or its metrics/ folder."
      );
    }
    const sub = join(dir, "metrics");
    if ((await stat(sub).catch(() => void 0))?.isDirectory()) dir = sub;
  } catch (error) {
    if (error instanceof InputError) throw error;
    return void 0;
  }
  const values = /* @__PURE__ */ new Map();
  await walk(dir, "", 0, values, path);
  return { path, values, format: "MLflow run" };
}
async function walk(dir, prefix, depth, values, display) {
  if (depth > MAX_DEPTH) return;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) await walk(abs, name, depth + 1, values, display);
    else if (entry.isFile()) {
      if (values.size >= MAX_METRIC_KEYS) {
        throw new InputError(
          `${display}: more than ${MAX_METRIC_KEYS} metric files`,
          { path: display },
          "Point metrics-file at one run."
        );
      }
      const { size } = await stat(abs);
      if (size > MAX_SMALL_FILE_BYTES) continue;
      const latest = latestValue(await readFile(abs, "utf8"), `${display}/${name}`);
      if (latest !== void 0) values.set(name, { value: latest });
    }
  }
}
function latestValue(text, path) {
  let best;
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const parts = line.split(/\s+/);
    const [timestamp, value, step] = [
      Number(parts[0]),
      Number(parts[1]),
      parts.length > 2 ? Number(parts[2]) : 0
    ];
    if (parts.length < 2 || parts.length > 3 || ![timestamp, value, step].every(Number.isFinite)) {
      throw new InputError(
        `${path}:${i + 1}: not an MLflow metric line ("timestamp value step")`,
        { path, line: i + 1 },
        "Point metrics-file at an MLflow run directory (mlruns/<experiment>/<run>)."
      );
    }
    const key = [step, timestamp, value];
    if (!best || compare(key, best) > 0) best = key;
  });
  return best?.[2];
}
function compare(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

// src/gates/model-evaluation/readers/source.ts
import { createReadStream } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
var CHUNK_BYTES = 1 << 20;
async function fileSource(cwd, path, maxBytes) {
  const abs = resolve3(cwd, path);
  await assertReadable(cwd, path);
  let size;
  try {
    const s = await stat2(abs);
    if (s.isDirectory()) {
      throw new InputError(
        `${path} is a directory, not a file`,
        { path },
        "Point the setting at the file itself."
      );
    }
    size = s.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error.code === "ENOENT") return void 0;
    throw new InputError(`cannot read ${path}: ${error.code ?? String(error)}`, {
      path
    });
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  return { kind: "file", path, abs, size };
}
function tooLarge(path, size, maxBytes) {
  return new InputError(
    `${path} is ${size} bytes, more than the ${formatBytes(maxBytes)} the gate reads for this kind of file`,
    { path },
    "Point the setting at the right file, or write a smaller evaluation set (a sample of the hold-out set)."
  );
}
function formatBytes(bytes) {
  return bytes >= 1 << 30 ? `${bytes / (1 << 30)} GiB` : `${bytes / (1 << 20)} MiB`;
}
async function* byteChunks(source) {
  if (source.kind === "text") {
    const bytes = Buffer.from(source.text, "utf8");
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
    return;
  }
  for await (const chunk of createReadStream(source.abs, { highWaterMark: CHUNK_BYTES }))
    yield chunk;
}
async function sourceText(source) {
  if (source.kind === "text") return source.text;
  const parts = [];
  for await (const chunk of byteChunks(source)) parts.push(chunk);
  return Buffer.concat(parts).toString("utf8");
}

// src/gates/model-evaluation/readers/load-metrics.ts
function metricsFormatOf(spec) {
  if (spec.format !== "auto") return spec.format;
  const lower = spec.path.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  if (lower.endsWith(".json")) return "auto";
  return "mlflow-run";
}
async function loadMetricsFile(cwd, spec, atCommit) {
  const format = metricsFormatOf(spec);
  if (format === "mlflow-run") {
    if (atCommit) {
      throw new InputError(
        `${atCommit.path}: an MLflow run directory at another commit cannot be compared`,
        { path: spec.path },
        "Use baseline.metrics-file (a file) or a registry baseline for MLflow runs."
      );
    }
    return readMlflowRunDir(cwd, spec.path);
  }
  const source = atCommit ?? await fileSource(cwd, spec.path, MAX_SMALL_FILE_BYTES);
  if (!source) return void 0;
  const text = await sourceText(source);
  if (format === "csv") return readMetricsCsv(text, source.path);
  return readMetricsDocument(text, source.path, format);
}

// src/gates/model-evaluation/class-dictionary.ts
var MAX_CLASSES = 1e3;
var ClassDictionary = class {
  constructor(declared, fixed, limit) {
    this.fixed = fixed;
    this.limit = limit;
    for (const key of declared) this.lookupOrAdd(key);
  }
  fixed;
  limit;
  index = /* @__PURE__ */ new Map();
  keys = [];
  /** The index of a key, adding it when allowed; a sentence when it is not allowed. */
  lookup(key) {
    const known = this.index.get(key);
    if (known !== void 0) return known;
    if (this.fixed)
      return `${JSON.stringify(key)} is not one of the classes ${this.keys.map((k) => JSON.stringify(k)).join(", ")}`;
    if (this.keys.length >= this.limit) {
      return this.limit === 2 ? `${JSON.stringify(key)} would be a third class (the file already has ${this.keys.map((k) => JSON.stringify(k)).join(" and ")}) in a binary task` : `${JSON.stringify(key)} would be class number ${this.limit + 1}; at most ${this.limit} are read`;
    }
    return this.lookupOrAdd(key);
  }
  lookupOrAdd(key) {
    const known = this.index.get(key);
    if (known !== void 0) return known;
    this.index.set(key, this.keys.length);
    this.keys.push(key);
    return this.keys.length - 1;
  }
  /** Classes in scikit-learn's order, and for each first-seen index its sorted index. */
  sorted() {
    const classes = sortClasses(this.keys);
    const remap = new Int32Array(this.keys.length);
    this.keys.forEach((key, i) => remap[i] = classes.indexOf(key));
    return { classes, remap };
  }
};
function defaultPositive(keys) {
  const within = (allowed) => keys.every((k) => allowed.includes(k));
  if (within(["0", "1"]) || within(["-1", "1"])) return "1";
  if (within(["false", "true"])) return "true";
  return void 0;
}
function negativeName(positive, keys) {
  const other = keys.find((k) => k !== positive);
  if (other !== void 0) return other;
  if (positive === "1") return "0";
  if (positive === "true") return "false";
  return `not ${positive}`;
}

// src/gates/model-evaluation/growable.ts
var INITIAL_CAPACITY = 1 << 14;
var GrowableColumn = class {
  constructor(make) {
    this.make = make;
    this.data = new make(INITIAL_CAPACITY);
  }
  make;
  data;
  length = 0;
  push(value) {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }
  /** Appends several values at once (a row's class probabilities). */
  pushAll(values) {
    if (this.length + values.length > this.data.length) this.grow(this.length + values.length);
    this.data.set(values, this.length);
    this.length += values.length;
  }
  /** The values so far, trimmed to their length (a view: later pushes may reallocate). */
  view() {
    return this.data.subarray(0, this.length);
  }
  /** The backing array, for in-place rewrites of values already pushed. */
  raw() {
    return this.data;
  }
  grow(needed) {
    let capacity = this.data.length * 2;
    while (capacity < needed) capacity *= 2;
    const next = new this.make(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
};
function floatColumn() {
  return new GrowableColumn(Float64Array);
}
function intColumn() {
  return new GrowableColumn(Int32Array);
}

// src/gates/model-evaluation/group-columns.ts
var MAX_GROUP_VALUES = 1e3;
var GroupColumns = class {
  columns;
  constructor(names) {
    this.columns = names.map((name) => ({
      name,
      codes: intColumn(),
      index: /* @__PURE__ */ new Map(),
      values: [],
      truncated: false
    }));
  }
  /** Stores one row's group values, read from `cells` starting at `at`. */
  push(cells, at) {
    for (let j = 0; j < this.columns.length; j++) {
      const g = this.columns[j];
      let key = groupKey(cells[at + j]);
      let code = g.index.get(key);
      if (code === void 0) {
        if (g.values.length >= MAX_GROUP_VALUES) {
          key = "(other)";
          g.truncated = true;
          code = g.index.get(key);
        }
        if (code === void 0) {
          code = g.values.length;
          g.index.set(key, code);
          g.values.push(key);
        }
      }
      g.codes.push(code);
    }
  }
  /** Names of the columns that had more than MAX_GROUP_VALUES values. */
  truncated() {
    return this.columns.filter((g) => g.truncated).map((g) => g.name);
  }
  /** The finished columns. */
  finish() {
    return this.columns.map((g) => ({ name: g.name, values: g.values, codes: g.codes.view() }));
  }
};

// src/gates/model-evaluation/table-finish.ts
function finishBinary(raw, settings) {
  const keys = raw.dict.keys;
  const positive = settings.positiveClass ?? defaultPositive(keys);
  if (positive === void 0) {
    return {
      problem: `the labels are ${keys.map((k) => JSON.stringify(k)).join(" and ")}, so the positive class is not known`
    };
  }
  const posIndex = keys.indexOf(positive);
  const toBinary = (column) => {
    for (let i = 0; i < column.length; i++) column[i] = column[i] === posIndex ? 1 : 0;
    return column;
  };
  let pred;
  if (raw.pred) pred = toBinary(raw.pred);
  else {
    const score = raw.score ?? new Float64Array(0);
    pred = new Int32Array(raw.n);
    for (let i = 0; i < raw.n; i++) pred[i] = score[i] >= settings.decisionThreshold ? 1 : 0;
  }
  return {
    classes: [negativeName(positive, keys), positive],
    labelClass: toBinary(raw.label),
    predClass: pred,
    ...raw.score ? { score: raw.score } : {}
  };
}
function finishMulticlass(raw) {
  const { classes, remap } = raw.dict.sorted();
  const k = classes.length;
  const { n, label } = raw;
  for (let i = 0; i < n; i++) label[i] = remap[label[i]];
  let proba;
  if (raw.proba) {
    const from = raw.proba;
    proba = new Float64Array(n * k);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < k; j++) proba[i * k + remap[j]] = from[i * k + j];
  }
  let pred;
  if (raw.pred) {
    pred = raw.pred;
    for (let i = 0; i < n; i++) pred[i] = remap[pred[i]];
  } else pred = argmaxRows(proba ?? new Float64Array(0), n, k);
  return { classes, labelClass: label, predClass: pred, ...proba ? { proba } : {} };
}
function argmaxRows(proba, n, k) {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let j = 1; j < k; j++) if (proba[i * k + j] > proba[i * k + best]) best = j;
    out[i] = best;
  }
  return out;
}

// src/gates/model-evaluation/table-builder.ts
var TableBuilder = class {
  constructor(task, spec, classSettings, maxProblems) {
    this.task = task;
    this.spec = spec;
    this.classSettings = classSettings;
    this.maxProblems = maxProblems;
    const c = spec.columns;
    this.probaKeys = Object.keys(c.probabilities ?? {}).map(canonicalClass);
    this.fields = [
      c.label,
      ...c.prediction ? [c.prediction] : [],
      ...c.score ? [c.score] : [],
      ...Object.values(c.probabilities ?? {}),
      ...c.weight ? [c.weight] : [],
      ...c.id ? [c.id] : [],
      ...c.groups
    ];
    this.groups = new GroupColumns(c.groups);
    if (task !== "regression") this.dict = this.makeDictionary();
  }
  task;
  spec;
  classSettings;
  maxProblems;
  fields;
  positions = [];
  dict;
  probaKeys;
  label = intColumn();
  pred = intColumn();
  labelValue = floatColumn();
  predValue = floatColumn();
  score = floatColumn();
  proba = floatColumn();
  weight = floatColumn();
  groups;
  ids = [];
  seenIds = /* @__PURE__ */ new Set();
  problems = [];
  badRows = 0;
  n = 0;
  makeDictionary() {
    const declared = this.classSettings.classes;
    if (this.probaKeys.length > 0) return new ClassDictionary(this.probaKeys, true, this.probaKeys.length);
    if (declared.length > 0) return new ClassDictionary(declared, true, declared.length);
    const binary = this.task === "binary-classification";
    const seed = binary && this.classSettings.positiveClass !== void 0 ? [this.classSettings.positiveClass] : [];
    return new ClassDictionary(seed, false, binary ? 2 : MAX_CLASSES);
  }
  /** Rows stored so far. */
  get rows() {
    return this.n;
  }
  /**
   * Records where each wanted column is in the file (`columns` = the header); a sentence naming
   * the missing columns when some are not there.
   */
  header(columns) {
    const missing = [...new Set(this.fields.filter((f) => !columns.includes(f)))];
    this.positions = this.fields.map((f) => columns.indexOf(f) + 1);
    if (missing.length === 0) return void 0;
    const have = columns.slice(0, 30).map((c) => JSON.stringify(c)).join(", ");
    return `no column ${missing.map((m) => JSON.stringify(m)).join(", ")} (the file has ${have || "no columns"}${columns.length > 30 ? ", \u2026" : ""})`;
  }
  /** Records a row that could not be read at all (a line that is not JSON). */
  invalid(line, message) {
    this.badRows++;
    if (this.problems.length < this.maxProblems)
      this.problems.push({ line, column: "", message, record: this.n + this.badRows });
  }
  /** Checks one row (cells in `fields` order) and stores it, or records its first problem. */
  add(cells, line) {
    const problem = this.task === "regression" ? this.addRegression(cells) : this.addClassification(cells);
    if (problem) {
      this.badRows++;
      if (this.problems.length < this.maxProblems) {
        const at = this.fields.indexOf(problem.column);
        const position = this.positions[at];
        this.problems.push({
          line,
          ...problem,
          record: this.n + this.badRows,
          ...position ? { position } : {}
        });
      }
      return;
    }
    this.n++;
  }
  addRegression(cells) {
    const c = this.spec.columns;
    const y = parseNumber(cells[0]);
    if (!y.ok) return { column: c.label, message: `the label ${y.problem}` };
    const yhat = parseNumber(cells[1]);
    if (!yhat.ok) return { column: c.prediction ?? "", message: `the prediction ${yhat.problem}` };
    const rest = this.addCommon(cells, 2);
    if (rest) return rest;
    this.labelValue.push(y.value);
    this.predValue.push(yhat.value);
    return void 0;
  }
  addClassification(cells) {
    const c = this.spec.columns;
    const dict = this.dict;
    let at = 0;
    const label = classIndex(dict, cells[at++]);
    if (typeof label === "string") return { column: c.label, message: `the label ${label}` };
    let pred = -1;
    if (c.prediction) {
      const p = classIndex(dict, cells[at++]);
      if (typeof p === "string") return { column: c.prediction, message: `the prediction ${p}` };
      pred = p;
    }
    let score = 0;
    if (c.score) {
      const s = this.classSettings.scoreKind === "probability" ? parseProbability(cells[at++]) : parseNumber(cells[at++]);
      if (!s.ok) return { column: c.score, message: `the score ${s.problem}` };
      score = s.value;
    }
    const probs = probabilityRow(cells, at, Object.values(this.spec.columns.probabilities ?? {}));
    if (typeof probs === "object" && "message" in probs) return probs;
    at += this.probaKeys.length;
    const rest = this.addCommon(cells, at);
    if (rest) return rest;
    this.label.push(label);
    if (c.prediction) this.pred.push(pred);
    if (c.score) this.score.push(score);
    if (probs) this.proba.pushAll(probs);
    return void 0;
  }
  /** Weight, id and groups, from cell `at` on; stores them only when all are good. */
  addCommon(cells, at) {
    const c = this.spec.columns;
    let w = 1;
    if (c.weight) {
      const p = parseNumber(cells[at++]);
      if (!p.ok) return { column: c.weight, message: `the weight ${p.problem}` };
      if (p.value < 0) return { column: c.weight, message: `the weight ${p.value} is negative` };
      w = p.value;
    }
    let id;
    if (c.id) {
      const p = idKey(cells[at++]);
      if (!p.ok) return { column: c.id, message: `the id ${p.problem}` };
      if (this.seenIds.has(p.value))
        return { column: c.id, message: `the id ${JSON.stringify(p.value)} occurs twice` };
      id = p.value;
    }
    if (c.weight) this.weight.push(w);
    if (id !== void 0) {
      this.seenIds.add(id);
      this.ids.push(id);
    }
    this.groups.push(cells, at);
    return void 0;
  }
  /** The table, or why the file cannot be used. */
  finish() {
    const base = {
      problems: this.problems,
      badRows: this.badRows,
      truncatedGroups: this.groups.truncated()
    };
    if (this.n === 0) {
      return { ...base, fileProblem: this.badRows > 0 ? "no row is usable" : "the file has no rows" };
    }
    const common = {
      n: this.n,
      scoreKind: this.classSettings.scoreKind,
      ...this.spec.columns.weight ? { weight: this.weight.view() } : {},
      groups: this.groups.finish(),
      ...this.spec.columns.id ? { ids: this.ids } : {},
      where: this.spec.format === "parquet" ? "row" : "line"
    };
    if (this.task === "regression") {
      return {
        ...base,
        table: {
          task: "regression",
          classes: [],
          labelValue: this.labelValue.view(),
          predValue: this.predValue.view(),
          ...common
        }
      };
    }
    const raw = {
      n: this.n,
      dict: this.dict,
      label: this.label.view(),
      ...this.spec.columns.prediction ? { pred: this.pred.view() } : {},
      ...this.spec.columns.score ? { score: this.score.view() } : {},
      ...this.probaKeys.length > 0 ? { proba: this.proba.view() } : {}
    };
    const classes = this.task === "binary-classification" ? finishBinary(raw, this.classSettings) : finishMulticlass(raw);
    if ("problem" in classes) return { ...base, fileProblem: classes.problem };
    return { ...base, table: { task: this.task, ...classes, ...common } };
  }
};
function classIndex(dict, cell) {
  const key = classKey(cell);
  return key.ok ? dict.lookup(key.value) : key.problem;
}

// src/gates/model-evaluation/readers/csv-tokenizer.ts
var QUOTE = 34;
var LF = 10;
var CR = 13;
var CsvSyntaxError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
  name = "CsvSyntaxError";
};
var CsvTokenizer = class {
  constructor(delimiter, maxRecordChars, onRecord) {
    this.delimiter = delimiter;
    this.maxRecordChars = maxRecordChars;
    this.onRecord = onRecord;
  }
  delimiter;
  maxRecordChars;
  onRecord;
  /** Text of the record being read that the last chunk did not finish. */
  pending = "";
  /** Line the next record starts on (1-based). */
  line = 1;
  first = true;
  stopped = false;
  /** True once `onRecord` asked to stop. */
  get done() {
    return this.stopped;
  }
  /** Tokenizes a chunk; a record cut at the chunk's end waits for the next one. */
  push(chunk) {
    if (this.stopped) return;
    let text = this.pending + chunk;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 65279) text = text.slice(1);
    }
    const consumed = this.records(text, false);
    this.pending = text.slice(consumed);
    if (this.pending.length > this.maxRecordChars) {
      throw new CsvSyntaxError(
        `a record longer than ${this.maxRecordChars} characters (an unclosed quote?)`,
        this.line
      );
    }
  }
  /** Tokenizes what is left at the end of the input. */
  end() {
    if (this.stopped || this.pending === "") return;
    this.records(this.pending, true);
    this.pending = "";
  }
  /** Reads whole records from `text`; returns how many characters they used. */
  records(text, final) {
    let at = 0;
    while (at < text.length && !this.stopped) {
      const next = this.record(text, at, final);
      if (next < 0) break;
      at = next;
    }
    return at;
  }
  /** One record from `start`; the index after it, or -1 when the text ends inside it. */
  record(text, start, final) {
    const fields = [];
    const startLine = this.line;
    let lines = 0;
    let i = start;
    const n = text.length;
    for (; ; ) {
      let value;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const quoted = this.quotedField(text, i + 1, startLine + lines, final);
        if (!quoted) {
          if (final) throw new CsvSyntaxError("a quoted field is never closed", startLine + lines);
          return -1;
        }
        value = quoted.value;
        lines += quoted.lines;
        i = quoted.end;
      } else {
        let j = i;
        for (; j < n; j++) {
          const c2 = text.charCodeAt(j);
          if (c2 === this.delimiter || c2 === LF || c2 === CR) break;
          if (c2 === QUOTE)
            throw new CsvSyntaxError(
              "a quote inside an unquoted field (quote the whole field and double the quote)",
              startLine + lines
            );
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      if (i >= n) {
        if (!final) return -1;
        return this.emit(fields, startLine, lines, n);
      }
      const c = text.charCodeAt(i);
      if (c === this.delimiter) {
        i++;
        continue;
      }
      if (c === CR && i + 1 >= n && !final) return -1;
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      return this.emit(fields, startLine, lines + 1, i);
    }
  }
  emit(fields, line, lines, next) {
    this.line += lines;
    const blank = fields.length === 1 && fields[0] === "";
    if (!blank && !this.onRecord(fields, line)) this.stopped = true;
    return next;
  }
  /** A quoted field whose content starts at `from`: its value, newlines inside it and the index after it. */
  quotedField(text, from, line, final) {
    let value = "";
    let lines = 0;
    let i = from;
    for (; ; ) {
      const close = text.indexOf('"', i);
      if (close < 0) return void 0;
      const part = text.slice(i, close);
      value += part;
      for (let k = part.indexOf("\n"); k >= 0; k = part.indexOf("\n", k + 1)) lines++;
      if (close + 1 >= text.length) return final ? { value, lines, end: close + 1 } : void 0;
      if (text.charCodeAt(close + 1) === QUOTE) {
        value += '"';
        i = close + 2;
        continue;
      }
      const after = text.charCodeAt(close + 1);
      if (after !== this.delimiter && after !== LF && after !== CR) {
        throw new CsvSyntaxError(
          "text after a closing quote (double a quote inside a quoted field)",
          line + lines
        );
      }
      return { value, lines, end: close + 1 };
    }
  }
};

// src/gates/model-evaluation/readers/csv-rows.ts
var MAX_RECORD_CHARS = 1 << 20;
async function readCsvRows(source, delimiter, sink) {
  const state = {};
  const tokenizer = new CsvTokenizer(delimiter.charCodeAt(0), MAX_RECORD_CHARS, (cells, line) => {
    if (!state.picks) {
      const names = cells.map((c) => c.trim());
      const problem = sink.header(names);
      if (problem) {
        state.failure = new InputError(
          `${source.path}:${line}: ${problem}`,
          { path: source.path, line },
          "Name the columns in the config (columns: label, score, ...) as the file spells them."
        );
        return false;
      }
      state.picks = sink.fields.map((f) => names.indexOf(f));
      return true;
    }
    sink.row(
      state.picks.map((p) => cells[p]),
      line
    );
    return sink.more();
  });
  const decoder = new TextDecoder("utf-8");
  try {
    for await (const chunk of byteChunks(source)) {
      tokenizer.push(decoder.decode(chunk, { stream: true }));
      if (tokenizer.done) break;
    }
    tokenizer.push(decoder.decode());
    tokenizer.end();
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new InputError(
      `${source.path}:${error.line}: not valid CSV: ${error.message}`,
      { path: source.path, line: error.line },
      "Fix the quoting at that line: a field with the delimiter, a quote or a newline must be quoted, and quotes inside it doubled."
    );
  }
  if (state.failure) throw state.failure;
  if (!state.picks) {
    throw new InputError(
      `${source.path}: the file is empty (not even a header line)`,
      { path: source.path },
      "Have the evaluation step write its predictions before this gate runs."
    );
  }
}

// src/gates/model-evaluation/readers/jsonl-rows.ts
var MAX_LINE_BYTES = 1 << 20;
var Stop = class extends Error {
};
async function readJsonlRows(source, sink) {
  const state = { headerDone: false };
  try {
    await forEachByteLine(byteChunks(source), source.path, (buf, start, end, line) => {
      let s = start;
      if (line === 1 && buf[s] === 239 && buf[s + 1] === 187 && buf[s + 2] === 191) s += 3;
      while (s < end && (buf[s] === 32 || buf[s] === 9)) s++;
      if (s === end) return;
      const record = parseRecord(buf, s, end);
      if (!state.headerDone) {
        state.headerDone = true;
        const problem = sink.header(typeof record === "string" ? [] : Object.keys(record));
        if (problem) {
          state.failure = new InputError(
            `${source.path}:${line}: ${problem}`,
            { path: source.path, line },
            "Name the columns in the config (columns: label, score, ...) as the records spell their keys."
          );
          throw new Stop();
        }
      }
      if (typeof record === "string") sink.invalid(line, record);
      else
        sink.row(
          sink.fields.map((f) => record[f]),
          line
        );
      if (!sink.more()) throw new Stop();
    });
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  if (state.failure) throw state.failure;
  if (!state.headerDone) {
    throw new InputError(
      `${source.path}: the file is empty (no JSON record)`,
      { path: source.path },
      "Have the evaluation step write its predictions before this gate runs."
    );
  }
}
function parseRecord(buf, start, end) {
  if (end - start > MAX_LINE_BYTES) return `the line is longer than ${MAX_LINE_BYTES} bytes`;
  let value;
  try {
    value = JSON.parse(utf8Text(buf, start, end));
  } catch (error) {
    return `not valid JSON (${error.message})`;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "not a JSON object";
  return value;
}

// src/gates/model-evaluation/readers/parquet-rows.ts
import { open } from "node:fs/promises";
var MAX_FOOTER_BYTES = 64 * 1024 * 1024;
async function readParquetRows(source, sink) {
  if (source.kind !== "file") {
    throw new InputError(
      `${source.path}: a Parquet file at another commit cannot be read (git output reaches the gate as text)`,
      { path: source.path },
      "Give the baseline as a file (baseline.predictions), or write the predictions as CSV or JSON Lines."
    );
  }
  await checkFooterFrame(source.abs, source.path);
  let metadata;
  const file = await asyncBufferFromFile(source.abs);
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw notParquet(source.path, error);
  }
  const names = parquetSchema(metadata).children.map((c) => c.element.name);
  const problem = sink.header(names);
  if (problem) {
    throw new InputError(
      `${source.path}: ${problem}`,
      { path: source.path },
      "Name the columns in the config (columns: label, score, ...) as the file spells them."
    );
  }
  const columns = [...new Set(sink.fields)];
  const at = sink.fields.map((f) => columns.indexOf(f));
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const chunks = new Map(columns.map((c) => [c, []]));
    try {
      await parquetRead({
        file,
        metadata,
        columns,
        rowStart,
        rowEnd,
        onChunk: (c) => chunks.get(c.columnName)?.push(c)
      });
    } catch (error) {
      throw notParquet(source.path, error);
    }
    if (!emitRows(
      columns.map((c) => chunks.get(c) ?? []),
      at,
      rowStart,
      rowEnd,
      sink
    ))
      return;
    rowStart = rowEnd;
  }
}
function emitRows(columns, at, rowStart, rowEnd, sink) {
  for (const list of columns) list.sort((a, b) => a.rowStart - b.rowStart);
  const cursor = new Int32Array(columns.length);
  const values = new Array(columns.length);
  const cells = new Array(at.length);
  for (let r = rowStart; r < rowEnd; r++) {
    for (let j = 0; j < columns.length; j++) {
      const list = columns[j];
      let k = cursor[j];
      while (k < list.length && r >= list[k].rowEnd) k++;
      cursor[j] = k;
      const chunk = list[k];
      values[j] = chunk && r >= chunk.rowStart ? chunk.columnData[r - chunk.rowStart] : void 0;
    }
    for (let f = 0; f < at.length; f++) cells[f] = values[at[f]];
    sink.row(cells, r + 1);
    if (!sink.more()) return false;
  }
  return true;
}
function notParquet(path, error) {
  return new InputError(
    `${path}: not a readable Parquet file: ${error instanceof Error ? error.message : String(error)}`,
    { path },
    "Rewrite the file with a Parquet writer (pyarrow, polars, DuckDB); it may be truncated."
  );
}
async function checkFooterFrame(abs, path) {
  const handle = await open(abs, "r");
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(8);
    if (size >= 12) await handle.read(tail, 0, 8, size - 8);
    const length = tail.readUInt32LE(0);
    if (size < 12 || tail.subarray(4).toString("latin1") !== "PAR1") {
      throw new InputError(
        `${path}: not a Parquet file (no PAR1 magic at the end)`,
        { path },
        "Check that the file is Parquet and was written completely."
      );
    }
    if (length > MAX_FOOTER_BYTES || length > size - 12) {
      throw new InputError(
        `${path}: the Parquet footer claims ${length} bytes, which the file cannot hold or the gate will not read`,
        { path },
        "Rewrite the file with a Parquet writer; it is truncated or corrupt."
      );
    }
  } finally {
    await handle.close();
  }
}

// src/gates/model-evaluation/readers/predictions.ts
var MAX_PREDICTIONS_BYTES = 4 * 1024 * 1024 * 1024;
async function readPredictions(source, spec, task, classes, maxProblems) {
  const builder = new TableBuilder(task, spec, classes, maxProblems);
  let seen = 0;
  let truncated = false;
  const sink = {
    fields: builder.fields,
    header: (columns) => builder.header(columns),
    row(cells, line) {
      seen++;
      builder.add(cells, line);
    },
    invalid(line, message) {
      seen++;
      builder.invalid(line, message);
    },
    more() {
      if (seen < spec.maxRows) return true;
      truncated = true;
      return false;
    }
  };
  switch (spec.format) {
    case "csv":
      await readCsvRows(source, ",", sink);
      break;
    case "tsv":
      await readCsvRows(source, "	", sink);
      break;
    case "jsonl":
      await readJsonlRows(source, sink);
      break;
    case "parquet":
      await readParquetRows(source, sink);
      break;
  }
  return { ...builder.finish(), truncated };
}

// src/gates/model-evaluation/readers/resolve-names.ts
function pointerToKey(pointer) {
  if (!pointer.startsWith("/")) return pointer;
  return pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
}
function resolveNames(reported, keys, wanted) {
  const byMetric = /* @__PURE__ */ new Map();
  for (const key of reported.values.keys()) {
    const whole = metricInfo(key)?.name;
    const last = metricInfo(key.split(/[./]/).pop() ?? key)?.name;
    const name = whole ?? last ?? normalizeName(key);
    byMetric.set(name, [...byMetric.get(name) ?? [], key]);
  }
  const values = /* @__PURE__ */ new Map();
  const problems = [];
  const explicit = new Map(Object.entries(keys).map(([m, k]) => [canonicalMetric(m), pointerToKey(k)]));
  for (const [metric, key] of explicit) {
    const v = reported.values.get(key);
    if (v) values.set(metric, { ...v, key });
    else
      problems.push({
        metric,
        message: `${reported.path} has no number at ${JSON.stringify(key)} (keys.${metric})`
      });
  }
  for (const [metric, candidates] of byMetric) {
    if (explicit.has(metric)) continue;
    if (!metricInfo(metric) && !wanted.includes(metric)) continue;
    const exact = candidates.find((k) => canonicalMetric(k) === metric && !/[./]/.test(k));
    const chosen = exact ?? (candidates.length === 1 ? candidates[0] : void 0);
    if (chosen !== void 0)
      values.set(metric, { ...reported.values.get(chosen), key: chosen });
    else if (wanted.includes(metric)) {
      problems.push({
        metric,
        message: `${reported.path} has ${candidates.length} values that could be ${metric} (${candidates.slice(0, 4).join(", ")})`
      });
    }
  }
  return { path: reported.path, format: reported.format, values, problems };
}

// src/gates/model-evaluation/candidate.ts
function wantedMetrics(model) {
  return [.../* @__PURE__ */ new Set([model.primaryMetric, ...model.rules.map((r) => r.metric)])];
}
async function readPredictionsStep(source, spec, ctx) {
  const { model, settings } = ctx;
  const attempted = await attempt(
    () => readPredictions(source, spec, model.task, model.classes, settings.maxFindingsPerFile)
  );
  const read = attempted.value;
  if (!read) return attempted;
  const skipping = ctx.skip === true || spec.invalidRows === "skip";
  const findings = rowFindings(read, spec, source.path, skipping);
  const unusable = fileProblem(read, spec, skipping);
  if (unusable || !read.table) {
    const problem = unusable ?? { message: "no rows", fix: "Write the predictions before this gate runs." };
    return {
      findings: [
        ...findings,
        {
          severity: "error",
          rule: "model-evaluation/bad-input",
          path: source.path,
          message: `${source.path}: ${problem.message}`,
          fix: problem.fix
        }
      ],
      failed: true
    };
  }
  for (const g of read.truncatedGroups) {
    findings.push({
      severity: "warning",
      rule: "model-evaluation/too-many-groups",
      path: source.path,
      message: `group column ${JSON.stringify(g)} has more than 1000 values; the rest share the slice "(other)".`,
      fix: "Slice by a column with few values (a region, not a customer id)."
    });
  }
  const ranks = new RankCache(read.table);
  return {
    value: {
      path: source.path,
      table: read.table,
      ranks,
      metrics: sourced(computeMetrics(read.table, ranks), source.path)
    },
    findings,
    failed: false
  };
}
function fileProblem(read, spec, skipping) {
  if (read.truncated)
    return {
      message: `more than ${spec.maxRows} rows (max-rows)`,
      fix: "Raise predictions.max-rows, or evaluate on a sample."
    };
  if (read.fileProblem) {
    const positive = read.fileProblem.includes("positive class");
    return {
      message: read.fileProblem,
      fix: positive ? "Set positive-class to the class the score is the probability of." : "Have the evaluation step write its predictions before this gate runs."
    };
  }
  if (read.badRows > 0 && !skipping) {
    return {
      message: `${read.badRows} row(s) with bad values; the metrics would not be those of the evaluation set`,
      fix: "Fix the rows listed, or set invalid-rows: skip to drop them (they are then counted in a warning)."
    };
  }
  return void 0;
}
function metricsFromFile(reported, keys, model, computed) {
  const resolved = resolveNames(reported, keys, wantedMetrics(model));
  const merged = withReported(computed, resolved, model.name);
  const ambiguous = resolved.problems.map((p) => ({
    severity: "warning",
    rule: "model-evaluation/metric-key",
    path: reported.path,
    message: `${model.name}: ${p.message}.`,
    fix: `Name the key with metrics-file.keys.${p.metric} (a JSON pointer such as /test/${p.metric}).`
  }));
  return { ...merged, findings: [...ambiguous, ...merged.findings] };
}
async function loadCandidate(model, settings) {
  const b = new EvidenceBuilder(model.predictions?.path ?? model.metricsFile?.path ?? model.name);
  const e = b.evidence;
  const cwd = settings.cwd;
  let found = false;
  if (model.predictions) {
    const spec = model.predictions;
    const source = b.take(await attempt(() => fileSource(cwd, spec.path, MAX_PREDICTIONS_BYTES)));
    if (source) {
      found = true;
      const part = b.take(await readPredictionsStep(source, spec, { model, settings }));
      e.files.predictions = source.path;
      if (part)
        Object.assign(e, {
          table: part.table,
          ranks: part.ranks,
          metrics: part.metrics,
          files: { ...e.files, rows: part.table.n }
        });
    }
  }
  if (model.metricsFile) {
    const spec = model.metricsFile;
    const reported = b.take(await attempt(() => loadMetricsFile(cwd, spec)));
    if (reported) {
      found = true;
      e.files.metricsFile = reported.path;
      e.metrics = b.take(metricsFromFile(reported, spec.keys, model, e.metrics)) ?? e.metrics;
    }
  }
  e.missing = !found && !e.inputError;
  const budget = b.take(await budgetInputs(model, cwd));
  if (budget?.bench) e.bench = budget.bench;
  if (budget?.sizeBytes !== void 0) e.sizeBytes = budget.sizeBytes;
  if (budget?.benchmarkFile) e.files.benchmarkFile = budget.benchmarkFile;
  return e;
}
async function budgetInputs(model, cwd) {
  const budgets = model.budgets;
  if (!budgets) return { findings: [], failed: false };
  const b = new EvidenceBuilder("budgets");
  const out = {};
  if (budgets.benchmarkFile) {
    const path = budgets.benchmarkFile;
    const source = b.take(await attempt(() => fileSource(cwd, path, MAX_SMALL_FILE_BYTES)));
    if (source) {
      out.benchmarkFile = path;
      const bench = b.take(await attempt(async () => readBenchmark(await sourceText(source), path)));
      if (bench) out.bench = bench;
    } else if (!b.evidence.inputError) {
      const missing = {
        severity: "error",
        rule: "model-evaluation/budget-missing",
        path,
        message: `${model.name}: the benchmark file ${path} does not exist.`,
        fix: "Run the latency benchmark before this gate and write its results there."
      };
      b.take({ findings: [missing], failed: false });
    }
  }
  if (budgets.sizeMb) {
    const size = b.take(
      await attempt(() => sizeOnDisk(cwd, artifactPatterns(model.path, budgets.artifacts)))
    );
    if (size !== void 0) out.sizeBytes = size;
  }
  return { value: out, findings: b.evidence.findings, failed: false };
}

// src/gates/model-evaluation/baseline/git-base.ts
var import_picomatch = __toESM(require_picomatch(), 1);
async function mergeBase(cwd, ref) {
  if (ref.startsWith("-") || ref.trim() === "") {
    throw new InputError(
      `base ref ${JSON.stringify(ref)} is not a valid git ref`,
      void 0,
      "Pass a branch, tag or commit, e.g. origin/main."
    );
  }
  try {
    await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new InputError(
      `base ref "${ref}" is not a commit in this repository`,
      void 0,
      "Fetch it first (actions/checkout with fetch-depth: 0, or `git fetch origin <branch>`)."
    );
  }
  try {
    return (await git(cwd, ["merge-base", ref, "HEAD"])).trim();
  } catch {
    throw new InputError(
      `no merge base between "${ref}" and HEAD: the clone is probably shallow`,
      void 0,
      "Use actions/checkout with fetch-depth: 0 (or fetch enough history)."
    );
  }
}
async function fileAtCommit(cwd, commit, path, maxBytes) {
  const spec = `${commit}:./${path.replace(/^\.\//, "")}`;
  const display = `${commit.slice(0, 7)}:${path}`;
  let size;
  try {
    const type = (await git(cwd, ["cat-file", "-t", spec], { maxBuffer: 1024 })).trim();
    if (type !== "blob") return void 0;
    size = Number((await git(cwd, ["cat-file", "-s", spec], { maxBuffer: 1024 })).trim());
  } catch {
    return void 0;
  }
  if (size > maxBytes) {
    throw new InputError(
      `${display} is ${size} bytes, more than the ${maxBytes} the gate reads for this file`,
      { path },
      "Point the setting at a smaller file."
    );
  }
  const text = await git(cwd, ["cat-file", "blob", spec], { maxBuffer: size + 1024 });
  return { kind: "text", path: display, text };
}
async function sizeAtCommit(cwd, commit, patterns) {
  const match = (0, import_picomatch.default)(patterns, { dot: true });
  const prefixes = [...new Set(patterns.map((p) => import_picomatch.default.scan(p).base || "."))];
  let total = 0;
  let files = 0;
  for (const prefix of prefixes) {
    const out = await git(cwd, ["ls-tree", "-r", "-l", "-z", commit, "--", prefix]);
    for (const entry of out.split("\0")) {
      const tab = entry.indexOf("	");
      if (tab < 0) continue;
      const [, type, , size] = entry.slice(0, tab).split(/\s+/);
      const path = entry.slice(tab + 1);
      if (type !== "blob" || !match(path)) continue;
      total += Number(size);
      files++;
    }
  }
  return files > 0 ? total : void 0;
}

// src/gates/model-evaluation/baseline/resolve.ts
async function loadBaseline(model, settings, ctx, registry) {
  switch (model.baseline.kind) {
    case "none":
      return void 0;
    case "base":
      return fromBase(model, settings);
    case "file":
      return fromFiles(model.baseline, model, settings);
    default:
      return fromRegistry(model, ctx, registry);
  }
}
function missingFile(model, path) {
  return failure({
    severity: "error",
    rule: "model-evaluation/baseline-unavailable",
    path,
    message: `${model.name}: the baseline file ${path} does not exist.`,
    fix: "Fix baseline.file, or produce the champion\u2019s predictions/metrics before this gate runs."
  });
}
async function fromFiles(spec, model, settings) {
  const b = new EvidenceBuilder(spec.predictions?.path ?? spec.metricsFile?.path ?? "the baseline file");
  const e = b.evidence;
  if (spec.predictions) {
    const p = spec.predictions;
    const source = b.take(await attempt(() => fileSource(settings.cwd, p.path, MAX_PREDICTIONS_BYTES)));
    if (!source) b.take(missingFile(model, p.path));
    const part = source ? b.take(await readPredictionsStep(source, p, { model, settings, skip: true })) : void 0;
    if (part) Object.assign(e, { table: part.table, ranks: part.ranks, metrics: part.metrics });
  }
  if (spec.metricsFile) {
    const m = spec.metricsFile;
    const reported = b.take(await attempt(() => loadMetricsFile(settings.cwd, m)));
    if (reported) e.metrics = b.take(metricsFromFile(reported, m.keys, model, e.metrics)) ?? e.metrics;
    else if (!e.inputError) b.take(missingFile(model, m.path));
  }
  if (spec.benchmarkFile) {
    const path = spec.benchmarkFile;
    const source = b.take(await attempt(() => fileSource(settings.cwd, path, MAX_SMALL_FILE_BYTES)));
    const bench = source ? b.take(await benchmarkStep(source)) : void 0;
    if (bench) e.bench = bench;
  }
  return e;
}
function benchmarkStep(source) {
  return attempt(async () => readBenchmark(await sourceText(source), source.path));
}
async function fromBase(model, settings) {
  const b = new EvidenceBuilder("the base commit");
  const e = b.evidence;
  const ref = settings.base;
  if (!ref) {
    b.take({
      findings: [
        noBaseline(
          model,
          "baseline.from is base, but there is no base ref (not a pull request, no --base); compared with nothing",
          "Pass --base origin/main (or the base input) outside pull_request workflows."
        )
      ],
      failed: false
    });
    return { ...e, missing: true };
  }
  const commit = b.take(await attempt(() => mergeBase(settings.cwd, ref)));
  if (!commit) return e;
  e.label = `the base commit ${commit.slice(0, 7)} (${ref})`;
  let found = false;
  const at = (path, max) => attempt(() => fileAtCommit(settings.cwd, commit, path, max));
  if (model.predictions) {
    const p = model.predictions;
    const source = b.take(await at(p.path, MAX_PREDICTIONS_BYTES));
    const part = source ? b.take(await readPredictionsStep(source, p, { model, settings, skip: true })) : void 0;
    found ||= source !== void 0;
    if (part) Object.assign(e, { table: part.table, ranks: part.ranks, metrics: part.metrics });
  }
  const m = model.metricsFile;
  if (m && m.format !== "mlflow-run") {
    const source = b.take(await at(m.path, MAX_SMALL_FILE_BYTES));
    const reported = source ? b.take(await attempt(() => loadMetricsFile(settings.cwd, m, source))) : void 0;
    found ||= reported !== void 0;
    if (reported) e.metrics = b.take(metricsFromFile(reported, m.keys, model, e.metrics)) ?? e.metrics;
  }
  const bench = model.budgets?.benchmarkFile;
  const benchSource = bench ? b.take(await at(bench, MAX_SMALL_FILE_BYTES)) : void 0;
  const figures = benchSource ? b.take(await benchmarkStep(benchSource)) : void 0;
  if (figures) e.bench = figures;
  if (!found && !e.inputError) {
    b.take({
      findings: [
        noBaseline(
          model,
          `the evaluation files do not exist at ${e.label}; the model is new, so nothing is compared`
        )
      ],
      failed: false
    });
    return { ...e, missing: true };
  }
  return e;
}
function noBaseline(model, why, fix) {
  return {
    severity: "notice",
    rule: "model-evaluation/no-baseline",
    message: `${model.name}: ${why}.`,
    ...fix ? { fix } : {}
  };
}
async function fromRegistry(model, ctx, registry) {
  const b = new EvidenceBuilder(`the ${model.baseline.kind} champion`);
  const e = b.evidence;
  try {
    const champion = await (await registry(model, ctx)).championMetrics();
    e.label = champion.label;
    const values = new Map([...champion.values].map(([k, value]) => [k, { value }]));
    const keys = model.baseline.kind === "mlflow" || model.baseline.kind === "sagemaker" ? model.baseline.keys : {};
    e.metrics = b.take(
      metricsFromFile(
        { path: champion.label, values, format: model.baseline.kind },
        keys,
        model,
        e.metrics
      )
    ) ?? e.metrics;
  } catch (error) {
    if (!(error instanceof ChampionRegistryError)) throw error;
    b.take(
      failure({
        severity: "error",
        rule: "model-evaluation/baseline-unavailable",
        message: `${model.name}: the baseline could not be read: ${error.message}.`,
        fix: error.fix
      })
    );
  }
  return e;
}
async function baselineSize(model, settings, baseline) {
  if (!model.budgets?.sizeMb) return { findings: [] };
  if (baseline?.sizeBytes !== void 0) return { bytes: baseline.sizeBytes, findings: [] };
  const ref = settings.base;
  if (!ref) return { findings: [] };
  const patterns = artifactPatterns(model.path, model.budgets.artifacts);
  const step = await attempt(
    async () => sizeAtCommit(settings.cwd, await mergeBase(settings.cwd, ref), patterns)
  );
  const findings = step.findings.map(
    (f) => noBaseline(model, `the size at the base could not be measured: ${f.message}`)
  );
  return step.value === void 0 ? { findings } : { bytes: step.value, findings };
}

// src/gates/model-evaluation/judge/prng.ts
var Xoshiro128 = class {
  a;
  b;
  c;
  d;
  constructor(seed) {
    let s = seed >>> 0;
    const next = () => {
      s = s + 2654435769 >>> 0;
      let z = s;
      z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
      z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
      return (z ^ z >>> 16) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }
  /** The next 32-bit unsigned integer. */
  nextU32() {
    const result = Math.imul(rotl(Math.imul(this.b, 5) >>> 0, 7), 9) >>> 0;
    const t = this.b << 9 >>> 0;
    this.c = (this.c ^ this.a) >>> 0;
    this.d = (this.d ^ this.b) >>> 0;
    this.b = (this.b ^ this.c) >>> 0;
    this.a = (this.a ^ this.d) >>> 0;
    this.c = (this.c ^ t) >>> 0;
    this.d = rotl(this.d, 11);
    return result;
  }
  /**
   * One bootstrap resample as per-row multiplicities: draws `counts.length` row indexes
   * uniformly with replacement (each `below(n)`, the same sequence as calling it n times) and
   * counts them into `counts`, zeroed first. The state lives in locals for the loop: this is
   * most of a resample's cost.
   */
  drawCounts(counts) {
    const n = counts.length;
    const scale = n / 4294967296;
    counts.fill(0);
    let { a, b, c, d } = this;
    for (let j = 0; j < n; j++) {
      const x = Math.imul(b, 5);
      const result = Math.imul(x << 7 | x >>> 25, 9) >>> 0;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = d << 11 | d >>> 21;
      const at = Math.floor(result * scale);
      counts[at] = counts[at] + 1;
    }
    this.a = a >>> 0;
    this.b = b >>> 0;
    this.c = c >>> 0;
    this.d = d >>> 0;
  }
  /**
   * An integer in [0, n): ⌊u · n / 2³²⌋. Each value's probability is off by at most n / 2³²
   * relative (2e-5 for a million rows) — far below the bootstrap's own sampling noise.
   */
  below(n) {
    return Math.floor(this.nextU32() * (n / 4294967296));
  }
};
function rotl(x, k) {
  return (x << k | x >>> 32 - k) >>> 0;
}

// src/gates/model-evaluation/judge/bootstrap.ts
function pairedBootstrap(pair, metrics, settings) {
  const n = pair.candidate.n;
  const ranksC = new RankCache(pair.candidate);
  const ranksB = new RankCache(pair.baseline);
  const fullC = new Evaluator(pair.candidate, ranksC);
  const fullB = new Evaluator(pair.baseline, ranksB);
  const wanted = metrics.filter((m) => fullC.value(m)?.value != null && fullB.value(m)?.value != null);
  const diffs = wanted.map(() => new Float64Array(settings.resamples));
  const kept = new Int32Array(wanted.length);
  const rng = new Xoshiro128(settings.seed);
  const counts = new Uint32Array(n);
  for (let b = 0; b < settings.resamples; b++) {
    rng.drawCounts(counts);
    const evC = new Evaluator(pair.candidate, ranksC, counts);
    const evB = new Evaluator(pair.baseline, ranksB, counts);
    wanted.forEach((metric, k) => {
      const c = evC.value(metric)?.value;
      const v = evB.value(metric)?.value;
      if (c == null || v == null) return;
      const at = kept[k];
      diffs[k][at] = c - v;
      kept[k] = at + 1;
    });
  }
  const out = /* @__PURE__ */ new Map();
  for (const metric of metrics) out.set(metric, void 0);
  wanted.forEach((metric, k) => {
    const count = kept[k];
    if (count * 2 < settings.resamples || count === 0) return;
    const sorted = diffs[k].subarray(0, count).sort();
    const alpha = (1 - settings.confidence) / 2;
    out.set(metric, {
      metric,
      difference: fullC.value(metric)?.value - fullB.value(metric)?.value,
      lower: quantileSorted(sorted, alpha),
      upper: quantileSorted(sorted, 1 - alpha),
      confidence: settings.confidence,
      resamples: count,
      unmeasurable: settings.resamples - count
    });
  });
  return out;
}

// src/gates/model-evaluation/judge/budgets.ts
function judgeBudgets(inputs) {
  const b = inputs.budgets;
  const figures = [];
  if (b.sizeMb) {
    figures.push({
      budget: "size",
      unit: "MB",
      candidate: inputs.sizeBytes === void 0 ? void 0 : inputs.sizeBytes / 1e6,
      baseline: inputs.baseSizeBytes === void 0 ? void 0 : inputs.baseSizeBytes / 1e6,
      rule: b.sizeMb,
      higherIsWorse: true,
      ...inputs.sizePath ? { path: inputs.sizePath } : {}
    });
  }
  for (const [p, rule] of Object.entries(b.latencyMs)) {
    figures.push({
      budget: `latency ${p}`,
      unit: "ms",
      candidate: inputs.bench?.latencyMs.get(p),
      baseline: inputs.baseBench?.latencyMs.get(p),
      rule,
      higherIsWorse: true,
      ...b.benchmarkFile ? { path: b.benchmarkFile } : {}
    });
  }
  if (b.throughputRps) {
    figures.push({
      budget: "throughput",
      unit: "requests/s",
      candidate: inputs.bench?.throughputRps,
      baseline: inputs.baseBench?.throughputRps,
      rule: b.throughputRps,
      higherIsWorse: false,
      ...b.benchmarkFile ? { path: b.benchmarkFile } : {}
    });
  }
  const rows = [];
  const findings = [];
  for (const f of figures) {
    const judged = judgeFigure(inputs.model, f);
    rows.push(judged.row);
    findings.push(...judged.findings);
  }
  return { rows, findings };
}
function describe(rule, higherIsWorse) {
  const parts = [];
  if (rule.max !== void 0) parts.push(`\u2264 ${fmt(rule.max)}`);
  if (rule.min !== void 0) parts.push(`\u2265 ${fmt(rule.min)}`);
  if (rule.maxGrowth !== void 0)
    parts.push(`${higherIsWorse ? "growth" : "drop"} \u2264 ${pct(rule.maxGrowth)}`);
  return parts.length > 0 ? parts.join(", ") : null;
}
function judgeFigure(model, f) {
  const growth = f.candidate !== void 0 && f.baseline !== void 0 && f.baseline !== 0 ? (f.candidate - f.baseline) / f.baseline : null;
  const row = {
    budget: f.budget,
    unit: f.unit,
    candidate: f.candidate ?? null,
    baseline: f.baseline ?? null,
    growth,
    limit: describe(f.rule, f.higherIsWorse),
    verdict: "pass"
  };
  const at = f.path ? { path: f.path } : {};
  if (f.candidate === void 0) {
    row.verdict = "error";
    row.note = "not measured";
    const fix = f.budget === "size" ? "Check the model path and artifacts globs." : "Have the benchmark step write this figure (benchmark-file), or remove the budget.";
    return {
      row,
      findings: [
        {
          severity: "error",
          rule: "model-evaluation/budget-missing",
          ...at,
          message: `${model}: the ${f.budget} budget has no measured figure.`,
          fix
        }
      ]
    };
  }
  const value = f.candidate;
  const findings = overBudget(f, value, growth).map(({ what, fix }) => ({
    severity: "error",
    rule: "model-evaluation/budget",
    ...at,
    message: `${model}: ${f.budget} is ${fmt(value)} ${f.unit}, ${what}.`,
    fix
  }));
  if (findings.length > 0) row.verdict = "fail";
  return { row, findings };
}
function overBudget(f, value, growth) {
  const out = [];
  if (f.rule.max !== void 0 && value > f.rule.max) {
    const how = f.budget === "size" ? "smaller (quantise, prune, drop unused artifacts)" : "faster";
    out.push({
      what: `over the budget of ${fmt(f.rule.max)} ${f.unit}`,
      fix: `Make the model ${how} or raise the budget with a reason.`
    });
  }
  if (f.rule.min !== void 0 && value < f.rule.min) {
    out.push({
      what: `under the minimum of ${fmt(f.rule.min)} ${f.unit}`,
      fix: "Make serving faster, or lower the minimum with a reason."
    });
  }
  if (f.rule.maxGrowth !== void 0 && growth !== null && (f.higherIsWorse ? growth : -growth) > f.rule.maxGrowth) {
    out.push({
      what: `${f.higherIsWorse ? "up" : "down"} ${pct(Math.abs(growth))} from ${fmt(f.baseline)} ${f.unit} at the baseline (allowed: ${pct(f.rule.maxGrowth)})`,
      fix: "Find what made it grow, or raise the allowed growth with a reason."
    });
  }
  return out;
}

// src/gates/model-evaluation/judge/judge-metric.ts
function judgeMetric(c) {
  const iv = c.interval;
  const row = {
    metric: c.metric,
    greaterIsBetter: c.greaterIsBetter,
    candidate: c.candidate?.value ?? null,
    baseline: c.baseline?.value ?? null,
    delta: null,
    ci: iv ? { lower: iv.lower, upper: iv.upper, confidence: iv.confidence, resamples: iv.resamples } : null,
    threshold: c.rule ? describeRule(c.rule) : null,
    verdict: c.rule ? "pass" : "info"
  };
  if (row.candidate !== null && row.baseline !== null) row.delta = row.candidate - row.baseline;
  const judged = judge(c);
  if (judged.note !== void 0) row.note = judged.note;
  row.verdict = judged.findings.reduce((v, f) => worse(v, verdictOf(f)), row.verdict);
  const at = {
    ...c.candidate?.path ? { path: c.candidate.path } : {},
    ...c.candidate?.line ? { line: c.candidate.line } : {}
  };
  return { row, findings: judged.findings.map((f) => ({ ...f, ...at })) };
}
function verdictOf(f) {
  if (f.rule === "model-evaluation/not-measurable" || f.rule === "model-evaluation/metric-missing")
    return "error";
  return f.severity === "error" ? "fail" : f.severity === "warning" ? "warn" : "pass";
}
function judge(c) {
  if (!c.rule)
    return c.candidate?.value === null ? { findings: [], note: `not measurable: ${c.candidate.reason ?? ""}` } : { findings: [] };
  if (!c.candidate) {
    return {
      note: "missing",
      findings: [
        {
          severity: "error",
          rule: "model-evaluation/metric-missing",
          message: `${c.model}: ${c.metric} has a threshold but the evaluation has no such metric.`,
          fix: `Compute ${c.metric} from a predictions file, add it to the metrics file, or map its key with keys.${c.metric}.`
        }
      ]
    };
  }
  const value = c.candidate.value;
  if (value === null) {
    return {
      note: `not measurable: ${c.candidate.reason ?? ""}`,
      findings: [
        {
          severity: "error",
          rule: "model-evaluation/not-measurable",
          message: `${c.model}: ${c.metric} is not measurable on the evaluation rows (${c.candidate.reason ?? "no value"}), so its threshold cannot be judged.`,
          fix: "Evaluate on a hold-out set that has every class (and rows with non-zero weight)."
        }
      ]
    };
  }
  const compared = compare2(c, c.rule, value);
  return {
    findings: [...bounds(c, c.rule, value), ...compared.findings],
    ...compared.note !== void 0 ? { note: compared.note } : {}
  };
}
function bounds(c, rule, value) {
  const out = [];
  const fail = (bound, fix) => ({
    severity: "error",
    rule: "model-evaluation/threshold",
    message: `${c.model}: ${c.metric} is ${fmt(value)}, ${bound}.`,
    fix
  });
  if (rule.min !== void 0 && !(value >= rule.min)) {
    out.push(
      fail(
        `below the minimum ${fmt(rule.min)}`,
        `Improve the model until ${c.metric} \u2265 ${fmt(rule.min)}, or lower thresholds.${c.metric}.min with a reason in the PR.`
      )
    );
  }
  if (rule.max !== void 0 && !(value <= rule.max)) {
    out.push(
      fail(
        `above the maximum ${fmt(rule.max)}`,
        `Improve the model until ${c.metric} \u2264 ${fmt(rule.max)}, or raise thresholds.${c.metric}.max with a reason in the PR.`
      )
    );
  }
  return out;
}
function compare2(c, rule, value) {
  if (!c.hasBaseline) return { findings: [] };
  if (!c.baseline) {
    if (!hasChangeRule(rule)) return { findings: [] };
    return {
      findings: [
        {
          severity: "warning",
          rule: "model-evaluation/baseline-metric-missing",
          message: `${c.model}: ${c.baselineLabel} has no ${c.metric}, so the change rule was not checked.`,
          fix: `Record ${c.metric} for the baseline too (same metrics file layout), or remove the change rule.`
        }
      ]
    };
  }
  const baseline = c.baseline.value;
  if (baseline === null) return { findings: [], note: `baseline not measurable: ${c.baseline.reason ?? ""}` };
  const check = checkChange(rule, value, baseline);
  const findings = [];
  if (check.improvementMissing) {
    findings.push({
      severity: "error",
      rule: "model-evaluation/min-change",
      message: `${c.model}: ${c.metric} ${fmt(value)} vs ${fmt(baseline)} in ${c.baselineLabel} ${check.improvementMissing}.`,
      fix: "The rule requires the candidate to beat the baseline (MLflow min_*_change); improve the model or relax the rule."
    });
  }
  const r = regression(c, { rule, value, baseline, tooLarge: check.tooLarge });
  return { findings: [...findings, ...r.findings], ...r.note !== void 0 ? { note: r.note } : {} };
}
function regression(c, { rule, value, baseline, tooLarge: tooLarge2 }) {
  const tolerance = rule.maxDrop !== void 0 || rule.maxRelativeDrop !== void 0;
  const dropped = c.greaterIsBetter ? value < baseline : value > baseline;
  const over = tolerance ? tooLarge2 : dropped ? `worse by ${fmt(Math.abs(value - baseline))}` : void 0;
  if (over === void 0) return { findings: [] };
  const iv = c.interval;
  const vs = `${fmt(value)} vs ${fmt(baseline)} in ${c.baselineLabel}`;
  const fix = `Find what made ${c.metric} worse before merging, or raise the allowed drop with a reason in the PR.`;
  if (iv) {
    const real = c.greaterIsBetter ? iv.upper < 0 : iv.lower > 0;
    const ci = `${Math.round(iv.confidence * 100)}% interval of the difference [${fmt(iv.lower)}, ${fmt(iv.upper)}]`;
    const finding = real ? {
      severity: "error",
      rule: "model-evaluation/regression",
      message: `${c.model}: ${c.metric} ${vs}: ${over}; the ${ci} excludes 0, so the regression is real.`,
      fix
    } : {
      severity: "warning",
      rule: "model-evaluation/regression-not-significant",
      message: `${c.model}: ${c.metric} ${vs}: ${over}, but the ${ci} includes 0: the drop may be noise.`,
      fix: "Evaluate on more rows to tell noise from a real regression."
    };
    return { findings: [finding], note: over };
  }
  if (tolerance) {
    return {
      findings: [
        {
          severity: "error",
          rule: "model-evaluation/regression",
          message: `${c.model}: ${c.metric} ${vs}: ${over}.`,
          fix: `${fix} With predictions and an id column on both sides, the gate tells noise from real regressions.`
        }
      ],
      note: over
    };
  }
  return {
    note: over,
    findings: [
      {
        severity: "warning",
        rule: "model-evaluation/regression",
        message: `${c.model}: ${c.metric} ${vs}: ${over}; no allowed drop is configured and no interval could be computed, so this does not block.`,
        fix: `Set thresholds.${c.metric}.max-drop to make regressions block, or give predictions with an id column so the gate can test significance.`
      }
    ]
  };
}
var ORDER = ["info", "not judged", "pass", "warn", "fail", "error"];
function worse(a, b) {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

// src/gates/model-evaluation/judge/pairing.ts
function pairTables(candidate, baseline) {
  if (!candidate.ids || !baseline.ids || candidate.task !== baseline.task) return void 0;
  const baselineRow = /* @__PURE__ */ new Map();
  baseline.ids.forEach((id, i) => baselineRow.set(id, i));
  const left = [];
  const right = [];
  let labelMismatches = 0;
  let firstMismatch;
  candidate.ids.forEach((id, i) => {
    const j = baselineRow.get(id);
    if (j === void 0) return;
    if (labelKey(candidate, i) !== labelKey(baseline, j)) {
      labelMismatches++;
      firstMismatch ??= id;
      return;
    }
    left.push(i);
    right.push(j);
  });
  const c = subsetTable(candidate, left);
  const b = subsetTable(baseline, right);
  if (c.weight) b.weight = c.weight;
  else delete b.weight;
  return {
    candidate: c,
    baseline: b,
    unmatchedCandidate: candidate.n - left.length - labelMismatches,
    unmatchedBaseline: baseline.n - left.length - labelMismatches,
    labelMismatches,
    ...firstMismatch !== void 0 ? { firstMismatch } : {}
  };
}
function labelKey(t, i) {
  if (t.task === "regression") return String(t.labelValue?.[i]);
  return t.classes[t.labelClass?.[i] ?? -1] ?? "";
}
function subsetTable(t, rows) {
  const n = rows.length;
  const pickF = (a) => a ? Float64Array.from(rows, (i) => a[i]) : void 0;
  const pickI = (a) => a ? Int32Array.from(rows, (i) => a[i]) : void 0;
  const out = {
    task: t.task,
    n,
    classes: t.classes,
    scoreKind: t.scoreKind,
    where: t.where,
    groups: t.groups.map((g) => ({
      name: g.name,
      values: g.values,
      codes: Int32Array.from(rows, (i) => g.codes[i])
    }))
  };
  const set = (key, value) => {
    if (value !== void 0) out[key] = value;
  };
  set("labelClass", pickI(t.labelClass));
  set("predClass", pickI(t.predClass));
  set("labelValue", pickF(t.labelValue));
  set("predValue", pickF(t.predValue));
  set("score", pickF(t.score));
  set("weight", pickF(t.weight));
  if (t.proba) {
    const k = t.classes.length;
    const proba = new Float64Array(n * k);
    rows.forEach((i, r) => {
      proba.set(t.proba.subarray(i * k, i * k + k), r * k);
    });
    out.proba = proba;
  }
  if (t.ids) out.ids = rows.map((i) => t.ids[i]);
  return out;
}

// src/gates/model-evaluation/judge/fairness.ts
function groupRates(table, column, codes) {
  const g = column.values.length;
  const counts = new Float64Array(g * 4);
  const label = table.labelClass ?? new Int32Array(0);
  const pred = table.predClass ?? new Int32Array(0);
  for (let i = 0; i < table.n; i++) {
    const w = table.weight ? table.weight[i] : 1;
    const cell = column.codes[i] * 4 + label[i] * 2 + pred[i];
    counts[cell] = counts[cell] + w;
  }
  return codes.map((code) => {
    const [tn, fp, fn, tp] = [0, 1, 2, 3].map((j) => counts[code * 4 + j]);
    const total = tn + fp + fn + tp;
    return {
      value: column.values[code] ?? String(code),
      selectionRate: total > 0 ? (fp + tp) / total : null,
      truePositiveRate: tp + fn > 0 ? tp / (tp + fn) : null,
      falsePositiveRate: fp + tn > 0 ? fp / (fp + tn) : null
    };
  });
}
function spread(rates, rate) {
  const defined = rates.filter((r) => r[rate] !== null);
  if (defined.length < 2) return void 0;
  let lo = defined[0];
  let hi = lo;
  for (const r of defined) {
    if (r[rate] < lo[rate]) lo = r;
    if (r[rate] > hi[rate]) hi = r;
  }
  return { lo, hi };
}
function difference(rates, rate) {
  const s = spread(rates, rate);
  if (!s) return { value: null, note: `fewer than two judged groups with a defined ${RATE_NAMES[rate]}` };
  return { value: s.hi[rate] - s.lo[rate], between: [s.lo.value, s.hi.value] };
}
function ratio(rates, rate) {
  const s = spread(rates, rate);
  if (!s) return { value: null, note: `fewer than two judged groups with a defined ${RATE_NAMES[rate]}` };
  const hi = s.hi[rate];
  if (hi === 0) return { value: null, note: `every group's ${RATE_NAMES[rate]} is 0` };
  return { value: s.lo[rate] / hi, between: [s.lo.value, s.hi.value] };
}
var RATE_NAMES = {
  selectionRate: "selection rate",
  truePositiveRate: "true positive rate",
  falsePositiveRate: "false positive rate"
};
function disparities(rates) {
  const tprD = difference(rates, "truePositiveRate");
  const fprD = difference(rates, "falsePositiveRate");
  const tprR = ratio(rates, "truePositiveRate");
  const fprR = ratio(rates, "falsePositiveRate");
  const pick = (a, b, larger) => {
    if (a.value === null) return a;
    if (b.value === null) return b;
    return (larger ? a.value >= b.value : a.value <= b.value) ? a : b;
  };
  return {
    demographic_parity_difference: difference(rates, "selectionRate"),
    demographic_parity_ratio: ratio(rates, "selectionRate"),
    equalized_odds_difference: pick(tprD, fprD, true),
    equalized_odds_ratio: pick(tprR, fprR, false)
  };
}

// src/gates/model-evaluation/judge/slices.ts
function sliceMetrics(settings, primary) {
  const named = [...Object.keys(settings.min), ...Object.keys(settings.max), ...Object.keys(settings.maxGap)];
  return [.../* @__PURE__ */ new Set([primary, ...named])].filter(
    (m) => !FAIRNESS_METRICS.includes(m)
  );
}
function judgeSlices(subject, settings) {
  const { model, ranks, path } = subject;
  const table = ranks.table;
  const out = { slices: [], gaps: [], findings: [] };
  const scope = { ranks, names: sliceMetrics(settings, subject.primary), settings };
  for (const columnName of settings.columns) {
    const column = table.groups.find((g) => g.name === columnName);
    if (!column) continue;
    const judged = [];
    const rows = countRows(column);
    column.values.forEach((value, code) => {
      const row = sliceRow(scope, column, code, rows[code]);
      out.slices.push(row);
      if (row.judged) judged.push(code);
      const findings = sliceFindings(model, row, settings, path);
      if (findings.length > 0) row.verdict = "fail";
      out.findings.push(...findings);
    });
    const judgedRows = out.slices.filter((s) => s.column === columnName && s.judged);
    for (const [metric, limit] of Object.entries(settings.maxGap)) {
      if (FAIRNESS_METRICS.includes(metric)) continue;
      out.gaps.push(metricGap(columnName, metric, limit, judgedRows));
    }
    if (table.task === "binary-classification")
      out.gaps.push(...fairnessGaps(table, column, judged, settings));
  }
  for (const gap of out.gaps) if (gap.verdict === "fail") out.findings.push(gapFinding(model, gap, path));
  return out;
}
function countRows(column) {
  const rows = new Uint32Array(column.values.length);
  for (const code of column.codes) rows[code] = rows[code] + 1;
  return rows;
}
function sliceRow({ ranks, names, settings }, column, code, rows) {
  const table = ranks.table;
  const mask = new Uint8Array(table.n);
  for (let i = 0; i < table.n; i++) if (column.codes[i] === code) mask[i] = 1;
  const ev = new Evaluator(table, ranks, mask);
  const metrics = {};
  const unmeasurable = [];
  for (const name of names) {
    const v = ev.value(name);
    metrics[name] = v?.value ?? null;
    if (v && v.value === null) unmeasurable.push(`${name}: ${v.reason ?? "no value"}`);
  }
  const judged = rows >= settings.minRows;
  return {
    column: column.name,
    value: column.values[code] ?? String(code),
    rows,
    judged,
    metrics,
    verdict: judged ? "pass" : "not judged",
    ...judged ? unmeasurable.length > 0 ? { note: `not measurable: ${unmeasurable.join("; ")}` } : {} : { note: `fewer than ${settings.minRows} rows` }
  };
}
function sliceFindings(model, row, settings, path) {
  if (!row.judged) return [];
  const findings = [];
  const slice = `${row.column}=${row.value} (${row.rows} rows)`;
  const check = (metric, limit, below) => {
    const v = row.metrics[metric];
    if (v === null || v === void 0) return;
    if (below ? v >= limit : v <= limit) return;
    findings.push({
      severity: "error",
      rule: "model-evaluation/slice-threshold",
      path,
      message: `${model}: ${metric} on ${slice} is ${fmt(v)}, ${below ? "below the slice minimum" : "above the slice maximum"} ${fmt(limit)}.`,
      fix: `Look at the rows of ${row.column}=${row.value}: collect more training data for it, or reweight; raise the bound only with a reason.`
    });
  };
  for (const [metric, limit] of Object.entries(settings.min)) check(metric, limit, true);
  for (const [metric, limit] of Object.entries(settings.max)) check(metric, limit, false);
  return findings;
}
function metricGap(column, metric, limit, rows) {
  const values = rows.filter((r) => typeof r.metrics[metric] === "number");
  if (values.length < 2)
    return {
      column,
      metric: `${metric} gap`,
      value: null,
      limit: `\u2264 ${fmt(limit)}`,
      verdict: "not judged",
      note: "fewer than two judged slices with a value"
    };
  const lo = values.reduce((a, b) => b.metrics[metric] < a.metrics[metric] ? b : a);
  const hi = values.reduce((a, b) => b.metrics[metric] > a.metrics[metric] ? b : a);
  const value = hi.metrics[metric] - lo.metrics[metric];
  return {
    column,
    metric: `${metric} gap`,
    value,
    limit: `\u2264 ${fmt(limit)}`,
    verdict: value <= limit ? "pass" : "fail",
    between: [lo.value, hi.value]
  };
}
function fairnessGaps(table, column, judged, settings) {
  const wanted = FAIRNESS_METRICS.filter(
    (m) => settings.maxGap[m] !== void 0 || settings.minRatio[m] !== void 0
  );
  if (wanted.length === 0) return [];
  const d = disparities(groupRates(table, column, judged));
  return wanted.map((metric) => {
    const limit = settings.maxGap[metric] ?? settings.minRatio[metric] ?? 0;
    const isRatio = metric.endsWith("_ratio");
    const v = d[metric];
    const base = {
      column: column.name,
      metric,
      value: v.value,
      limit: `${isRatio ? "\u2265" : "\u2264"} ${fmt(limit)}`,
      ...v.between ? { between: v.between } : {}
    };
    if (v.value === null)
      return { ...base, verdict: "not judged", note: v.note ?? "not measurable" };
    return {
      ...base,
      verdict: (isRatio ? v.value >= limit : v.value <= limit) ? "pass" : "fail"
    };
  });
}
function gapFinding(model, gap, path) {
  const ends = gap.between ? ` (between ${gap.column}=${gap.between[0]} and ${gap.column}=${gap.between[1]})` : "";
  return {
    severity: "error",
    rule: "model-evaluation/fairness",
    path,
    message: `${model}: ${gap.metric} over ${gap.column} is ${fmt(gap.value ?? Number.NaN)}${ends}; the limit is ${gap.limit}.`,
    fix: `Compare the groups of ${gap.column}: a gap this large means the model treats them differently. Rebalance or reweight the training data, or adjust per-group decision thresholds.`
  };
}

// src/gates/model-evaluation/judge-model.ts
var CANNOT_JUDGE = new Set(
  ["bad-input", "not-measurable", "baseline-unavailable", "budget-missing", "metric-missing"].map(
    (r) => `model-evaluation/${r}`
  )
);
async function judgeModel(model, settings, ctx, registry) {
  const candidate = await loadCandidate(model, settings);
  const report = emptyReport(model, candidate);
  const findings = [...candidate.findings];
  if (candidate.missing) {
    findings.push(noEvaluation(model, ctx.event.release));
    report.status = ctx.event.release ? "fail" : "warn";
    return { report, findings };
  }
  if (candidate.inputError) {
    report.status = "error";
    return { report, findings };
  }
  const baseline = await loadBaseline(model, settings, ctx, registry);
  if (baseline) {
    findings.push(...baseline.findings);
    if (!baseline.missing) report.baseline = { kind: model.baseline.kind, label: baseline.label };
  }
  const usable = baseline && !baseline.missing && !baseline.inputError ? baseline : void 0;
  const intervals = bootstrap(model, settings, candidate, usable, report);
  for (const metric of tableMetrics(model, candidate)) {
    const judged = judgeMetric(metricCase(model, metric, candidate, usable, intervals));
    report.table.push(judged.row);
    findings.push(...judged.findings);
  }
  const size = await baselineSize(model, settings, usable);
  findings.push(...size.findings);
  const { findings: extraFindings, ...tables } = extras(model, candidate, {
    ...usable,
    ...size.bytes !== void 0 ? { sizeBytes: size.bytes } : {}
  });
  Object.assign(report, tables);
  findings.push(...extraFindings);
  report.status = statusOf(findings, baseline?.inputError === true);
  return { report, findings };
}
function emptyReport(model, candidate) {
  return {
    name: model.name,
    task: model.task,
    status: "pass",
    primaryMetric: model.primaryMetric,
    evaluation: candidate.files,
    baseline: null,
    pairing: null,
    table: [],
    slices: [],
    gaps: [],
    budgets: []
  };
}
function metricCase(model, metric, candidate, baseline, intervals) {
  const rule = model.rules.find((r) => r.metric === metric);
  const c = candidate.metrics.get(metric);
  const b = baseline?.metrics.get(metric);
  return {
    model: model.name,
    metric,
    greaterIsBetter: rule?.greaterIsBetter ?? metricInfo(metric)?.greaterIsBetter ?? true,
    ...rule ? { rule } : {},
    ...c ? { candidate: c } : {},
    ...b ? { baseline: b } : {},
    hasBaseline: baseline !== void 0,
    baselineLabel: baseline?.label ?? "the baseline",
    ...intervalOf(intervals, metric)
  };
}
function intervalOf(intervals, metric) {
  const interval = intervals.get(metric);
  return interval ? { interval } : {};
}
function tableMetrics(model, candidate) {
  return [
    .../* @__PURE__ */ new Set([model.primaryMetric, ...model.rules.map((r) => r.metric), ...candidate.metrics.keys()])
  ];
}
function bootstrap(model, settings, candidate, baseline, report) {
  const b = settings.bootstrap;
  if (!b.enabled || !candidate.table || !baseline?.table) return /* @__PURE__ */ new Map();
  const pair = pairTables(candidate.table, baseline.table);
  if (!pair || pair.candidate.n === 0) return /* @__PURE__ */ new Map();
  report.pairing = {
    rows: pair.candidate.n,
    unmatchedCandidate: pair.unmatchedCandidate,
    unmatchedBaseline: pair.unmatchedBaseline,
    labelMismatches: pair.labelMismatches,
    resamples: b.resamples,
    confidence: b.confidence,
    seed: b.seed
  };
  const metrics = [.../* @__PURE__ */ new Set([model.primaryMetric, ...model.rules.map((r) => r.metric)])];
  return pairedBootstrap(pair, metrics, b);
}
function extras(model, candidate, baseline) {
  const out = { slices: [], gaps: [], budgets: [], findings: [] };
  const path = candidate.files.predictions ?? "";
  if (model.slices && candidate.ranks) {
    const s = judgeSlices(
      { model: model.name, ranks: candidate.ranks, primary: model.primaryMetric, path },
      model.slices
    );
    Object.assign(out, { slices: s.slices, gaps: s.gaps });
    out.findings.push(...s.findings);
  }
  if (model.budgets) {
    const b = judgeBudgets({
      model: model.name,
      budgets: model.budgets,
      ...candidate.sizeBytes !== void 0 ? { sizeBytes: candidate.sizeBytes } : {},
      ...baseline.sizeBytes !== void 0 ? { baseSizeBytes: baseline.sizeBytes } : {},
      ...model.path ? { sizePath: model.path } : {},
      ...candidate.bench ? { bench: candidate.bench } : {},
      ...baseline.bench ? { baseBench: baseline.bench } : {}
    });
    out.budgets = b.rows;
    out.findings.push(...b.findings);
  }
  const t = candidate.table;
  if (t && candidate.ranks && t.task !== "regression" && t.classes.length <= 50) {
    const { matrix, k } = new Evaluator(t, candidate.ranks).confusion();
    out.confusion = {
      classes: t.classes,
      matrix: t.classes.map((_, r) => Array.from(matrix.subarray(r * k, r * k + k)))
    };
  }
  return out;
}
function noEvaluation(model, release) {
  const files = [model.predictions?.path, model.metricsFile?.path].filter(
    (p) => p !== void 0
  );
  return {
    severity: release ? "error" : "warning",
    rule: "model-evaluation/no-evaluation",
    message: `${model.name}: no evaluation found (looked for ${files.join(" and ")})${release ? "; a release must not ship a model without one" : ""}.`,
    fix: "Run the evaluation step before this gate so it writes the predictions or metrics file."
  };
}
function statusOf(findings, baselineError) {
  if (baselineError || findings.some((f) => f.rule !== void 0 && CANNOT_JUDGE.has(f.rule))) return "error";
  if (findings.some((f) => f.severity === "error")) return "fail";
  return findings.some((f) => f.severity === "warning") ? "warn" : "pass";
}

// src/gates/model-evaluation/evaluate.ts
function defaultRegistry(deps) {
  return async (model) => {
    const spec = model.baseline;
    if (spec.kind === "mlflow") return new MlflowChampion(spec, deps.fetch);
    if (spec.kind !== "sagemaker") throw new Error(`no registry for baseline kind ${spec.kind}`);
    const parse2 = (text, path) => new Map([...readMetricsDocument(text, path, "sagemaker").values].map(([k, v]) => [k, v.value]));
    return new SageMakerChampion(spec, await sdkApi(spec), deps.readStatistics ?? S3_NOT_SUPPORTED, parse2);
  };
}
async function evaluateModelEvaluation(settings, ctx, deps = {}) {
  const registry = deps.registry ?? defaultRegistry(deps);
  const reports = [];
  const findings = [];
  try {
    for (const model of settings.models) {
      const judged = await judgeModel(model, settings, ctx, registry);
      reports.push(judged.report);
      findings.push(...judged.findings);
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return errorGateResult("model-evaluation", "Model evaluation could not be judged", [
      ...findings,
      userErrorFinding("model-evaluation", error)
    ]);
  }
  const status = reports.map((r) => r.status).reduce(worstStatus, "pass");
  const key = keyMetric(reports, settings);
  return {
    schemaVersion: 1,
    gate: "model-evaluation",
    status: reports.length === 0 ? "skip" : status,
    title: title(status, reports),
    summary: summary(reports, ctx.event.release),
    ...key ? { keyMetric: key } : {},
    metrics: {
      models: reports,
      bootstrap: settings.bootstrap,
      release: ctx.event.release
    },
    findings
  };
}
export {
  evaluateModelEvaluation
};
