import { spawnSync } from 'node:child_process';

/** Debian's interpreter: CI installs python3-sklearn for it (the pyenv shims have no sklearn). */
export const PYTHON = '/usr/bin/python3';

/** Why the scikit-learn differential tests cannot run here, or undefined when they can. */
export function sklearnMissing(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import sklearn, numpy'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} cannot be run (${probe.error.message}); apt install python3-sklearn`;
  if (probe.status !== 0) return `${PYTHON} has no scikit-learn; apt install python3-sklearn`;
  return undefined;
}

/** Runs a Python script with JSON on stdin and parses its JSON stdout. */
export function runPython(script: string, input: unknown): unknown {
  const out = spawnSync(PYTHON, [script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(`${script} failed (${String(out.status)}): ${out.stderr}`);
  return JSON.parse(out.stdout) as unknown;
}

/** Seeded uniform [0, 1) numbers (mulberry32): the same cases on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** |a − b| within `rel` of the larger magnitude (or both exactly equal). */
export function closeTo(a: number, b: number, rel = 1e-9): boolean {
  return a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));
}
