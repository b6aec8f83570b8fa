import { type LoadedConfig, loadConfig, loadConfigAtRef } from '../config/load-config.js';
import type { RunEvent } from '../result/gate.js';
import { ConfigurationError } from '../util/errors.js';

/** Which config governs a run: the checked-out one, or the pull request base branch's. */
export type ConfigSource = 'head' | 'base';

/**
 * Loads the config that governs this run. `head` reads the checked-out file; `base` reads it as
 * it is on the pull request's base branch (or `--base`), so a pull request that edits the config
 * cannot lower its own bar: it is judged by the settings it was proposed against.
 */
export async function loadGoverningConfig(
  source: ConfigSource,
  where: { path: string | undefined; cwd: string; base: string | undefined; event: RunEvent },
): Promise<LoadedConfig> {
  if (source === 'head') return loadConfig(where.path, where.cwd);
  const ref =
    where.base ?? (where.event.pullRequest ? `origin/${where.event.pullRequest.baseRef}` : undefined);
  if (!ref) {
    throw new ConfigurationError(
      'config-from: base needs the base branch, and this run has none (not a pull request, no --base)',
      undefined,
      'Pass --base (e.g. origin/main), run on a pull_request event, or use config-from: head.',
    );
  }
  return loadConfigAtRef(where.path, where.cwd, ref);
}
