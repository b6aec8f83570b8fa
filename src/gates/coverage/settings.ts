import type { CoverageConfig } from './config.generated.js';
import type { PathRewrite } from './path-mapper.js';

/** Everything the coverage gate needs, after config and inputs are merged. */
export interface CoverageSettings {
  /** Directory report globs and relative paths resolve against. */
  cwd: string;
  /** Repository root report paths map onto; default: git top level, else `cwd`. */
  root?: string;
  reports: string[];
  /** Git ref for patch coverage (diff of merge-base...HEAD). */
  base?: string;
  /** A unified diff file, instead of running git. */
  diffFile?: string;
  /** True in a pull request, where a base must exist: an unmeasured patch is then an error. */
  inPullRequest: boolean;
  pathMap: PathRewrite[];
  exclude: string[];
  thresholds: CoverageThresholds;
  minChangedLines: number;
  paths: CoveragePathRule[];
  baseline?: { file: string; maxDrop: number; required: boolean };
}

/** Minimum percentages (the config's `coverage.thresholds`). */
export type CoverageThresholds = NonNullable<CoverageConfig['thresholds']>;

/** A per-path rule: files matching `glob` must together meet these minima. */
export type CoveragePathRule = NonNullable<CoverageConfig['paths']>[number];
