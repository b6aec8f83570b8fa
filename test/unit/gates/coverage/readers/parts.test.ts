import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFormat } from '../../../../../src/gates/coverage/model.js';
import { configureParallelism } from '../../../../../src/gates/coverage/pool.js';
import { joinParts, type ReportRead, readReports } from '../../../../../src/gates/coverage/read-reports.js';
import { runTask, type TaskResult } from '../../../../../src/gates/coverage/read-task.js';
import { readIstanbulFinal } from '../../../../../src/gates/coverage/readers/istanbul.js';
import { type FileCoverage, RecordCollector, toData } from '../../../../../src/gates/coverage/records.js';
import { markIn, type SplittableFormat } from '../../../../../src/gates/coverage/split.js';
import { readByteChunks, readTextChunks } from '../../../../../src/util/text-stream.js';
import { CONFORMANCE_DIR, EXAMPLE_PROJECT, FIXTURES, REPO_ROOT } from '../../../../helpers/paths.js';

/**
 * A large report is read in parts, side by side in worker threads (read-reports.ts). These
 * tests hold that to one rule: whatever the parts and threads, the records (and for a broken
 * report, the error) are exactly those of reading the report whole, in one thread, in order.
 */
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlqg-parts-'));
});
afterAll(() => {
  configureParallelism({});
  rmSync(dir, { recursive: true, force: true });
});

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A coverage.py-shaped Cobertura report, an LCOV file and an Istanbul coverage-final.json of the same model. */
function generated(files: number, seed: number): Record<SplittableFormat, string> {
  const random = seeded(seed);
  const model = Array.from({ length: files }, (_, f) => ({
    path: `pkg_${Math.floor(f / 7)}/mod_${f}.py`,
    lines: Array.from({ length: 5 + Math.floor(random() * 25) }, (_, l) => ({
      line: l * 2 + 1,
      hits: random() < 0.8 ? Math.floor(random() * 40) : 0,
      branch: random() < 0.25 ? 1 + Math.floor(random() * 2) : 0,
    })),
  }));
  const classes = model
    .map(
      (m) =>
        `\t\t\t\t<class name="${m.path}" filename="${m.path}" complexity="0" line-rate="0.5" branch-rate="0.5">\n\t\t\t\t\t<methods/>\n\t\t\t\t\t<lines>\n${m.lines
          .map(
            (l) =>
              `\t\t\t\t\t\t<line number="${l.line}" hits="${l.hits}"${l.branch ? ` branch="true" condition-coverage="${l.branch * 50}% (${l.branch}/2)" missing-branches="${l.line + 1}"` : ''}/>`,
          )
          .join('\n')}\n\t\t\t\t\t</lines>\n\t\t\t\t</class>`,
    )
    .join('\n');
  const cobertura = `<?xml version="1.0" ?>\n<coverage version="7.4.0" timestamp="1">\n\t<sources>\n\t\t<source>/repo/src</source>\n\t</sources>\n\t<packages>\n\t\t<package name="pkg">\n\t\t\t<classes>\n${classes}\n\t\t\t</classes>\n\t\t</package>\n\t</packages>\n</coverage>\n`;
  const lcov = model
    .map(
      (m) =>
        `TN:\nSF:src/${m.path}\n${m.lines.map((l) => `DA:${l.line},${l.hits}`).join('\n')}\n${m.lines
          .filter((l) => l.branch)
          .map((l) => `BRDA:${l.line},0,0,${l.hits}\nBRDA:${l.line},0,1,-`)
          .join('\n')}\nLF:${m.lines.length}\nLH:0\nend_of_record\n`,
    )
    .join('');
  const loc = (line: number) => ({ start: { line, column: 0 }, end: { line, column: 9 } });
  const istanbul = JSON.stringify(
    Object.fromEntries(
      model.map((m) => [
        `/repo/src/${m.path}`,
        {
          path: `/repo/src/${m.path}`,
          statementMap: Object.fromEntries(m.lines.map((l, i) => [String(i), loc(l.line)])),
          fnMap: {},
          branchMap: Object.fromEntries(
            m.lines
              .filter((l) => l.branch)
              .map((l, i) => [String(i), { loc: loc(l.line), type: 'if', locations: [loc(l.line), loc(l.line)] }]),
          ),
          s: Object.fromEntries(m.lines.map((l, i) => [String(i), l.hits])),
          f: {},
          b: Object.fromEntries(
            m.lines.filter((l) => l.branch).map((l, i) => [String(i), [l.hits, l.branch === 2 ? 1 : 0]]),
          ),
        },
      ]),
    ),
  );
  return { cobertura, lcov, 'istanbul-final': istanbul };
}

let written = 0;
function file(text: string): string {
  const path = join(dir, `report-${written++}`);
  writeFileSync(path, text);
  return path;
}

/** Every place the splitter may cut this text. */
function marks(text: string, format: SplittableFormat): number[] {
  const buf = Buffer.from(text);
  const out: number[] = [];
  for (let from = 1; from < buf.length; ) {
    const at = markIn(buf.subarray(from), format);
    if (at === -1) break;
    if (from + at > 0 && from + at < buf.length) out.push(from + at);
    from += at + 1;
  }
  return [...new Set(out)];
}

type Comparable = { ok: true; files: unknown[] } | { ok: false; message: string };

function comparable(result: TaskResult<FileCoverage>): Comparable {
  if (!result.ok) return { ok: false, message: result.error.kind === 'user' ? result.error.message : result.error.kind };
  return { ok: true, files: result.files.map(toData) };
}

/** Reads `path` in parts starting at `points`; undefined when the parts do not fit together. */
async function inParts(path: string, format: ReportFormat, points: number[]): Promise<Comparable | undefined> {
  const size = readFileSync(path).length;
  const bounds = [0, ...points, size];
  const parts = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    parts.push(
      await runTask({
        file: path,
        format,
        reportName: 'r',
        part: { start: bounds[k] as number, end: bounds[k + 1] as number, last: k + 2 === bounds.length },
      }),
    );
  }
  const joined = joinParts(format, parts);
  return joined ? comparable(joined) : undefined;
}

async function whole(path: string, format: ReportFormat): Promise<Comparable> {
  return comparable(await runTask({ file: path, format, reportName: 'r' }));
}

const FORMATS: SplittableFormat[] = ['cobertura', 'lcov', 'istanbul-final'];

describe('reading a report in parts', () => {
  it.each(FORMATS)('gives the records of the whole %s report, at every split point and several at once', async (format) => {
    const text = generated(40, 11)[format];
    const path = file(text);
    const expected = await whole(path, format);
    expect(expected.ok).toBe(true);
    const points = marks(text, format);
    expect(points.length).toBeGreaterThanOrEqual(39);
    for (const point of points) expect(await inParts(path, format, [point]), `split at ${point}`).toEqual(expected);
    const random = seeded(5);
    for (let round = 0; round < 40; round++) {
      const picks = [...new Set([0, 1, 2, 3].map(() => points[Math.floor(random() * points.length)] as number))];
      expect(await inParts(path, format, picks.sort((a, b) => a - b))).toEqual(expected);
    }
  });

  it.each([
    ['lcov', join(FIXTURES, 'coverage', 'lcov-gcov-cpp.info')],
    ['lcov', join(FIXTURES, 'coverage', 'lcov-vitest-istanbul.info')],
    ['cobertura', join(CONFORMANCE_DIR, 'diff-cover', 'dotnet_coverage.xml')],
    ['cobertura', join(EXAMPLE_PROJECT, 'reports', 'coverage.xml')],
    ['istanbul-final', join(FIXTURES, 'coverage', 'istanbul-coverage-final.json')],
  ] as const)('gives the records of the whole real %s report %s', async (format, path) => {
    const expected = await whole(path, format);
    for (const point of marks(readFileSync(path, 'utf8'), format)) {
      const parts = await inParts(path, format, [point]);
      // Real reports may hold what a part cannot read alone (a <sources> after a class); then
      // the report is read whole. Whenever the parts do join, they must say the same.
      if (parts !== undefined) expect(parts, `split at ${point}`).toEqual(expected);
    }
  });

  it.each(FORMATS)('never joins a broken %s report into anything but what reading it whole gives (seeded mutations)', async (format) => {
    const base = generated(12, 3)[format];
    const random = seeded(99);
    const tokens: Record<SplittableFormat, string[]> = {
      cobertura: ['<', '>', '"', '</class>', '<class filename="x.py">', '<!--', '-->', '</lines>', '<sources>', 'number="x"', '&'],
      lcov: ['\n', 'end_of_record\n', 'SF:x.py\n', 'DA:1\n', 'DA:1,1\n', 'BRDA:1,0\n', ','],
      'istanbul-final': ['{', '}', '"', ',', '"path":', '{"path":"x"}', '\\', ':', '[', ']', '1'],
    };
    let joinedBroken = 0;
    for (let round = 0; round < 150; round++) {
      let text = base;
      for (let e = 0; e < 1 + Math.floor(random() * 2); e++) {
        const at = Math.floor(random() * text.length);
        const pick = tokens[format];
        text =
          random() < 0.6
            ? text.slice(0, at) + (pick[Math.floor(random() * pick.length)] ?? '') + text.slice(at)
            : text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 6));
      }
      const path = file(text);
      const expected = await whole(path, format);
      const points = marks(text, format);
      const picks = [...new Set([0, 1].map(() => points[Math.floor(random() * points.length)]))]
        .filter((p): p is number => p !== undefined)
        .sort((a, b) => a - b);
      const parts = await inParts(path, format, picks);
      if (parts === undefined) continue;
      expect(parts, `round ${round}, split at ${picks.join(', ')}`).toEqual(expected);
      if (!expected.ok) joinedBroken++;
    }
    expect(joinedBroken).toBe(0);
  });
});

describe("Istanbul's fast reader", () => {
  /** The exact streaming reader's records or error, for comparison. */
  async function exact(path: string): Promise<Comparable> {
    const collector = new RecordCollector('r');
    try {
      await readIstanbulFinal(
        { text: () => readTextChunks(path), bytes: () => readByteChunks(path) },
        collector,
        'r',
      );
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
    return { ok: true, files: collector.files.map(toData) };
  }

  it('reads exactly what the streaming scanner reads, or hands over to it (seeded mutations)', async () => {
    const texts = [
      generated(6, 8)['istanbul-final'],
      readFileSync(join(FIXTURES, 'coverage', 'istanbul-coverage-final.json'), 'utf8'),
    ];
    const random = seeded(4242);
    const tokens = ['{', '}', '"', ',', '"path":', '{"path":"x","statementMap":{},"s":{}}', '\\', ':', '[', ']', ' ', 'é', '\\u00e9', '\ufeff', '"data":'];
    for (const base of texts) {
      expect(await whole(file(base), 'istanbul-final')).toEqual(await exact(file(base)));
      for (let round = 0; round < 300; round++) {
        let text = base;
        const at = Math.floor(random() * text.length);
        text =
          random() < 0.6
            ? text.slice(0, at) + (tokens[Math.floor(random() * tokens.length)] ?? '') + text.slice(at)
            : text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 6));
        const path = file(text);
        expect(await whole(path, 'istanbul-final'), `round ${round}`).toEqual(await exact(path));
      }
    }
  });

  it('reads pretty-printed files, BOMs, empty roots and entries without "path"', async () => {
    const one = { statementMap: { '0': { start: { line: 3, column: 0 }, end: { line: 3, column: 1 } } }, s: { '0': 2 } };
    for (const text of [
      JSON.stringify({ '/a.js': { path: '/a.js', ...one }, '/b.js': { path: '/b.js', ...one } }, null, 2),
      `\ufeff${JSON.stringify({ '/a.js': { path: '/a.js', ...one } })}`,
      '{}',
      ' { } \n',
      JSON.stringify({ '/a.js': one, '/b.js': { path: '/b.js', ...one } }),
      JSON.stringify({ '/a.js': { data: { path: '/a.js', ...one } } }),
      JSON.stringify({ '/a.js': { path: '/a.js', ...one }, '/a.js ': { path: '/a.js', ...one } }).replace('/a.js ', '/a.js'),
    ]) {
      const path = file(text);
      expect(await whole(path, 'istanbul-final'), text).toEqual(await exact(path));
    }
  });
});

describe('reading reports in worker threads', () => {
  let workerUrl: URL;
  beforeAll(async () => {
    // The bundle's worker entry, built the way scripts/build.mjs builds it.
    const out = join(dir, 'worker', 'coverage-worker.mjs');
    await build({
      entryPoints: [join(REPO_ROOT, 'src', 'gates', 'coverage', 'worker.ts')],
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      banner: {
        js: "import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);",
      },
    });
    workerUrl = pathToFileURL(out);
  });

  function comparableReads(reads: ReportRead[]) {
    return reads.map((r) => (r.ok ? { info: r.info, files: r.files.map(toData) } : { error: r.error.message }));
  }

  it('gives the results of one thread, in order, for many reports, large ones split', async () => {
    const data = generated(60, 21);
    const broken = generated(30, 22);
    const reports = [
      file(data.cobertura),
      file(data.lcov),
      file(data['istanbul-final']),
      join(FIXTURES, 'coverage', 'coverage-py-7.json'),
      join(FIXTURES, 'coverage', 'go-set.out'),
      join(CONFORMANCE_DIR, 'diff-cover', 'dotnet_coverage.xml'),
      file(broken.cobertura.replace('hits="3"', 'hits="x"')),
      file(broken.lcov.replace('end_of_record\nTN:\nSF:src/pkg_3', 'TN:\nSF:src/pkg_3')),
      file(broken['istanbul-final'].slice(0, -40)),
      ...readdirSync(join(FIXTURES, 'coverage'))
        .filter((n) => n.endsWith('.info'))
        .map((n) => join(FIXTURES, 'coverage', n)),
    ];
    configureParallelism({ threads: 1 });
    const alone = comparableReads(await readReports(reports, dir));
    expect(alone.filter((r) => 'error' in r)).toHaveLength(3);
    for (const threads of [2, 3, 5]) {
      configureParallelism({ threads, workerUrl, workerBytes: 0, splitBytes: 1 });
      expect(comparableReads(await readReports(reports, dir)), `${threads} threads`).toEqual(alone);
    }
    // Split, in the main thread (no worker script), also gives the same.
    configureParallelism({ threads: 4, workerUrl: undefined, workerBytes: 0, splitBytes: 1 });
    expect(comparableReads(await readReports(reports, dir))).toEqual(alone);
  });

  it('reports errors with their lines from a worker as from the main thread', async () => {
    const text = generated(20, 5).cobertura;
    const bad = file(text.replace(/hits="(\d+)"/g, (m, h: string) => (h === '7' ? 'hits="seven"' : m)));
    configureParallelism({ threads: 1 });
    const [alone] = await readReports([bad], dir);
    configureParallelism({ threads: 2, workerUrl, workerBytes: 0, splitBytes: 1 });
    const [threaded] = await readReports([bad], dir);
    expect(alone?.ok).toBe(false);
    expect(threaded).toEqual(alone);
    expect(alone?.ok === false && alone.error.message).toMatch(/:\d+: <line> has hits="seven"/);
  });
});
