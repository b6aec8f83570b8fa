import type { PresetName } from '../../gates/model-card/presets.js';

/** What `init` found in the repository, per gate; each part is absent when nothing was found. */
export interface Findings {
  /** Files the scan listed (it stops at MAX_FILES). */
  fileCount: number;
  truncated: boolean;
  project: Project;
  coverage?: CoverageFindings;
  data?: DataFindings;
  models?: ModelFindings;
  evaluation?: EvaluationModel[];
  notebooks?: NotebookFindings;
  registry?: RegistryFindings;
}

/** The toolchains the repository declares at its root, which decide the workflow's test steps. */
export interface Project {
  /** pyproject.toml, setup.py, setup.cfg or requirements.txt. */
  python?: { manifest: string; install: string; version: string };
  /** package.json with a test script. */
  node?: { install: 'npm ci' | 'npm install' };
  /** go.mod. */
  go?: boolean;
  /** The branch pushes to which run the workflow (origin's HEAD, else main or master). */
  defaultBranch: string;
}

export type CoverageFormat =
  'Cobertura' | 'coverage.py JSON' | 'LCOV' | 'Istanbul' | 'Istanbul summary' | 'JaCoCo' | 'Go coverprofile';

export interface CoverageReport {
  path: string;
  format: CoverageFormat;
  /** Committed to git (so CI has it without running the tests). */
  tracked: boolean;
}

export interface CoverageFindings {
  /** Reports found on disk. */
  found: CoverageReport[];
  /** Reports the config names: the ones found, plus what the workflow's test steps will write. */
  reports: string[];
  /** The file the workflow's pytest step writes (Cobertura), when it runs pytest. */
  pytestReport?: string;
  /** The coverprofile the workflow's go test step writes. */
  goReport?: string;
  /** Whether the workflow must run the tests (some report is not committed). */
  runTests: boolean;
}

export interface DataFindings {
  /** Globs of the datasets that have a schema (`data/*.csv`), and single `.json` data files. */
  datasets: string[];
  /** Data files with a schema. */
  withSchema: string[];
  /** Files the globs match that have no schema yet: excluded, so the first run judges only contracts. */
  excluded: string[];
  /** Data files elsewhere, with no schema near them: not gated. */
  ungated: string[];
}

export interface ModelDir {
  dir: string;
  /** The file that marks it a model (MLmodel, *.onnx, ...), or its card when it has no marker. */
  marker: string;
  card?: string;
  /** A metrics.json beside the model. */
  metrics?: string;
}

export interface ModelFindings {
  models: ModelDir[];
  /** `models:` globs: `models/*\/` when every folder there is a model, else each folder. */
  globs: string[];
  /** The preset whose sections the existing cards use most (huggingface when there is no card). */
  preset: PresetName;
  /** Share of the preset's sections the cards have, 0-1 (undefined without cards). */
  presetFit?: number;
  /** `metrics.file` for the card-versus-metrics check, when models keep a metrics.json. */
  metricsFile?: string;
}

export interface EvaluationModel {
  name: string;
  predictions: string;
  task?: 'binary-classification' | 'regression';
  /** Column names that differ from the defaults (label, score, prediction) and the row id. */
  columns: { label?: string; score?: string; prediction?: string; id?: string };
  metricsFile?: string;
  /** The champion's predictions on the same rows (a sibling file named champion/baseline/production). */
  baselinePredictions?: string;
  /** The model's directory, when the scan found it among the models. */
  path?: string;
  /** Why the task is unknown (the entry is then written commented out). */
  unsure?: string;
}

export type NotebookState = 'stripped' | 'executed' | 'out-of-order' | 'unreadable';

export interface NotebookFindings {
  notebooks: Array<{ path: string; state: NotebookState }>;
  /** `paths:` glob when all notebooks live under one folder. */
  paths?: string;
  outputs: 'stripped' | 'executed';
  /** Folders whose notebooks are all executed cleanly while the rest are stripped. */
  executedDirs: string[];
}

export interface RegistryFindings {
  path: string;
  models: string[];
  /** Who approved versions so far (`approver:` of approved versions). */
  approvers: string[];
  codeowners?: string;
  /** Deploy manifests that name a registered model and its version. */
  manifests: Array<{ file: string; nameKey: string; versionKey: string }>;
}
