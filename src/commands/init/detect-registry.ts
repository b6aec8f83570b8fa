import { parseYaml } from '../../util/yaml.js';
import type { RegistryFindings } from './findings.js';
import { readSmall } from './read.js';
import { safeName } from './scan.js';

const YAML = /\.(ya?ml)$/i;
const CODEOWNERS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** Files that may name a deployed model version: YAML or JSON outside docs, data and tool folders. */
const MANIFEST = /\.(ya?ml|json)$/i;
const NOT_MANIFEST =
  /(^|\/)(\.github|docs|data|tests?|notebooks|node_modules)\/|\.schema\.json$|metrics\.json$/;
const MAX_MANIFESTS = 200;

type Json = Record<string, unknown>;
const isMap = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

async function loadYaml(root: string, path: string): Promise<unknown> {
  const text = await readSmall(root, path, 256 * 1024);
  if (text === undefined) return undefined;
  try {
    return parseYaml(text, path).value;
  } catch {
    return undefined;
  }
}

/** An in-repo registry file: `models: {<name>: {versions: [{version, status, approver}]}}`. */
function registryShape(value: unknown): { models: string[]; approvers: string[] } | undefined {
  const models = isMap(value) ? value.models : undefined;
  if (!isMap(models)) return undefined;
  const entries = Object.entries(models).filter(([, m]) => isMap(m) && Array.isArray(m.versions));
  if (entries.length === 0) return undefined;
  const approvers = new Set<string>();
  for (const [, model] of entries) {
    for (const v of (model as { versions: unknown[] }).versions) {
      if (isMap(v) && v.status === 'approved' && typeof v.approver === 'string' && safeName(v.approver)) {
        approvers.add(v.approver.replace(/^@/, ''));
      }
    }
  }
  return { models: entries.map(([name]) => name), approvers: [...approvers].sort() };
}

/** Dot paths of a mapping (up to 4 levels deep) that holds `name: <a registered model>` and `version`. */
function versionKeys(value: unknown, models: readonly string[], path: string[] = []): string[] | undefined {
  if (!isMap(value) || path.length > 4) return undefined;
  if (typeof value.name === 'string' && models.includes(value.name) && 'version' in value) return path;
  for (const [key, child] of Object.entries(value)) {
    if (!/^[A-Za-z0-9_-]+$/.test(key)) continue;
    const found = versionKeys(child, models, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The in-repo registry file, who approved versions in it, the CODEOWNERS file, and the deploy
 * manifests that name a registered model's version (so a PR that bumps it is checked).
 */
export async function detectRegistry(
  root: string,
  files: readonly string[],
): Promise<RegistryFindings | undefined> {
  const candidates = files.filter((f) => YAML.test(f) && /registry|models\.ya?ml$/i.test(f));
  for (const path of candidates) {
    const shape = registryShape(await loadYaml(root, path));
    if (!shape) continue;
    const manifests: RegistryFindings['manifests'] = [];
    const others = files.filter((f) => MANIFEST.test(f) && f !== path && !NOT_MANIFEST.test(f));
    for (const file of others.slice(0, MAX_MANIFESTS)) {
      const text = await readSmall(root, file, 256 * 1024);
      if (text === undefined || !shape.models.some((m) => text.includes(m))) continue;
      const keys = versionKeys(await loadYaml(root, file), shape.models);
      if (keys) {
        const at = keys.map((k) => `${k}.`).join('');
        manifests.push({ file, nameKey: `${at}name`, versionKey: `${at}version` });
      }
    }
    const codeowners = CODEOWNERS.find((c) => files.includes(c));
    return { path, ...shape, codeowners, manifests };
  }
  return undefined;
}
