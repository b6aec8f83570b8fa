import type { BaseRef } from '../../result/gate.js';
import type { Severity } from '../../result/types.js';

/** What a notebook's outputs must look like where a policy applies. */
export type OutputsPolicy = 'stripped' | 'executed' | 'any';

/** The outputs policies, for option choices and messages. */
export const OUTPUTS_POLICIES: readonly OutputsPolicy[] = ['stripped', 'executed', 'any'];

/** Paths (globs, relative to the working directory) and the outputs policy that applies there. */
export interface PolicyRule {
  globs: string[];
  outputs: OutputsPolicy;
}

/**
 * The checks' rule names (finding rules are `notebooks/<name>`). Each can be given another
 * severity, or turned off, in the config's `severity:` map.
 */
export const RULES = [
  'outputs-not-stripped',
  'out-of-order',
  'error-output',
  'not-executed',
  'secret',
  'local-path',
  'unpinned-install',
  'too-large',
  'kernel-metadata',
  'python-version',
  'invalid',
  'unsafe-path',
] as const;

/** One of `RULES`. */
export type RuleName = (typeof RULES)[number];

/** A rule's severity, or `off` to drop its findings. */
export type RuleLevel = Severity | 'off';

/** Default severities: what breaks reproducibility or leaks fails; hygiene warns. */
export const DEFAULT_SEVERITY: Readonly<Record<RuleName, RuleLevel>> = {
  'outputs-not-stripped': 'error',
  'out-of-order': 'error',
  'error-output': 'error',
  'not-executed': 'error',
  secret: 'error',
  'local-path': 'warning',
  'unpinned-install': 'warning',
  'too-large': 'warning',
  'kernel-metadata': 'warning',
  'python-version': 'warning',
  invalid: 'error',
  'unsafe-path': 'error',
};

/** Everything the notebooks gate needs, after config and inputs are merged. */
export interface NotebooksSettings {
  /** Directory globs and relative paths resolve against (the checkout). */
  cwd: string;
  /** Globs of notebooks to judge. */
  paths: string[];
  /** Globs of paths never judged (on top of checkpoints, dependencies and VCS folders). */
  exclude: string[];
  /** Judge only notebooks changed since the merge base with `base`. */
  changedOnly: boolean;
  /** The comparison base for `changedOnly`. */
  base?: BaseRef;
  /** Per-path policies, first match wins; `defaultOutputs` applies where none matches. */
  policies: PolicyRule[];
  defaultOutputs: OutputsPolicy;
  /** The Python version the notebooks must run (`3.11` or a specifier); overrides the project files. */
  pythonVersion?: string;
  /** A notebook larger than this (bytes) is a `too-large` finding. */
  maxNotebookBytes: number;
  /** One output larger than this (bytes) is a `too-large` finding. */
  maxOutputBytes: number;
  /** A notebook larger than this is not read at all (bounded memory). */
  maxReadBytes: number;
  /** Shannon entropy (bits per character) a generic `key = "value"` secret must reach. */
  secretEntropy: number;
  /** Regular expressions (sources) of values that are never reported as secrets. */
  secretAllow: string[];
  severity: Record<RuleName, RuleLevel>;
  /** Findings listed per notebook; the rest are counted in one notice. */
  maxFindingsPerNotebook: number;
}
