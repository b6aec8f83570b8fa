import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import "./chunk-UETBL5CI.js";

// src/gates/model-card/config.schema.json
var config_schema_default = {
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
          propertyNames: {
            minLength: 1
          },
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
    }
  }
};
export {
  config_schema_default as default
};
