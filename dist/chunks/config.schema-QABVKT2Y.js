import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import "./chunk-UETBL5CI.js";

// src/gates/notebooks/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
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
          items: {
            type: "string",
            minLength: 1
          },
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
    notebookRuleLevel: {
      enum: ["error", "warning", "notice", "off"]
    }
  }
};
export {
  config_schema_default as default
};
