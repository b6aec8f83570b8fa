import type { ToleranceRule } from './tolerance.js';

/** A required section: its name as the report shows it and other headings that count as it. */
export interface SectionRule {
  name: string;
  synonyms: string[];
}

/** Everything the model card gate needs, after config and inputs are merged. */
export interface ModelCardSettings {
  /** Directory globs and relative paths resolve against. */
  cwd: string;
  /** Globs of model directories (`models/*\/`). */
  models: string[];
  /** File-name globs that mark their directory as a model (`*.onnx`, `MLmodel`). */
  markers: string[];
  /** Card file names looked for in a model directory, first found wins. */
  cards: string[];
  exclude: string[];
  /** Git ref: models changed since the merge base must have their card changed too. */
  base?: string;
  /** A unified diff to take changed files from instead of git. */
  diffFile?: string;
  /** True in a pull request, where a base must exist: an unchecked card update is then an error. */
  inPullRequest: boolean;
  /** Required sections (from the preset or a custom list); empty = none required. */
  sections: SectionRule[];
  /** Name of the preset the sections came from, for the report. */
  preset: string;
  /** Minimum words in each required section. */
  minWords: number;
  /** Extra placeholder texts (case-insensitive substrings) on top of the built-in ones. */
  placeholders: string[];
  /** Front matter keys every Markdown card must have. */
  requiredMetadata: string[];
  /** Allowed license ids (lower case); empty = any valid id. */
  licenseAllow: string[];
  /** Metrics file path; `{model}` is the model directory, `{name}` its last segment. */
  metricsFile?: string;
  /** Default absolute tolerance when comparing a card's figure with the metrics file's. */
  tolerance: number;
  /** Per-metric tolerances (`metrics.tolerances`), in the order written. */
  tolerances: ToleranceRule[];
  /** When true, a missing metrics file is an error; otherwise consistency is skipped with a notice. */
  metricsRequired: boolean;
  /** Metric keys of the file (globs over the dotted key) that need not be in the card. */
  metricsIgnore: string[];
  /** Dataset name → data-schema file, so the report can link a card's datasets to their schema. */
  datasetSchemas: Record<string, string>;
  /** Largest card read, in bytes. */
  maxCardBytes: number;
}
