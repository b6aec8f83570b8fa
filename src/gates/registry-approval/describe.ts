import type { Finding } from '../../result/types.js';
import {
  isRegistryAnswer,
  type ModelReference,
  type RegistryError,
  type RegistryKind,
  referenceLabel,
  type VersionRecord,
} from './client.js';

/** The outcome of checking one referenced version. */
export type Check =
  { reference: ModelReference; record: VersionRecord } | { reference: ModelReference; error: RegistryError };

/** Registry names as people write them. */
export const REGISTRY_LABEL: Record<RegistryKind, string> = {
  mlflow: 'MLflow Model Registry',
  sagemaker: 'SageMaker Model Registry',
  file: 'in-repo registry',
};

/** `metrics.versions[]`: one row per referenced version. */
export function versionMetric(registry: RegistryKind, check: Check): Record<string, unknown> {
  const { reference } = check;
  const row: Record<string, unknown> = {
    name: reference.name,
    reference: referenceLabel(reference),
    registry,
    source: reference.origin.description,
  };
  if ('record' in check) {
    const r = check.record;
    Object.assign(row, {
      version: r.version,
      state: r.state,
      status: r.status,
      ...(r.approvedBy !== undefined ? { approvedBy: r.approvedBy } : {}),
      ...(r.approvedAt !== undefined ? { approvedAt: r.approvedAt } : {}),
      ...(r.registeredBy !== undefined ? { registeredBy: r.registeredBy } : {}),
      ...(r.updatedAt !== undefined ? { updatedAt: r.updatedAt } : {}),
      ...(r.link !== undefined ? { link: r.link } : {}),
    });
  } else {
    Object.assign(row, {
      state: isRegistryAnswer(check.error.kind) ? check.error.kind : 'error',
      error: check.error.kind,
    });
  }
  return row;
}

const FIX: Record<string, string> = {
  pending: 'Have an allowed approver approve this version in the registry, or reference an approved version.',
  rejected: 'Reference an approved version instead; a rejected version must not ship.',
  'not-ready': 'Wait until the registry finishes registering the version (or re-register it), then re-run.',
  unauthorized:
    'Have an allowed approver (registry-approval.file.approvers or a CODEOWNERS owner of the model) approve it.',
  'not-found': 'Reference a version that exists in the registry (check the name, version and alias).',
  'no-alias':
    "Point the alias at the version to ship (MLflow: MlflowClient().set_registered_model_alias(name, alias, version); in-repo: add it to that version's aliases), or reference a version or an alias that exists.",
  unreachable:
    'Check the registry URL/endpoint and that the runner can reach it (network, VPN, proxy); re-run.',
  timeout: 'The registry was too slow: re-run, or raise registry-approval.timeout-seconds.',
  auth: 'Provide valid credentials (a token or AWS role with read access to the registry) to this step.',
  server: 'The registry failed on its side; re-run later, or check its health.',
  'bad-request': 'Check the reference and the registry settings (tracking URI, region, endpoint).',
  'bad-response': 'Check that the URL points at the registry API (not a login page or proxy).',
};

/** One finding per checked version: a notice when approved, otherwise an error that says why. */
export function checkFinding(registry: RegistryKind, check: Check): Finding {
  const { reference } = check;
  const where = {
    ...(reference.origin.path ? { path: reference.origin.path } : {}),
    ...(reference.origin.line !== undefined ? { line: reference.origin.line } : {}),
  };
  const label = referenceLabel(reference);
  const from = reference.origin.path ? '' : ` (from ${reference.origin.description})`;
  if ('error' in check) return errorFinding(registry, check.error, `${label}${from}`, where);
  const r = check.record;
  const resolved = r.version && r.version !== reference.version ? ` (version ${r.version})` : '';
  const link = r.link ? ` ${r.link}` : '';
  if (r.state === 'approved') {
    const who = r.approvedBy ? ` by ${r.approvedBy}` : '';
    const when = r.approvedAt ? ` on ${r.approvedAt}` : '';
    return {
      severity: 'notice',
      rule: 'registry-approval/approved',
      message: `${label}${resolved}${from} is approved in the ${REGISTRY_LABEL[registry]}${who}${when}${r.status === 'approved' ? '' : ` (${r.status})`}.${link}`,
      ...where,
    };
  }
  return {
    severity: 'error',
    rule: `registry-approval/${r.state}`,
    message: `${label}${resolved}${from} is not approved in the ${REGISTRY_LABEL[registry]}: ${r.detail ?? r.status}.${link}`,
    fix: FIX[r.state] ?? FIX.pending,
    ...where,
  };
}

/** A version the registry did not describe: its answer (not found, no such alias) or its failure. */
function errorFinding(
  registry: RegistryKind,
  error: RegistryError,
  subject: string,
  where: Pick<Finding, 'path' | 'line'>,
): Finding {
  const name = REGISTRY_LABEL[registry];
  const [rule, message] =
    error.kind === 'not-found'
      ? ['registry-approval/not-found', `${subject} does not exist in the ${name}: ${error.message}`]
      : error.kind === 'no-alias'
        ? ['registry-approval/no-alias', `${subject} is not approved in the ${name}: ${error.message}.`]
        : [
            `registry-approval/registry-${error.kind}`,
            `${subject}: could not check the ${name} — ${error.message}${error.attempts > 1 ? ` (after ${error.attempts} attempts)` : ''}`,
          ];
  return { severity: 'error', rule, message, fix: FIX[error.kind] ?? FIX['bad-request'], ...where };
}

/** The one-line headline. */
export function title(approved: number, total: number, failed: number, errors: number): string {
  if (errors > 0) return `Registry approval: could not check ${errors} of ${total} model version(s)`;
  if (failed > 0) return `Registry approval: ${failed} of ${total} model version(s) not approved`;
  return `Registry approval: ${approved} of ${total} model version(s) approved`;
}
