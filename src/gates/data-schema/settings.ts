import type { CompatibilityMode, Waiver } from './breaking/index.js';

/** How a data file finds its schema; rules are tried in order and the first that answers wins. */
export type SchemaRule =
  /** `data/customers.csv` → `data/customers.schema.json` (the first suffix that exists). */
  | { rule: 'same-name'; suffixes: string[] }
  /** The data file is a resource `path` of a Data Package descriptor with this file name. */
  | { rule: 'datapackage'; file: string }
  /** Data path or glob → schema path, relative to the working directory. */
  | { rule: 'map'; map: Record<string, string> };

/** Compatibility modes, as `--compatibility` and the config accept them. */
export const COMPATIBILITY_MODES = [
  'backward',
  'forward',
  'full',
  'none',
  'backward_transitive',
  'forward_transitive',
  'full_transitive',
] as const satisfies readonly CompatibilityMode[];

// One definition, owned by the breaking-change checker the gate hands them to.
export type { CompatibilityMode, Waiver };

/** Everything the data schema gate needs, after config and inputs are merged. */
export interface DataSchemaSettings {
  /** Globs and relative paths resolve against it. */
  cwd: string;
  /** Globs of data files (`data/**\/*.csv`). */
  datasets: string[];
  /** Globs of files that are never datasets. */
  exclude: string[];
  /** Mapping rules from a data file to its schema, tried in order. */
  schemas: SchemaRule[];
  /** Findings listed per data file; the rest are counted. */
  maxFindingsPerFile: number;
  /** Stop after this many rows per file (speed over completeness); undefined = read everything. */
  sampleRows?: number;
  /** Distinct keys remembered per unique/primary-key constraint before the check gives up (memory bound). */
  maxUniqueKeys: number;
  /** Largest schema or descriptor file read, in bytes. */
  maxSchemaBytes: number;
  /** Breaking-change comparison with the base ref; undefined when no base is known. */
  breaking: {
    base?: string;
    mode: CompatibilityMode;
    waivers: Waiver[];
    labels: string[];
    waiverLabel?: string;
    now: Date;
    /** True in a pull request, where a base must exist. */
    inPullRequest: boolean;
  };
}
