import { type Finding, type GateResult, resultId } from '../result/types.js';

/** The gates in the order a report lists them; other gates follow by id. */
const GATE_ORDER = ['coverage', 'data-schema', 'model-card', 'registry-approval'];

/** A result and where it came from. */
export interface SourcedResult {
  result: GateResult;
  origin: string;
}

/** The results a report shows, with its own problems as a result of gate `report` (first). */
export interface CombinedResults {
  results: GateResult[];
  /** Problems with the inputs; also in `results` as the `report` row when there are any. */
  problems: Finding[];
}

/**
 * Combines collected results into the list a report shows. Two results with the same id (a
 * gate reported twice, say by two matrix jobs) are an error naming both files, and an empty
 * collection an error of the report's own row; an expected gate without a result is an `error`
 * row of that gate. None of these may read as a pass.
 */
export function combineResults(
  sourced: readonly SourcedResult[],
  problems: readonly Finding[],
  options: {
    /** Gates that must have a result; `config` when the config enables them, `expect` when named. */
    expect: ReadonlyArray<{ id: string; because: 'config' | 'expect' }>;
    searched: string;
  },
): CombinedResults {
  const all = [...problems];
  const byId = new Map<string, SourcedResult>();
  for (const item of sourced) {
    const id = resultId(item.result);
    const first = byId.get(id);
    if (!first) {
      byId.set(id, item);
      continue;
    }
    const same = JSON.stringify(first.result) === JSON.stringify(item.result);
    all.push({
      severity: 'error',
      rule: 'report/duplicate-result',
      message: `Two results for ${id}: ${first.origin} (${first.result.status}) and ${item.origin} (${item.result.status})${same ? ', identical' : ', conflicting'}; the first is shown.`,
      fix: 'Give each run of a gate its own `id` input (for matrix shards), or download each artifact only once.',
    });
  }
  // An expected gate that sent nothing is its own `error` row, named as the gate, so the table,
  // the blocking list and `failed-gates` all name it (not a row of the report's own problems).
  const missing = options.expect
    .filter(({ id }) => ![...byId.values()].some((s) => s.result.gate === id || resultId(s.result) === id))
    .map(({ id, because }) => missingResult(id, because, options.searched));
  if (byId.size === 0 && missing.length === 0 && all.length === 0) {
    all.push({
      severity: 'error',
      rule: 'report/no-results',
      message: `No gate result found in ${options.searched}.`,
      fix: 'Run a gate (e.g. actions/coverage) before the report in the same job, or download the gates’ result artifacts and pass their directory as `results`.',
    });
  }
  const results = [...[...byId.values()].map((s) => s.result), ...missing].sort(byGateOrder);
  if (all.length > 0) results.unshift(problemsResult(all));
  return { results, problems: all };
}

/** The `error` row of an expected gate that sent no result, with the likely causes. */
function missingResult(id: string, because: 'config' | 'expect', searched: string): GateResult {
  const why = because === 'config' ? 'the config enables' : 'report.expect names';
  const finding: Finding = {
    severity: 'error',
    rule: 'report/missing-result',
    message: `No result for ${id}, which ${why}: its step crashed before writing one, was skipped by an \`if:\`, or ran in another job whose result artifact is missing (looked in ${searched}).`,
    fix: `Run the ${id} gate before the report in this job (steps after a failing one need if: always()), or download its job's result artifact into a results path; set ${id}.enabled: false to stop expecting it.`,
  };
  return {
    schemaVersion: 1,
    gate: id,
    status: 'error',
    title: 'No result: the gate did not report',
    summary: finding.message,
    metrics: {},
    findings: [finding],
  };
}

function byGateOrder(a: GateResult, b: GateResult): number {
  const rank = (r: GateResult) => {
    const i = GATE_ORDER.indexOf(r.gate);
    return i === -1 ? GATE_ORDER.length : i;
  };
  return rank(a) - rank(b) || resultId(a).localeCompare(resultId(b));
}

function problemsResult(findings: Finding[]): GateResult {
  const errors = findings.some((f) => f.severity === 'error');
  return {
    schemaVersion: 1,
    gate: 'report',
    // Only errors make the verdict untrustworthy; a notice (no PR to comment on) does not.
    status: errors ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warn' : 'pass',
    title: errors ? 'Problems with the gate results' : 'Notes on the gate results',
    summary: errors
      ? `${findings.length} problem(s) reading the gate results; the verdict cannot be trusted until they are fixed. ${findings[0]?.message ?? ''}`
      : (findings[0]?.message ?? ''),
    metrics: {},
    findings,
  };
}
