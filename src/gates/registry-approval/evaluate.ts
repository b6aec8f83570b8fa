import { errorGateResult, userErrorFinding } from '../../result/error-result.js';
import { ratio } from '../../result/percent.js';
import type { GateResult, GateStatus } from '../../result/types.js';
import { UserError } from '../../util/errors.js';
import { isRegistryAnswer, type ModelReference, type RegistryClient, RegistryError } from './client.js';
import { type Check, checkFinding, REGISTRY_LABEL, title, versionMetric } from './describe.js';
import { collectReferences } from './references.js';
import type { RegistryApprovalSettings } from './settings.js';

const GATE = 'registry-approval';

/**
 * Runs the registry approval gate: collects the referenced model versions (config, manifests,
 * model cards), asks the registry about each, and passes only when every one is approved.
 * A version the registry does not know (or an alias no version carries) fails; a registry that
 * cannot answer is `error`.
 */
export async function evaluateRegistryApproval(
  settings: RegistryApprovalSettings,
  client: RegistryClient,
): Promise<GateResult> {
  let references: ModelReference[];
  try {
    references = await collectReferences(settings.cwd, settings.models, settings.manifests, settings.release);
  } catch (error) {
    if (error instanceof UserError) {
      return errorGateResult(GATE, 'Registry approval: could not read the model references', [
        userErrorFinding(GATE, error),
      ]);
    }
    throw error;
  }
  const mode = settings.release ? 'release' : 'pull request';
  if (references.length === 0) return nothingReferenced(settings);

  const checks: Check[] = [];
  for (const reference of references) {
    // One at a time: a handful of versions, and a registry under load should not see a burst.
    try {
      checks.push({ reference, record: await client.lookup(reference) });
    } catch (error) {
      if (error instanceof RegistryError) checks.push({ reference, error });
      else if (error instanceof UserError) {
        return errorGateResult(GATE, 'Registry approval: the registry file is invalid', [
          userErrorFinding(GATE, error),
        ]);
      } else throw error;
    }
  }

  const approved = checks.filter((c) => 'record' in c && c.record.state === 'approved').length;
  const errors = checks.filter((c) => 'error' in c && !isRegistryAnswer(c.error.kind)).length;
  const failed = checks.length - approved - errors;
  const status: GateStatus = errors > 0 ? 'error' : failed > 0 ? 'fail' : 'pass';
  const registry = REGISTRY_LABEL[client.kind];
  const approvedRatio = ratio(approved, checks.length);
  return {
    schemaVersion: 1,
    gate: GATE,
    status,
    title: title(approved, checks.length, failed, errors),
    summary: [
      `${checks.length} model version(s) referenced in ${mode} mode, checked against the ${registry}:`,
      `${approved} approved, ${failed} not approved${errors > 0 ? `, ${errors} could not be checked (the registry did not answer; this is not a pass)` : ''}.`,
    ].join(' '),
    keyMetric: { label: 'approved versions', value: approvedRatio.percent, unit: '%', threshold: 100 },
    metrics: {
      registry: client.kind,
      mode: settings.release ? 'release' : 'pull-request',
      approved: approvedRatio,
      failed,
      errors,
      versions: checks.map((c) => versionMetric(client.kind, c)),
    },
    findings: checks.map((c) => checkFinding(client.kind, c)),
  };
}

/**
 * No version referenced: in a pull request nothing is deployed by it, so the gate has nothing to
 * judge (skip); a release that binds no model cannot be shown to ship approved models (fail).
 */
function nothingReferenced(settings: RegistryApprovalSettings): GateResult {
  const base = { schemaVersion: 1 as const, gate: GATE, metrics: { approved: ratio(0, 0), versions: [] } };
  if (!settings.release) {
    return {
      ...base,
      status: 'skip',
      title: 'Registry approval: no model version referenced',
      summary:
        'Neither the --model option (models input), the config nor the configured manifests reference a model version in this pull request.',
      findings: [],
    };
  }
  return {
    ...base,
    status: 'fail',
    title: 'Registry approval: no model version is bound to this release',
    summary: 'In release mode every model bound to the release must be approved, but none is referenced.',
    findings: [
      {
        severity: 'error',
        rule: 'registry-approval/no-models',
        message:
          'No model version is bound to this release (registry-approval.models and .manifests reference none).',
        fix: 'List the models the release ships under registry-approval.models (when: release) or point registry-approval.manifests at the deploy manifest.',
      },
    ],
  };
}
