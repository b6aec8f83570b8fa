import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import "./chunk-UETBL5CI.js";

// src/gates/data-schema/config.schema.json
var config_schema_default = {
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
