/** Types of `.github/ml-quality-gates.yml`; `schema/config.schema.json` is the source of truth. */

/** One glob or several. */
export type GlobList = string | string[];

/** Minimum percentages of the coverage gate. */
export interface CoverageThresholds {
  lines?: number;
  branches?: number;
  overall?: number;
  patch?: number;
  file?: number;
}

/** A per-path rule: files matching `glob` must together meet these minima. */
export interface CoveragePathRule {
  name?: string;
  glob: GlobList;
  lines?: number;
  branches?: number;
  patch?: number;
}

/** The `coverage:` section. */
export interface CoverageConfig {
  enabled?: boolean;
  reports?: GlobList;
  root?: string;
  base?: string;
  'diff-file'?: string;
  'path-map'?: Array<{ from: string; to: string }>;
  exclude?: GlobList;
  thresholds?: CoverageThresholds;
  'min-changed-lines'?: number;
  paths?: CoveragePathRule[];
  baseline?: { file: string; 'max-drop'?: number; required?: boolean };
}

/** The `report:` section (see schema/config.schema.json for each key). */
export interface ReportConfig {
  results?: GlobList;
  expect?: string[];
  comment?: 'always' | 'on-change' | 'on-failure' | 'never';
  marker?: string;
  'check-name'?: string;
  'check-run'?: boolean;
  'commit-status'?: boolean;
  'fail-on'?: 'error' | 'warning' | 'never';
  'fail-on-error'?: boolean;
  'max-findings'?: number;
  title?: string;
  'artifact-name'?: string;
  'upload-results'?: 'auto' | 'always' | 'never';
}

/** The whole config file. */
export interface Config {
  version?: 1;
  coverage?: CoverageConfig;
  report?: ReportConfig;
}

/** A glob list as an array. */
export function globs(list: GlobList | undefined): string[] {
  if (list === undefined) return [];
  return typeof list === 'string' ? [list] : list;
}
