import type { Gate } from '../../result/gate.js';
import { REGISTRY_APPROVAL_OPTIONS } from './options.js';
import type { RegistryApproval } from './parse-settings.js';

/** The registry approval gate: nothing ships that the model registry has not approved. */
export const REGISTRY_APPROVAL_GATE: Gate<RegistryApproval> = {
  id: 'registry-approval',
  title: 'Registry approval',
  summary:
    'Every referenced model version must be approved in the registry (MLflow, SageMaker Model Registry, in-repo file)',
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import('./config.schema.json', { with: { type: 'json' } })).default,
  recomputable: true,
  options: REGISTRY_APPROVAL_OPTIONS,
  settings: async (section, options, ctx) =>
    (await import('./parse-settings.js')).registryApprovalSettings(section ?? {}, options, {
      cwd: ctx.cwd,
      env: ctx.env,
      release: ctx.event.release,
    }),
  evaluate: async ({ settings, connection }, ctx) => {
    const [{ createClient }, { evaluateRegistryApproval }] = await Promise.all([
      import('./create-client.js'),
      import('./evaluate.js'),
    ]);
    return evaluateRegistryApproval(
      settings,
      await createClient(settings, connection, ctx.env, ctx.event.pullRequest?.headSha),
    );
  },
  // The token, the password, and the Basic header they make (a proxy may echo the header).
  secrets: ({ connection }) => {
    if (connection.kind !== 'mlflow') return [];
    const { token, username, password } = connection;
    const basic =
      username !== undefined && password !== undefined
        ? Buffer.from(`${username}:${password}`).toString('base64')
        : undefined;
    return [token, password, basic].filter((v): v is string => v !== undefined);
  },
};
