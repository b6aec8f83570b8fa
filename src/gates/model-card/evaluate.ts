import { NO_BASE_FIX, notMeasuredFinding } from '../../result/not-measured.js';
import { statusOf } from '../../result/status-policy.js';
import { errorGateResult, userErrorFinding } from '../../result/error-result.js';
import { ratio } from '../../result/percent.js';
import { type Finding, type GateResult, type GateStatus, worstStatus } from '../../result/types.js';
import { UserError } from '../../util/errors.js';
import { changedFiles } from './changed-files.js';
import { type CardCheck, checkCard } from './check-card.js';
import { compareMetrics } from './consistency.js';
import { checklist, type ChecklistItem, keyMetric, summary, title } from './describe.js';
import { type DiscoveredModel, discoverModels } from './discover.js';
import { readMetricsFile } from './metrics-file.js';
import type { ModelCardSettings } from './settings.js';

/** One model's verdict, as `metrics.models` lists it. */
export interface ModelReport {
  dir: string;
  card: string | null;
  format: string | null;
  status: GateStatus;
  changed: boolean;
  checklist: ChecklistItem[];
  datasets: Array<{ name: string; schema?: string }>;
  metrics?: { file: string; checked: number; mismatched: number; missing: number };
}

/**
 * Runs the model card gate: finds every model, checks that it has a card, that the card's
 * metadata is valid, its required sections are written, no placeholders are left, its figures
 * match the evaluation output, and (on a pull request) that a changed model's card changed too.
 * Bad input (an unreadable diff, a broken metrics file) is status `error`; it never throws for it.
 */
export async function evaluateModelCard(settings: ModelCardSettings): Promise<GateResult> {
  let found: Awaited<ReturnType<typeof modelsAndChanges>>;
  try {
    found = await modelsAndChanges(settings);
  } catch (error) {
    if (error instanceof UserError) {
      return errorGateResult('model-card', 'Model cards could not be judged', [
        userErrorFinding('model-card', error),
      ]);
    }
    throw error;
  }
  const { models, changed } = found;
  const findings: Finding[] = [];
  const reports: ModelReport[] = [];
  for (const model of models) {
    const { report, findings: f } = await judgeModel(model, changed, settings);
    reports.push(report);
    findings.push(...f);
  }
  if (models.length === 0) findings.push(noModelsFinding(settings));
  // Without a base the "changed model, unchanged card" rule cannot be checked: say so.
  const unmeasured =
    changed === undefined && models.length > 0
      ? notMeasuredFinding({
          gate: 'model-card',
          what: 'card updates of changed models',
          reason: 'no base ref',
          fix: NO_BASE_FIX,
          inPullRequest: settings.inPullRequest,
        })
      : undefined;
  if (unmeasured) findings.push(unmeasured);
  const status = gateStatus(reports, unmeasured);
  return {
    schemaVersion: 1,
    gate: 'model-card',
    status,
    title: title(status, reports),
    summary: summary(reports, settings.preset),
    keyMetric: keyMetric(reports),
    metrics: {
      models: reports,
      // A ratio, so the step has cards-percent / cards-covered / cards-total outputs.
      cards: ratio(reports.filter((r) => r.status === 'pass' || r.status === 'warn').length, reports.length),
      preset: settings.preset,
      requiredSections: settings.sections.map((s) => s.name),
      ...(changed ? { changedFiles: changed.size } : {}),
    },
    findings,
  };
}

/**
 * The models the globs and markers find, and the files this change touches (`undefined` without a
 * base to diff against); a bad glob or an unreadable diff throws a UserError.
 */
async function modelsAndChanges(
  settings: ModelCardSettings,
): Promise<{ models: DiscoveredModel[]; changed: Set<string> | undefined }> {
  const models = await discoverModels(
    settings.cwd,
    settings.models,
    settings.markers,
    settings.cards,
    settings.exclude,
  );
  const changed = await changedFiles(settings.cwd, settings.base, settings.diffFile);
  return { models, changed };
}

/** A warning, not a pass, when nothing is found: most likely the globs do not match the layout. */
function noModelsFinding(settings: ModelCardSettings): Finding {
  return {
    severity: 'warning',
    rule: 'model-card/no-models',
    message: `No model found: no directory matches ${settings.models.join(', ') || '(no model globs)'} and no file matches ${settings.markers.join(', ') || '(no markers)'}.`,
    fix: 'Set model-card.models to your model directories (e.g. models/*/) or model-card.markers to your model files.',
  };
}

/**
 * The gate's status: `error` when a rule that had to be measured could not be, `warn` with no
 * models (nothing was judged), else the worst model's, at least `warn` when a rule went unmeasured.
 */
function gateStatus(reports: ModelReport[], unmeasured: Finding | undefined): GateStatus {
  return unmeasured?.severity === 'error'
    ? 'error'
    : reports.length === 0
      ? 'warn'
      : worstStatus(
          reports.map((r) => r.status).reduce<GateStatus>(worstStatus, 'pass'),
          unmeasured ? 'warn' : 'pass',
        );
}

/**
 * One model's verdict: a card must exist, should change with the model, must pass the card
 * checks and (when a metrics file is configured) agree with the evaluation's figures.
 */
async function judgeModel(
  model: DiscoveredModel,
  changed: Set<string> | undefined,
  settings: ModelCardSettings,
): Promise<{ report: ModelReport; findings: Finding[] }> {
  const findings: Finding[] = [];
  const inDir = (p: string) => model.dir === '.' || p.startsWith(`${model.dir}/`);
  const changedHere = changed ? [...changed].filter(inDir) : [];
  const cardChanged = model.card !== undefined && changed?.has(model.card) === true;
  const modelChanged = changedHere.some((p) => p !== model.card);
  let card: CardCheck | undefined;
  let metrics: ModelReport['metrics'];
  let inputError = false;

  if (!model.card) {
    findings.push(missingCardFinding(model, modelChanged, settings));
  } else {
    if (modelChanged && !cardChanged) findings.push(staleCardFinding(model.dir, model.card, changedHere));
    card = await checkCard(model.card, settings);
    findings.push(...card.findings);
    if (settings.metricsFile && card.format !== 'unreadable') {
      const checked = await checkMetrics(
        settings.metricsFile,
        { dir: model.dir, card: model.card },
        card,
        settings,
      );
      findings.push(...checked.findings);
      metrics = checked.metrics;
      inputError = checked.inputError;
    }
  }
  const status = statusOf(findings, { couldNotJudge: inputError });
  return {
    report: {
      dir: model.dir,
      card: model.card ?? null,
      format: card?.format ?? null,
      status,
      changed: modelChanged || cardChanged,
      checklist: checklist(model.card !== undefined, findings, settings.metricsFile !== undefined),
      datasets: (card?.datasets ?? []).map((name) => {
        const schema = settings.datasetSchemas[name];
        return schema ? { name, schema } : { name };
      }),
      ...(metrics ? { metrics } : {}),
    },
    findings: findings.map(withoutLocationPrefix),
  };
}

/**
 * A model without a card. The message says whether this pull request changes the model, so a
 * reviewer can tell a gap the change makes worse from an old one.
 */
function missingCardFinding(
  model: DiscoveredModel,
  modelChanged: boolean,
  settings: ModelCardSettings,
): Finding {
  return {
    severity: 'error',
    rule: 'model-card/missing',
    path: model.dir,
    message: `${model.dir} (${model.reason}) has no model card${modelChanged ? ', and this pull request changes it' : ''}; looked for ${settings.cards.join(', ')}.`,
    fix: `Add ${model.dir === '.' ? '' : `${model.dir}/`}${settings.cards[0] ?? 'README.md'} with metadata and the required sections.`,
  };
}

/**
 * A model changed but its card did not; a warning, since not every change needs new text. Names
 * up to three changed files so the author sees what moved.
 */
function staleCardFinding(dir: string, card: string, changedHere: string[]): Finding {
  return {
    severity: 'warning',
    rule: 'model-card/stale',
    path: card,
    message: `This pull request changes ${dir} (${changedHere
      .filter((p) => p !== card)
      .slice(0, 3)
      .join(', ')}) but not its card ${card}.`,
    fix: 'Update the card (metrics, training data, change log) to describe the changed model.',
  };
}

/** The card's figures against the model's metrics file; `inputError` when the file is unusable. */
async function checkMetrics(
  template: string,
  model: { dir: string; card: string },
  card: CardCheck,
  settings: ModelCardSettings,
): Promise<{ findings: Finding[]; metrics?: ModelReport['metrics']; inputError: boolean }> {
  const file = metricsPath(template, model.dir);
  let values: Map<string, number> | undefined;
  try {
    values = await readMetricsFile(settings.cwd, file);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { findings: [userErrorFinding('model-card', error)], inputError: true };
  }
  if (!values) {
    return {
      findings: [
        {
          severity: settings.metricsRequired ? 'error' : 'notice',
          rule: 'model-card/metrics-file-missing',
          path: model.card,
          message: `${file} does not exist, so the figures in ${model.card} were not checked against the evaluation.`,
          fix: 'Have the pipeline write its evaluation metrics to that file before this gate runs.',
        },
      ],
      inputError: settings.metricsRequired,
    };
  }
  const compared = compareMetrics(card.claims, values, {
    tolerance: settings.tolerance,
    tolerances: settings.tolerances,
    ignore: settings.metricsIgnore,
    cardPath: model.card,
    metricsPath: file,
  });
  const { checked, mismatched, missing } = compared;
  return { findings: compared.findings, metrics: { file, checked, mismatched, missing }, inputError: false };
}

/** Messages are written to read on their own; where the finding carries path and line, renderers show them already. */
function withoutLocationPrefix(f: Finding): Finding {
  if (!f.path) return f;
  for (const prefix of [`${f.path}:${f.line ?? ''}: `, `${f.path}: `]) {
    if (f.message.startsWith(prefix)) return { ...f, message: f.message.slice(prefix.length) };
  }
  return f;
}

/** The metrics file of a model: `{model}` is its directory, `{name}` the directory's last segment. */
export function metricsPath(template: string, dir: string): string {
  const name = dir === '.' ? '' : dir.slice(dir.lastIndexOf('/') + 1);
  return template.replace(/\{model\}/g, dir).replace(/\{name\}/g, name);
}
