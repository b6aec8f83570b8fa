import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  pullRequestBase
} from "./chunk-M5UXEM5Y.js";
import {
  staysInside
} from "./chunk-AJEQ6Y2C.js";
import {
  PRESETS,
  PRESET_NAMES
} from "./chunk-LIOFT3UU.js";
import {
  ConfigurationError
} from "./chunk-JB365UXO.js";

// src/gates/coverage/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  description: "The coverage gate: total, branch and patch coverage from one or more reports.",
  additionalProperties: false,
  properties: {
    enabled: {
      type: "boolean",
      default: true,
      description: "Set false to skip the gate (it reports status skip)."
    },
    reports: {
      description: "Report files or globs, relative to the working directory. Formats are detected by content: Cobertura, JaCoCo, LCOV, coverage.py JSON, Istanbul coverage-final.json / coverage-summary.json, Go coverprofile.",
      $ref: "#/definitions/globList"
    },
    root: {
      type: "string",
      description: "Repository root that report paths are mapped onto. Default: the git top-level directory, else the working directory."
    },
    base: {
      type: "string",
      description: "Git ref to measure patch coverage against (the diff of merge-base...HEAD). Default in a pull_request workflow: origin/<base branch>."
    },
    "diff-file": {
      type: "string",
      description: "A unified diff file to take changed lines from instead of running git."
    },
    "path-map": {
      type: "array",
      description: "Prefix rewrites for report paths, applied before automatic mapping (e.g. a Docker build's /app/ to the repo root).",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "from",
          "to"
        ],
        properties: {
          from: {
            type: "string",
            minLength: 1,
            description: "Prefix as the report writes it."
          },
          to: {
            type: "string",
            description: "Repository-relative replacement (may be empty)."
          }
        }
      }
    },
    exclude: {
      description: "Globs of repository paths to leave out of every figure (generated code, migrations).",
      $ref: "#/definitions/globList"
    },
    thresholds: {
      type: "object",
      description: "Minimum percentages. Unset means not checked.",
      additionalProperties: false,
      properties: {
        lines: {
          $ref: "#/definitions/percent",
          description: "Minimum total line coverage."
        },
        branches: {
          $ref: "#/definitions/percent",
          description: "Minimum total branch coverage (reports with branch data)."
        },
        overall: {
          $ref: "#/definitions/percent",
          description: "Minimum of lines and branches counted together: coverage.py's TOTAL, what `coverage report --fail-under` checks."
        },
        patch: {
          $ref: "#/definitions/percent",
          description: "Minimum coverage of the changed lines the reports measure."
        },
        file: {
          $ref: "#/definitions/percent",
          description: "Minimum line coverage of each changed file (the whole file, not only its changed lines)."
        }
      }
    },
    "min-changed-lines": {
      type: "integer",
      minimum: 0,
      default: 1,
      description: "The patch threshold applies only when at least this many measured lines changed (avoids failing a PR on one line)."
    },
    paths: {
      type: "array",
      description: "Per-path rules: the files matching a glob must meet their own minima, over those files together.",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "glob"
        ],
        properties: {
          name: {
            type: "string",
            description: "Label shown in the report. Default: the glob."
          },
          glob: {
            $ref: "#/definitions/globList",
            description: "Repository-relative glob(s), e.g. src/serving/**."
          },
          lines: {
            $ref: "#/definitions/percent"
          },
          branches: {
            $ref: "#/definitions/percent"
          },
          patch: {
            $ref: "#/definitions/percent"
          }
        }
      }
    },
    baseline: {
      type: "object",
      description: "Compare with an earlier result of this gate (its JSON result file, e.g. from the default branch's last run).",
      additionalProperties: false,
      required: [
        "file"
      ],
      properties: {
        file: {
          type: "string",
          description: "Path of the baseline coverage result JSON."
        },
        "max-drop": {
          type: "number",
          minimum: 0,
          default: 0,
          description: "Largest allowed drop in percentage points of line (and branch) coverage; the tolerance."
        },
        required: {
          type: "boolean",
          default: false,
          description: "When true, a missing baseline file is an error; otherwise the comparison is skipped with a notice."
        }
      }
    }
  },
  definitions: {
    globList: {
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          minItems: 1
        }
      ]
    },
    percent: {
      type: "number",
      minimum: 0,
      maximum: 100,
      description: "A percentage from 0 to 100, compared with the unrounded figure."
    }
  }
};

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

// src/util/globs.ts
function globs(list) {
  if (list === void 0) return [];
  return typeof list === "string" ? [list] : [...list];
}

// src/gates/coverage/parse-settings.ts
function coverageSettings(config, overrides, cwd, context = {}) {
  const { defaultBase } = context;
  const diffFile = overrides["diff-file"] ?? config["diff-file"];
  const base = overrides.base ?? config.base ?? (diffFile ? void 0 : defaultBase);
  const baselineFile = overrides.baseline ?? config.baseline?.file;
  return {
    cwd,
    root: overrides.root ?? config.root,
    reports: overrides.report && overrides.report.length > 0 ? overrides.report : globs(config.reports),
    base: diffFile ? void 0 : base,
    inPullRequest: context.inPullRequest ?? false,
    diffFile,
    pathMap: overrides["path-map"] ? overrides["path-map"].map(parseRewrite) : config["path-map"] ?? [],
    exclude: overrides.exclude && overrides.exclude.length > 0 ? overrides.exclude : globs(config.exclude),
    thresholds: thresholds(config, overrides),
    minChangedLines: overrides["min-changed-lines"] ?? config["min-changed-lines"] ?? 1,
    paths: config.paths ?? [],
    baseline: baselineFile ? {
      file: baselineFile,
      maxDrop: overrides["max-drop"] ?? config.baseline?.["max-drop"] ?? 0,
      required: config.baseline?.required ?? false
    } : void 0
  };
}
function thresholds(config, overrides) {
  const pick = (key, option) => {
    const value = overrides[option];
    if (value !== void 0 && (value < 0 || value > 100)) {
      throw new ConfigurationError(
        `--${option}: ${value} is not allowed; expected a percentage from 0 to 100`
      );
    }
    return value ?? config.thresholds?.[key];
  };
  return {
    lines: pick("lines", "min-lines"),
    branches: pick("branches", "min-branches"),
    overall: pick("overall", "min-overall"),
    patch: pick("patch", "min-patch"),
    file: pick("file", "min-file")
  };
}
function parseRewrite(spec) {
  const eq = spec.indexOf("=");
  if (eq <= 0) {
    throw new ConfigurationError(
      `--path-map: ${JSON.stringify(spec)} is not allowed; expected FROM=TO (e.g. /app/=services/api/)`
    );
  }
  return { from: spec.slice(0, eq), to: spec.slice(eq + 1) };
}

// src/gates/coverage/gate.ts
var COVERAGE_GATE = {
  id: "coverage",
  title: "Coverage",
  summary: "Line, branch and patch coverage from Cobertura, JaCoCo, LCOV, coverage.py JSON, Istanbul and Go reports",
  configSchema: config_schema_default,
  recomputable: false,
  options: COVERAGE_OPTIONS,
  settings: (section, options, ctx) => coverageSettings(section ?? {}, options, ctx.cwd, {
    ...pullRequestBase(ctx) ? { defaultBase: pullRequestBase(ctx) } : {},
    inPullRequest: ctx.event.pullRequest !== void 0
  }),
  evaluate: async (settings) => (await import("./evaluate-563GR3DA.js")).evaluateCoverage(settings)
};

// src/gates/data-schema/config.schema.json
var config_schema_default2 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  description: "The data schema gate: every dataset has a contract (a JSON Schema or Frictionless Table Schema), the contract is valid, the data meets it row by row, and schema changes against the base ref are not breaking.",
  additionalProperties: false,
  properties: {
    enabled: {
      type: "boolean",
      default: true,
      description: "Set false to skip the gate (it reports status skip)."
    },
    datasets: {
      description: "Globs of data files, relative to the working directory (e.g. data/**/*.csv, **/*.jsonl). Formats by extension: .csv, .tsv/.tab, .jsonl/.ndjson, .json, .parquet. Schema files and descriptors are never datasets.",
      $ref: "#/definitions/globList"
    },
    exclude: {
      description: "Globs of files that are not datasets (fixtures, samples).",
      $ref: "#/definitions/globList"
    },
    schemas: {
      type: "array",
      minItems: 1,
      description: "How a data file finds its schema; rules are tried in order, the first that answers wins. Default: same-name (.schema.json, .schema.yaml, .schema.yml), then datapackage (datapackage.json).",
      items: {
        oneOf: [
          {
            type: "object",
            additionalProperties: false,
            required: ["rule"],
            properties: {
              rule: {
                const: "same-name",
                description: "data/x.csv \u2192 data/x<suffix> next to it."
              },
              suffixes: {
                type: "array",
                minItems: 1,
                items: {
                  type: "string",
                  minLength: 1
                },
                description: "Suffixes tried in order. Default: .schema.json, .schema.yaml, .schema.yml."
              }
            }
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["rule"],
            properties: {
              rule: {
                const: "datapackage",
                description: "The data file is a resource path of a Frictionless Data Package descriptor anywhere in the tree; its schema is the resource's schema (inline or a path)."
              },
              file: {
                type: "string",
                minLength: 1,
                pattern: "^[^/\\\\]+$",
                description: "Descriptor file name. Default: datapackage.json."
              }
            }
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["rule", "map"],
            properties: {
              rule: {
                const: "map",
                description: "An explicit map from data path (or glob) to schema path."
              },
              map: {
                type: "object",
                minProperties: 1,
                additionalProperties: {
                  type: "string",
                  minLength: 1
                },
                description: "Data path or glob \u2192 schema path, both relative to the working directory."
              }
            }
          }
        ]
      }
    },
    "max-findings-per-file": {
      type: "integer",
      minimum: 1,
      default: 20,
      description: "Invalid rows listed per data file; the rest are counted (the total is always reported)."
    },
    "sample-rows": {
      type: "integer",
      minimum: 1,
      description: "Read at most this many rows of each file: speed over completeness. Default: every row."
    },
    "max-unique-keys": {
      type: "integer",
      minimum: 1,
      default: 5e6,
      description: "Distinct keys kept per unique or primary-key constraint (about 50 bytes each) before the check stops with a notice: the memory bound of uniqueness."
    },
    "max-schema-bytes": {
      type: "integer",
      minimum: 1,
      default: 16777216,
      description: "Largest schema or Data Package descriptor read, in bytes."
    },
    base: {
      type: "string",
      description: "Git ref to compare schemas with for breaking changes (at the merge base). Default in a pull_request workflow: origin/<base branch>. Needs fetch-depth: 0."
    },
    compatibility: {
      enum: [
        "backward",
        "forward",
        "full",
        "none",
        "backward_transitive",
        "forward_transitive",
        "full_transitive"
      ],
      default: "full",
      description: "Which schema changes count as breaking, as in Confluent Schema Registry: backward (new schema reads old data), forward (old schema reads new data), full (both), none; *_transitive compares with every earlier version, not only the base."
    },
    waivers: {
      type: "array",
      description: "Reviewed breaking changes allowed until they expire.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["schema", "reason", "expires"],
        properties: {
          schema: {
            type: "string",
            minLength: 1,
            description: "Schema path or glob."
          },
          rule: {
            type: "string",
            minLength: 1,
            description: "Rule id (e.g. data-schema/column-removed); absent = every rule."
          },
          reason: {
            type: "string",
            minLength: 1,
            description: "Why the break is acceptable; shown in the report."
          },
          expires: {
            type: "string",
            pattern: "^\\d{4}-\\d{2}-\\d{2}$",
            description: "Last day the waiver applies (YYYY-MM-DD, UTC)."
          }
        }
      }
    },
    "waiver-label": {
      type: "string",
      minLength: 1,
      description: "A pull request label that waives every breaking change of the PR (e.g. breaking-change-approved)."
    }
  },
  definitions: {
    globList: {
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          minItems: 1
        }
      ]
    }
  }
};

// src/gates/data-schema/settings.ts
var COMPATIBILITY_MODES = [
  "backward",
  "forward",
  "full",
  "none",
  "backward_transitive",
  "forward_transitive",
  "full_transitive"
];

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

// src/gates/data-schema/parse-settings.ts
var DEFAULT_SCHEMA_RULES = [
  { rule: "same-name", suffixes: [".schema.json", ".schema.yaml", ".schema.yml"] },
  { rule: "datapackage", file: "datapackage.json" }
];
function dataSchemaSettings(config, overrides, cwd, context = {}) {
  const whole = (name, value, min) => {
    if (value !== void 0 && (!Number.isInteger(value) || value < min)) {
      throw new ConfigurationError(
        `--${name}: ${value} is not allowed; expected a whole number of at least ${min}`
      );
    }
    return value;
  };
  const mode = overrides.compatibility ?? config.compatibility ?? "full";
  if (!COMPATIBILITY_MODES.includes(mode)) {
    throw new ConfigurationError(
      `--compatibility: ${JSON.stringify(mode)} is not allowed; allowed: ${COMPATIBILITY_MODES.join(", ")}`
    );
  }
  const datasets = overrides.datasets && overrides.datasets.length > 0 ? overrides.datasets : globs(config.datasets);
  const sampleRows = whole("sample-rows", overrides["sample-rows"] ?? config["sample-rows"], 1);
  const base = overrides.base ?? config.base ?? context.defaultBase;
  const waiverLabel = overrides["waiver-label"] ?? config["waiver-label"];
  const schemas = config.schemas ? config.schemas.map(
    (r) => r.rule === "same-name" ? { rule: "same-name", suffixes: r.suffixes ?? [".schema.json", ".schema.yaml", ".schema.yml"] } : r.rule === "datapackage" ? { rule: "datapackage", file: r.file ?? "datapackage.json" } : { rule: "map", map: r.map }
  ) : DEFAULT_SCHEMA_RULES;
  const exclude = globs(config.exclude);
  checkInsideRoot(datasets, exclude, schemas);
  return {
    cwd,
    datasets,
    exclude,
    schemas,
    maxFindingsPerFile: whole(
      "max-findings-per-file",
      overrides["max-findings-per-file"] ?? config["max-findings-per-file"],
      1
    ) ?? 20,
    ...sampleRows !== void 0 ? { sampleRows } : {},
    maxUniqueKeys: config["max-unique-keys"] ?? 5e6,
    maxSchemaBytes: config["max-schema-bytes"] ?? 16 * 1024 * 1024,
    breaking: {
      ...base ? { base } : {},
      mode,
      waivers: config.waivers ?? [],
      labels: context.labels ?? [],
      ...waiverLabel ? { waiverLabel } : {},
      now: context.now ?? /* @__PURE__ */ new Date()
    }
  };
}
function checkInsideRoot(datasets, exclude, schemas) {
  const refuse = (key, value, why) => {
    throw new ConfigurationError(
      `data-schema.${key}: ${JSON.stringify(value)} ${why}`,
      void 0,
      'Write paths and globs relative to the repository root, without "..".'
    );
  };
  for (const [key, values] of [
    ["datasets", datasets],
    ["exclude", exclude]
  ]) {
    for (const v of values)
      if (!staysInside(v)) refuse(key, v, 'leaves the repository (no "..", no absolute paths)');
  }
  for (const rule of schemas) {
    if (rule.rule === "map") {
      for (const [data, schema] of Object.entries(rule.map)) {
        if (!staysInside(data))
          refuse("schemas.map", data, 'leaves the repository (no "..", no absolute paths)');
        if (!staysInside(schema))
          refuse("schemas.map", schema, 'leaves the repository (no "..", no absolute paths)');
      }
    } else if (rule.rule === "same-name") {
      for (const suffix of rule.suffixes)
        if (/[\\/]/.test(suffix))
          refuse("schemas.suffixes", suffix, 'is a suffix of a file name and cannot hold a "/"');
    } else if (/[\\/]/.test(rule.file))
      refuse("schemas.file", rule.file, 'is a file name and cannot hold a "/"');
  }
}

// src/gates/data-schema/gate.ts
var DATA_SCHEMA_GATE = {
  id: "data-schema",
  title: "Data schema",
  summary: "Every dataset has a valid schema (JSON Schema, Table Schema, Data Package), the data meets it, and schema changes are not breaking",
  configSchema: config_schema_default2,
  recomputable: true,
  options: DATA_SCHEMA_OPTIONS,
  settings: (section, options, ctx) => {
    const defaultBase = pullRequestBase(ctx);
    return dataSchemaSettings(section ?? {}, options, ctx.cwd, {
      ...defaultBase ? { defaultBase } : {},
      labels: ctx.event.pullRequest?.labels ?? [],
      now: ctx.now
    });
  },
  evaluate: async (settings) => (await import("./evaluate-Q4OUOAZK.js")).evaluateDataSchema(settings)
};

// src/gates/model-card/config.schema.json
var config_schema_default3 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  description: "The model card gate: every model has a card that is present, typed (valid metadata), complete (required sections, no placeholders) and consistent with the evaluation's metrics.",
  additionalProperties: false,
  properties: {
    enabled: {
      type: "boolean",
      default: true,
      description: "Set false to skip the gate (it reports status skip)."
    },
    models: {
      description: "Globs of model directories, relative to the working directory (e.g. models/*/). Default: none; models are then found by markers.",
      $ref: "#/definitions/globList"
    },
    markers: {
      description: "File-name globs that mark their directory as a model. Default: *.onnx, model.pkl, MLmodel, *.safetensors.",
      $ref: "#/definitions/globList"
    },
    cards: {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        pattern: "^[^/\\\\]+$"
      },
      minItems: 1,
      description: "Card file names looked for in each model directory, first found wins. Default: README.md (Hugging Face, YAML front matter), MODEL_CARD.md, model_card.json (Model Card Toolkit)."
    },
    exclude: {
      description: "Globs of directories that are not models (fixtures, vendored checkpoints).",
      $ref: "#/definitions/globList"
    },
    base: {
      type: "string",
      description: "Git ref: a model changed since the merge base with it must have its card changed too. Default in a pull_request workflow: origin/<base branch>."
    },
    "diff-file": {
      type: "string",
      description: "A unified diff to take the changed files from instead of running git."
    },
    preset: {
      enum: ["huggingface", "mitchell-2019", "eu-ai-act", "none"],
      default: "huggingface",
      description: "Required sections: huggingface (the Hub's default card template), mitchell-2019 (Model Cards for Model Reporting), eu-ai-act (Annex IV topics), or none. Ignored when sections is set."
    },
    sections: {
      type: "array",
      description: "A custom list of required sections instead of the preset: heading texts, or {name, synonyms} where any synonym heading counts.",
      items: {
        oneOf: [
          {
            type: "string",
            minLength: 1
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["name"],
            properties: {
              name: {
                type: "string",
                minLength: 1,
                description: "The heading text (matched case-insensitively, at any heading level)."
              },
              synonyms: {
                type: "array",
                items: {
                  type: "string",
                  minLength: 1
                },
                description: "Other heading texts that count as this section."
              }
            }
          }
        ]
      }
    },
    "min-words": {
      type: "integer",
      minimum: 0,
      default: 1,
      description: "Minimum words in each required section (placeholders do not count)."
    },
    placeholders: {
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      description: "Extra placeholder texts (case-insensitive) besides [More Information Needed], TODO, TBD, FIXME, lorem ipsum and {{ template braces }}."
    },
    "required-metadata": {
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      default: ["license"],
      description: "Front matter keys every Markdown card must have (e.g. license, language, datasets, metrics). An empty list also accepts cards without front matter."
    },
    license: {
      type: "object",
      additionalProperties: false,
      description: "License rules.",
      properties: {
        allow: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          description: "Allowed license ids (SPDX, case-insensitive, or other). Default: any valid id."
        }
      }
    },
    metrics: {
      type: "object",
      additionalProperties: false,
      required: ["file"],
      description: "Compare the card's figures (model-index results, a Metric/Value table, toolkit performance_metrics) with the evaluation output.",
      properties: {
        file: {
          type: "string",
          minLength: 1,
          description: "The metrics file the pipeline writes (JSON or YAML mapping; nested keys become test.accuracy). {model} is replaced by the model directory, {name} by its last segment."
        },
        tolerance: {
          type: "number",
          minimum: 0,
          default: 5e-4,
          description: "Largest absolute difference between a card's figure and the file's that still agrees (0.0005 accepts a card rounded to three decimals)."
        },
        required: {
          type: "boolean",
          default: false,
          description: "When true, a missing metrics file is an error; otherwise the comparison is skipped with a notice."
        },
        ignore: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          description: "Globs of metric keys in the file that need not appear in the card (e.g. *.loss, n_*)."
        }
      }
    },
    "dataset-schemas": {
      type: "object",
      additionalProperties: {
        type: "string",
        minLength: 1
      },
      description: "Dataset name (as the card names it) to its data-schema file; the report lists the schema next to each dataset the card names."
    },
    "max-card-bytes": {
      type: "integer",
      minimum: 1024,
      default: 1048576,
      description: "Largest card read, in bytes; a bigger card is a finding and is not parsed."
    }
  },
  definitions: {
    globList: {
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          minItems: 1
        }
      ]
    }
  }
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

// src/gates/model-card/parse-settings.ts
var DEFAULT_MARKERS = ["*.onnx", "model.pkl", "MLmodel", "*.safetensors"];
var DEFAULT_CARDS = ["README.md", "MODEL_CARD.md", "model_card.json"];
function modelCardSettings(config, overrides, cwd, context = {}) {
  const { defaultBase } = context;
  const list = (o, c) => o && o.length > 0 ? o : c;
  const diffFile = overrides["diff-file"] ?? config["diff-file"];
  const base = diffFile ? void 0 : overrides.base ?? config.base ?? defaultBase;
  const preset = overrides.preset ?? config.preset ?? "huggingface";
  if (!PRESET_NAMES.includes(preset)) {
    throw new ConfigurationError(
      `--preset: ${JSON.stringify(preset)} is not allowed; allowed: ${PRESET_NAMES.join(", ")}`
    );
  }
  const custom = overrides.sections && overrides.sections.length > 0 ? overrides.sections.map((name) => ({ name, synonyms: [] })) : config.sections?.map(
    (s) => typeof s === "string" ? { name: s, synonyms: [] } : { name: s.name, synonyms: s.synonyms ?? [] }
  );
  const minWords = overrides["min-words"] ?? config["min-words"] ?? 1;
  if (!Number.isInteger(minWords) || minWords < 0) {
    throw new ConfigurationError(
      `--min-words: ${minWords} is not allowed; expected a whole number of at least 0`
    );
  }
  const tolerance = overrides.tolerance ?? config.metrics?.tolerance ?? 5e-4;
  if (tolerance < 0)
    throw new ConfigurationError(`--tolerance: ${tolerance} is not allowed; expected 0 or more`);
  const models = list(overrides.models, globs(config.models)) ?? [];
  const configuredMarkers = config.markers === void 0 ? void 0 : globs(config.markers);
  return {
    cwd,
    models,
    markers: list(overrides.markers, configuredMarkers) ?? DEFAULT_MARKERS,
    cards: list(overrides.cards, config.cards) ?? DEFAULT_CARDS,
    exclude: globs(config.exclude),
    ...base ? { base } : {},
    ...diffFile ? { diffFile } : {},
    inPullRequest: context.inPullRequest ?? false,
    sections: custom ?? PRESETS[preset],
    preset: custom ? "custom" : preset,
    minWords,
    placeholders: config.placeholders ?? [],
    requiredMetadata: config["required-metadata"] ?? ["license"],
    licenseAllow: (list(overrides["license-allow"], config.license?.allow) ?? []).map((l) => l.toLowerCase()),
    ...overrides["metrics-file"] ?? config.metrics?.file ? { metricsFile: overrides["metrics-file"] ?? config.metrics?.file } : {},
    tolerance,
    metricsRequired: config.metrics?.required ?? false,
    metricsIgnore: config.metrics?.ignore ?? [],
    datasetSchemas: config["dataset-schemas"] ?? {},
    maxCardBytes: config["max-card-bytes"] ?? 1024 * 1024
  };
}

// src/gates/model-card/gate.ts
var MODEL_CARD_GATE = {
  id: "model-card",
  title: "Model card",
  summary: "Every model has a card: valid Hugging Face or Model Card Toolkit metadata, required sections, no placeholders, metrics as evaluated",
  configSchema: config_schema_default3,
  recomputable: true,
  options: MODEL_CARD_OPTIONS,
  settings: (section, options, ctx) => modelCardSettings(section ?? {}, options, ctx.cwd, {
    ...pullRequestBase(ctx) ? { defaultBase: pullRequestBase(ctx) } : {},
    inPullRequest: ctx.event.pullRequest !== void 0
  }),
  evaluate: async (settings) => (await import("./evaluate-NAJE656I.js")).evaluateModelCard(settings)
};

// src/gates/registry-approval/config.schema.json
var config_schema_default4 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  description: "The registry approval gate: every model version a pull request or release references must be approved in the model registry (MLflow, SageMaker Model Registry, or an in-repo registry file).",
  additionalProperties: false,
  properties: {
    enabled: {
      type: "boolean",
      default: true,
      description: "Set false to skip the gate (it reports status skip)."
    },
    registry: {
      enum: ["file", "mlflow", "sagemaker"],
      default: "file",
      description: "Which registry decides: file (the in-repo registry file), mlflow (MLflow REST API 2.0, also Databricks) or sagemaker (SageMaker Model Registry)."
    },
    mode: {
      enum: ["auto", "pull-request", "release"],
      default: "auto",
      description: "auto: release mode on release, workflow_dispatch and tag pushes, else pull-request mode. Release mode also checks models with when: release and fails when no model is referenced."
    },
    models: {
      type: "array",
      description: "Model versions to check, declared here.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: {
            type: "string",
            minLength: 1,
            description: "Registered model name (MLflow, in-repo), SageMaker model package group name, or a SageMaker model package ARN."
          },
          version: {
            type: ["string", "integer"],
            description: "The version to check. Without version and alias: SageMaker checks the group's newest package."
          },
          alias: {
            type: "string",
            minLength: 1,
            description: "An alias to resolve instead of a version (MLflow alias, an in-repo alias; latest for SageMaker)."
          },
          when: {
            $ref: "#/definitions/registryWhen"
          }
        }
      }
    },
    manifests: {
      type: "array",
      description: "Files in the repository that name model versions (a deploy manifest in YAML or JSON, or a model card's YAML front matter), so that a pull request bumping a deployed version is checked against that version.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["file"],
        properties: {
          file: {
            type: "string",
            minLength: 1,
            description: "Repository-relative path. .md files are read as YAML front matter; others as YAML (JSON is YAML)."
          },
          "list-key": {
            type: "string",
            minLength: 1,
            description: "Dot path of a list of model entries; the keys below are then read from each entry."
          },
          name: {
            type: "string",
            minLength: 1,
            description: "The model name, when the file does not hold it."
          },
          "name-key": {
            type: "string",
            minLength: 1,
            description: "Dot path of the model name (e.g. model.name); numeric segments index lists."
          },
          "version-key": {
            type: "string",
            minLength: 1,
            description: "Dot path of the model version (e.g. model.version)."
          },
          "alias-key": {
            type: "string",
            minLength: 1,
            description: "Dot path of a model alias, used when the version key is absent."
          },
          when: {
            $ref: "#/definitions/registryWhen"
          }
        }
      }
    },
    file: {
      type: "object",
      description: "The in-repo registry file (registry: file).",
      additionalProperties: false,
      properties: {
        path: {
          type: "string",
          minLength: 1,
          default: "registry/models.yml",
          description: "Repository-relative path of the registry file: models: {<name>: {path, versions: [{version, status, approver, date}]}}."
        },
        approvers: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          description: "GitHub logins or e-mail addresses allowed to approve (case-insensitive, leading @ optional)."
        },
        codeowners: {
          type: "boolean",
          default: false,
          description: "Also allow the CODEOWNERS owners of the model's path (last matching pattern wins, as on GitHub)."
        },
        teams: {
          type: "object",
          additionalProperties: {
            type: "array",
            items: {
              type: "string",
              minLength: 1
            }
          },
          description: "Members of CODEOWNERS team owners (@org/team: [logins]); team membership is not read from GitHub."
        }
      }
    },
    mlflow: {
      type: "object",
      description: "MLflow settings (registry: mlflow). Credentials come from MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD, or the action's inputs.",
      additionalProperties: false,
      properties: {
        "tracking-uri": {
          type: "string",
          minLength: 1,
          description: "Tracking server base URL (like MLFLOW_TRACKING_URI), or a Databricks workspace URL. Default: MLFLOW_TRACKING_URI, else DATABRICKS_HOST."
        },
        approval: {
          type: "string",
          pattern: "^(alias:.+|tag:[^=]+=.*|stage:.+)$",
          default: "alias:champion",
          description: "What approved means: alias:<alias> (the version carries it), tag:<key>=<value> (a version tag), or stage:<stage> (the legacy stage, e.g. stage:Production)."
        }
      }
    },
    sagemaker: {
      type: "object",
      description: "SageMaker Model Registry settings (registry: sagemaker). Credentials come from the AWS default chain (e.g. aws-actions/configure-aws-credentials).",
      additionalProperties: false,
      properties: {
        region: {
          type: "string",
          minLength: 1,
          description: "AWS region. Default: AWS_REGION, else AWS_DEFAULT_REGION."
        },
        endpoint: {
          type: "string",
          minLength: 1,
          description: "Endpoint URL override (a VPC endpoint). Default: AWS_ENDPOINT_URL_SAGEMAKER, else the regional endpoint."
        }
      }
    },
    "timeout-seconds": {
      type: "number",
      exclusiveMinimum: 0,
      maximum: 300,
      default: 10,
      description: "Time limit of each registry request, in seconds."
    },
    retries: {
      type: "integer",
      minimum: 0,
      maximum: 5,
      default: 2,
      description: "Extra attempts after a network error or a 5xx answer (never after 4xx or a timeout)."
    }
  },
  definitions: {
    registryWhen: {
      enum: ["always", "release"],
      default: "always",
      description: "always: checked in pull requests and releases; release: only in release mode (the models bound to a release)."
    }
  }
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

// src/gates/registry-approval/gate.ts
var REGISTRY_APPROVAL_GATE = {
  id: "registry-approval",
  title: "Registry approval",
  summary: "Every referenced model version must be approved in the registry (MLflow, SageMaker Model Registry, in-repo file)",
  configSchema: config_schema_default4,
  recomputable: true,
  options: REGISTRY_APPROVAL_OPTIONS,
  settings: (section, options, ctx) => registryApprovalSettings(section ?? {}, options, {
    cwd: ctx.cwd,
    env: ctx.env,
    release: ctx.event.release
  }),
  evaluate: async ({ settings, connection: connection2 }, ctx) => {
    const [{ createClient }, { evaluateRegistryApproval }] = await Promise.all([
      import("./create-client-V3WMNZWH.js"),
      import("./evaluate-ITWRZJLE.js")
    ]);
    return evaluateRegistryApproval(settings, await createClient(settings, connection2, ctx.env));
  },
  secrets: ({ connection: connection2 }) => connection2.kind === "mlflow" ? [connection2.token, connection2.password].filter((v) => v !== void 0) : []
};

// src/commands/registry.ts
var GATES = [
  COVERAGE_GATE,
  DATA_SCHEMA_GATE,
  MODEL_CARD_GATE,
  REGISTRY_APPROVAL_GATE
];

export {
  globs,
  GATES
};
