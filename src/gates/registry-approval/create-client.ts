import type { RegistryApprovalSettings } from './settings.js';
import type { RegistryClient } from './client.js';
import { FileRegistry } from './file.js';
import type { RegistryConnection } from './parse-settings.js';

/** The client for the configured registry; the AWS SDK loads only when SageMaker is used. */
export async function createClient(
  settings: RegistryApprovalSettings,
  connection: RegistryConnection,
  env: Readonly<Record<string, string | undefined>>,
  /** The pull request's head commit, when there is one: file links point there. */
  headSha?: string,
): Promise<RegistryClient> {
  switch (connection.kind) {
    case 'mlflow': {
      const { MlflowRegistry } = await import('./mlflow.js');
      return new MlflowRegistry({ ...connection, approval: settings.mlflow.approval });
    }
    case 'sagemaker': {
      // The SDK warns on every run that releases after January 2027 will need Node 22; the
      // pinned release supports Node 20, and the notice would only clutter the gate's log.
      process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
      const { SageMakerRegistry } = await import('./sagemaker.js');
      return new SageMakerRegistry(connection);
    }
    default:
      return new FileRegistry({
        cwd: settings.cwd,
        path: settings.file.path,
        approvers: settings.file.approvers,
        ...(blobLink(env, headSha) ? { linkTo: blobLink(env, headSha) } : {}),
      });
  }
}

/** Links to the registry file at the commit being checked, when running on GitHub. */
/**
 * Links to the registry file at the commit being judged: the PR head in a pull request (a link
 * to GITHUB_SHA, the merge commit, would point at a commit nobody pushed), else GITHUB_SHA.
 */
function blobLink(
  env: Readonly<Record<string, string | undefined>>,
  headSha: string | undefined,
): ((path: string, line?: number) => string) | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = env;
  const sha = headSha ?? env.GITHUB_SHA;
  if (!server || !repo || !sha) return undefined;
  return (path, line) => `${server}/${repo}/blob/${sha}/${path}${line ? `#L${line}` : ''}`;
}
