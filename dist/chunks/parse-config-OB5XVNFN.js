import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-AVTWL7A5.js";
import {
  describeSchemaError,
  foldSchemaErrors,
  require_ajv,
  valueAtPointer
} from "./chunk-AQBHJPYW.js";
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
  $id: "https://github.com/ml-quality-gates/ml-quality-gates/schema/config.schema.json",
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
            file: { type: "string", description: "Path of the baseline coverage result JSON." },
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
                    additionalProperties: { type: "string", minLength: 1 },
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
              schema: { type: "string", minLength: 1, description: "Schema path or glob." },
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
        { type: "string", minLength: 1 },
        { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }
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
              items: { type: "string", minLength: 1 },
              description: "Globs of metric keys in the file that need not appear in the card (e.g. *.loss, n_*)."
            }
          }
        },
        "dataset-schemas": {
          type: "object",
          additionalProperties: { type: "string", minLength: 1 },
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
              description: "Repository-relative path of the registry file: models: {<name>: {path, versions: [{version, status, approver, date}]}}."
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
