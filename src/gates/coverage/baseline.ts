import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatPercent, isRatio, type Ratio } from '../../result/percent.js';
import type { Finding } from '../../result/types.js';
import { InputError } from '../../util/errors.js';

/** A metric's change against the baseline, in percentage points. */
export interface BaselineDelta {
  metric: 'lines' | 'branches';
  baseline: number;
  current: number;
  /** current − baseline, in percentage points (negative = dropped). */
  delta: number;
  maxDrop: number;
  passed: boolean;
}

/** Reads the baseline result file; undefined (with a notice) when it is absent and not required. */
export async function readBaseline(
  file: string,
  cwd: string,
  required: boolean,
): Promise<{ metrics?: Partial<Record<'lines' | 'branches', Ratio>>; notice?: Finding }> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch {
    if (required) {
      throw new InputError(
        `baseline result ${file} does not exist`,
        { path: file },
        "Download the default branch's coverage result first, or set baseline.required: false.",
      );
    }
    return {
      notice: {
        severity: 'notice',
        rule: 'coverage/baseline-missing',
        message: `No baseline result at ${file}; the drop check was skipped.`,
        fix: 'Save coverage.json from a default-branch run (as an artifact) and download it before this step.',
      },
    };
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: baseline is not valid JSON: ${(error as Error).message}`, { path: file });
  }
  const shaped = (typeof document === 'object' && document !== null ? document : {}) as {
    gate?: unknown;
    metrics?: Record<string, unknown>;
  };
  const metrics = shaped.metrics;
  if (shaped.gate !== 'coverage' || !metrics || !isRatio(metrics.lines)) {
    throw new InputError(
      `${file}: not a coverage gate result (expected "gate": "coverage" and metrics.lines with covered/total)`,
      { path: file },
      'Point baseline.file at the coverage.json an earlier run of this gate wrote.',
    );
  }
  return {
    metrics: {
      lines: metrics.lines,
      ...(isRatio(metrics.branches) ? { branches: metrics.branches } : {}),
    },
  };
}

/** Compares current figures with the baseline; a drop larger than `maxDrop` points fails. */
export function compareBaseline(
  current: Partial<Record<'lines' | 'branches', Ratio>>,
  baseline: Partial<Record<'lines' | 'branches', Ratio>>,
  maxDrop: number,
): BaselineDelta[] {
  const out: BaselineDelta[] = [];
  for (const metric of ['lines', 'branches'] as const) {
    const now = current[metric]?.percent;
    const before = baseline[metric]?.percent;
    if (now === null || now === undefined || before === null || before === undefined) continue;
    const delta = now - before;
    out.push({ metric, baseline: before, current: now, delta, maxDrop, passed: delta >= -maxDrop - 1e-9 });
  }
  return out;
}

/** The finding for a drop beyond the tolerance. */
export function dropFinding(d: BaselineDelta): Finding {
  return {
    severity: 'error',
    rule: 'coverage/baseline-drop',
    message: `${d.metric === 'lines' ? 'Line' : 'Branch'} coverage dropped ${(-d.delta).toFixed(2)} points (${formatPercent(d.baseline)} → ${formatPercent(d.current)}); at most ${d.maxDrop} allowed`,
    fix: 'Add tests for the code this change adds or stops testing, or raise baseline.max-drop if the drop is intended.',
  };
}
