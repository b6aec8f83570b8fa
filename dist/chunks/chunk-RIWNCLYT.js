import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/gates/model-evaluation/cells.ts
var DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var NAN = /^[+-]?nan$/i;
function show(cell) {
  const text = typeof cell === "string" ? cell : typeof cell === "bigint" ? String(cell) : JSON.stringify(cell);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}\u2026` : text);
}
function isBlank(cell) {
  return cell === void 0 || cell === null || typeof cell === "string" && cell.trim() === "";
}
function parseNumber(cell) {
  if (isBlank(cell)) return { ok: false, problem: "is empty" };
  let n;
  if (typeof cell === "number") n = cell;
  else if (typeof cell === "bigint") n = Number(cell);
  else if (typeof cell === "string") {
    const s = cell.trim();
    if (NAN.test(s)) return { ok: false, problem: "is NaN" };
    if (!DECIMAL.test(s)) return { ok: false, problem: `${show(cell)} is not a number` };
    n = Number(s);
  } else return { ok: false, problem: `${show(cell)} is not a number` };
  if (Number.isNaN(n)) return { ok: false, problem: "is NaN" };
  if (!Number.isFinite(n)) return { ok: false, problem: `${show(cell)} is not finite` };
  return { ok: true, value: n };
}
function parseProbability(cell) {
  const n = parseNumber(cell);
  if (!n.ok) return n;
  if (n.value < 0 || n.value > 1) return { ok: false, problem: `${n.value} is not a probability in [0, 1]` };
  return n;
}
function classKey(cell) {
  if (isBlank(cell)) return { ok: false, problem: "is empty" };
  if (typeof cell === "boolean") return { ok: true, value: String(cell) };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell))
      return { ok: false, problem: Number.isNaN(cell) ? "is NaN" : "is not finite" };
    return { ok: true, value: String(cell) };
  }
  if (typeof cell === "bigint") return { ok: true, value: String(cell) };
  if (typeof cell !== "string") return { ok: false, problem: `${show(cell)} is not a class label` };
  return { ok: true, value: canonicalClass(cell) };
}
function canonicalClass(text) {
  const s = text.trim();
  if (NAN.test(s)) return "nan";
  if (DECIMAL.test(s)) return String(Number(s));
  if (/^(true|false)$/i.test(s)) return s.toLowerCase();
  return s;
}
function groupKey(cell) {
  if (isBlank(cell)) return "(blank)";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" || typeof cell === "boolean" || typeof cell === "bigint") return String(cell);
  return JSON.stringify(cell);
}
function idKey(cell) {
  if (isBlank(cell)) return { ok: false, problem: "is empty" };
  if (typeof cell === "object") return { ok: false, problem: `${show(cell)} is not an id` };
  return { ok: true, value: typeof cell === "string" ? cell.trim() : String(cell) };
}
function sortClasses(keys) {
  if (keys.every((k) => DECIMAL.test(k))) return [...keys].sort((a, b) => Number(a) - Number(b));
  return [...keys].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function probabilityRow(cells, at, columns) {
  if (columns.length === 0) return void 0;
  const out = new Float64Array(columns.length);
  let sum = 0;
  for (let j = 0; j < columns.length; j++) {
    const p = parseProbability(cells[at + j]);
    if (!p.ok) return { column: columns[j], message: `the probability ${p.problem}` };
    out[j] = p.value;
    sum += p.value;
  }
  if (Math.abs(1 - sum) > 1e-8 + 1e-5 * Math.abs(sum)) {
    return { column: columns[0], message: `the class probabilities sum to ${sum}, not 1` };
  }
  return out;
}

// src/gates/model-evaluation/catalog.ts
var B = ["binary-classification"];
var BM = ["binary-classification", "multiclass-classification"];
var R = ["regression"];
function m(name, greaterIsBetter, tasks, description, aliases = []) {
  return { name, greaterIsBetter, tasks, description, aliases };
}
var METRICS = [
  m("accuracy", true, BM, "share of rows predicted right (sklearn accuracy_score)", [
    "accuracy_score",
    "acc"
  ]),
  m("balanced_accuracy", true, BM, "mean recall over classes (sklearn balanced_accuracy_score)", [
    "balanced_accuracy_score"
  ]),
  m("precision", true, B, "precision of the positive class (sklearn precision_score)", ["precision_score"]),
  m("recall", true, B, "recall of the positive class (sklearn recall_score)", [
    "recall_score",
    "true_positive_rate",
    "tpr",
    "sensitivity"
  ]),
  m("f1", true, B, "F1 of the positive class (sklearn f1_score)", ["f1_score"]),
  m("precision_macro", true, BM, "unweighted mean of the classes' precision", ["macro_precision"]),
  m("recall_macro", true, BM, "unweighted mean of the classes' recall", ["macro_recall"]),
  m("f1_macro", true, BM, "unweighted mean of the classes' F1", ["macro_f1"]),
  m("precision_micro", true, BM, "precision over all decisions pooled", ["micro_precision"]),
  m("recall_micro", true, BM, "recall over all decisions pooled", ["micro_recall"]),
  m("f1_micro", true, BM, "F1 over all decisions pooled", ["micro_f1"]),
  m("precision_weighted", true, BM, "classes' precision weighted by support", ["weighted_precision"]),
  m("recall_weighted", true, BM, "classes' recall weighted by support", ["weighted_recall"]),
  m("f1_weighted", true, BM, "classes' F1 weighted by support", ["weighted_f1"]),
  m("true_negative_rate", true, B, "recall of the negative class (specificity)", ["tnr", "specificity"]),
  m("false_positive_rate", false, B, "share of negatives predicted positive", ["fpr"]),
  m("false_negative_rate", false, B, "share of positives predicted negative", ["fnr"]),
  m("roc_auc", true, BM, "area under the ROC curve (sklearn roc_auc_score; multiclass: one-vs-rest, macro)", [
    "auc",
    "roc_auc_score",
    "auroc"
  ]),
  m("roc_auc_weighted", true, ["multiclass-classification"], "one-vs-rest ROC AUC weighted by class support"),
  m(
    "pr_auc",
    true,
    BM,
    "average precision (sklearn average_precision_score; multiclass: one-vs-rest, macro)",
    ["average_precision", "average_precision_score", "precision_recall_auc", "auprc"]
  ),
  m("log_loss", false, BM, "cross-entropy of the predicted probabilities (sklearn log_loss)", [
    "logloss",
    "cross_entropy"
  ]),
  m("brier", false, B, "mean squared error of the positive-class probability (sklearn brier_score_loss)", [
    "brier_score",
    "brier_score_loss"
  ]),
  m("tp", true, B, "true positives (weighted count)", ["true_positives"]),
  m("fp", false, B, "false positives (weighted count)", ["false_positives"]),
  m("tn", true, B, "true negatives (weighted count)", ["true_negatives"]),
  m("fn", false, B, "false negatives (weighted count)", ["false_negatives"]),
  m("mae", false, R, "mean absolute error", ["mean_absolute_error"]),
  m("mse", false, R, "mean squared error", ["mean_squared_error"]),
  m("rmse", false, R, "root mean squared error", ["root_mean_squared_error"]),
  m("r2", true, R, "coefficient of determination (sklearn r2_score)", ["r2_score", "r_squared"]),
  m("mape", false, R, "mean absolute percentage error, as a fraction (sklearn)", [
    "mean_absolute_percentage_error"
  ]),
  m(
    "demographic_parity_difference",
    false,
    [],
    "largest minus smallest selection rate between groups (Fairlearn)"
  ),
  m("demographic_parity_ratio", true, [], "smallest over largest selection rate between groups (Fairlearn)"),
  m(
    "equalized_odds_difference",
    false,
    [],
    "larger of the TPR and FPR differences between groups (Fairlearn)"
  ),
  m("equalized_odds_ratio", true, [], "smaller of the TPR and FPR ratios between groups (Fairlearn)"),
  m("selection_rate", true, B, "share of rows predicted positive (Fairlearn selection_rate)")
];
var BY_NAME = /* @__PURE__ */ new Map();
for (const info of METRICS) {
  BY_NAME.set(info.name, info);
  for (const alias of info.aliases) BY_NAME.set(alias, info);
}
function metricInfo(name) {
  return BY_NAME.get(normalizeName(name));
}
function canonicalMetric(name) {
  return metricInfo(name)?.name ?? normalizeName(name);
}
function normalizeName(name) {
  return name.trim().toLowerCase().replace(/[\s-]+/g, "_");
}
function metricsFor(task) {
  return METRICS.filter((info) => info.tasks.includes(task));
}
var FAIRNESS_METRICS = [
  "demographic_parity_difference",
  "demographic_parity_ratio",
  "equalized_odds_difference",
  "equalized_odds_ratio"
];
function defaultPrimaryMetric(task) {
  if (task === "regression") return "rmse";
  return task === "binary-classification" ? "roc_auc" : "accuracy";
}

export {
  parseNumber,
  parseProbability,
  classKey,
  canonicalClass,
  groupKey,
  idKey,
  sortClasses,
  probabilityRow,
  metricInfo,
  canonicalMetric,
  normalizeName,
  metricsFor,
  FAIRNESS_METRICS,
  defaultPrimaryMetric
};
