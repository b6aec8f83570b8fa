import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  FAIRNESS_METRICS,
  canonicalClass,
  canonicalMetric,
  defaultPrimaryMetric,
  metricInfo
} from "./chunk-RIWNCLYT.js";
import "./chunk-SK4G56XT.js";
import {
  ConfigurationError
} from "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";

// src/gates/model-evaluation/readers/format.ts
function formatOf(path) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".tsv") || lower.endsWith(".tab")) return "tsv";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (lower.endsWith(".parquet") || lower.endsWith(".pq")) return "parquet";
  return void 0;
}

// src/gates/model-evaluation/parse-files.ts
var DEFAULT_MAX_ROWS = 2e7;
function safePath(path, key) {
  const p = path.replace(/\\/g, "/").replace(/^\.\//, "");
  if (p.startsWith("/") || /^[A-Za-z]:/.test(p) || p.split("/").includes("..") || p === "") {
    throw new ConfigurationError(
      `${key}: ${JSON.stringify(path)} is not a path inside the repository`,
      void 0,
      `Write ${key} relative to the repository root, without "..".`
    );
  }
  return p;
}
function parsePredictions(config, columns, key) {
  const c = typeof config === "string" ? { file: config } : config;
  const path = safePath(c.file, typeof config === "string" ? key : `${key}.file`);
  const format = c.format ?? formatOf(path);
  if (!format) {
    throw new ConfigurationError(
      `${key}: cannot tell the format of ${JSON.stringify(path)} from its extension`,
      void 0,
      `Name the file .csv, .tsv, .jsonl or .parquet, or set ${key}.format.`
    );
  }
  return {
    path,
    format,
    columns,
    invalidRows: c["invalid-rows"] ?? "error",
    maxRows: c["max-rows"] ?? DEFAULT_MAX_ROWS
  };
}
function parseMetricsFile(config, key) {
  const c = typeof config === "string" ? { file: config } : config;
  return {
    path: safePath(c.file, typeof config === "string" ? key : `${key}.file`),
    format: c.format ?? "auto",
    keys: c.keys ?? {}
  };
}
function parseColumns(model, key) {
  const c = model.columns ?? {};
  const groups = [.../* @__PURE__ */ new Set([...c.groups ?? [], ...model.slices?.columns ?? []])];
  const out = { label: c.label ?? "label", groups };
  if (c.prediction) out.prediction = c.prediction;
  if (c.score) out.score = c.score;
  if (c.probabilities) out.probabilities = c.probabilities;
  if (c.weight) out.weight = c.weight;
  if (c.id) out.id = c.id;
  if (model.task === "binary-classification" && !out.score && !out.prediction) out.score = "score";
  if (model.task !== "binary-classification" && !out.prediction && !out.probabilities)
    out.prediction = "prediction";
  if (model.task === "regression" && (out.score || out.probabilities)) {
    throw new ConfigurationError(
      `${key}.columns: a regression has no score or class probabilities`,
      void 0,
      `Name the predicted value in ${key}.columns.prediction.`
    );
  }
  if (model.task === "multiclass-classification" && out.score) {
    throw new ConfigurationError(
      `${key}.columns.score: a multiclass model has one probability column per class`,
      void 0,
      `Use ${key}.columns.probabilities: {class: column, ...}.`
    );
  }
  if (model.task === "multiclass-classification" && out.probabilities && Object.keys(out.probabilities).length < 3) {
    throw new ConfigurationError(
      `${key}.columns.probabilities: two classes make a binary task`,
      void 0,
      `Set ${key}.task: binary-classification with columns.score.`
    );
  }
  return out;
}

// src/gates/model-evaluation/parse-baseline.ts
var DEFAULT_TIMEOUT_MS = 1e4;
function origin(url) {
  try {
    return new URL(url).origin;
  } catch {
    return "";
  }
}
function parseBaseline(config, columns, ctx, key) {
  const c = config ?? { from: "base" };
  const k = `${key}.baseline`;
  const need = (value, field, fix) => {
    if (value === void 0 || value === "")
      throw new ConfigurationError(`${k}.${field} is required with from: ${c.from}`, void 0, fix);
    return value;
  };
  switch (c.from) {
    case "none":
    case "base":
      return { kind: c.from };
    case "file":
      return fileBaseline(c, columns, k);
    case "mlflow":
      return mlflowBaseline(c, ctx, k, need);
    case "sagemaker":
      return {
        kind: "sagemaker",
        modelPackage: need(
          c["model-package"],
          "model-package",
          `Set ${k}.model-package to the model package group (or a package ARN).`
        ),
        region: need(
          c.region ?? ctx.env.AWS_REGION ?? ctx.env.AWS_DEFAULT_REGION,
          "region",
          `Set ${k}.region or AWS_REGION.`
        ),
        ...c.endpoint ? { endpoint: c.endpoint } : {},
        timeoutMs: c["timeout-ms"] ?? DEFAULT_TIMEOUT_MS,
        keys: c.keys ?? {}
      };
  }
}
function fileBaseline(c, columns, k) {
  if (!c.predictions && !c["metrics-file"]) {
    throw new ConfigurationError(
      `${k}: from: file names neither predictions nor metrics-file`,
      void 0,
      `Set ${k}.predictions (the champion's predictions on the same rows) or ${k}.metrics-file.`
    );
  }
  return {
    kind: "file",
    ...c.predictions ? { predictions: parsePredictions(c.predictions, columns, `${k}.predictions`) } : {},
    ...c["metrics-file"] ? { metricsFile: parseMetricsFile(c["metrics-file"], `${k}.metrics-file`) } : {},
    ...c["benchmark-file"] ? { benchmarkFile: safePath(c["benchmark-file"], `${k}.benchmark-file`) } : {}
  };
}
function mlflowBaseline(c, ctx, k, need) {
  const env = ctx.env;
  const trackingUri = need(
    c["tracking-uri"] ?? env.MLFLOW_TRACKING_URI,
    "tracking-uri",
    `Set ${k}.tracking-uri or the MLFLOW_TRACKING_URI environment variable.`
  );
  if (!/^https?:\/\//.test(trackingUri)) {
    throw new ConfigurationError(
      `${k}.tracking-uri: ${JSON.stringify(trackingUri.replace(/\/\/[^@/]*@/, "//\u2026@"))} is not an http(s) URL`,
      void 0,
      "Use the tracking server URL, e.g. https://mlflow.example.com."
    );
  }
  const trusted = env.MLFLOW_TRACKING_URI !== void 0 && origin(env.MLFLOW_TRACKING_URI) === origin(trackingUri);
  return {
    kind: "mlflow",
    model: need(c.model, "model", `Set ${k}.model to the registered model name.`),
    alias: need(c.alias, "alias", `Set ${k}.alias to the champion's alias (e.g. champion).`),
    trackingUri,
    ...trusted && env.MLFLOW_TRACKING_TOKEN ? { token: env.MLFLOW_TRACKING_TOKEN } : {},
    ...trusted && env.MLFLOW_TRACKING_USERNAME ? { username: env.MLFLOW_TRACKING_USERNAME } : {},
    ...trusted && env.MLFLOW_TRACKING_PASSWORD ? { password: env.MLFLOW_TRACKING_PASSWORD } : {},
    timeoutMs: c["timeout-ms"] ?? DEFAULT_TIMEOUT_MS,
    keys: c.keys ?? {}
  };
}

// src/gates/model-evaluation/parse-rules.ts
function parseRule(metricName, config, key) {
  const metric = canonicalMetric(metricName);
  const info = metricInfo(metric);
  const greaterIsBetter = config["greater-is-better"] ?? info?.greaterIsBetter;
  if (greaterIsBetter === void 0) {
    throw new ConfigurationError(
      `${key}: ${JSON.stringify(metricName)} is not a metric the gate knows, so whether more is better is unknown`,
      void 0,
      `Add greater-is-better: true (or false) to ${key}, or use a built-in name (roc_auc, f1, log_loss, rmse, \u2026).`
    );
  }
  if (config.min !== void 0 && config.max !== void 0 && config.min > config.max) {
    throw new ConfigurationError(
      `${key}: min ${config.min} is above max ${config.max}; no value can pass`,
      void 0,
      `Swap or fix ${key}.min and ${key}.max.`
    );
  }
  for (const k of ["max-drop", "max-relative-drop"]) {
    const v = config[k];
    if (v !== void 0 && !(v >= 0))
      throw new ConfigurationError(
        `${key}.${k}: ${v} is negative`,
        void 0,
        `Write the allowed drop as a positive amount (${key}.${k}: 0.01).`
      );
  }
  const mac = config["min-absolute-change"];
  if (mac !== void 0 && !(mac > 0)) {
    throw new ConfigurationError(
      `${key}.min-absolute-change: ${mac} must be positive (as in MLflow)`,
      void 0,
      `To allow a drop instead, use ${key}.max-drop.`
    );
  }
  const mrc = config["min-relative-change"];
  if (mrc !== void 0 && !(mrc >= 0 && mrc <= 1)) {
    throw new ConfigurationError(
      `${key}.min-relative-change: ${mrc} must be between 0 and 1 (as in MLflow)`,
      void 0,
      `To allow a relative drop instead, use ${key}.max-relative-drop.`
    );
  }
  const rule = { metric, greaterIsBetter };
  if (config.min !== void 0) rule.min = config.min;
  if (config.max !== void 0) rule.max = config.max;
  if (config["max-drop"] !== void 0) rule.maxDrop = config["max-drop"];
  if (config["max-relative-drop"] !== void 0) rule.maxRelativeDrop = config["max-relative-drop"];
  if (mac !== void 0) rule.minAbsoluteChange = mac;
  if (mrc !== void 0) rule.minRelativeChange = mrc;
  return rule;
}
function mergeRules(defaults, own, key) {
  const byMetric = /* @__PURE__ */ new Map();
  for (const [name, config] of Object.entries(defaults ?? {}))
    byMetric.set(canonicalMetric(name), { config, key: `model-evaluation.thresholds.${name}`, name });
  for (const [name, config] of Object.entries(own ?? {})) {
    const metric = canonicalMetric(name);
    const inherited = byMetric.get(metric);
    byMetric.set(metric, {
      config: { ...inherited?.config, ...config },
      key: `${key}.thresholds.${name}`,
      name
    });
  }
  return [...byMetric.values()].map((r) => parseRule(r.name, r.config, r.key));
}
function parseThresholdOption(text) {
  const m = /^\s*([A-Za-z0-9_.-]+)\s*(>=|<=)\s*([-+]?\d*\.?\d+(?:[eE][-+]?\d+)?)\s*$/.exec(text);
  if (!m) {
    throw new ConfigurationError(
      `--threshold: ${JSON.stringify(text)} is not "metric>=value" or "metric<=value"`,
      void 0,
      'Write e.g. --threshold "roc_auc>=0.8".'
    );
  }
  const value = Number(m[3]);
  return { metric: m[1], config: m[2] === ">=" ? { min: value } : { max: value } };
}
function parseDropOption(text) {
  const m = /^\s*([A-Za-z0-9_.-]+)\s*=\s*(\d*\.?\d+(?:[eE][-+]?\d+)?)\s*$/.exec(text);
  if (!m)
    throw new ConfigurationError(
      `--max-drop: ${JSON.stringify(text)} is not "metric=amount"`,
      void 0,
      "Write e.g. --max-drop roc_auc=0.01."
    );
  return { metric: m[1], drop: Number(m[2]) };
}

// src/gates/model-evaluation/parse-model.ts
function parseModel(config, index, defaults, ctx) {
  const key = `model-evaluation.models[${index}]`;
  if (!config.predictions && !config["metrics-file"]) {
    throw new ConfigurationError(
      `${key} (${config.name}): neither predictions nor metrics-file is set, so there is nothing to evaluate`,
      void 0,
      `Set ${key}.predictions (preferred: the gate computes the metrics) or ${key}.metrics-file.`
    );
  }
  const columns = parseColumns(config, key);
  const classes = parseClasses(config, columns, key);
  const rules = mergeRules(defaults, config.thresholds, key);
  const spec = {
    name: config.name,
    task: config.task,
    ...config.path ? { path: safePath(config.path, `${key}.path`) } : {},
    ...config.predictions ? { predictions: parsePredictions(config.predictions, columns, `${key}.predictions`) } : {},
    ...config["metrics-file"] ? { metricsFile: parseMetricsFile(config["metrics-file"], `${key}.metrics-file`) } : {},
    classes,
    primaryMetric: canonicalMetric(
      config["primary-metric"] ?? (config.task === "binary-classification" && !columns.score ? "accuracy" : defaultPrimaryMetric(config.task))
    ),
    rules,
    baseline: parseBaseline(config.baseline, columns, ctx, key),
    ...config.slices ? { slices: parseSlices(config.slices, config.task, key) } : {},
    ...config.budgets ? { budgets: parseBudgets(config, key) } : {}
  };
  checkComputable(spec, key);
  return spec;
}
function parseClasses(config, columns, key) {
  const classes = (config.classes ?? []).map((c) => canonicalClass(String(c)));
  const positive = config["positive-class"] === void 0 ? void 0 : canonicalClass(String(config["positive-class"]));
  if (config.task === "binary-classification" && classes.length > 0 && classes.length !== 2) {
    throw new ConfigurationError(
      `${key}.classes: a binary task has two classes, not ${classes.length}`,
      void 0,
      `List the two classes, or set ${key}.task: multiclass-classification.`
    );
  }
  if (positive !== void 0 && classes.length > 0 && !classes.includes(positive)) {
    throw new ConfigurationError(
      `${key}.positive-class: ${JSON.stringify(positive)} is not one of the classes ${classes.join(", ")}`,
      void 0,
      `Make ${key}.positive-class one of ${key}.classes.`
    );
  }
  if (positive !== void 0 && config.task !== "binary-classification") {
    throw new ConfigurationError(
      `${key}.positive-class only applies to binary-classification`,
      void 0,
      `Remove ${key}.positive-class.`
    );
  }
  if (columns.probabilities && classes.length > 0) {
    const cols = Object.keys(columns.probabilities).map(canonicalClass).sort();
    if (cols.join("\n") !== [...classes].sort().join("\n")) {
      throw new ConfigurationError(
        `${key}: classes and columns.probabilities name different classes`,
        void 0,
        `Give one probability column per class in ${key}.classes.`
      );
    }
  }
  const scoreKind = config.scores ?? "probability";
  return {
    classes,
    ...positive !== void 0 ? { positiveClass: positive } : {},
    decisionThreshold: config["decision-threshold"] ?? (scoreKind === "margin" ? 0 : 0.5),
    scoreKind
  };
}
function parseSlices(s, task, key) {
  const canon = (r) => Object.fromEntries(Object.entries(r ?? {}).map(([m, v]) => [canonicalMetric(m), v]));
  const maxGap = canon(s["max-gap"]);
  const minRatio = canon(s["min-ratio"]);
  const fairness = [...Object.keys(maxGap), ...Object.keys(minRatio)].filter(
    (m) => FAIRNESS_METRICS.includes(m)
  );
  if (fairness.length > 0 && task !== "binary-classification") {
    throw new ConfigurationError(
      `${key}.slices: ${fairness.join(", ")} are defined for binary classifiers (Fairlearn)`,
      void 0,
      `Bound per-slice metrics with ${key}.slices.min/max-gap instead.`
    );
  }
  for (const m of Object.keys(minRatio)) {
    if (!m.endsWith("_ratio"))
      throw new ConfigurationError(
        `${key}.slices.min-ratio.${m}: only demographic_parity_ratio and equalized_odds_ratio are ratios`,
        void 0,
        `Use ${key}.slices.max-gap.${m} for a difference.`
      );
  }
  for (const m of Object.keys(maxGap)) {
    if (m.endsWith("_ratio"))
      throw new ConfigurationError(
        `${key}.slices.max-gap.${m}: a ratio has a minimum, not a maximum gap`,
        void 0,
        `Use ${key}.slices.min-ratio.${m}.`
      );
  }
  return {
    columns: s.columns,
    minRows: s["min-rows"] ?? 30,
    min: canon(s.min),
    max: canon(s.max),
    maxGap,
    minRatio
  };
}
function parseBudgets(config, key) {
  const b = config.budgets ?? {};
  if (b["size-mb"] && !config.path && !(b.artifacts && b.artifacts.length > 0)) {
    throw new ConfigurationError(
      `${key}.budgets.size-mb: the model has no path and no budgets.artifacts, so its size is unknown`,
      void 0,
      `Set ${key}.path to the model directory, or ${key}.budgets.artifacts to its files.`
    );
  }
  if ((b["latency-ms"] || b["throughput-rps"]) && !b["benchmark-file"]) {
    throw new ConfigurationError(
      `${key}.budgets: latency and throughput come from budgets.benchmark-file, which is not set`,
      void 0,
      `Set ${key}.budgets.benchmark-file to the benchmark step's results.`
    );
  }
  const latencyMs = Object.fromEntries(
    Object.entries(b["latency-ms"] ?? {}).map(([p, r]) => [
      p,
      {
        ...r.max !== void 0 ? { max: r.max } : {},
        ...r["max-growth"] !== void 0 ? { maxGrowth: r["max-growth"] } : {}
      }
    ])
  );
  const size = b["size-mb"];
  const tp = b["throughput-rps"];
  return {
    artifacts: (b.artifacts ?? []).map((a, i) => safePath(a, `${key}.budgets.artifacts[${i}]`)),
    ...size ? {
      sizeMb: {
        ...size.max !== void 0 ? { max: size.max } : {},
        ...size["max-growth"] !== void 0 ? { maxGrowth: size["max-growth"] } : {}
      }
    } : {},
    ...b["benchmark-file"] ? { benchmarkFile: safePath(b["benchmark-file"], `${key}.budgets.benchmark-file`) } : {},
    latencyMs,
    ...tp ? {
      throughputRps: {
        ...tp.min !== void 0 ? { min: tp.min } : {},
        ...tp["max-drop"] !== void 0 ? { maxGrowth: tp["max-drop"] } : {}
      }
    } : {}
  };
}
function checkComputable(spec, key) {
  if (spec.metricsFile || !spec.predictions) return;
  const cols = spec.predictions.columns;
  for (const metric of [
    spec.primaryMetric,
    ...spec.rules.map((r) => r.metric),
    ...Object.keys(spec.slices?.min ?? {}),
    ...Object.keys(spec.slices?.max ?? {})
  ]) {
    const info = metricInfo(metric);
    if (!info || !info.tasks.includes(spec.task)) {
      throw new ConfigurationError(
        `${key}: ${metric} is not computed for ${spec.task} predictions and there is no metrics-file to read it from`,
        void 0,
        `Use a metric of the task (see docs/model-evaluation.md), or add ${key}.metrics-file.`
      );
    }
    const needsScores = ["roc_auc", "roc_auc_weighted", "pr_auc", "log_loss", "brier"].includes(metric);
    if (needsScores && !cols.score && !cols.probabilities) {
      throw new ConfigurationError(
        `${key}: ${metric} needs scores, but the predictions have only decisions`,
        void 0,
        `Name the score column (${key}.columns.score, or columns.probabilities for multiclass).`
      );
    }
    if ((metric === "log_loss" || metric === "brier") && spec.classes.scoreKind === "margin") {
      throw new ConfigurationError(
        `${key}: ${metric} needs probabilities, but scores: margin`,
        void 0,
        "Bound roc_auc or pr_auc instead, or write calibrated probabilities."
      );
    }
  }
}

// src/gates/model-evaluation/parse-settings.ts
function str(options, name) {
  const v = options[name];
  return typeof v === "string" && v !== "" ? v : void 0;
}
function list(options, name) {
  const v = options[name];
  return Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : [];
}
function num(options, name) {
  const v = options[name];
  return typeof v === "number" ? v : void 0;
}
var MODEL_OPTIONS = [
  "predictions",
  "metrics-file",
  "task",
  "name",
  "label-column",
  "score-column",
  "prediction-column",
  "id-column",
  "weight-column",
  "group-columns",
  "positive-class",
  "baseline",
  "threshold",
  "max-drop",
  "benchmark-file"
];
function applyModelOptions(base, options) {
  const m = { ...base, columns: { ...base.columns } };
  const predictions = str(options, "predictions");
  const metricsFile = str(options, "metrics-file");
  if (predictions) m.predictions = predictions;
  if (metricsFile) m["metrics-file"] = metricsFile;
  const cols = m.columns ?? {};
  for (const [option, column] of [
    ["label-column", "label"],
    ["score-column", "score"],
    ["prediction-column", "prediction"],
    ["id-column", "id"],
    ["weight-column", "weight"]
  ]) {
    const v = str(options, option);
    if (v) cols[column] = v;
  }
  if (list(options, "group-columns").length > 0) cols.groups = list(options, "group-columns");
  const positive = str(options, "positive-class");
  if (positive) m["positive-class"] = positive;
  const baseline = str(options, "baseline");
  if (baseline)
    m.baseline = baseline === "base" || baseline === "none" ? { from: baseline } : formatOf(baseline) ? { from: "file", predictions: baseline } : { from: "file", "metrics-file": baseline };
  const thresholds = { ...m.thresholds };
  for (const t of list(options, "threshold")) {
    const { metric, config } = parseThresholdOption(t);
    thresholds[metric] = { ...thresholds[metric], ...config };
  }
  for (const d of list(options, "max-drop")) {
    const { metric, drop } = parseDropOption(d);
    thresholds[metric] = { ...thresholds[metric], "max-drop": drop };
  }
  m.thresholds = thresholds;
  const bench = str(options, "benchmark-file");
  if (bench) m.budgets = { ...m.budgets, "benchmark-file": bench };
  return m;
}
function selectModels(section, options) {
  let models = section.models ?? [];
  const names = list(options, "models");
  for (const n of names) {
    if (!models.some((m) => m.name === n))
      throw new ConfigurationError(
        `--models: no model named ${JSON.stringify(n)} in model-evaluation.models (${models.map((m) => m.name).join(", ") || "none"})`,
        void 0,
        "Pass names from the config."
      );
  }
  if (names.length > 0) models = models.filter((m) => names.includes(m.name));
  const given = MODEL_OPTIONS.filter((o) => options[o] !== void 0);
  if (given.length === 0) return models;
  if (models.length === 0) {
    const task = str(options, "task");
    if (!task)
      throw new ConfigurationError(
        "--task is required when the model is described by options (no model-evaluation.models in the config)",
        void 0,
        "Pass --task binary-classification, multiclass-classification or regression."
      );
    return [
      applyModelOptions(
        { name: str(options, "name") ?? "model", task },
        options
      )
    ];
  }
  if (models.length > 1) {
    throw new ConfigurationError(
      `--${given[0] ?? ""} applies to one model, but ${models.length} are configured`,
      void 0,
      "Pick one with --models <name>, or set the value in the config."
    );
  }
  return [applyModelOptions(models[0], options)];
}
function modelEvaluationSettings(section, options, ctx) {
  const config = section ?? {};
  const token = str(options, "mlflow-token");
  const env = token ? { ...ctx.env, MLFLOW_TRACKING_TOKEN: token } : ctx.env;
  const models = selectModels(config, options).map(
    (m, i) => parseModel(m, i, config.thresholds, { ...ctx, env })
  );
  if (models.length === 0) {
    throw new ConfigurationError(
      "model-evaluation.models is empty: there is no model to evaluate",
      void 0,
      "Declare each model (name, task, predictions) under model-evaluation.models, or pass --predictions and --task."
    );
  }
  const seen = /* @__PURE__ */ new Set();
  for (const m of models) {
    if (seen.has(m.name))
      throw new ConfigurationError(
        `model-evaluation.models: the name ${JSON.stringify(m.name)} is used twice`,
        void 0,
        "Give every model its own name; it keys the report."
      );
    seen.add(m.name);
  }
  const b = config.bootstrap ?? {};
  const resamples = num(options, "resamples") ?? b.resamples ?? 1e3;
  const confidence = num(options, "confidence") ?? b.confidence ?? 0.95;
  const seed = num(options, "seed") ?? b.seed ?? 42;
  if (!Number.isInteger(resamples) || resamples < 10 || resamples > 1e5)
    throw new ConfigurationError(
      `bootstrap.resamples: ${resamples} is not a whole number from 10 to 100000`,
      void 0,
      "Use 1000 (the default) or more for stable 95% intervals."
    );
  if (!(confidence > 0 && confidence < 1))
    throw new ConfigurationError(
      `bootstrap.confidence: ${confidence} is not between 0 and 1`,
      void 0,
      "Write the level as a fraction, e.g. 0.95."
    );
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295)
    throw new ConfigurationError(
      `bootstrap.seed: ${seed} is not a whole number from 0 to 4294967295`,
      void 0,
      "Use any fixed whole number, e.g. 42."
    );
  const pr = ctx.event.pullRequest;
  const base = str(options, "base") ?? config.base ?? (pr ? `origin/${pr.baseRef}` : void 0);
  return {
    cwd: ctx.cwd,
    models,
    ...base ? { base } : {},
    bootstrap: { enabled: b.enabled ?? true, resamples, confidence, seed },
    maxFindingsPerFile: config["max-findings-per-file"] ?? 20
  };
}
export {
  modelEvaluationSettings
};
