import type { GateOption, OptionValuesOf } from '../../result/gate.js';

/** Options of `ml-quality-gates registry-approval`, which are also the inputs of actions/registry-approval. */
export const REGISTRY_APPROVAL_OPTIONS = [
  {
    name: 'registry',
    kind: 'string',
    choices: ['file', 'mlflow', 'sagemaker'],
    description: 'Registry that decides: file (in-repo, default), mlflow or sagemaker',
  },
  {
    name: 'mode',
    kind: 'string',
    choices: ['auto', 'pull-request', 'release'],
    description: 'release checks every model bound to the release; auto: from the event',
  },
  {
    name: 'model',
    kind: 'list',
    input: 'models',
    aliases: ['models'],
    description:
      'Model version to check: NAME:VERSION, NAME@ALIAS, NAME or a SageMaker ARN (replaces config models)',
  },
  {
    name: 'registry-file',
    kind: 'string',
    description: 'The in-repo registry file (default registry/models.yml)',
  },
  { name: 'approvers', kind: 'list', description: 'Logins allowed to approve in the in-repo registry' },
  { name: 'mlflow-tracking-uri', kind: 'string', description: 'MLflow server or Databricks workspace URL' },
  {
    name: 'mlflow-token',
    kind: 'string',
    secret: true,
    description: 'MLflow bearer token / Databricks PAT (secret)',
  },
  { name: 'mlflow-username', kind: 'string', description: 'MLflow basic-auth user' },
  {
    name: 'mlflow-password',
    kind: 'string',
    secret: true,
    description: 'MLflow basic-auth password (secret)',
  },
  {
    name: 'mlflow-approval',
    kind: 'string',
    description: 'What approved means: alias:champion, tag:KEY=VALUE or stage:Production',
  },
  { name: 'aws-region', kind: 'string', description: 'AWS region of the SageMaker registry' },
  { name: 'sagemaker-endpoint', kind: 'string', description: 'SageMaker endpoint URL override' },
  {
    name: 'timeout-seconds',
    kind: 'number',
    description: 'Time limit of each registry request (default 10)',
  },
  { name: 'retries', kind: 'number', description: 'Retries after network errors and 5xx (default 2)' },
] as const satisfies readonly GateOption[];

/** Values given as CLI options or action inputs; each one overrides the config file. */
export type RegistryApprovalOverrides = OptionValuesOf<typeof REGISTRY_APPROVAL_OPTIONS>;
