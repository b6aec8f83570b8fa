import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CsvOptions,
  type CsvVisitor,
  readCsv,
  readCsvParse,
} from '../../../../src/gates/data-schema/csv.js';
import { Declined, readCsvFast, type Terminator } from '../../../../src/gates/data-schema/csv-fast.js';
import { UserError } from '../../../../src/util/errors.js';

/**
 * The fast CSV reader against csv-parse, the reader it stands in for: on generated files —
 * quoted fields with delimiters, quotes and newlines inside, CRLF and LF files, blank lines,
 * a BOM, multi-byte and invalid UTF-8, ragged rows, and broken quoting — `readCsv` (fast reader,
 * csv-parse when it declines) must hand over exactly the records, lines and record numbers, and
 * throw exactly the error, that csv-parse alone does. Files are read in small chunks so records
 * cross chunk ends. Seeded: a failure names its seed.
 */
const dir = mkdtempSync(join(tmpdir(), 'mlqg-csv-fast-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function rngOf(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PLAIN = ['a', 'b', 'xyz', '1', '2.5', '', ' ', 'é', '😀', 'name with space', '-', '\uFEFFbom'];
const QUOTABLE = ['', 'a,b', 'say ""hi""', 'line\nbreak', 'cr\r\nlf', 'lone\rcr', ';', '\t', 'é😀'];

/** A CSV text (usually well formed; `broken` adds a stray character somewhere). */
function generate(rng: () => number, delimiter: string): Uint8Array {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const terminator = rng() < 0.5 ? '\n' : '\r\n';
  const records = 1 + Math.floor(rng() * 12);
  const width = 1 + Math.floor(rng() * 4);
  let text = rng() < 0.15 ? '\uFEFF' : '';
  for (let r = 0; r < records; r++) {
    if (rng() < 0.1) text += terminator; // a blank line
    const cells = 1 + (rng() < 0.2 ? Math.floor(rng() * 6) : width - 1);
    const fields: string[] = [];
    for (let c = 0; c < cells; c++) fields.push(rng() < 0.3 ? `"${pick(QUOTABLE)}"` : pick(PLAIN));
    text += fields.join(delimiter);
    if (r < records - 1 || rng() < 0.7) text += terminator;
  }
  if (rng() < 0.3) {
    const at = Math.floor(rng() * (text.length + 1));
    text = text.slice(0, at) + pick(['"', '\r', '\n', 'x', delimiter, '\r\n', '""']) + text.slice(at);
  }
  const bytes = Buffer.from(text, 'utf8');
  if (rng() < 0.1) {
    // Invalid UTF-8: a lone continuation byte or a truncated sequence.
    const at = Math.floor(rng() * (bytes.length + 1));
    return Buffer.concat([
      bytes.subarray(0, at),
      Buffer.from(pick([[0xff], [0xe2, 0x82], [0x80]])),
      bytes.subarray(at),
    ]);
  }
  return bytes;
}

type Event = ['header', string[] | undefined, number] | ['row', string[], number, number];

async function events(
  read: (v: CsvVisitor) => Promise<unknown>,
): Promise<{ events: Event[]; result?: unknown; error?: unknown }> {
  const seen: Event[] = [];
  const visitor: CsvVisitor = {
    header: (cells, line) => (seen.push(['header', cells, line]), true),
    row: (cells, at) => void seen.push(['row', [...cells], at.line, at.record]),
  };
  try {
    return { events: seen, result: await read(visitor) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { events: seen, error: { message: error.message, location: error.location, fix: error.fix } };
  }
}

describe('the fast CSV reader', () => {
  it('hands over what csv-parse hands over, or declines before it differs', async () => {
    let fast = 0;
    let declined = 0;
    let errors = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const rng = rngOf(seed);
      const delimiter = [',', ';', '\t'][seed % 3] as string;
      const path = join(dir, `f${seed}.csv`);
      writeFileSync(path, generate(rng, delimiter));
      const options: CsvOptions = {
        delimiter,
        header: seed % 5 !== 0,
        chunkSize: 1 + Math.floor(rng() * 24),
      };
      if (seed % 7 === 0) options.sampleRows = 2;
      const source = { absPath: path, displayPath: 'f.csv' };
      const reference = await events(async (v) => {
        if (!options.header) v.header(undefined, 0);
        return readCsvParse(source, options, v);
      });
      const ours = await events((v) => readCsv(source, options, v));
      expect(ours, `seed ${seed}`).toEqual(reference);
      if (reference.error) errors++;
      try {
        await readCsvFast({ path }, options, { header: () => true, row: () => undefined });
        fast++;
      } catch (error) {
        if (!(error instanceof Declined)) throw error;
        declined++;
      }
    }
    // Most files are read by the fast reader; the broken ones exercise the hand-over.
    expect(fast).toBeGreaterThan(900);
    expect(declined).toBeGreaterThan(50);
    expect(errors).toBeGreaterThan(20);
  }, 120_000);

  it('reads a file in parts cut after a newline as it reads it whole, or declines', async () => {
    let compared = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const rng = rngOf(seed * 7919);
      const bytes = generate(rng, ',');
      const path = join(dir, `p${seed}.csv`);
      writeFileSync(path, bytes);
      const whole = await partEvents(path, [0, bytes.length], undefined);
      if (!whole) continue;
      const cuts = [...bytes.keys()].filter((i) => bytes[i - 1] === 10);
      const cut = cuts[Math.floor(rng() * cuts.length)];
      if (cut === undefined || cut >= bytes.length) continue;
      const first = await partEvents(path, [0, cut], whole.terminator);
      const second = first && (await partEvents(path, [cut, bytes.length], whole.terminator, first));
      // A cut inside a quoted field shows as a first part that cannot end: it declines.
      if (!first || !second) continue;
      expect([...first.events, ...second.events], `seed ${seed}`).toEqual(whole.events);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});

/** Rows of the bytes [start, end) read alone, placed after `before` (the part before it). */
async function partEvents(
  path: string,
  [start, end]: [number, number],
  terminator: Terminator | undefined,
  before?: { rows: number; lines: number },
): Promise<
  | { events: Array<[string[], number, number]>; rows: number; lines: number; terminator?: Terminator }
  | undefined
> {
  const seen: Array<[string[], number, number]> = [];
  const offset = before ?? { rows: 0, lines: 0 };
  try {
    const read = await readCsvFast(
      { path, start, end },
      { delimiter: ',', header: false, chunkSize: 5, ...(terminator ? { terminator } : {}) },
      {
        header: () => true,
        row: (cells, at) => void seen.push([[...cells], at.line + offset.lines, at.record + offset.rows]),
      },
    );
    return {
      events: seen,
      rows: offset.rows + seen.length,
      lines: offset.lines + read.lines,
      ...(read.terminator ? { terminator: read.terminator } : {}),
    };
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}
