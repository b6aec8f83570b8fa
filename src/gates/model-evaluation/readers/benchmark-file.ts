import { InputError } from '../../../util/errors.js';
import { parseYaml } from '../../../util/yaml.js';
import { quantileSorted } from '../judge/percentile.js';

/** Most raw latencies read from one benchmark file. */
const MAX_LATENCIES = 5_000_000;

/** Latency percentiles (ms) and throughput (requests/s) from a benchmark results file. */
export interface BenchmarkFigures {
  path: string;
  /** `p50`, `p90`, `p95`, `p99`, `mean`, `max`, … in milliseconds. */
  latencyMs: Map<string, number>;
  throughputRps?: number;
  /** Raw latencies the percentiles were computed from, when the file had a list. */
  samples?: number;
}

const LATENCY_KEYS = ['latency_ms', 'latencies_ms', 'latency'];
const THROUGHPUT_KEYS = ['throughput_rps', 'throughput', 'requests_per_second', 'rps'];

/**
 * Reads `{"latency_ms": {"p50": 12, "p95": 40, "p99": 80}, "throughput_rps": 350}` or a raw list
 * (`{"latency_ms": [12.1, 13.4, …]}` or a bare JSON array), from which p50/p90/p95/p99 (numpy's
 * linear percentiles), mean and max are computed. JSON is parsed with JSON.parse (a raw list may
 * hold millions of values); YAML with the safe YAML parser.
 */
export function readBenchmark(text: string, path: string): BenchmarkFigures {
  const doc = parseDocument(text, path);
  const root = Array.isArray(doc) ? { latency_ms: doc } : doc;
  if (root === null || typeof root !== 'object') throw shape(path);
  const record = root as Record<string, unknown>;
  const latencyKey = LATENCY_KEYS.find((k) => k in record);
  const latency = latencyKey === undefined ? undefined : record[latencyKey];
  const out: BenchmarkFigures = { path, latencyMs: new Map() };
  if (Array.isArray(latency)) fromSamples(latency, out, path);
  else if (latency !== null && typeof latency === 'object') {
    for (const [key, value] of Object.entries(latency as Record<string, unknown>)) {
      if (typeof value === 'number' && Number.isFinite(value))
        out.latencyMs.set(normalisePercentile(key), value);
    }
  }
  const throughputKey = THROUGHPUT_KEYS.find(
    (k) => typeof record[k] === 'number' && Number.isFinite(record[k]),
  );
  if (throughputKey !== undefined) out.throughputRps = record[throughputKey] as number;
  if (out.latencyMs.size === 0 && out.throughputRps === undefined) throw shape(path);
  return out;
}

function parseDocument(text: string, path: string): unknown {
  if (/\.ya?ml$/i.test(path)) return parseYaml(text, path).value;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(
      `${path}: not valid JSON: ${(error as Error).message}`,
      { path },
      'Fix the JSON syntax of the benchmark results.',
    );
  }
}

function shape(path: string): InputError {
  return new InputError(
    `${path}: no latency or throughput figures`,
    { path },
    'Write {"latency_ms": {"p50": …, "p95": …, "p99": …}, "throughput_rps": …} or {"latency_ms": [one value per request]}.',
  );
}

/** `P95`, `p95_ms`, `95`, `95th` → `p95`; `avg`/`average` → `mean`. */
export function normalisePercentile(key: string): string {
  const k = key.toLowerCase().replace(/_?ms$/, '');
  const m = /^p?(\d+(?:\.\d+)?)(?:th)?$/.exec(k);
  if (m) return `p${m[1] ?? ''}`;
  return k === 'avg' || k === 'average' ? 'mean' : k;
}

function fromSamples(list: unknown[], out: BenchmarkFigures, path: string): void {
  if (list.length > MAX_LATENCIES) {
    throw new InputError(
      `${path}: more than ${MAX_LATENCIES} latencies`,
      { path },
      'Write percentiles instead of the raw list, or sample the requests.',
    );
  }
  const values = new Float64Array(list.length);
  list.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new InputError(
        `${path}: latency number ${i + 1} is ${JSON.stringify(v)}, not a duration in ms`,
        { path },
        'Write one non-negative number per request.',
      );
    }
    values[i] = v;
  });
  if (values.length === 0) return;
  values.sort();
  for (const p of [50, 90, 95, 99]) out.latencyMs.set(`p${p}`, quantileSorted(values, p / 100));
  out.latencyMs.set('mean', values.reduce((a, b) => a + b, 0) / values.length);
  out.latencyMs.set('max', values[values.length - 1] as number);
  out.samples = values.length;
}
