import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import "./chunk-UETBL5CI.js";

// src/gates/registry-approval/config.schema.json
var config_schema_default = {
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
          description: "Repository-relative path of the registry file: models: {<name>: {path, versions: [{version, status, approver, date}]}}.",
          pattern: "^(?!!?[/\\\\])(?!!?[A-Za-z]:)(?!(.*[/\\\\])?!?\\.\\.([/\\\\]|$))",
          $comment: "repository-path"
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
export {
  config_schema_default as default
};
