import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-SZGMGQCO.js";
import {
  describeSchemaError,
  foldSchemaErrors,
  require_ajv,
  valueAtPointer
} from "./chunk-G5IFGVCM.js";
import {
  ConfigurationError,
  InputError
} from "./chunk-JB365UXO.js";
import {
  __toESM
} from "./chunk-UETBL5CI.js";

// src/config/parse-config.ts
var import_ajv = __toESM(require_ajv(), 1);

// schema/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/ml-quality-gates/ml-quality-gates/v1/schema/config.schema.json",
  title: "ml-quality-gates configuration (.github/ml-quality-gates.yml)",
  description: "One section per gate plus the report. Action inputs and CLI options override these values.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string", description: "Editor hint; ignored." },
    version: { description: "Configuration format version. Only 1 exists.", const: 1 },
    coverage: { $ref: "#/definitions/coverage" },
    "data-schema": { $ref: "#/definitions/dataSchema" },
    "model-card": { $ref: "#/definitions/modelCard" },
    "registry-approval": { $ref: "#/definitions/registryApproval" },
    "model-evaluation": { $ref: "#/definitions/modelEvaluation" },
    notebooks: { $ref: "#/definitions/notebooks" },
    report: { $ref: "#/definitions/report" }
  },
  definitions: {
    coverage: {
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
          description: "Repository root that report paths are mapped onto. Default: the git top-level directory, else the working directory.",
          pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
          $comment: "repository-path"
        },
        base: {
          type: "string",
          description: "Git ref to measure patch coverage against (the diff of merge-base...HEAD). Default in a pull_request workflow: origin/<base branch>."
        },
        "diff-file": {
          type: "string",
          description: "A unified diff file to take changed lines from instead of running git.",
          pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
          $comment: "repository-path"
        },
        "path-map": {
          type: "array",
          description: "Prefix rewrites for report paths, applied before automatic mapping (e.g. a Docker build's /app/ to the repo root).",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["from", "to"],
            properties: {
              from: { type: "string", minLength: 1, description: "Prefix as the report writes it." },
              to: { type: "string", description: "Repository-relative replacement (may be empty)." }
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
            lines: { $ref: "#/definitions/percent", description: "Minimum total line coverage." },
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
            required: ["glob"],
            properties: {
              name: { type: "string", description: "Label shown in the report. Default: the glob." },
              glob: {
                $ref: "#/definitions/globList",
                description: "Repository-relative glob(s), e.g. src/serving/**."
              },
              lines: { $ref: "#/definitions/percent" },
              branches: { $ref: "#/definitions/percent" },
              patch: { $ref: "#/definitions/percent" }
            }
          }
        },
        baseline: {
          type: "object",
          description: "Compare with an earlier result of this gate (its JSON result file, e.g. from the default branch's last run).",
          additionalProperties: false,
          required: ["file"],
          properties: {
            file: {
              type: "string",
              description: "Path of the baseline coverage result JSON.",
              pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
              $comment: "repository-path"
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
      }
    },
    dataSchema: {
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
                  rule: { const: "same-name", description: "data/x.csv \u2192 data/x<suffix> next to it." },
                  suffixes: {
                    type: "array",
                    minItems: 1,
                    items: { type: "string", minLength: 1 },
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
                    pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                    description: "Descriptor file name. Default: datapackage.json.",
                    $comment: "repository-path"
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
                      minLength: 1,
                      pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                      $comment: "repository-path"
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
                description: "Schema path or glob.",
                pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                $comment: "repository-path"
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
      }
    },
    globList: {
      oneOf: [
        {
          type: "string",
          minLength: 1,
          pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
          $comment: "repository-path"
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1,
            pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
            $comment: "repository-path"
          },
          minItems: 1
        }
      ]
    },
    modelCard: {
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
          items: { type: "string", minLength: 1, pattern: "^[^/\\\\]+$" },
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
          description: "A unified diff to take the changed files from instead of running git.",
          pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
          $comment: "repository-path"
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
              { type: "string", minLength: 1 },
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
                    items: { type: "string", minLength: 1 },
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
          items: { type: "string", minLength: 1 },
          description: "Extra placeholder texts (case-insensitive) besides [More Information Needed], TODO, TBD, FIXME, lorem ipsum and {{ template braces }}."
        },
        "required-metadata": {
          type: "array",
          items: { type: "string", minLength: 1 },
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
              items: { type: "string", minLength: 1 },
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
              description: "The metrics file the pipeline writes (JSON or YAML mapping; nested keys become test.accuracy). {model} is replaced by the model directory, {name} by its last segment.",
              pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
              $comment: "repository-path"
            },
            tolerance: {
              type: "number",
              minimum: 0,
              default: 5e-4,
              description: "Default largest absolute difference between a card's figure and the file's that still agrees (0.0005 accepts a card rounded to three decimals); tolerances overrides it per metric."
            },
            tolerances: {
              type: "object",
              description: "Per-metric tolerances, e.g. {r2: {absolute: 0.001}, mae_usd: {relative: 0.01}}. A key is a metrics-file key (test.r2), a metric name (r2: every key ending in .r2, matched as metric names are: case and punctuation aside) or a glob over the key (*.loss, ** for every metric); the key itself wins over a name, a name over a glob, and the first written wins among globs. A figure agrees when it is within absolute of the file's figure, or within relative times the file's figure; a bound not given is 0 (the default tolerance does not add to an entry).",
              propertyNames: { minLength: 1 },
              additionalProperties: {
                type: "object",
                additionalProperties: false,
                minProperties: 1,
                properties: {
                  absolute: {
                    type: "number",
                    minimum: 0,
                    description: "Largest absolute difference, in the metric's own unit (0.001 of R\xB2, 5 dollars)."
                  },
                  relative: {
                    type: "number",
                    minimum: 0,
                    exclusiveMaximum: 1,
                    description: "Largest difference as a fraction of the file's figure: 0.01 is 1 %."
                  }
                }
              }
            },
            required: {
              type: "boolean",
              default: false,
              description: "When true, a missing metrics file is an error; otherwise the comparison is skipped with a notice."
            },
            ignore: {
              type: "array",
              items: { type: "string", minLength: 1 },
              description: "Globs of metric keys in the file that need not appear in the card (e.g. *.loss, n_*)."
            }
          }
        },
        "dataset-schemas": {
          type: "object",
          additionalProperties: {
            type: "string",
            minLength: 1,
            pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
            $comment: "repository-path"
          },
          description: "Dataset name (as the card names it) to its data-schema file; the report lists the schema next to each dataset the card names."
        },
        "max-card-bytes": {
          type: "integer",
          minimum: 1024,
          default: 1048576,
          description: "Largest card read, in bytes; a bigger card is a finding and is not parsed."
        }
      }
    },
    modelEvaluation: {
      type: "object",
      additionalProperties: false,
      description: "The model evaluation gate: every declared model's metrics, computed from its predictions (or read from its metrics file), meet their thresholds, do not regress against the baseline (with a paired bootstrap interval where possible), hold for every slice and fairness gap, and stay within size and latency budgets.",
      properties: {
        enabled: {
          type: "boolean",
          description: "Set false to skip the gate (it reports status skip).",
          default: true
        },
        models: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            description: "One model to judge.",
            properties: {
              name: {
                type: "string",
                minLength: 1,
                description: "The model's name in the report.",
                pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"
              },
              task: {
                enum: ["binary-classification", "multiclass-classification", "regression"],
                description: "What the model predicts; decides which metrics the predictions yield."
              },
              path: {
                type: "string",
                minLength: 1,
                description: "The model's directory (its files are the artifact for the size budget). Repository-relative path (no absolute paths, no '..').",
                pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                $comment: "repository-path"
              },
              predictions: {
                description: "The predictions file (a path, or {file, format, invalid-rows, max-rows}); metrics are computed from it.",
                oneOf: [
                  {
                    type: "string",
                    minLength: 1,
                    description: "Repository-relative path (no absolute paths, no '..').",
                    pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                    $comment: "repository-path"
                  },
                  {
                    type: "object",
                    additionalProperties: false,
                    description: "A predictions file: one row per evaluation example.",
                    properties: {
                      file: {
                        type: "string",
                        minLength: 1,
                        description: "The file. Repository-relative path (no absolute paths, no '..'). Format from the extension: .csv, .tsv, .jsonl/.ndjson, .parquet.",
                        pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                        $comment: "repository-path"
                      },
                      format: {
                        enum: ["csv", "tsv", "jsonl", "parquet"],
                        description: "File format when the extension does not say."
                      },
                      "invalid-rows": {
                        enum: ["error", "skip"],
                        default: "error",
                        description: "Rows with bad values (NaN, empty, a label outside the classes, a score outside [0, 1]): error (the model is not judged) or skip (dropped and counted in a warning)."
                      },
                      "max-rows": {
                        type: "integer",
                        description: "Refuse files with more rows than this.",
                        minimum: 1,
                        default: 2e7
                      }
                    },
                    required: ["file"]
                  }
                ]
              },
              columns: {
                type: "object",
                additionalProperties: false,
                description: "Column names of the predictions file.",
                properties: {
                  label: {
                    type: "string",
                    minLength: 1,
                    description: "The true label (class or value). Default: label."
                  },
                  prediction: {
                    type: "string",
                    minLength: 1,
                    description: "The predicted class or value. Binary default: score \u2265 decision-threshold; multiclass: the most probable class."
                  },
                  score: {
                    type: "string",
                    minLength: 1,
                    description: "Binary: the positive class's score. Default: score, when there is no prediction column."
                  },
                  probabilities: {
                    type: "object",
                    description: "Multiclass: class \u2192 the column of its probability (rows must sum to 1).",
                    additionalProperties: {
                      type: "string",
                      minLength: 1,
                      description: "Column name."
                    },
                    minProperties: 2
                  },
                  weight: { type: "string", minLength: 1, description: "Sample weights (\u2265 0)." },
                  id: {
                    type: "string",
                    minLength: 1,
                    description: "Row id: joins candidate and baseline rows for the paired bootstrap."
                  },
                  groups: {
                    type: "array",
                    items: { type: "string", minLength: 1 },
                    description: "Group columns to read for slices.",
                    uniqueItems: true
                  }
                }
              },
              "metrics-file": {
                description: "Metrics the evaluation step wrote (a path, or {file, format, keys}). Used for metrics the predictions do not give.",
                oneOf: [
                  {
                    type: "string",
                    minLength: 1,
                    description: "Repository-relative path (no absolute paths, no '..').",
                    pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                    $comment: "repository-path"
                  },
                  {
                    type: "object",
                    additionalProperties: false,
                    description: "An evaluation metrics file.",
                    properties: {
                      file: {
                        type: "string",
                        minLength: 1,
                        description: "JSON/YAML (flat or nested; DVC metrics files), SageMaker model-quality JSON, CSV (metric,value rows or a header of names over values), or an MLflow run directory (mlruns/<experiment>/<run>). Repository-relative path (no absolute paths, no '..').",
                        pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                        $comment: "repository-path"
                      },
                      format: {
                        enum: ["auto", "json", "yaml", "sagemaker", "mlflow-run", "csv"],
                        default: "auto",
                        description: "Format; auto decides from the extension and content (a directory is an MLflow run)."
                      },
                      keys: {
                        type: "object",
                        description: "Metric \u2192 JSON pointer (/test/roc_auc) or dotted path (test.roc_auc) of its value, where the name alone is ambiguous.",
                        additionalProperties: {
                          type: "string",
                          minLength: 1,
                          description: "Pointer or dotted path."
                        }
                      }
                    },
                    required: ["file"]
                  }
                ]
              },
              classes: {
                type: "array",
                items: { type: ["string", "number", "boolean"] },
                description: "Declared classes (written as in the file: 0 and 1, or names); a label outside them is a bad row.",
                minItems: 2,
                uniqueItems: true
              },
              "positive-class": {
                type: ["string", "number", "boolean"],
                description: "Binary: the class the score is the probability of. Default: 1 (or true)."
              },
              "decision-threshold": {
                type: "number",
                description: "Binary without a prediction column: a score at or above this predicts the positive class.",
                default: 0.5
              },
              scores: {
                enum: ["probability", "margin"],
                default: "probability",
                description: "probability: scores must be in [0, 1]; margin: any real (decision_function), no log loss or Brier score, decision-threshold default 0."
              },
              "primary-metric": {
                type: "string",
                minLength: 1,
                description: "The metric that headlines the model in the report. Default: roc_auc (binary, with scores), accuracy (multiclass), rmse (regression)."
              },
              thresholds: {
                type: "object",
                description: "Metric name (roc_auc, f1, log_loss, rmse, \u2026 or a custom metric of the metrics file) \u2192 its rule.",
                additionalProperties: {
                  type: "object",
                  additionalProperties: false,
                  description: "Bounds and allowed change of one metric. Change rules compare with the baseline as MLflow's MetricThreshold does.",
                  properties: {
                    min: { type: "number", description: "The metric must be at least this." },
                    max: { type: "number", description: "The metric must be at most this." },
                    "max-drop": {
                      type: "number",
                      description: "Largest allowed change in the bad direction against the baseline, in the metric's units (0.01 = one point of AUC). With paired predictions a drop blocks only when the bootstrap interval excludes 0.",
                      minimum: 0
                    },
                    "max-relative-drop": {
                      type: "number",
                      description: "Largest allowed change in the bad direction, as a fraction of |baseline| (0.02 = 2%).",
                      minimum: 0
                    },
                    "min-absolute-change": {
                      type: "number",
                      description: "MLflow min_absolute_change: the candidate must beat the baseline by at least this (positive).",
                      exclusiveMinimum: 0
                    },
                    "min-relative-change": {
                      type: "number",
                      description: "MLflow min_relative_change: the candidate must beat the baseline by at least this fraction of it (0 to 1).",
                      minimum: 0,
                      maximum: 1
                    },
                    "greater-is-better": {
                      type: "boolean",
                      description: "Whether a larger value is better. Known for the built-in metrics; required for custom metrics from a metrics file."
                    }
                  }
                },
                propertyNames: { minLength: 1 }
              },
              baseline: {
                type: "object",
                additionalProperties: false,
                description: "Where the baseline comes from. from: base (the same files at the merge base with the base ref, read with git), file (files in the checkout: the champion's predictions/metrics/benchmark), mlflow (the run metrics of the registered version behind an alias), sagemaker (the latest Approved package's model quality), none.",
                properties: {
                  from: {
                    enum: ["base", "file", "mlflow", "sagemaker", "none"],
                    description: "The kind of baseline."
                  },
                  predictions: {
                    description: "from: file \u2014 the baseline model's predictions on the same evaluation rows (same columns).",
                    oneOf: [
                      {
                        type: "string",
                        minLength: 1,
                        description: "Repository-relative path (no absolute paths, no '..').",
                        pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                        $comment: "repository-path"
                      },
                      {
                        type: "object",
                        additionalProperties: false,
                        description: "A predictions file: one row per evaluation example.",
                        properties: {
                          file: {
                            type: "string",
                            minLength: 1,
                            description: "The file. Repository-relative path (no absolute paths, no '..'). Format from the extension: .csv, .tsv, .jsonl/.ndjson, .parquet.",
                            pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                            $comment: "repository-path"
                          },
                          format: {
                            enum: ["csv", "tsv", "jsonl", "parquet"],
                            description: "File format when the extension does not say."
                          },
                          "invalid-rows": {
                            enum: ["error", "skip"],
                            default: "error",
                            description: "Rows with bad values (NaN, empty, a label outside the classes, a score outside [0, 1]): error (the model is not judged) or skip (dropped and counted in a warning)."
                          },
                          "max-rows": {
                            type: "integer",
                            description: "Refuse files with more rows than this.",
                            minimum: 1,
                            default: 2e7
                          }
                        },
                        required: ["file"]
                      }
                    ]
                  },
                  "metrics-file": {
                    description: "from: file \u2014 the baseline's metrics file.",
                    oneOf: [
                      {
                        type: "string",
                        minLength: 1,
                        description: "Repository-relative path (no absolute paths, no '..').",
                        pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                        $comment: "repository-path"
                      },
                      {
                        type: "object",
                        additionalProperties: false,
                        description: "An evaluation metrics file.",
                        properties: {
                          file: {
                            type: "string",
                            minLength: 1,
                            description: "JSON/YAML (flat or nested; DVC metrics files), SageMaker model-quality JSON, CSV (metric,value rows or a header of names over values), or an MLflow run directory (mlruns/<experiment>/<run>). Repository-relative path (no absolute paths, no '..').",
                            pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                            $comment: "repository-path"
                          },
                          format: {
                            enum: ["auto", "json", "yaml", "sagemaker", "mlflow-run", "csv"],
                            default: "auto",
                            description: "Format; auto decides from the extension and content (a directory is an MLflow run)."
                          },
                          keys: {
                            type: "object",
                            description: "Metric \u2192 JSON pointer (/test/roc_auc) or dotted path (test.roc_auc) of its value, where the name alone is ambiguous.",
                            additionalProperties: {
                              type: "string",
                              minLength: 1,
                              description: "Pointer or dotted path."
                            }
                          }
                        },
                        required: ["file"]
                      }
                    ]
                  },
                  "benchmark-file": {
                    type: "string",
                    minLength: 1,
                    description: "from: file \u2014 the baseline's benchmark results. Repository-relative path (no absolute paths, no '..').",
                    pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                    $comment: "repository-path"
                  },
                  model: {
                    type: "string",
                    minLength: 1,
                    description: "from: mlflow \u2014 the registered model name."
                  },
                  alias: {
                    type: "string",
                    minLength: 1,
                    description: "from: mlflow \u2014 the alias of the champion version (champion, production)."
                  },
                  "tracking-uri": {
                    type: "string",
                    minLength: 1,
                    description: "from: mlflow \u2014 the tracking server; default: MLFLOW_TRACKING_URI. Credentials come from MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD."
                  },
                  "model-package": {
                    type: "string",
                    minLength: 1,
                    description: "from: sagemaker \u2014 a model package group name or a package ARN."
                  },
                  region: {
                    type: "string",
                    minLength: 1,
                    description: "from: sagemaker \u2014 AWS region; default: AWS_REGION."
                  },
                  endpoint: {
                    type: "string",
                    minLength: 1,
                    description: "from: sagemaker \u2014 endpoint override (a VPC endpoint)."
                  },
                  "timeout-ms": {
                    type: "integer",
                    description: "Registry request deadline.",
                    minimum: 100,
                    default: 1e4
                  },
                  keys: {
                    type: "object",
                    description: "Registry baselines: metric \u2192 the run metric's key where it differs (roc_auc: test_roc_auc).",
                    additionalProperties: { type: "string", minLength: 1, description: "Key." }
                  }
                },
                required: ["from"]
              },
              slices: {
                type: "object",
                additionalProperties: false,
                description: "Metrics per value of each group column, and gaps between groups.",
                properties: {
                  columns: {
                    type: "array",
                    items: { type: "string", minLength: 1 },
                    description: "Group columns to slice by (read with the predictions).",
                    minItems: 1,
                    uniqueItems: true
                  },
                  "min-rows": {
                    type: "integer",
                    description: "Slices with fewer rows are reported, not judged.",
                    minimum: 1,
                    default: 30
                  },
                  min: {
                    type: "object",
                    description: "Metric \u2192 the smallest value every judged slice must reach (recall: 0.6).",
                    additionalProperties: { type: "number" }
                  },
                  max: {
                    type: "object",
                    description: "Metric \u2192 the largest value any judged slice may have (log_loss: 0.6).",
                    additionalProperties: { type: "number" }
                  },
                  "max-gap": {
                    type: "object",
                    description: "demographic_parity_difference, equalized_odds_difference (Fairlearn) or any metric \u2192 the largest allowed gap (largest \u2212 smallest) between judged slices of a column.",
                    additionalProperties: { type: "number", minimum: 0 }
                  },
                  "min-ratio": {
                    type: "object",
                    description: "demographic_parity_ratio or equalized_odds_ratio (Fairlearn) \u2192 the smallest allowed ratio (0.8 is the four-fifths rule).",
                    additionalProperties: { type: "number", minimum: 0, maximum: 1 }
                  }
                },
                required: ["columns"]
              },
              budgets: {
                type: "object",
                additionalProperties: false,
                description: "Size, latency and throughput budgets.",
                properties: {
                  artifacts: {
                    type: "array",
                    items: {
                      type: "string",
                      minLength: 1,
                      pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                      $comment: "repository-path"
                    },
                    description: "Globs of the model's artifact files. Default: every file under the model's path."
                  },
                  "size-mb": {
                    type: "object",
                    additionalProperties: false,
                    description: "Model artifact size in MB (10^6 bytes).",
                    properties: {
                      max: { type: "number", description: "Largest allowed value.", minimum: 0 },
                      "max-growth": {
                        type: "number",
                        description: "Largest allowed growth against the baseline, as a fraction (0.1 = 10%).",
                        minimum: 0
                      }
                    }
                  },
                  "benchmark-file": {
                    type: "string",
                    minLength: 1,
                    description: `Benchmark results: {"latency_ms": {"p50": \u2026, "p95": \u2026, "p99": \u2026}, "throughput_rps": \u2026} or {"latency_ms": [one per request]}. Repository-relative path (no absolute paths, no '..').`,
                    pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                    $comment: "repository-path"
                  },
                  "latency-ms": {
                    type: "object",
                    description: "Percentile (p50, p90, p95, p99, mean, max) \u2192 its bounds in ms.",
                    propertyNames: { pattern: "^(p\\d+(\\.\\d+)?|mean|max)$" },
                    additionalProperties: {
                      type: "object",
                      additionalProperties: false,
                      description: "A budget figure's bounds.",
                      properties: {
                        max: { type: "number", description: "Largest allowed value.", minimum: 0 },
                        "max-growth": {
                          type: "number",
                          description: "Largest allowed growth against the baseline, as a fraction (0.1 = 10%).",
                          minimum: 0
                        }
                      }
                    }
                  },
                  "throughput-rps": {
                    type: "object",
                    additionalProperties: false,
                    description: "Requests per second.",
                    properties: {
                      min: {
                        type: "number",
                        description: "Smallest allowed throughput.",
                        minimum: 0
                      },
                      "max-drop": {
                        type: "number",
                        description: "Largest allowed drop against the baseline, as a fraction.",
                        minimum: 0
                      }
                    }
                  }
                }
              }
            },
            required: ["name", "task"]
          },
          description: "The models to judge.",
          minItems: 1
        },
        base: {
          type: "string",
          minLength: 1,
          description: "Git ref whose merge base with HEAD is the baseline of models with baseline.from: base. Default in a pull_request workflow: origin/<base branch>."
        },
        thresholds: {
          type: "object",
          description: "Rules for every model that has the metric; a model's own thresholds override them per metric.",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            description: "Bounds and allowed change of one metric. Change rules compare with the baseline as MLflow's MetricThreshold does.",
            properties: {
              min: { type: "number", description: "The metric must be at least this." },
              max: { type: "number", description: "The metric must be at most this." },
              "max-drop": {
                type: "number",
                description: "Largest allowed change in the bad direction against the baseline, in the metric's units (0.01 = one point of AUC). With paired predictions a drop blocks only when the bootstrap interval excludes 0.",
                minimum: 0
              },
              "max-relative-drop": {
                type: "number",
                description: "Largest allowed change in the bad direction, as a fraction of |baseline| (0.02 = 2%).",
                minimum: 0
              },
              "min-absolute-change": {
                type: "number",
                description: "MLflow min_absolute_change: the candidate must beat the baseline by at least this (positive).",
                exclusiveMinimum: 0
              },
              "min-relative-change": {
                type: "number",
                description: "MLflow min_relative_change: the candidate must beat the baseline by at least this fraction of it (0 to 1).",
                minimum: 0,
                maximum: 1
              },
              "greater-is-better": {
                type: "boolean",
                description: "Whether a larger value is better. Known for the built-in metrics; required for custom metrics from a metrics file."
              }
            }
          },
          propertyNames: { minLength: 1 }
        },
        bootstrap: {
          type: "object",
          additionalProperties: false,
          description: "The paired bootstrap of metric differences (docs/model-evaluation.md).",
          properties: {
            enabled: {
              type: "boolean",
              description: "Compute intervals when candidate and baseline predictions share ids.",
              default: true
            },
            resamples: {
              type: "integer",
              description: "Resamples.",
              minimum: 10,
              maximum: 1e5,
              default: 1e3
            },
            confidence: {
              type: "number",
              description: "Two-sided level of the percentile interval.",
              exclusiveMinimum: 0,
              exclusiveMaximum: 1,
              default: 0.95
            },
            seed: {
              type: "integer",
              description: "PRNG seed: the same seed gives the same intervals.",
              minimum: 0,
              maximum: 4294967295,
              default: 42
            }
          }
        },
        "max-findings-per-file": {
          type: "integer",
          description: "Bad rows listed per predictions file; the rest are counted.",
          minimum: 1,
          maximum: 1e3,
          default: 20
        }
      }
    },
    notebookRuleLevel: { enum: ["error", "warning", "notice", "off"] },
    notebooks: {
      type: "object",
      description: "The notebooks gate: every Jupyter notebook is a valid nbformat v4 file, stripped of outputs or executed top to bottom as its path's policy says, leaks no secret or local path, pins what it installs, stays within size limits and names its kernel and a Python version the project declares.",
      additionalProperties: false,
      properties: {
        enabled: {
          type: "boolean",
          default: true,
          description: "Set false to skip the gate (it reports status skip)."
        },
        paths: {
          description: "Globs of the notebooks to judge, relative to the working directory. Default: **/*.ipynb. Checkpoints (.ipynb_checkpoints/), .git, node_modules, virtual environments and site-packages are never judged.",
          $ref: "#/definitions/globList"
        },
        exclude: {
          description: "Globs of notebooks not to judge (vendored tutorials, fixtures), e.g. third_party/**.",
          $ref: "#/definitions/globList"
        },
        "changed-only": {
          type: "boolean",
          default: false,
          description: "Judge only the notebooks this pull request adds or changes (git diff since the merge base with base). Without a base, every notebook is judged and the summary says so."
        },
        base: {
          type: "string",
          minLength: 1,
          description: "Git ref changed-only compares with (main, origin/main, a SHA). Default in a pull_request workflow: origin/<base branch>."
        },
        outputs: {
          enum: ["stripped", "executed", "any"],
          default: "stripped",
          description: "Policy where no entry of policies matches. stripped: no outputs and no execution counts (what nbstripout leaves). executed: outputs kept, from one top-to-bottom run (counts 1, 2, 3 ... in cell order, no skipped cell, no error output). any: outputs are not judged."
        },
        policies: {
          type: "array",
          description: "Per-path outputs policies, first match wins, e.g. reports/** executed and everything else stripped.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["glob", "outputs"],
            properties: {
              glob: {
                description: "Globs of the notebooks this policy applies to, relative to the working directory.",
                $ref: "#/definitions/globList"
              },
              outputs: {
                enum: ["stripped", "executed", "any"],
                description: "The outputs policy for these notebooks (see outputs)."
              }
            }
          }
        },
        "python-version": {
          type: "string",
          minLength: 1,
          description: "Python version the notebooks must declare in metadata.language_info.version: a minor version (3.11) or a PEP 440 specifier (>=3.10,<3.12). Default: the nearest .python-version, runtime.txt or pyproject.toml (requires-python, or Poetry's python dependency) between the notebook's folder and the working directory."
        },
        "max-notebook-kib": {
          type: "number",
          exclusiveMinimum: 0,
          default: 1024,
          description: "Largest notebook file, in KiB (1024 bytes); a larger one is a too-large finding naming its biggest outputs."
        },
        "max-output-kib": {
          type: "number",
          exclusiveMinimum: 0,
          default: 200,
          description: "Largest single output (an embedded image, a printed dataframe), in KiB, as stored in the file."
        },
        "max-read-mib": {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 512,
          default: 32,
          description: "A notebook larger than this (MiB) is not read at all, which bounds memory; it is reported as too large and nothing else is checked."
        },
        secrets: {
          type: "object",
          additionalProperties: false,
          description: "Secret detection in cell sources and text outputs.",
          properties: {
            entropy: {
              type: "number",
              minimum: 0,
              maximum: 8,
              default: 3.5,
              description: 'Shannon entropy (bits per character) a generic assignment such as api_key = "..." must reach to be reported; provider tokens (GitHub, AWS, Slack, ...) use their own thresholds.'
            },
            allow: {
              type: "array",
              items: { type: "string", minLength: 1 },
              description: "Regular expressions (JavaScript syntax) of values that are not secrets (documented example keys, test fixtures). A line holding gitleaks:allow or pragma: allowlist secret is skipped too."
            }
          }
        },
        severity: {
          type: "object",
          additionalProperties: false,
          description: "Severity per rule (error fails the gate, warning warns, notice informs, off drops the rule).",
          properties: {
            "outputs-not-stripped": {
              $ref: "#/definitions/notebookRuleLevel",
              description: "A notebook under the stripped policy keeps outputs, execution counts or cell metadata nbstripout removes (run timings, view state). Default: error."
            },
            "out-of-order": {
              $ref: "#/definitions/notebookRuleLevel",
              description: "Under the executed policy, execution counts do not run 1, 2, 3 ... in cell order, or a cell was skipped. Default: error."
            },
            "error-output": {
              $ref: "#/definitions/notebookRuleLevel",
              description: "Under the executed policy, a cell's output is an error (a traceback). Default: error."
            },
            "not-executed": {
              $ref: "#/definitions/notebookRuleLevel",
              description: "Under the executed policy, no code cell was run. Default: error."
            },
            secret: {
              $ref: "#/definitions/notebookRuleLevel",
              description: "A token, key or password in a source or an output. Default: error."
            },
            "local-path": {
              $ref: "#/definitions/notebookRuleLevel",
              description: "An absolute path of someone's machine (/Users/..., /home/..., C:\\Users\\...). Default: warning."
            },
            "unpinned-install": {
              $ref: "#/definitions/notebookRuleLevel",
              description: "!pip install / %pip install (or conda) of a package without an exact version. Default: warning."
            },
            "too-large": {
              $ref: "#/definitions/notebookRuleLevel",
              description: "The notebook or one output exceeds the size limits. Default: warning."
            },
            "kernel-metadata": {
              $ref: "#/definitions/notebookRuleLevel",
              description: "metadata.kernelspec or metadata.language_info.version is missing. Default: warning."
            },
            "python-version": {
              $ref: "#/definitions/notebookRuleLevel",
              description: "The notebook's Python version is not the one the project declares. Default: warning."
            },
            invalid: {
              $ref: "#/definitions/notebookRuleLevel",
              description: "The file is not a valid nbformat v4 notebook (malformed JSON, not UTF-8, nbformat 3, schema violations). Default: error."
            },
            "unsafe-path": {
              $ref: "#/definitions/notebookRuleLevel",
              description: "A symbolic link that leaves the repository or points into .git, or a path that is not a regular file. Default: error."
            }
          }
        },
        "max-findings-per-notebook": {
          type: "integer",
          minimum: 1,
          default: 20,
          description: "Findings listed per notebook; the rest are counted in one notice."
        }
      }
    },
    percent: {
      type: "number",
      minimum: 0,
      maximum: 100,
      description: "A percentage from 0 to 100, compared with the unrounded figure."
    },
    registryApproval: {
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
              when: { $ref: "#/definitions/registryWhen" }
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
                description: "Repository-relative path. .md files are read as YAML front matter; others as YAML (JSON is YAML).",
                pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
                $comment: "repository-path"
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
              when: { $ref: "#/definitions/registryWhen" }
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
              description: "Repository-relative path of the registry file: models: {<name>: {path, versions: [{version, status, approver, date}]}}.",
              pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
              $comment: "repository-path"
            },
            approvers: {
              type: "array",
              items: { type: "string", minLength: 1 },
              description: "GitHub logins or e-mail addresses allowed to approve (case-insensitive, leading @ optional)."
            },
            codeowners: {
              type: "boolean",
              default: false,
              description: "Also allow the CODEOWNERS owners of the model's path (last matching pattern wins, as on GitHub)."
            },
            teams: {
              type: "object",
              additionalProperties: { type: "array", items: { type: "string", minLength: 1 } },
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
      }
    },
    registryWhen: {
      enum: ["always", "release"],
      default: "always",
      description: "always: checked in pull requests and releases; release: only in release mode (the models bound to a release)."
    },
    report: {
      type: "object",
      description: "The combined report (actions/report, the root action, `ml-quality-gates report`): one sticky PR comment, a check run, the job summary and the merge-blocking verdict.",
      additionalProperties: false,
      properties: {
        results: {
          description: "Where gate results are read from besides this job's $RUNNER_TEMP/ml-quality-gates: directories (searched for *.json, e.g. downloaded artifacts of other jobs), files or globs.",
          $ref: "#/definitions/globList"
        },
        expect: {
          type: "array",
          items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" },
          uniqueItems: true,
          description: "Gate ids (or result ids) that must have a result; a missing one is an error, so a gate whose job crashed cannot read as a pass."
        },
        comment: {
          enum: ["always", "on-change", "on-failure", "never"],
          default: "always",
          description: "When to write the sticky PR comment: always (create or update), on-change (only when the verdict or findings changed), on-failure (create only when something blocks; an existing comment is still updated so it never shows a stale failure), never."
        },
        marker: {
          type: "string",
          pattern: "^[A-Za-z0-9_.-]{1,64}$",
          default: "report",
          description: "Id of the hidden marker that finds our comment; give each independent report on one PR its own."
        },
        "check-name": {
          type: "string",
          minLength: 1,
          maxLength: 100,
          default: "ML quality gates",
          description: "Name of the check run (and commit status context). Make this the required check in branch protection; keep it stable."
        },
        "check-run": {
          type: "boolean",
          default: true,
          description: "Create a check run on the PR head commit (needs permissions: checks: write)."
        },
        "commit-status": {
          type: "boolean",
          default: false,
          description: "Also set a commit status with the check name as context (needs permissions: statuses: write)."
        },
        "fail-on": {
          enum: ["error", "warning", "never"],
          default: "error",
          description: "What blocks: error (gates that fail), warning (warnings too), never (report only)."
        },
        "fail-on-error": {
          type: "boolean",
          default: true,
          description: "Whether a gate that could not judge (status error) blocks. Keep true unless the gate is advisory: an error must not read as a pass."
        },
        "max-findings": {
          type: "integer",
          minimum: 0,
          maximum: 1e3,
          default: 50,
          description: 'Findings listed per gate in the comment and the check summary before "and N more"; the job summary lists up to 1000.'
        },
        title: {
          type: "string",
          minLength: 1,
          maxLength: 100,
          default: "ML quality gates",
          description: "Heading of the report."
        },
        "artifact-name": {
          type: "string",
          pattern: "^[A-Za-z0-9_.-]{1,100}$",
          default: "ml-quality-gates-results",
          description: "Name of the results artifact a fork PR run uploads and the workflow_run report downloads."
        },
        "upload-results": {
          enum: ["auto", "always", "never"],
          default: "auto",
          description: "Upload the results as an artifact: auto (when the token could not post, as on a fork PR), always, never."
        },
        "comment-author": {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$",
          description: "Login the token writes comments as, when it is a GitHub App's installation token (e.g. my-app[bot]). Default: the token's own login from GET /user, else github-actions[bot] (GITHUB_TOKEN). Only a comment by this account is ever edited."
        },
        "api-timeout": {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 600,
          default: 30,
          description: "Time limit of each attempt of each GitHub API request, in seconds. A GitHub that never answers ends the step with an error instead of hanging the job."
        },
        "max-rate-limit-wait": {
          type: "number",
          minimum: 0,
          maximum: 3600,
          default: 60,
          description: "Longest GitHub rate-limit wait the step accepts, in seconds. A longer one is an error that says when to retry."
        },
        "config-from": {
          enum: ["head", "base"],
          description: "Which config governs the verdict: head (the checked-out one) or base (the pull request base branch's, so a PR cannot lower its own bar). Default: head; base in the workflow_run flow."
        }
      }
    }
  }
};

// src/config/parse-config.ts
var validator;
function validate(document) {
  validator ??= new import_ajv.Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true }).compile(
    config_schema_default
  );
  return validator(document) ? [] : validator.errors ?? [];
}
function parseConfig(text, fileName) {
  let document;
  try {
    document = parseYaml(text, fileName);
  } catch (error) {
    if (error instanceof InputError) throw new ConfigurationError(error.message, error.location, error.fix);
    throw error;
  }
  const value = document.value ?? {};
  const errors = validate(value);
  if (errors.length === 0) return value;
  const problems = dedupe(
    foldSchemaErrors(errors).map((e) => {
      const { pointer, message } = describeSchemaError(e, (p) => valueAtPointer(value, p));
      const line = document.lineOf(pointer);
      return { line, text: `${fileName}${line ? `:${line}` : ""}: ${message}` };
    })
  );
  throw new ConfigurationError(
    problems.map((p) => p.text).join("\n"),
    { path: fileName, line: problems[0]?.line },
    "Fix the keys above; schema/config.schema.json documents every key (add `# yaml-language-server: $schema=...` for editor help)."
  );
}
function dedupe(items) {
  return [...new Map(items.map((i) => [i.text, i])).values()];
}

export {
  parseConfig
};
