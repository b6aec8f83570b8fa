import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import "./chunk-UETBL5CI.js";

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
  },
  definitions: {
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
    percent: {
      type: "number",
      minimum: 0,
      maximum: 100,
      description: "A percentage from 0 to 100, compared with the unrounded figure."
    }
  }
};
export {
  config_schema_default as default
};
