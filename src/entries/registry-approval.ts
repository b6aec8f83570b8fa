import type { GateCommand } from '../cli/gate-command.js';
import {
  type RegistryConnection,
  registryApprovalSettings,
  type RegistrySecrets,
} from '../config/registry-approval-settings.js';
import type { RegistryClient } from '../gates/registry-approval/client.js';
import { evaluateRegistryApproval } from '../gates/registry-approval/evaluate.js';
import { FileRegistry } from '../gates/registry-approval/file.js';
import type { RegistryApprovalSettings } from '../gates/registry-approval/settings.js';
import { errorGateResult, userErrorFinding } from '../result/error-result.js';
import { UserError } from '../util/errors.js';
import type { OptionSpec, OptionValues } from './options.js';

/** Options of `ml-quality-gates registry-approval`; the composite action passes each as MLQG_<NAME>. */
export const REGISTRY_APPROVAL_OPTIONS: readonly OptionSpec[] = [
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
    env: 'MLQG_MODELS',
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
  { name: 'mlflow-token', kind: 'string', description: 'MLflow bearer token / Databricks PAT (secret)' },
  { name: 'mlflow-username', kind: 'string', description: 'MLflow basic-auth user' },
  { name: 'mlflow-password', kind: 'string', description: 'MLflow basic-auth password (secret)' },
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
];

/** The registry approval gate: nothing ships that the model registry has not approved. */
export const REGISTRY_APPROVAL_GATE: GateCommand = {
  name: 'registry-approval',
  summary:
    'Every referenced model version must be approved in the registry (MLflow, SageMaker Model Registry, in-repo file)',
  options: REGISTRY_APPROVAL_OPTIONS,
  configured: (config) => config['registry-approval'] !== undefined,
  disabled: (config) =>
    config['registry-approval']?.enabled === false
      ? 'registry-approval.enabled is false in the config'
      : undefined,
  evaluate: async (config, options, ctx) => {
    const secrets = secretsOf(options);
    await maskSecrets(secrets, ctx.env);
    let merged: ReturnType<typeof registryApprovalSettings>;
    try {
      merged = registryApprovalSettings(
        config['registry-approval'] ?? {},
        options,
        secrets,
        ctx.cwd,
        ctx.env,
      );
    } catch (error) {
      // A result file even for a bad setting, so `run` goes on and the report shows why.
      if (error instanceof UserError) {
        return errorGateResult('registry-approval', 'Registry approval: bad configuration', [
          userErrorFinding('registry-approval', error),
        ]);
      }
      throw error;
    }
    const { settings, connection } = merged;
    return evaluateRegistryApproval(settings, await createClient(settings, connection, ctx.env));
  },
};

function secretsOf(options: OptionValues): RegistrySecrets {
  const pick = (name: keyof RegistrySecrets) =>
    typeof options[name] === 'string' ? { [name]: options[name] } : {};
  return { ...pick('mlflow-token'), ...pick('mlflow-username'), ...pick('mlflow-password') };
}

/**
 * In a workflow, registers every secret with the runner so it is masked in logs, whether it came
 * from an input or from the environment (a secret set as a job `env:` is not masked otherwise).
 */
async function maskSecrets(secrets: RegistrySecrets, env: NodeJS.ProcessEnv): Promise<void> {
  if (env.GITHUB_ACTIONS !== 'true') return;
  const values = [
    secrets['mlflow-token'],
    secrets['mlflow-password'],
    env.MLFLOW_TRACKING_TOKEN,
    env.MLFLOW_TRACKING_PASSWORD,
    env.DATABRICKS_TOKEN,
    env.AWS_SECRET_ACCESS_KEY,
    env.AWS_SESSION_TOKEN,
  ].filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (values.length === 0) return;
  // @actions/core loads only inside a workflow, as in src/run/publish.ts.
  const core = await import('@actions/core');
  for (const value of values) core.setSecret(value);
}

/** The client for the configured registry; the AWS SDK loads only when SageMaker is used. */
async function createClient(
  settings: RegistryApprovalSettings,
  connection: RegistryConnection,
  env: NodeJS.ProcessEnv,
): Promise<RegistryClient> {
  switch (connection.kind) {
    case 'mlflow': {
      const { MlflowRegistry } = await import('../gates/registry-approval/mlflow.js');
      return new MlflowRegistry({ ...connection, approval: settings.mlflow.approval });
    }
    case 'sagemaker': {
      // The SDK warns on every run that releases after January 2027 will need Node 22; the
      // pinned release supports Node 20, and the notice would only clutter the gate's log.
      process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
      const { SageMakerRegistry } = await import('../gates/registry-approval/sagemaker.js');
      return new SageMakerRegistry(connection);
    }
    default:
      return new FileRegistry({
        cwd: settings.cwd,
        path: settings.file.path,
        approvers: settings.file.approvers,
        ...(blobLink(env) ? { linkTo: blobLink(env) } : {}),
      });
  }
}

/** Links to the registry file at the commit being checked, when running on GitHub. */
function blobLink(env: NodeJS.ProcessEnv): ((path: string, line?: number) => string) | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return undefined;
  return (path, line) => `${server}/${repo}/blob/${sha}/${path}${line ? `#L${line}` : ''}`;
}
