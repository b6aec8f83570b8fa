import type { CoverageSettings } from './settings.js';
import { ConfigurationError } from '../../util/errors.js';
import { globs } from '../../util/globs.js';
import type { CoverageConfig } from './config.generated.js';
import type { CoverageOverrides } from './options.js';
import type { CoverageThresholds } from './settings.js';


/**
 * Merges the config's `coverage:` section with overrides into the gate's settings.
 * `defaultBase` is the PR's base branch when running in a pull_request workflow.
 */
export function coverageSettings(
  config: CoverageConfig,
  overrides: CoverageOverrides,
  cwd: string,
  context: { defaultBase?: string; inPullRequest?: boolean } = {},
): CoverageSettings {
  const { defaultBase } = context;
  const diffFile = overrides['diff-file'] ?? config['diff-file'];
  const base = overrides.base ?? config.base ?? (diffFile ? undefined : defaultBase);
  const baselineFile = overrides.baseline ?? config.baseline?.file;
  return {
    cwd,
    root: overrides.root ?? config.root,
    reports: overrides.report && overrides.report.length > 0 ? overrides.report : globs(config.reports),
    base: diffFile ? undefined : base,
    inPullRequest: context.inPullRequest ?? false,
    diffFile,
    pathMap: overrides['path-map'] ? overrides['path-map'].map(parseRewrite) : (config['path-map'] ?? []),
    exclude: overrides.exclude && overrides.exclude.length > 0 ? overrides.exclude : globs(config.exclude),
    thresholds: thresholds(config, overrides),
    minChangedLines: overrides['min-changed-lines'] ?? config['min-changed-lines'] ?? 1,
    paths: config.paths ?? [],
    baseline: baselineFile
      ? {
          file: baselineFile,
          maxDrop: overrides['max-drop'] ?? config.baseline?.['max-drop'] ?? 0,
          required: config.baseline?.required ?? false,
        }
      : undefined,
  };
}

/** Threshold overrides (CLI options, action inputs) over the config's `thresholds:`. */
function thresholds(config: CoverageConfig, overrides: CoverageOverrides): CoverageThresholds {
  const pick = (key: keyof CoverageThresholds, option: `min-${keyof CoverageThresholds}`) => {
    const value = overrides[option];
    if (value !== undefined && (value < 0 || value > 100)) {
      throw new ConfigurationError(
        `--${option}: ${value} is not allowed; expected a percentage from 0 to 100`,
      );
    }
    return value ?? config.thresholds?.[key];
  };
  return {
    lines: pick('lines', 'min-lines'),
    branches: pick('branches', 'min-branches'),
    overall: pick('overall', 'min-overall'),
    patch: pick('patch', 'min-patch'),
    file: pick('file', 'min-file'),
  };
}

function parseRewrite(spec: string): { from: string; to: string } {
  const eq = spec.indexOf('=');
  if (eq <= 0) {
    throw new ConfigurationError(
      `--path-map: ${JSON.stringify(spec)} is not allowed; expected FROM=TO (e.g. /app/=services/api/)`,
    );
  }
  return { from: spec.slice(0, eq), to: spec.slice(eq + 1) };
}
