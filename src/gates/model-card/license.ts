import spdxDeprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import type { Finding } from '../../result/types.js';

/**
 * Identifiers the Hugging Face Hub accepts besides SPDX ones (its license table in hub-docs):
 * model licenses SPDX does not list. `other` needs license_name/license_link (the schema checks).
 */
const HUB_LICENSES = [
  'other',
  'unknown',
  'openrail',
  'openrail++',
  'bigscience-openrail-m',
  'creativeml-openrail-m',
  'bigscience-bloom-rail-1.0',
  'bigcode-openrail-m',
  'llama2',
  'llama3',
  'llama3.1',
  'llama3.2',
  'llama3.3',
  'llama4',
  'gemma',
  'deepfloyd-if-license',
  'apple-amlr',
  'apple-ascl',
  'intel-research',
  'lgpl-lr',
  'cc',
];

let known: Set<string> | undefined;

/** Lower-cased SPDX ids (from the `spdx-license-ids` package, current and deprecated) plus the Hub's own. */
export function knownLicenses(): Set<string> {
  if (!known) {
    // Bundled at build time: the action runs without node_modules.
    known = new Set([...spdxIds, ...spdxDeprecated, ...HUB_LICENSES].map((id) => id.toLowerCase()));
  }
  return known;
}

/**
 * Checks a card's license id: it must be a known id (the Hub writes SPDX ids in lower case, so
 * case is ignored) and, when an allowlist is configured, on it.
 */
export function checkLicense(
  license: string,
  allow: string[],
  where: { path: string; line?: number },
): Finding[] {
  const id = license.trim().toLowerCase();
  const loc = { path: where.path, ...(where.line !== undefined ? { line: where.line } : {}) };
  if (!knownLicenses().has(id)) {
    return [
      {
        severity: 'error',
        rule: 'model-card/license-unknown',
        ...loc,
        message: `license ${JSON.stringify(license)} is not an SPDX license id or one the Hugging Face Hub knows.`,
        fix: 'Use an SPDX id (e.g. apache-2.0, mit, cc-by-4.0), or license: other with license_name and license_link.',
      },
    ];
  }
  if (allow.length > 0 && !allow.includes(id)) {
    return [
      {
        severity: 'error',
        rule: 'model-card/license-not-allowed',
        ...loc,
        message: `license ${JSON.stringify(license)} is not on the allowed list (${allow.join(', ')}).`,
        fix: 'Relicense the model under an allowed license, or have the allowlist in model-card.license.allow extended.',
      },
    ];
  }
  return [];
}
