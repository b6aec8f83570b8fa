import { CONFIG_SCHEMA_ID } from '../../config/compose-schema.js';
import { PRESET_NAMES } from '../../gates/model-card/preset-names.js';
import type {
  CoverageFindings,
  DataFindings,
  EvaluationModel,
  Findings,
  ModelFindings,
  NotebookFindings,
  RegistryFindings,
} from './findings.js';

/** A YAML single-quoted scalar (paths and names from the scan have no quotes or control characters). */
const q = (text: string) => `'${text.replace(/'/g, "''")}'`;
/** A line with a comment, the comments of a section lined up at one column. */
const c = (text: string, comment: string) => `${text.padEnd(31)} # ${comment}`;
const list = (indent: string, items: readonly string[], comment?: (item: string) => string) =>
  items.map((i) => (comment ? c(`${indent}- ${q(i)}`, comment(i)) : `${indent}- ${q(i)}`));

function coverageSection(cov: CoverageFindings): string[] {
  const format = (path: string) =>
    cov.found.find((r) => r.path === path)?.format ?? 'written by the test step';
  return [
    '# Coverage: total, branch and patch coverage of the reports the tests write.',
    'coverage:',
    '  reports:',
    ...list('    ', cov.reports, format),
    '  thresholds:',
    c('    patch: 80', 'percent of the changed lines the tests run'),
    c('    # lines: 80', 'total line coverage'),
    c('    # branches: 70', 'total branch coverage'),
  ];
}

function dataSection(d: DataFindings): string[] {
  return [
    '# Data schema: every dataset meets its contract, and schema changes against the base branch',
    '# are not breaking.',
    'data-schema:',
    '  datasets:',
    ...list('    ', d.datasets),
    ...(d.excluded.length > 0
      ? [c('  exclude:', 'no schema yet: add one, then remove it here'), ...list('    ', d.excluded)]
      : []),
    c('  compatibility: full', 'backward | forward | full | none (also *_transitive)'),
  ];
}

function modelCardSection(m: ModelFindings): string[] {
  const fit =
    m.presetFit === undefined
      ? 'no card yet'
      : `the cards have ${Math.round(m.presetFit * 100)}% of its sections`;
  const others = PRESET_NAMES.filter((p) => p !== m.preset).join(', ');
  return [
    '# Model card: every model has a complete card that agrees with its metrics.',
    'model-card:',
    '  models:',
    ...list('    ', m.globs),
    c(`  preset: ${m.preset}`, `${fit}; or ${others}`),
    ...(m.metricsFile
      ? ['  metrics:', c(`    file: ${q(m.metricsFile)}`, 'figures in a card must match this file')]
      : []),
  ];
}

function evaluationEntry(e: EvaluationModel): string[] {
  const columns = Object.entries(e.columns);
  const lines = [
    `- name: ${q(e.name)}`,
    e.task
      ? `  task: ${e.task}`
      : c('  task: binary-classification', 'or multiclass-classification, regression'),
    ...(e.path ? [`  path: ${q(e.path)}`] : []),
    `  predictions: ${q(e.predictions)}`,
    ...(columns.length > 0 ? ['  columns:', ...columns.map(([k, v]) => `    ${k}: ${q(v)}`)] : []),
    ...(e.metricsFile ? [`  metrics-file: ${q(e.metricsFile)}`] : []),
    '  baseline:',
    ...(e.baselinePredictions
      ? [
          c('    from: file', 'the production model, on the same rows'),
          `    predictions: ${q(e.baselinePredictions)}`,
        ]
      : [c('    from: base', 'the same files on the base branch')]),
    c('  # thresholds:', 'e.g. roc_auc: { min: 0.8, max-drop: 0.01 }'),
  ];
  // An entry whose task could not be read is left, commented out, for the user to finish.
  const prefix = e.task ? '    ' : '    # ';
  return [...(e.unsure ? [`    # ${e.name}: ${e.unsure}`] : []), ...lines.map((l) => `${prefix}${l}`)];
}

function evaluationSection(models: EvaluationModel[]): string[] {
  const off = models.some((m) => m.task !== undefined) ? '' : '# ';
  return [
    '# Model evaluation: metrics computed from the predictions and compared with the baseline; a',
    '# drop the bootstrap confirms fails once a threshold sets how much is allowed.',
    `${off}model-evaluation:`,
    `${off}  models:`,
    ...models.flatMap(evaluationEntry),
  ];
}

function notebooksSection(n: NotebookFindings): string[] {
  const policy =
    n.outputs === 'stripped'
      ? 'no outputs (nbstripout); or executed, any'
      : 'one top-to-bottom run; or stripped, any';
  return [
    '# Notebooks: valid, no secrets or local paths, outputs as the policy says.',
    'notebooks:',
    ...(n.paths ? ['  paths:', ...list('    ', [n.paths])] : []),
    c(`  outputs: ${n.outputs}`, policy),
    ...(n.executedDirs.length > 0
      ? [
          '  policies:',
          ...n.executedDirs.flatMap((d) => [`    - glob: ${q(`${d}/**`)}`, '      outputs: executed']),
        ]
      : []),
  ];
}

function registrySection(r: RegistryFindings): string[] {
  const ready = r.approvers.length > 0 || r.codeowners !== undefined;
  const off = ready ? '' : '# ';
  return [
    '# Registry approval: every model version a PR or release ships is approved in the registry.',
    ...(ready ? [] : ['# Name who may approve (approvers, or codeowners: true), then uncomment:']),
    `${off}registry-approval:`,
    `${off}  registry: file`,
    `${off}  file:`,
    `${off}    path: ${q(r.path)}`,
    ...(r.approvers.length > 0
      ? [c(`${off}    approvers: [${r.approvers.map(q).join(', ')}]`, 'who approved versions so far: review')]
      : []),
    ...(r.codeowners
      ? [c(`${off}    codeowners: true`, `and the owners of a model's path in ${r.codeowners}`)]
      : []),
    ...(r.manifests.length > 0
      ? [
          c(`${off}  manifests:`, 'files naming the deployed version'),
          ...r.manifests.flatMap((m) => [
            `${off}    - file: ${q(m.file)}`,
            `${off}      name-key: ${q(m.nameKey)}`,
            `${off}      version-key: ${q(m.versionKey)}`,
          ]),
        ]
      : [c(`${off}  # models: [{ name: my-model, version: 3 }]`, 'the versions that ship')]),
  ];
}

/** One-line reminders of the gates nothing was found for, commented out. */
const ABSENT: Record<string, string> = {
  coverage: '# coverage: { reports: [coverage.xml], thresholds: { patch: 80 } }',
  'data-schema': "# data-schema: { datasets: ['data/*.csv'] }   # data/x.csv needs data/x.schema.json",
  'model-card': "# model-card: { models: ['models/*/'] }",
  'model-evaluation':
    '# model-evaluation: { models: [{ name: m, task: binary-classification, predictions: preds.csv }] }',
  notebooks: "# notebooks: { paths: ['**/*.ipynb'], outputs: stripped }",
  'registry-approval': '# registry-approval: { registry: mlflow }   # or file, sagemaker',
};

/** The starter `.github/ml-quality-gates.yml`: a section per gate something was found for. */
export function configText(f: Findings): string {
  const sections: Array<[string, string[] | undefined]> = [
    ['coverage', f.coverage && coverageSection(f.coverage)],
    ['data-schema', f.data && dataSection(f.data)],
    ['model-card', f.models && modelCardSection(f.models)],
    ['model-evaluation', f.evaluation && evaluationSection(f.evaluation)],
    ['notebooks', f.notebooks && notebooksSection(f.notebooks)],
    ['registry-approval', f.registry && registrySection(f.registry)],
  ];
  const absent = sections.filter(([, lines]) => !lines).map(([id]) => ABSENT[id] ?? `# ${id}:`);
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_ID}`,
    '# ml-quality-gates, written by `ml-quality-gates init` from what it found in this repository.',
    '# Review every section; your editor completes and explains each key (the schema above).',
    'version: 1',
    ...sections.flatMap(([, lines]) => (lines ? ['', ...lines] : [])),
    ...(absent.length > 0
      ? ['', '# Nothing was found for these gates; see the README to set them up:', ...absent]
      : []),
    '',
  ].join('\n');
}
