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

/** A model version declared in the `registry-approval:` section. */
export interface RegistryModelConfig {
  name: string;
  version?: string | number;
  alias?: string;
  when?: 'always' | 'release';
}

/** A file that names model versions: a deploy manifest (YAML/JSON) or a model card's front matter. */
export interface RegistryManifestConfig {
  file: string;
  'list-key'?: string;
  name?: string;
  'name-key'?: string;
  'version-key'?: string;
  'alias-key'?: string;
  when?: 'always' | 'release';
}

/** The `registry-approval:` section. */
export interface RegistryApprovalConfig {
  enabled?: boolean;
  registry?: 'file' | 'mlflow' | 'sagemaker';
  mode?: 'auto' | 'pull-request' | 'release';
  models?: RegistryModelConfig[];
  manifests?: RegistryManifestConfig[];
  file?: { path?: string; approvers?: string[]; codeowners?: boolean; teams?: Record<string, string[]> };
  mlflow?: { 'tracking-uri'?: string; approval?: string };
  sagemaker?: { region?: string; endpoint?: string };
  'timeout-seconds'?: number;
  retries?: number;
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

/** A section a card must have: a heading text, optionally with other headings that count as it. */
export type ModelCardSectionConfig = string | { name: string; synonyms?: string[] };

/** The `model-card:` section (see schema/config.schema.json for each key). */
export interface ModelCardConfig {
  enabled?: boolean;
  models?: GlobList;
  markers?: GlobList;
  cards?: string[];
  exclude?: GlobList;
  base?: string;
  'diff-file'?: string;
  preset?: 'huggingface' | 'mitchell-2019' | 'eu-ai-act' | 'none';
  sections?: ModelCardSectionConfig[];
  'min-words'?: number;
  placeholders?: string[];
  'required-metadata'?: string[];
  license?: { allow?: string[] };
  metrics?: { file: string; tolerance?: number; required?: boolean; ignore?: string[] };
  'dataset-schemas'?: Record<string, string>;
  'max-card-bytes'?: number;
}

/** A `data-schema.schemas` rule: how a data file finds its schema. */
export type DataSchemaRuleConfig =
  | { rule: 'same-name'; suffixes?: string[] }
  | { rule: 'datapackage'; file?: string }
  | { rule: 'map'; map: Record<string, string> };

/** The `data-schema:` section (see schema/config.schema.json for each key). */
export interface DataSchemaConfig {
  enabled?: boolean;
  datasets?: GlobList;
  exclude?: GlobList;
  schemas?: DataSchemaRuleConfig[];
  'max-findings-per-file'?: number;
  'sample-rows'?: number;
  'max-unique-keys'?: number;
  'max-schema-bytes'?: number;
  base?: string;
  compatibility?:
    | 'backward'
    | 'forward'
    | 'full'
    | 'none'
    | 'backward_transitive'
    | 'forward_transitive'
    | 'full_transitive';
  waivers?: Array<{ schema: string; rule?: string; reason: string; expires: string }>;
  'waiver-label'?: string;
}

/** The whole config file. */
export interface Config {
  version?: 1;
  coverage?: CoverageConfig;
  'data-schema'?: DataSchemaConfig;
  'model-card'?: ModelCardConfig;
  'registry-approval'?: RegistryApprovalConfig;
  report?: ReportConfig;
}

/** A glob list as an array. */
export function globs(list: GlobList | undefined): string[] {
  if (list === undefined) return [];
  return typeof list === 'string' ? [list] : list;
}
