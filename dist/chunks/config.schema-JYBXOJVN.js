import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import "./chunk-UETBL5CI.js";

// src/gates/model-evaluation/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
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
              weight: {
                type: "string",
                minLength: 1,
                description: "Sample weights (\u2265 0)."
              },
              id: {
                type: "string",
                minLength: 1,
                description: "Row id: joins candidate and baseline rows for the paired bootstrap."
              },
              groups: {
                type: "array",
                items: {
                  type: "string",
                  minLength: 1
                },
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
            items: {
              type: ["string", "number", "boolean"]
            },
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
                min: {
                  type: "number",
                  description: "The metric must be at least this."
                },
                max: {
                  type: "number",
                  description: "The metric must be at most this."
                },
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
            propertyNames: {
              minLength: 1
            }
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
                additionalProperties: {
                  type: "string",
                  minLength: 1,
                  description: "Key."
                }
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
                items: {
                  type: "string",
                  minLength: 1
                },
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
                additionalProperties: {
                  type: "number"
                }
              },
              max: {
                type: "object",
                description: "Metric \u2192 the largest value any judged slice may have (log_loss: 0.6).",
                additionalProperties: {
                  type: "number"
                }
              },
              "max-gap": {
                type: "object",
                description: "demographic_parity_difference, equalized_odds_difference (Fairlearn) or any metric \u2192 the largest allowed gap (largest \u2212 smallest) between judged slices of a column.",
                additionalProperties: {
                  type: "number",
                  minimum: 0
                }
              },
              "min-ratio": {
                type: "object",
                description: "demographic_parity_ratio or equalized_odds_ratio (Fairlearn) \u2192 the smallest allowed ratio (0.8 is the four-fifths rule).",
                additionalProperties: {
                  type: "number",
                  minimum: 0,
                  maximum: 1
                }
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
                  max: {
                    type: "number",
                    description: "Largest allowed value.",
                    minimum: 0
                  },
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
                propertyNames: {
                  pattern: "^(p\\d+(\\.\\d+)?|mean|max)$"
                },
                additionalProperties: {
                  type: "object",
                  additionalProperties: false,
                  description: "A budget figure's bounds.",
                  properties: {
                    max: {
                      type: "number",
                      description: "Largest allowed value.",
                      minimum: 0
                    },
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
          min: {
            type: "number",
            description: "The metric must be at least this."
          },
          max: {
            type: "number",
            description: "The metric must be at most this."
          },
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
      propertyNames: {
        minLength: 1
      }
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
};
export {
  config_schema_default as default
};
