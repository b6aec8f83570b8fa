import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-XTVQ2DJJ.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-IJ5G6AV4.js";
import {
  PRESETS,
  headingMatches
} from "./chunk-FVAB2YGT.js";
import {
  readOptions
} from "./chunk-AHQYVXVQ.js";
import {
  PRESET_NAMES
} from "./chunk-G6QUDK5B.js";
import {
  parseYaml
} from "./chunk-SZGMGQCO.js";
import "./chunk-G5IFGVCM.js";
import {
  git,
  gitTopLevel
} from "./chunk-BPC2GNOO.js";
import {
  InputError
} from "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";

// src/config/compose-schema.ts
var CONFIG_SCHEMA_ID = "https://raw.githubusercontent.com/ml-quality-gates/ml-quality-gates/v1/schema/config.schema.json";

// src/commands/init/config-text.ts
var q = (text) => `'${text.replace(/'/g, "''")}'`;
var c = (text, comment) => `${text.padEnd(31)} # ${comment}`;
var list = (indent, items, comment) => items.map((i) => comment ? c(`${indent}- ${q(i)}`, comment(i)) : `${indent}- ${q(i)}`);
function coverageSection(cov) {
  const format = (path) => cov.found.find((r) => r.path === path)?.format ?? "written by the test step";
  return [
    "# Coverage: total, branch and patch coverage of the reports the tests write.",
    "coverage:",
    "  reports:",
    ...list("    ", cov.reports, format),
    "  thresholds:",
    c("    patch: 80", "percent of the changed lines the tests run"),
    c("    # lines: 80", "total line coverage"),
    c("    # branches: 70", "total branch coverage")
  ];
}
function dataSection(d) {
  return [
    "# Data schema: every dataset meets its contract, and schema changes against the base branch",
    "# are not breaking.",
    "data-schema:",
    "  datasets:",
    ...list("    ", d.datasets),
    ...d.excluded.length > 0 ? [c("  exclude:", "no schema yet: add one, then remove it here"), ...list("    ", d.excluded)] : [],
    c("  compatibility: full", "backward | forward | full | none (also *_transitive)")
  ];
}
function modelCardSection(m) {
  const fit = m.presetFit === void 0 ? "no card yet" : `the cards have ${Math.round(m.presetFit * 100)}% of its sections`;
  const others = PRESET_NAMES.filter((p) => p !== m.preset).join(", ");
  return [
    "# Model card: every model has a complete card that agrees with its metrics.",
    "model-card:",
    "  models:",
    ...list("    ", m.globs),
    c(`  preset: ${m.preset}`, `${fit}; or ${others}`),
    ...m.metricsFile ? ["  metrics:", c(`    file: ${q(m.metricsFile)}`, "figures in a card must match this file")] : []
  ];
}
function evaluationEntry(e) {
  const columns = Object.entries(e.columns);
  const lines = [
    `- name: ${q(e.name)}`,
    e.task ? `  task: ${e.task}` : c("  task: binary-classification", "or multiclass-classification, regression"),
    ...e.path ? [`  path: ${q(e.path)}`] : [],
    `  predictions: ${q(e.predictions)}`,
    ...columns.length > 0 ? ["  columns:", ...columns.map(([k, v]) => `    ${k}: ${q(v)}`)] : [],
    ...e.metricsFile ? [`  metrics-file: ${q(e.metricsFile)}`] : [],
    "  baseline:",
    ...e.baselinePredictions ? [
      c("    from: file", "the production model, on the same rows"),
      `    predictions: ${q(e.baselinePredictions)}`
    ] : [c("    from: base", "the same files on the base branch")],
    c("  # thresholds:", "e.g. roc_auc: { min: 0.8, max-drop: 0.01 }")
  ];
  const prefix = e.task ? "    " : "    # ";
  return [...e.unsure ? [`    # ${e.name}: ${e.unsure}`] : [], ...lines.map((l) => `${prefix}${l}`)];
}
function evaluationSection(models) {
  const off = models.some((m) => m.task !== void 0) ? "" : "# ";
  return [
    "# Model evaluation: metrics computed from the predictions and compared with the baseline; a",
    "# drop the bootstrap confirms fails once a threshold sets how much is allowed.",
    `${off}model-evaluation:`,
    `${off}  models:`,
    ...models.flatMap(evaluationEntry)
  ];
}
function notebooksSection(n) {
  const policy = n.outputs === "stripped" ? "no outputs (nbstripout); or executed, any" : "one top-to-bottom run; or stripped, any";
  return [
    "# Notebooks: valid, no secrets or local paths, outputs as the policy says.",
    "notebooks:",
    ...n.paths ? ["  paths:", ...list("    ", [n.paths])] : [],
    c(`  outputs: ${n.outputs}`, policy),
    ...n.executedDirs.length > 0 ? [
      "  policies:",
      ...n.executedDirs.flatMap((d) => [`    - glob: ${q(`${d}/**`)}`, "      outputs: executed"])
    ] : []
  ];
}
function registrySection(r) {
  const ready = r.approvers.length > 0 || r.codeowners !== void 0;
  const off = ready ? "" : "# ";
  return [
    "# Registry approval: every model version a PR or release ships is approved in the registry.",
    ...ready ? [] : ["# Name who may approve (approvers, or codeowners: true), then uncomment:"],
    `${off}registry-approval:`,
    `${off}  registry: file`,
    `${off}  file:`,
    `${off}    path: ${q(r.path)}`,
    ...r.approvers.length > 0 ? [c(`${off}    approvers: [${r.approvers.map(q).join(", ")}]`, "who approved versions so far: review")] : [],
    ...r.codeowners ? [c(`${off}    codeowners: true`, `and the owners of a model's path in ${r.codeowners}`)] : [],
    ...r.manifests.length > 0 ? [
      c(`${off}  manifests:`, "files naming the deployed version"),
      ...r.manifests.flatMap((m) => [
        `${off}    - file: ${q(m.file)}`,
        `${off}      name-key: ${q(m.nameKey)}`,
        `${off}      version-key: ${q(m.versionKey)}`
      ])
    ] : [c(`${off}  # models: [{ name: my-model, version: 3 }]`, "the versions that ship")]
  ];
}
var ABSENT = {
  coverage: "# coverage: { reports: [coverage.xml], thresholds: { patch: 80 } }",
  "data-schema": "# data-schema: { datasets: ['data/*.csv'] }   # data/x.csv needs data/x.schema.json",
  "model-card": "# model-card: { models: ['models/*/'] }",
  "model-evaluation": "# model-evaluation: { models: [{ name: m, task: binary-classification, predictions: preds.csv }] }",
  notebooks: "# notebooks: { paths: ['**/*.ipynb'], outputs: stripped }",
  "registry-approval": "# registry-approval: { registry: mlflow }   # or file, sagemaker"
};
function configText(f) {
  const sections = [
    ["coverage", f.coverage && coverageSection(f.coverage)],
    ["data-schema", f.data && dataSection(f.data)],
    ["model-card", f.models && modelCardSection(f.models)],
    ["model-evaluation", f.evaluation && evaluationSection(f.evaluation)],
    ["notebooks", f.notebooks && notebooksSection(f.notebooks)],
    ["registry-approval", f.registry && registrySection(f.registry)]
  ];
  const absent = sections.filter(([, lines]) => !lines).map(([id]) => ABSENT[id] ?? `# ${id}:`);
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_ID}`,
    "# ml-quality-gates, written by `ml-quality-gates init` from what it found in this repository.",
    "# Review every section; your editor completes and explains each key (the schema above).",
    "version: 1",
    ...sections.flatMap(([, lines]) => lines ? ["", ...lines] : []),
    ...absent.length > 0 ? ["", "# Nothing was found for these gates; see the README to set them up:", ...absent] : [],
    ""
  ].join("\n");
}

// src/commands/init/read.ts
import { lstat, open, readFile } from "node:fs/promises";
import { join } from "node:path";
async function readHead(root, path, bytes = 4096) {
  try {
    const handle = await open(join(root, path), "r");
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return void 0;
  }
}
async function readSmall(root, path, max = 4 * 1024 * 1024) {
  try {
    const stat = await lstat(join(root, path));
    return stat.isFile() && stat.size <= max ? await readFile(join(root, path), "utf8") : void 0;
  } catch {
    return void 0;
  }
}
async function readJson(root, path, max) {
  const text = await readSmall(root, path, max);
  if (text === void 0) return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// src/commands/init/scan.ts
import { readdir } from "node:fs/promises";
import { join as join2 } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  "node_modules",
  ".venv",
  "venv",
  ".tox",
  ".nox",
  "__pycache__",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  ".ipynb_checkpoints",
  "site-packages",
  ".idea",
  ".cache",
  "mlruns",
  "mlartifacts",
  "wandb",
  ".dvc"
]);
var MAX_FILES = 2e4;
var MAX_DEPTH = 12;
function safeName(name) {
  if (/["'\\`$]/.test(name)) return false;
  for (let i = 0; i < name.length; i++)
    if (name.charCodeAt(i) < 32 || name.charCodeAt(i) === 127) return false;
  return true;
}
async function scanRepository(root) {
  const files = [];
  let level = [""];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next = [];
    for (const dir of level) {
      const entries = await readdir(join2(root, dir), { withFileTypes: true }).catch(() => []);
      if (entries.some((e) => e.isFile() && e.name === "pyvenv.cfg")) continue;
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (!safeName(entry.name)) continue;
        const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) next.push(path);
        else if (entry.isFile()) files.push(path);
        if (files.length >= MAX_FILES) return { files, truncated: true };
      }
    }
    level = next;
  }
  return { files: files.sort(), truncated: false };
}
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function nameOf(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/commands/init/detect-coverage.ts
var REPORT_KINDS = [
  {
    name: /^(coverage|cobertura(-coverage)?|.+\.cobertura)\.xml$/i,
    format: "Cobertura",
    head: /<coverage[\s>]/
  },
  { name: /^(jacoco|jacocoTestReport|.+[.-]jacoco)\.xml$/i, format: "JaCoCo", head: /<report[\s>]/ },
  { name: /(^lcov\.info$|\.lcov\.info$|\.lcov$)/i, format: "LCOV", head: /^(TN|SF):/m },
  { name: /^coverage-final\.json$/, format: "Istanbul", head: /"statementMap"\s*:/ },
  { name: /^coverage-summary\.json$/, format: "Istanbul summary", head: /"total"\s*:/ },
  { name: /^coverage\.json$/, format: "coverage.py JSON", head: /^\s*\{\s*"meta"\s*:/ },
  {
    name: /^(coverage|cover)\.(out|txt)$|\.coverprofile$/,
    format: "Go coverprofile",
    head: /^mode: (set|count|atomic)\s*$/m
  }
];
var FIXTURE_DIR = /(^|\/)(fixtures?|__fixtures__|testdata|test-data)(\/|$)/;
async function findCoverageReports(root, files, tracked) {
  const found = [];
  for (const path of files) {
    if (FIXTURE_DIR.test(dirOf(path))) continue;
    const kind = REPORT_KINDS.find((k) => k.name.test(nameOf(path)));
    if (!kind) continue;
    const head = await readHead(root, path);
    if (head !== void 0 && kind.head.test(head))
      found.push({ path, format: kind.format, tracked: tracked.has(path) });
  }
  const shadowed = (r, by) => found.some((o) => o.format === by && dirOf(o.path) === dirOf(r.path));
  return found.filter(
    (r) => !(r.format === "coverage.py JSON" && shadowed(r, "Cobertura")) && !(r.format === "Istanbul summary" && shadowed(r, "Istanbul"))
  );
}
var SHELL_SAFE = /^[A-Za-z0-9._/-]+$/;
function planCoverage(found, project) {
  const runTests = found.length === 0 || found.some((r) => !r.tracked);
  if (found.length === 0 && !project.python && !project.go && !project.node) return void 0;
  const reports = found.map((r) => r.path);
  let pytestReport;
  let goReport;
  if (runTests && project.python) {
    const own = found.find((r) => !r.tracked && r.format === "Cobertura" && SHELL_SAFE.test(r.path));
    pytestReport = own?.path ?? "coverage.xml";
    if (!reports.includes(pytestReport)) reports.push(pytestReport);
  }
  if (runTests && project.go) {
    const own = found.find((r) => !r.tracked && r.format === "Go coverprofile" && SHELL_SAFE.test(r.path));
    goReport = own?.path ?? "coverage.out";
    if (!reports.includes(goReport)) reports.push(goReport);
  }
  if (runTests && project.node && !found.some((r) => r.format === "LCOV" || r.format === "Istanbul")) {
    reports.push("coverage/lcov.info");
  }
  return { found, reports, pytestReport, goReport, runTests };
}

// src/commands/init/detect-data.ts
var DATA_FILE = /\.(csv|tsv|tab|jsonl|ndjson|parquet|json)$/i;
var SCHEMA_SUFFIXES = [".schema.json", ".schema.yaml", ".schema.yml"];
var NOT_DATA = /(\.schema\.json|^datapackage\.json|^package(-lock)?\.json|^tsconfig.*\.json|^composer\.json|\.ipynb)$|^\./;
var stemOf = (name) => name.replace(DATA_FILE, "");
var extOf = (name) => (DATA_FILE.exec(name)?.[1] ?? "").toLowerCase();
async function packagedFiles(root, files) {
  const out = /* @__PURE__ */ new Set();
  for (const descriptor of files.filter((f) => nameOf(f) === "datapackage.json")) {
    const json = await readJson(root, descriptor);
    const resources = Array.isArray(json?.resources) ? json.resources : [];
    for (const resource of resources) {
      const path = resource?.path;
      for (const p of Array.isArray(path) ? path : [path]) {
        if (typeof p === "string" && !p.includes("..") && !p.startsWith("/")) {
          out.add(dirOf(descriptor) === "" ? p : `${dirOf(descriptor)}/${p}`);
        }
      }
    }
  }
  return out;
}
async function detectData(root, files) {
  const all = new Set(files);
  const packaged = await packagedFiles(root, files);
  const data = files.filter((f) => DATA_FILE.test(nameOf(f)) && !NOT_DATA.test(nameOf(f)));
  const hasSchema = (f) => packaged.has(f) || SCHEMA_SUFFIXES.some((s) => all.has(`${dirOf(f) === "" ? "" : `${dirOf(f)}/`}${stemOf(nameOf(f))}${s}`));
  const withSchema = data.filter(hasSchema);
  if (withSchema.length === 0) return void 0;
  const groups = /* @__PURE__ */ new Set();
  const datasets = [];
  for (const f of withSchema) {
    if (extOf(nameOf(f)) === "json") datasets.push(f);
    else groups.add(`${dirOf(f) === "" ? "" : `${dirOf(f)}/`}*.${extOf(nameOf(f))}`);
  }
  datasets.unshift(...[...groups].sort());
  const globbed = (f) => extOf(nameOf(f)) !== "json" && groups.has(`${dirOf(f) === "" ? "" : `${dirOf(f)}/`}*.${extOf(nameOf(f))}`);
  const excluded = data.filter((f) => !hasSchema(f) && globbed(f));
  const ungated = data.filter(
    (f) => !hasSchema(f) && !globbed(f) && extOf(nameOf(f)) !== "json" && !/predictions?/i.test(nameOf(f))
  );
  return { datasets, withSchema, excluded, ungated };
}

// src/commands/init/detect-evaluation.ts
var PREDICTIONS = /predictions?.*\.(csv|tsv|jsonl|ndjson|parquet)$/i;
var BASELINE = /champion|baseline|production|prod[-_.]|reference|incumbent/i;
var METRICS = ["metrics.json", "metrics.yaml", "metrics.yml", "eval.json", "evaluation.json"];
var GENERIC_DIRS = /* @__PURE__ */ new Set([
  "",
  "eval",
  "evals",
  "evaluation",
  "evaluations",
  "predictions",
  "reports",
  "outputs",
  "results"
]);
var MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
var LABELS = ["label", "target", "y", "y_true", "actual", "truth"];
var SCORES = ["score", "probability", "proba", "prob", "y_score", "p1"];
var PREDICTED = ["prediction", "predicted", "y_pred", "pred"];
async function sample(root, path) {
  const head = await readHead(root, path, 16 * 1024);
  if (head === void 0) return void 0;
  const lines = head.split(/\r?\n/).slice(0, 51);
  if (/\.(jsonl|ndjson)$/i.test(path)) {
    try {
      const records = lines.slice(0, -1).filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
      const columns = Object.keys(records[0] ?? {});
      return { columns, rows: records.map((r) => columns.map((c2) => String(r[c2]))) };
    } catch {
      return void 0;
    }
  }
  if (/\.parquet$/i.test(path)) return void 0;
  const separator = /\.tsv$/i.test(path) ? "	" : ",";
  const split = (line) => line.split(separator).map((c2) => c2.trim().replace(/^"(.*)"$/, "$1"));
  return {
    columns: split(lines[0] ?? ""),
    rows: lines.slice(1, -1).filter((l) => l !== "").map(split)
  };
}
async function taskOf(root, path) {
  const table = await sample(root, path);
  if (!table) return { columns: {}, unsure: "its columns could not be read (Parquet, or not a table)" };
  const find = (names) => table.columns.find((c2) => names.includes(c2.toLowerCase()));
  const label = find(LABELS);
  const score = find(SCORES);
  const prediction = find(PREDICTED);
  const id = find(["id", "row_id", "example_id"]);
  const columns = {
    ...label !== void 0 && label !== "label" ? { label } : {},
    ...id !== void 0 ? { id } : {}
  };
  if (label === void 0) return { columns, unsure: `no label column (${LABELS.join(", ")})` };
  if (score !== void 0) {
    return {
      task: "binary-classification",
      columns: { ...columns, ...score !== "score" ? { score } : {} }
    };
  }
  const at = table.columns.indexOf(label);
  const values = table.rows.map((r) => r[at] ?? "");
  if (prediction !== void 0 && values.length > 0 && values.some((v) => /^-?\d*\.\d+(e-?\d+)?$/i.test(v))) {
    return {
      task: "regression",
      columns: { ...columns, ...prediction !== "prediction" ? { prediction } : {} }
    };
  }
  return { columns, unsure: "set task (binary-classification, multiclass-classification or regression)" };
}
async function detectEvaluation(root, files, models) {
  const candidates = files.filter((f) => PREDICTIONS.test(nameOf(f)) && !BASELINE.test(nameOf(f)));
  const out = [];
  for (const predictions of candidates) {
    const dir = dirOf(predictions);
    const folder = nameOf(dir);
    const fromFile = nameOf(predictions).replace(/\.[^.]+$/, "").replace(/[-_.]?predictions?[-_.]?/i, "");
    const name = !GENERIC_DIRS.has(folder) ? folder : fromFile || "model";
    if (!MODEL_NAME.test(name) || out.some((m) => m.name === name)) continue;
    const siblings = files.filter((f) => dirOf(f) === dir);
    const metricsFile = METRICS.map((m) => dir === "" ? m : `${dir}/${m}`).find(
      (m) => siblings.includes(m)
    );
    const baselinePredictions = siblings.find((f) => PREDICTIONS.test(nameOf(f)) && BASELINE.test(nameOf(f)));
    const path = models.find((m) => nameOf(m.dir) === name)?.dir;
    out.push({
      name,
      predictions,
      metricsFile,
      baselinePredictions,
      path,
      ...await taskOf(root, predictions)
    });
  }
  return out.length > 0 ? out : void 0;
}

// src/commands/init/detect-models.ts
var MARKER = /^(MLmodel|model\.pkl|saved_model\.pb|pytorch_model\.bin|.+\.(onnx|safetensors|joblib|pt|pth|h5|keras|gguf))$/;
var CARDS = ["README.md", "MODEL_CARD.md", "model_card.json"];
var CARD_KEYS = /^(model-index|library_name|pipeline_tag|base_model):/m;
async function headingsOf(root, card) {
  if (!card.endsWith(".md")) return [];
  const text = await readSmall(root, card, 1024 * 1024) ?? "";
  return [...text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1] ?? "");
}
async function choosePreset(root, models) {
  const cards = await Promise.all(models.flatMap((m) => m.card ? [headingsOf(root, m.card)] : []));
  const withHeadings = cards.filter((h) => h.length > 0);
  if (withHeadings.length === 0) return { preset: "huggingface" };
  let best = { preset: "huggingface", fit: -1 };
  for (const preset of ["huggingface", "mitchell-2019", "eu-ai-act"]) {
    const rules = PRESETS[preset];
    const fits = withHeadings.map(
      (headings) => rules.filter((r) => headings.some((h) => headingMatches(h, r))).length / rules.length
    );
    const fit = Math.max(...fits);
    if (fit > best.fit) best = { preset, fit };
  }
  return best;
}
function wholeParent(parent, dirs, files) {
  const prefix = parent === "" ? "" : `${parent}/`;
  const children = new Set(
    files.filter((f) => f.startsWith(prefix) && f.slice(prefix.length).includes("/")).map((f) => {
      const rest = f.slice(prefix.length);
      return `${prefix}${rest.slice(0, rest.indexOf("/"))}`;
    })
  );
  return children.size >= 2 && [...children].every((c2) => dirs.has(c2));
}
async function detectModels(root, files) {
  const all = new Set(files);
  const byDir = /* @__PURE__ */ new Map();
  for (const f of files)
    if (MARKER.test(nameOf(f)) && dirOf(f) !== "" && !byDir.has(dirOf(f))) byDir.set(dirOf(f), f);
  for (const f of files.filter((p) => nameOf(p) === "README.md" && dirOf(p) !== "" && !byDir.has(dirOf(p)))) {
    if (CARD_KEYS.test(await readHead(root, f, 8192) ?? "")) byDir.set(dirOf(f), f);
  }
  if (byDir.size === 0) return void 0;
  const models = [...byDir.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([dir, marker]) => ({
    dir,
    marker,
    card: CARDS.map((c2) => `${dir}/${c2}`).find((c2) => all.has(c2)),
    metrics: all.has(`${dir}/metrics.json`) ? `${dir}/metrics.json` : void 0
  }));
  const dirs = new Set(models.map((m) => m.dir));
  const globs = [];
  for (const m of models) {
    const parent = dirOf(m.dir);
    const glob = `${parent === "" ? "" : `${parent}/`}*/`;
    if (wholeParent(parent, dirs, files)) {
      if (!globs.includes(glob)) globs.push(glob);
    } else globs.push(`${m.dir}/`);
  }
  const { preset, fit } = await choosePreset(root, models);
  const metricsFile = models.some((m) => m.metrics) ? "{model}/metrics.json" : void 0;
  return { models, globs, preset, presetFit: fit, metricsFile };
}

// src/commands/init/detect-notebooks.ts
var MAX_READ = 200;
function notebookState(json) {
  const cells = json?.cells;
  if (!Array.isArray(cells)) return "unreadable";
  const code = cells.filter((c2) => c2.cell_type === "code");
  const outputs = (c2) => Array.isArray(c2.outputs) ? c2.outputs : [];
  if (code.every((c2) => c2.execution_count === null && outputs(c2).length === 0)) return "stripped";
  const inOrder = code.every((c2, i) => c2.execution_count === i + 1);
  const errors = code.some((c2) => outputs(c2).some((o) => o.output_type === "error"));
  return inOrder && !errors ? "executed" : "out-of-order";
}
async function detectNotebooks(root, files) {
  const paths = files.filter((f) => f.endsWith(".ipynb"));
  if (paths.length === 0) return void 0;
  const notebooks = await Promise.all(
    paths.map(async (path, i) => ({
      path,
      state: i < MAX_READ ? notebookState(await readJson(root, path, 8 * 1024 * 1024)) : "unreadable"
    }))
  );
  const top = new Set(paths.map((p) => p.split("/")[0] ?? ""));
  const only = top.size === 1 && paths.every((p) => p.includes("/")) ? [...top][0] : void 0;
  const executed = notebooks.filter((n) => n.state === "executed");
  if (executed.length === notebooks.length) {
    return { notebooks, paths: only && `${only}/**/*.ipynb`, outputs: "executed", executedDirs: [] };
  }
  const dirs = [...new Set(executed.map((n) => dirOf(n.path)))].filter(
    (d) => d !== "" && notebooks.every((n) => !(n.path.startsWith(`${d}/`) && n.state !== "executed"))
  );
  return { notebooks, paths: only && `${only}/**/*.ipynb`, outputs: "stripped", executedDirs: dirs.sort() };
}

// src/commands/init/detect-registry.ts
var YAML = /\.(ya?ml)$/i;
var CODEOWNERS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var MANIFEST = /\.(ya?ml|json)$/i;
var NOT_MANIFEST = /(^|\/)(\.github|docs|data|tests?|notebooks|node_modules)\/|\.schema\.json$|metrics\.json$/;
var MAX_MANIFESTS = 200;
var isMap = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
async function loadYaml(root, path) {
  const text = await readSmall(root, path, 256 * 1024);
  if (text === void 0) return void 0;
  try {
    return parseYaml(text, path).value;
  } catch {
    return void 0;
  }
}
function registryShape(value) {
  const models = isMap(value) ? value.models : void 0;
  if (!isMap(models)) return void 0;
  const entries = Object.entries(models).filter(([, m]) => isMap(m) && Array.isArray(m.versions));
  if (entries.length === 0) return void 0;
  const approvers = /* @__PURE__ */ new Set();
  for (const [, model] of entries) {
    for (const v of model.versions) {
      if (isMap(v) && v.status === "approved" && typeof v.approver === "string" && safeName(v.approver)) {
        approvers.add(v.approver.replace(/^@/, ""));
      }
    }
  }
  return { models: entries.map(([name]) => name), approvers: [...approvers].sort() };
}
function versionKeys(value, models, path = []) {
  if (!isMap(value) || path.length > 4) return void 0;
  if (typeof value.name === "string" && models.includes(value.name) && "version" in value) return path;
  for (const [key, child] of Object.entries(value)) {
    if (!/^[A-Za-z0-9_-]+$/.test(key)) continue;
    const found = versionKeys(child, models, [...path, key]);
    if (found) return found;
  }
  return void 0;
}
async function detectRegistry(root, files) {
  const candidates = files.filter((f) => YAML.test(f) && /registry|models\.ya?ml$/i.test(f));
  for (const path of candidates) {
    const shape = registryShape(await loadYaml(root, path));
    if (!shape) continue;
    const manifests = [];
    const others = files.filter((f) => MANIFEST.test(f) && f !== path && !NOT_MANIFEST.test(f));
    for (const file of others.slice(0, MAX_MANIFESTS)) {
      const text = await readSmall(root, file, 256 * 1024);
      if (text === void 0 || !shape.models.some((m) => text.includes(m))) continue;
      const keys = versionKeys(await loadYaml(root, file), shape.models);
      if (keys) {
        const at = keys.map((k) => `${k}.`).join("");
        manifests.push({ file, nameKey: `${at}name`, versionKey: `${at}version` });
      }
    }
    const codeowners = CODEOWNERS.find((c2) => files.includes(c2));
    return { path, ...shape, codeowners, manifests };
  }
  return void 0;
}

// src/commands/init/project.ts
var PYTHON_MINOR = 12;
function pythonVersionFor(pyproject) {
  const spec = /^\s*requires-python\s*=\s*["']([^"']*)["']/m.exec(pyproject ?? "")?.[1] ?? "";
  const lower = /(?:>=|~=|==)\s*3\.(\d+)/.exec(spec)?.[1];
  const upper = /<\s*3\.(\d+)/.exec(spec)?.[1];
  let minor = PYTHON_MINOR;
  if (upper !== void 0) minor = Math.min(minor, Number(upper) - 1);
  if (lower !== void 0) minor = Math.max(minor, Number(lower));
  return `3.${minor}`;
}
async function detectProject(root, files) {
  const project = { defaultBranch: await defaultBranch(root) };
  const pythonManifest = ["pyproject.toml", "setup.py", "setup.cfg", "requirements.txt"].find(
    (f) => files.has(f)
  );
  if (pythonManifest !== void 0) {
    const installable = files.has("pyproject.toml") || files.has("setup.py") || files.has("setup.cfg");
    project.python = {
      manifest: pythonManifest,
      install: installable ? "pip install -e . pytest pytest-cov" : "pip install -r requirements.txt pytest pytest-cov",
      version: pythonVersionFor(
        files.has("pyproject.toml") ? await readSmall(root, "pyproject.toml") : void 0
      )
    };
  }
  if (files.has("package.json")) {
    const manifest = await readSmall(root, "package.json");
    let scripts;
    try {
      scripts = JSON.parse(manifest ?? "{}").scripts;
    } catch {
      scripts = void 0;
    }
    if (typeof scripts === "object" && scripts !== null && "test" in scripts) {
      project.node = { install: files.has("package-lock.json") ? "npm ci" : "npm install" };
    }
  }
  if (files.has("go.mod")) project.go = true;
  return project;
}
async function defaultBranch(root) {
  const remote = await git(root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]).catch(
    () => ""
  );
  const fromRemote = remote.trim().replace(/^origin\//, "");
  if (/^[A-Za-z0-9._/-]+$/.test(fromRemote)) return fromRemote;
  for (const branch of ["main", "master"]) {
    const found = await git(root, ["rev-parse", "--verify", "--quiet", `refs/heads/${branch}`]).catch(
      () => ""
    );
    if (found.trim() !== "") return branch;
  }
  return "main";
}
async function trackedSet(root) {
  const out = await git(root, ["ls-files", "-z"]).catch(() => "");
  return new Set(out.split("\0").filter((p) => p !== ""));
}

// src/commands/init/summary.ts
var MAX_LISTED = 5;
function some(items) {
  const shown = items.slice(0, MAX_LISTED).join(", ");
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function coverageLine(f) {
  const c2 = f.coverage;
  if (!c2) return void 0;
  const found = c2.found.map((r) => `${r.path} (${r.format}${r.tracked ? ", committed" : ""})`);
  const made = c2.reports.filter((r) => !c2.found.some((x) => x.path === r));
  return [
    found.length > 0 ? `${plural(found.length, "report")}: ${some(found)}` : "no report on disk",
    ...made.length > 0 ? [`the workflow's tests write ${some(made)}`] : []
  ].join("; ");
}
function modelLines(f) {
  const m = f.models;
  if (!m) return [];
  const noCard = m.models.filter((x) => !x.card).map((x) => x.dir);
  return [
    `${plural(m.models.length, "model")}: ${some(m.models.map((x) => x.dir))}; preset ${m.preset}`,
    ...noCard.length > 0 ? [`no card yet (the gate fails them until one is written): ${some(noCard)}`] : []
  ];
}
function evaluationLines(f) {
  return (f.evaluation ?? []).map(
    (e) => `${e.name}: ${e.predictions}${e.task ? `, ${e.task}` : ` (left commented out: ${e.unsure ?? "task unknown"})`}` + (e.baselinePredictions ? `, baseline ${e.baselinePredictions}` : ", baseline: the base branch")
  );
}
function notebookLines(f) {
  const n = f.notebooks;
  if (!n) return [];
  const count = (state) => n.notebooks.filter((x) => x.state === state).map((x) => x.path);
  const messy = [...count("out-of-order"), ...count("unreadable")];
  return [
    `${plural(n.notebooks.length, "notebook")}: ${count("stripped").length} stripped, ${count("executed").length} executed top to bottom`,
    ...messy.length > 0 ? [`outputs out of order or unreadable (the gate flags them): ${some(messy)}`] : []
  ];
}
function registryLines(f) {
  const r = f.registry;
  if (!r) return [];
  const who = [
    ...r.approvers.length > 0 ? [`approvers ${r.approvers.join(", ")}`] : [],
    ...r.codeowners ? [`owners in ${r.codeowners}`] : []
  ];
  return [
    `${r.path}: ${plural(r.models.length, "model")}, ${who.length > 0 ? who.join(" and ") : "nobody to approve (left commented out)"}`,
    ...r.manifests.map((m) => `${m.file} names the deployed version (${m.versionKey})`)
  ];
}
function findingsSummary(f, root) {
  const data = f.data;
  const blocks = [
    ["coverage", [coverageLine(f)].filter((l) => l !== void 0)],
    [
      "data-schema",
      data ? [
        `${plural(data.withSchema.length, "dataset")} with a schema: ${some(data.withSchema)}`,
        ...data.excluded.length > 0 ? [`excluded until they have a schema: ${some(data.excluded)}`] : [],
        ...data.ungated.length > 0 ? [`not gated (no schema near them): ${some(data.ungated)}`] : []
      ] : []
    ],
    ["model-card", modelLines(f)],
    ["model-evaluation", evaluationLines(f)],
    ["notebooks", notebookLines(f)],
    ["registry-approval", registryLines(f)]
  ];
  const lines = [
    `Scanned ${root} (${plural(f.fileCount, "file")}${f.truncated ? ", stopped there" : ""}).`,
    ""
  ];
  for (const [gate, found] of blocks) {
    const [first, ...rest] = found.length > 0 ? found : ["nothing found"];
    lines.push(`  ${gate.padEnd(19)}${first ?? ""}`, ...rest.map((l) => `  ${"".padEnd(19)}${l}`));
  }
  return `${lines.join("\n")}
`;
}

// src/commands/init/workflow-text.ts
var ACTION_REF = "ml-quality-gates/ml-quality-gates@v1";
var CHECKOUT = "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1";
var SETUP_PYTHON = "actions/setup-python@ece7cb06caefa5fff74198d8649806c4678c61a1 # v6.3.0";
var SETUP_NODE = "actions/setup-node@249970729cb0ef3589644e2896645e5dc5ba9c38 # v6.5.0";
var SETUP_GO = "actions/setup-go@b7ad1dad31e06c5925ef5d2fc7ad053ef454303e # v7.0.0";
function testSteps(f) {
  const c2 = f.coverage;
  if (!c2?.runTests) {
    return c2 ? ["      # The coverage reports are committed; running the tests here would keep them current."] : [];
  }
  const steps = [];
  const { python, node, go } = f.project;
  if (python && c2.pytestReport) {
    steps.push(
      `      - uses: ${SETUP_PYTHON}`,
      "        with:",
      `          python-version: '${python.version}'`,
      "      - name: Tests with coverage (adjust to how your project installs and tests)",
      "        run: |",
      `          ${python.install}`,
      `          python -m pytest --cov --cov-branch --cov-report=xml:${c2.pytestReport}`
    );
  }
  if (node) {
    steps.push(
      `      - uses: ${SETUP_NODE}`,
      "        with:",
      "          node-version: '24'",
      "      - name: Tests with coverage (npm test must write an LCOV or Istanbul report)",
      "        run: |",
      `          ${node.install}`,
      "          npm test"
    );
  }
  if (go && c2.goReport) {
    steps.push(
      `      - uses: ${SETUP_GO}`,
      "        with:",
      "          go-version-file: go.mod",
      "      - name: Tests with coverage",
      `        run: go test -coverprofile=${c2.goReport} ./...`
    );
  }
  if (steps.length === 0) {
    steps.push(`      # Run your tests here, so that they write ${c2.reports.join(", ")}.`);
  }
  return steps;
}
function workflowText(f) {
  return [
    "# ML quality gates on every pull request and on the default branch, written by",
    "# `ml-quality-gates init`. The gates read .github/ml-quality-gates.yml; the report posts one",
    '# sticky comment and the "ML quality gates" check: make that check required in branch protection.',
    "# Pull requests from forks get a read-only token: add the report workflow for them from",
    "# https://github.com/ml-quality-gates/ml-quality-gates/blob/main/docs/workflows/fork-report.yml",
    "name: ML quality gates",
    "on:",
    "  pull_request:",
    "  push:",
    `    branches: ['${f.project.defaultBranch}']`,
    "permissions:",
    "  contents: read",
    "  pull-requests: write # the sticky comment",
    "  checks: write # the check run",
    "concurrency:",
    "  # One run per pull request: a newer push cancels the older run, so two reports never race.",
    "  group: ml-quality-gates-${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}",
    "  cancel-in-progress: true",
    "jobs:",
    "  gates:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    `      - uses: ${CHECKOUT}`,
    "        with:",
    "          fetch-depth: 0 # the gates compare with the base branch",
    ...testSteps(f),
    "      # Every gate configured in .github/ml-quality-gates.yml, then the combined report.",
    `      - uses: ${ACTION_REF}`,
    "        if: ${{ !cancelled() }} # report failed tests too",
    ""
  ].join("\n");
}

// src/commands/init/write-new-files.ts
import { lstat as lstat2, mkdir, open as open2 } from "node:fs/promises";
import { join as join3 } from "node:path";
async function occupied(root, path) {
  try {
    await lstat2(join3(root, path));
    return true;
  } catch {
    return false;
  }
}
async function makeFolders(root, path) {
  const segments = path.split("/").slice(0, -1);
  for (let i = 1; i <= segments.length; i++) {
    const folder = segments.slice(0, i).join("/");
    const stat = await lstat2(join3(root, folder)).catch(() => void 0);
    if (stat === void 0) await mkdir(join3(root, folder));
    else if (!stat.isDirectory()) {
      throw new InputError(
        `${folder} is ${stat.isSymbolicLink() ? "a link" : "not a folder"}; init writes ${path} only into a real folder of the repository`,
        { path: folder },
        `Replace ${folder} with a folder, or take the files from ml-quality-gates init --print.`
      );
    }
  }
}
async function writeNewFiles(root, files) {
  const outcome = { written: [], kept: [] };
  for (const file of files) {
    await makeFolders(root, file.path);
    let handle;
    try {
      handle = await open2(join3(root, file.path), "wx", 420);
    } catch (error) {
      if (error.code === "EEXIST") {
        outcome.kept.push(file.path);
        continue;
      }
      throw error;
    }
    try {
      await handle.writeFile(file.text);
    } finally {
      await handle.close();
    }
    outcome.written.push(file.path);
  }
  return outcome;
}

// src/commands/init/init-command.ts
var WORKFLOW_PATH = ".github/workflows/ml-quality-gates.yml";
var OPTIONS = [
  {
    name: "print",
    kind: "boolean",
    description: "Write nothing: print both files (what was found goes to stderr)"
  },
  {
    name: "force",
    kind: "boolean",
    description: "Write the file that is missing when the other exists (an existing file is never overwritten)"
  },
  { name: "help", kind: "boolean", description: "Show this help" }
];
var HELP = `Usage: ml-quality-gates init [--print] [--force]

Writes a starter ${DEFAULT_CONFIG_PATH} and ${WORKFLOW_PATH} in the repository around the
working directory, from what it finds there: coverage reports, datasets with schemas, model folders
and their cards, notebooks, evaluation predictions and metrics, an in-repo model registry. It prints
what it found. It never overwrites or deletes a file: when one of the two exists it writes nothing
(see --print and --force).

Options:
  --print   Write nothing: print both files on stdout (what was found goes to stderr)
  --force   Write the file that is missing when the other one exists; an existing file is kept
  --help    Show this help
`;
async function findAll(root) {
  const { files, truncated } = await scanRepository(root);
  const fileSet = new Set(files);
  const project = await detectProject(root, fileSet);
  const found = await findCoverageReports(root, files, await trackedSet(root));
  const models = await detectModels(root, files);
  return {
    fileCount: files.length,
    truncated,
    project,
    coverage: planCoverage(found, project),
    data: await detectData(root, files),
    models,
    evaluation: await detectEvaluation(root, files, models?.models ?? []),
    notebooks: await detectNotebooks(root, files),
    registry: await detectRegistry(root, files)
  };
}
function plannedFiles(findings) {
  const config = configText(findings);
  const workflow = workflowText(findings);
  try {
    parseConfig(config, DEFAULT_CONFIG_PATH);
    parseYaml(workflow, WORKFLOW_PATH);
  } catch (error) {
    throw new Error(`init wrote an invalid file: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error
    });
  }
  return [
    { path: DEFAULT_CONFIG_PATH, text: config },
    { path: WORKFLOW_PATH, text: workflow }
  ];
}
var NEXT_STEPS = `Next:
  1. Read both files: each section says what it checks, and your editor completes every key.
  2. Try the gates here: npx ml-quality-gates@1 run
  3. Commit both, open a pull request, and make the "ML quality gates" check required.
`;
async function runInit(args, ctx) {
  const options = readOptions(OPTIONS, args, {});
  if (options.help) {
    ctx.stdout(HELP);
    return 0;
  }
  const root = await gitTopLevel(ctx.cwd) ?? ctx.cwd;
  const findings = await findAll(root);
  const files = plannedFiles(findings);
  const summary = findingsSummary(findings, root);
  const nothing = !findings.coverage && !findings.data && !findings.models && !findings.notebooks;
  const empty = nothing && !findings.evaluation && !findings.registry;
  const emptyNote = empty ? '\nNothing to gate was found yet: every gate is listed in the config, commented out. The workflow\nfails ("no gate is configured") until you enable one.\n' : "";
  if (options.print === true) {
    ctx.stderr(summary + emptyNote);
    ctx.stdout(files.map((f) => `# ==> ${f.path} <==
${f.text}`).join("\n"));
    return 0;
  }
  const existing = [];
  for (const f of files) if (await occupied(root, f.path)) existing.push(f.path);
  if (existing.length > 0 && (options.force !== true || existing.length === files.length)) {
    ctx.stdout(summary);
    ctx.stderr(
      `
ml-quality-gates init: ${existing.join(" and ")} already ${existing.length === 1 ? "exists" : "exist"}; nothing written.
Fix: compare with what init would write (ml-quality-gates init --print)${existing.length < files.length ? ", or write only the missing file with --force" : ""}. init never overwrites a file.
`
    );
    return 2;
  }
  const outcome = await writeNewFiles(root, files);
  ctx.stdout(
    `${summary}
Wrote ${outcome.written.join(" and ")}${outcome.kept.length > 0 ? `; kept ${outcome.kept.join(" and ")} as it was` : ""}.
${emptyNote}
${NEXT_STEPS}`
  );
  return 0;
}
export {
  WORKFLOW_PATH,
  findAll,
  plannedFiles,
  runInit
};
