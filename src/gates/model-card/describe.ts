import { formatPercent } from '../../result/percent.js';
import type { Finding, GateStatus, KeyMetric } from '../../result/types.js';
import type { ModelReport } from './evaluate.js';

/** One line of a model's checklist: what was checked, whether it holds, and the fix when not. */
export interface ChecklistItem {
  item: string;
  ok: boolean;
  fix?: string;
}

/** Checklist lines and the finding rules that break each. */
const ITEMS: Array<{ item: string; rules: string[] }> = [
  { item: 'card present and readable', rules: ['missing', 'unreadable', 'too-large', 'not-text'] },
  { item: 'card updated with the model', rules: ['stale'] },
  {
    item: 'metadata valid',
    rules: [
      'metadata-invalid',
      'metadata-not-mapping',
      'metadata-schema',
      'metadata-missing',
      'front-matter-unclosed',
      'front-matter-ignored',
      'front-matter-bom',
      'schema-version',
    ],
  },
  { item: 'license allowed', rules: ['license-unknown', 'license-not-allowed'] },
  { item: 'required sections written', rules: ['section-missing', 'section-empty', 'section-too-short'] },
  { item: 'no placeholders', rules: ['placeholder'] },
  {
    item: 'metrics match the evaluation',
    rules: ['metric-mismatch', 'metric-missing', 'metrics-file-missing', 'bad-input'],
  },
];

/** A model's checklist from its findings (notices never break an item). */
export function checklist(hasCard: boolean, findings: Finding[], hasMetricsFile: boolean): ChecklistItem[] {
  return ITEMS.filter(
    (i) =>
      (hasCard || i.item.startsWith('card present')) && (hasMetricsFile || !i.item.startsWith('metrics')),
  ).map(({ item, rules }) => {
    const broken = findings.find(
      (f) => f.severity !== 'notice' && rules.some((r) => f.rule === `model-card/${r}`),
    );
    return broken ? { item, ok: false, ...(broken.fix ? { fix: broken.fix } : {}) } : { item, ok: true };
  });
}

/** The combined report's figure: the share of models whose card passes (warnings allowed). */
export function keyMetric(reports: ModelReport[]): KeyMetric {
  const complete = reports.filter((r) => r.status === 'pass' || r.status === 'warn').length;
  return {
    label: 'complete cards',
    value: reports.length === 0 ? null : (complete / reports.length) * 100,
    unit: '%',
    threshold: 100,
  };
}

/** One-line headline. */
export function title(status: GateStatus, reports: ModelReport[]): string {
  if (reports.length === 0) return 'Model cards: no model found';
  const complete = reports.filter((r) => r.status === 'pass' || r.status === 'warn').length;
  const verdict = status === 'fail' || status === 'error' ? 'Model cards incomplete' : 'Model cards';
  return `${verdict}: ${complete} of ${reports.length} model(s) pass (${formatPercent((complete / reports.length) * 100)})`;
}

/** Per model, its status and what is missing, in words. */
export function summary(reports: ModelReport[], preset: string): string {
  if (reports.length === 0) return 'No model was found, so no card was checked.';
  const parts = reports.map((r) => {
    const missing = r.checklist.filter((c) => !c.ok).map((c) => c.item);
    return `${r.dir}: ${r.status}${missing.length > 0 ? ` (not ok: ${missing.join(', ')})` : ''}.`;
  });
  return `${reports.length} model(s) checked against the ${preset} sections. ${parts.join(' ')}`;
}
