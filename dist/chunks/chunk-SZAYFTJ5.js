import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  pullRequestBase
} from "./chunk-VIKK7ZB2.js";
import {
  PRESET_NAMES
} from "./chunk-G6QUDK5B.js";
import {
  TASKS
} from "./chunk-SK4G56XT.js";
import {
  COMPATIBILITY_MODES
} from "./chunk-RMUSCZAL.js";

// src/gates/coverage/options.ts
var COVERAGE_OPTIONS = [
  {
    name: "report",
    input: "reports",
    aliases: ["reports"],
    kind: "list",
    description: "Coverage report file or glob"
  },
  { name: "base", kind: "string", description: "Git ref; patch coverage = diff of merge-base...HEAD" },
  {
    name: "diff-file",
    kind: "string",
    description: "Unified diff to take changed lines from instead of git"
  },
  {
    name: "root",
    kind: "string",
    description: "Repository root report paths map onto (default: git top level)"
  },
  { name: "min-lines", kind: "number", description: "Minimum total line coverage, percent" },
  { name: "min-branches", kind: "number", description: "Minimum total branch coverage, percent" },
  {
    name: "min-overall",
    kind: "number",
    description: "Minimum lines+branches coverage (coverage.py's TOTAL), percent"
  },
  { name: "min-patch", kind: "number", description: "Minimum coverage of changed lines, percent" },
  { name: "min-file", kind: "number", description: "Minimum line coverage of each changed file, percent" },
  {
    name: "min-changed-lines",
    kind: "number",
    description: "Apply the patch minimum only from this many measured changed lines"
  },
  { name: "exclude", kind: "list", description: "Glob of repository paths to leave out" },
  { name: "path-map", kind: "list", description: "FROM=TO prefix rewrite for report paths" },
  { name: "baseline", kind: "string", description: "Earlier coverage result JSON to compare with" },
  { name: "max-drop", kind: "number", description: "Largest allowed drop vs the baseline, in points" }
];

// src/gates/coverage/gate.ts
var COVERAGE_GATE = {
  id: "coverage",
  title: "Coverage",
  summary: "Line, branch and patch coverage from Cobertura, JaCoCo, LCOV, coverage.py JSON, Istanbul and Go reports",
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import("./config.schema-FWRPJW5B.js")).default,
  recomputable: false,
  options: COVERAGE_OPTIONS,
  settings: async (section, options, ctx) => (await import("./parse-settings-IKQTF7LU.js")).coverageSettings(section ?? {}, options, ctx.cwd, {
    ...pullRequestBase(ctx) ? { defaultBase: pullRequestBase(ctx) } : {},
    inPullRequest: ctx.event.pullRequest !== void 0
  }),
  evaluate: async (settings) => (await import("./evaluate-67JTM5KB.js")).evaluateCoverage(settings)
};

// src/gates/data-schema/options.ts
var DATA_SCHEMA_OPTIONS = [
  { name: "datasets", kind: "list", description: "Glob of data files, e.g. data/**/*.csv" },
  {
    name: "max-findings-per-file",
    kind: "number",
    description: "Invalid rows listed per file (all are counted); default 20"
  },
  { name: "sample-rows", kind: "number", description: "Read at most this many rows per file" },
  { name: "base", kind: "string", description: "Git ref to compare schemas with for breaking changes" },
  {
    name: "compatibility",
    kind: "string",
    choices: COMPATIBILITY_MODES,
    description: "Breaking-change mode: backward, forward, full (default), none, *_transitive"
  },
  { name: "waiver-label", kind: "string", description: "PR label that waives breaking changes" }
];

// src/gates/data-schema/gate.ts
var DATA_SCHEMA_GATE = {
  id: "data-schema",
  title: "Data schema",
  summary: "Every dataset has a valid schema (JSON Schema, Table Schema, Data Package), the data meets it, and schema changes are not breaking",
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import("./config.schema-RIVKH5PH.js")).default,
  recomputable: true,
  options: DATA_SCHEMA_OPTIONS,
  settings: async (section, options, ctx) => {
    const defaultBase = pullRequestBase(ctx);
    return (await import("./parse-settings-ALJLPLAG.js")).dataSchemaSettings(section ?? {}, options, ctx.cwd, {
      ...defaultBase ? { defaultBase } : {},
      labels: ctx.event.pullRequest?.labels ?? [],
      now: ctx.now,
      inPullRequest: ctx.event.pullRequest !== void 0
    });
  },
  evaluate: async (settings) => (await import("./evaluate-L5P7XQRS.js")).evaluateDataSchema(settings)
};

// src/gates/model-card/options.ts
var MODEL_CARD_OPTIONS = [
  { name: "models", kind: "list", description: "Glob of model directories, e.g. models/*/" },
  { name: "markers", kind: "list", description: "File-name glob that marks a model directory, e.g. *.onnx" },
  {
    name: "cards",
    kind: "list",
    description: "Card file name to look for, in order (README.md, MODEL_CARD.md, model_card.json)"
  },
  {
    name: "base",
    kind: "string",
    description: "Git ref; a model changed since the merge base must have its card changed"
  },
  {
    name: "diff-file",
    kind: "string",
    description: "Unified diff to take changed files from instead of git"
  },
  {
    name: "preset",
    kind: "string",
    choices: PRESET_NAMES,
    description: "Required sections: huggingface (default), mitchell-2019, eu-ai-act, none"
  },
  { name: "sections", kind: "list", description: "Required section heading (replaces the preset)" },
  { name: "min-words", kind: "number", description: "Minimum words in each required section" },
  {
    name: "metrics-file",
    kind: "string",
    description: "Evaluation metrics file ({model} = model directory)"
  },
  {
    name: "tolerance",
    kind: "number",
    description: "Largest difference between the card's and the file's figure"
  },
  { name: "license-allow", kind: "list", description: "Allowed license id (SPDX)" }
];

// src/gates/model-card/gate.ts
var MODEL_CARD_GATE = {
  id: "model-card",
  title: "Model card",
  summary: "Every model has a card: valid Hugging Face or Model Card Toolkit metadata, required sections, no placeholders, metrics as evaluated",
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import("./config.schema-AROH47JP.js")).default,
  recomputable: true,
  options: MODEL_CARD_OPTIONS,
  settings: async (section, options, ctx) => (await import("./parse-settings-4Q7KNXO2.js")).modelCardSettings(section ?? {}, options, ctx.cwd, {
    ...pullRequestBase(ctx) ? { defaultBase: pullRequestBase(ctx) } : {},
    inPullRequest: ctx.event.pullRequest !== void 0
  }),
  evaluate: async (settings) => (await import("./evaluate-FQQ5OM7T.js")).evaluateModelCard(settings)
};

// src/gates/model-evaluation/options.ts
var MODEL_EVALUATION_OPTIONS = [
  { name: "models", kind: "list", description: "Names of configured models to evaluate (default: all)" },
  {
    name: "base",
    kind: "string",
    description: "Git ref; baseline.from: base compares with the files at its merge base"
  },
  {
    name: "predictions",
    kind: "string",
    description: "Predictions file (CSV, TSV, JSON Lines, Parquet) of the one model"
  },
  {
    name: "metrics-file",
    kind: "string",
    description: "Metrics file (JSON, YAML, SageMaker, CSV) or MLflow run directory"
  },
  {
    name: "task",
    kind: "string",
    choices: TASKS,
    description: "binary-classification, multiclass-classification or regression"
  },
  { name: "name", kind: "string", description: "Name of the one model (default: model)" },
  { name: "label-column", kind: "string", description: "Column of the true label (default: label)" },
  {
    name: "score-column",
    kind: "string",
    description: "Binary: column of the positive-class score (default: score)"
  },
  { name: "prediction-column", kind: "string", description: "Column of the predicted class or value" },
  { name: "id-column", kind: "string", description: "Row id column, to pair candidate and baseline rows" },
  { name: "weight-column", kind: "string", description: "Sample weight column" },
  { name: "group-columns", kind: "list", description: "Group column to report slices for" },
  {
    name: "positive-class",
    kind: "string",
    description: "Binary: the class the score is for (default: 1 or true)"
  },
  {
    name: "baseline",
    kind: "string",
    description: "base, none, or the champion\u2019s predictions or metrics file"
  },
  { name: "threshold", kind: "list", description: "Bound such as roc_auc>=0.8 or log_loss<=0.45" },
  { name: "max-drop", kind: "list", description: "Allowed drop against the baseline such as roc_auc=0.01" },
  {
    name: "benchmark-file",
    kind: "string",
    description: "Benchmark results (latency percentiles, throughput)"
  },
  { name: "resamples", kind: "number", description: "Bootstrap resamples (default 1000)" },
  { name: "confidence", kind: "number", description: "Bootstrap interval level (default 0.95)" },
  { name: "seed", kind: "number", description: "Bootstrap seed (default 42)" },
  {
    name: "mlflow-token",
    kind: "string",
    secret: true,
    description: "MLflow token for a registry baseline (default: MLFLOW_TRACKING_TOKEN)"
  }
];

// src/gates/model-evaluation/gate.ts
var MODEL_EVALUATION_GATE = {
  id: "model-evaluation",
  title: "Model evaluation",
  summary: "Every model\u2019s metrics, computed from its predictions, meet their thresholds, do not regress against the baseline (with bootstrap intervals), hold per slice and for fairness gaps, and fit size and latency budgets",
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import("./config.schema-JYBXOJVN.js")).default,
  options: MODEL_EVALUATION_OPTIONS,
  settings: async (section, options, ctx) => (await import("./parse-settings-2MA4HBMK.js")).modelEvaluationSettings(section, options, ctx),
  evaluate: async (settings, ctx) => (await import("./evaluate-HWP4LIPS.js")).evaluateModelEvaluation(settings, ctx),
  // It reads repository files (as data: nothing from them is executed) and, at most, a registry;
  // credentials go only to the tracking server the workflow names (parse-baseline.ts), never to
  // one a pull request's config names.
  recomputable: true,
  secrets: (settings) => settings.models.flatMap(
    (m) => m.baseline.kind === "mlflow" ? [m.baseline.token, m.baseline.password].filter((s) => s !== void 0 && s !== "") : []
  )
};

// src/gates/notebooks/options.ts
var NOTEBOOKS_OPTIONS = [
  { name: "paths", kind: "list", description: "Glob of notebooks to judge (default **/*.ipynb)" },
  { name: "exclude", kind: "list", description: "Glob of notebooks not to judge" },
  {
    name: "changed-only",
    kind: "boolean",
    description: "Judge only the notebooks changed since the merge base with base"
  },
  { name: "base", kind: "string", description: "Git ref changed-only compares with (e.g. origin/main)" },
  {
    name: "outputs",
    kind: "string",
    choices: ["stripped", "executed", "any"],
    description: "Outputs policy where no config policy matches: stripped (default), executed, any"
  },
  {
    name: "python-version",
    kind: "string",
    description: "Python version notebooks must declare: 3.11 or a specifier such as >=3.10,<3.12"
  },
  { name: "max-notebook-kib", kind: "number", description: "Largest notebook file, KiB (default 1024)" },
  { name: "max-output-kib", kind: "number", description: "Largest single output, KiB (default 200)" }
];

// src/gates/notebooks/gate.ts
var NOTEBOOKS_GATE = {
  id: "notebooks",
  title: "Notebooks",
  summary: "Jupyter notebooks are valid, stripped or run top to bottom as policy says, leak no secrets or local paths, pin installs, stay small and name their kernel and Python version",
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import("./config.schema-QABVKT2Y.js")).default,
  recomputable: true,
  options: NOTEBOOKS_OPTIONS,
  settings: async (section, options, ctx) => (await import("./parse-settings-O6PP6ER7.js")).notebooksSettings(section, options, ctx),
  evaluate: async (settings) => (await import("./evaluate-DOHXQKAS.js")).evaluateNotebooks(settings)
};

// src/gates/registry-approval/options.ts
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
    input: "models",
    aliases: ["models"],
    description: "Model version to check: NAME:VERSION, NAME@ALIAS, NAME or a SageMaker ARN (replaces config models)"
  },
  {
    name: "registry-file",
    kind: "string",
    description: "The in-repo registry file (default registry/models.yml)"
  },
  { name: "approvers", kind: "list", description: "Logins allowed to approve in the in-repo registry" },
  { name: "mlflow-tracking-uri", kind: "string", description: "MLflow server or Databricks workspace URL" },
  {
    name: "mlflow-token",
    kind: "string",
    secret: true,
    description: "MLflow bearer token / Databricks PAT (secret)"
  },
  { name: "mlflow-username", kind: "string", description: "MLflow basic-auth user" },
  {
    name: "mlflow-password",
    kind: "string",
    secret: true,
    description: "MLflow basic-auth password (secret)"
  },
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

// src/gates/registry-approval/gate.ts
var REGISTRY_APPROVAL_GATE = {
  id: "registry-approval",
  title: "Registry approval",
  summary: "Every referenced model version must be approved in the registry (MLflow, SageMaker Model Registry, in-repo file)",
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import("./config.schema-PLWVI6NH.js")).default,
  recomputable: true,
  options: REGISTRY_APPROVAL_OPTIONS,
  settings: async (section, options, ctx) => (await import("./parse-settings-XL3OMXKY.js")).registryApprovalSettings(section ?? {}, options, {
    cwd: ctx.cwd,
    env: ctx.env,
    release: ctx.event.release
  }),
  evaluate: async ({ settings, connection }, ctx) => {
    const [{ createClient }, { evaluateRegistryApproval }] = await Promise.all([
      import("./create-client-DNEL6XOK.js"),
      import("./evaluate-TX4JEOL7.js")
    ]);
    return evaluateRegistryApproval(
      settings,
      await createClient(settings, connection, ctx.env, ctx.event.pullRequest?.headSha)
    );
  },
  // The token, the password, and the Basic header they make (a proxy may echo the header).
  secrets: ({ connection }) => {
    if (connection.kind !== "mlflow") return [];
    const { token, username, password } = connection;
    const basic = username !== void 0 && password !== void 0 ? Buffer.from(`${username}:${password}`).toString("base64") : void 0;
    return [token, password, basic].filter((v) => v !== void 0);
  }
};

// src/commands/registry.ts
var GATES = [
  COVERAGE_GATE,
  DATA_SCHEMA_GATE,
  MODEL_CARD_GATE,
  REGISTRY_APPROVAL_GATE,
  MODEL_EVALUATION_GATE,
  NOTEBOOKS_GATE
];

export {
  GATES
};
