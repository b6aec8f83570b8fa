import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forEachByteLine, utf8Text } from '../../../../src/util/byte-lines.js';
import { recordText } from '../../../../src/gates/data-schema/jsonl.js';
import { forEachTextLine } from '../../../../src/util/text-lines.js';
import { readByteChunks } from '../../../../src/util/text-stream.js';

/**
 * JSON Lines files are split into lines from chunks decoded once each (util/text-lines.ts);
 * before, each line was decoded alone (util/byte-lines.ts). Both must give the same lines with
 * the same numbers, on files several chunks long with multi-byte characters cut by chunk ends,
 * invalid UTF-8, CRLF, lone CRs, a BOM and blank lines — and for any byte range starting at a
 * line, the lines of that range.
 */
const dir = mkdtempSync(join(tmpdir(), 'mlqg-text-lines-'));
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

const PIECES = ['{"a":1}', 'é', '😀', '\r', ' ', '\t', 'xyz', '\uFEFF', '"', '\\'].map((s) => Buffer.from(s));
const BAD = [Buffer.from([0xff]), Buffer.from([0xe2, 0x82]), Buffer.from([0x80]), Buffer.from([0xf0, 0x9f])];

function generate(seed: number, bytes: number): Buffer {
  const rng = rngOf(seed);
  const parts: Buffer[] = [Buffer.from('\uFEFF')];
  let size = 0;
  while (size < bytes) {
    const r = rng();
    const piece =
      r < 0.05
        ? (BAD[Math.floor(rng() * BAD.length)] as Buffer)
        : r < 0.2
          ? Buffer.from(rng() < 0.5 ? '\n' : '\r\n')
          : (PIECES[Math.floor(rng() * PIECES.length)] as Buffer);
    parts.push(piece);
    size += piece.length;
  }
  return Buffer.concat(parts);
}

const keepBom = new TextDecoder('utf-8', { ignoreBOM: true });

async function byteLines(path: string, start = 0, end?: number): Promise<Array<[number, string]>> {
  const out: Array<[number, string]> = [];
  const chunks = readByteChunks(path, { start, ...(end !== undefined ? { end } : {}) });
  await forEachByteLine(chunks, 'f', (b, s, e, n) => {
    out.push([n, keepBom.decode(b.subarray(s, e))]);
  });
  return out;
}

/** The record texts of a JSON Lines file as validateJsonl read them before (bytes, line by line). */
async function recordsBefore(path: string): Promise<Array<[number, string]>> {
  const out: Array<[number, string]> = [];
  await forEachByteLine(readByteChunks(path), 'f', (buf, start, end, line) => {
    let s = start;
    while (s < end && (buf[s] === 32 || buf[s] === 9)) s++;
    if (s === end) return;
    if (line === 1 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) s += 3;
    out.push([line, utf8Text(buf, s, end)]);
  });
  return out;
}

async function recordsNow(path: string): Promise<Array<[number, string]>> {
  const out: Array<[number, string]> = [];
  await forEachTextLine({ path }, 'f', (t, s, e, n) => {
    const record = recordText(t, s, e, n === 1);
    if (record !== undefined) out.push([n, record]);
  });
  return out;
}

async function textLines(path: string, start = 0, end?: number): Promise<Array<[number, string]>> {
  const out: Array<[number, string]> = [];
  await forEachTextLine({ path, start, ...(end !== undefined ? { end } : {}) }, 'f', (t, s, e, n) => {
    out.push([n, t.slice(s, e)]);
  });
  return out;
}

describe('lines from chunks decoded once', () => {
  it('give JSON Lines records the text they had when each line was decoded alone', async () => {
    for (let seed = 11; seed <= 14; seed++) {
      const path = join(dir, `r${seed}.jsonl`);
      writeFileSync(path, generate(seed, seed === 11 ? 2_500_000 : 30_000));
      expect(await recordsNow(path), `seed ${seed}`).toEqual(await recordsBefore(path));
    }
  });

  it('are the lines decoded one by one, whole files and ranges', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const bytes = generate(seed, seed <= 2 ? 3_500_000 : 20_000);
      const path = join(dir, `f${seed}.jsonl`);
      writeFileSync(path, bytes);
      expect(await textLines(path), `seed ${seed}`).toEqual(await byteLines(path));
      const starts = [...bytes.keys()].filter((i) => bytes[i - 1] === 10);
      const rng = rngOf(seed * 31);
      for (let k = 0; k < 3; k++) {
        const start = starts[Math.floor(rng() * starts.length)] ?? 0;
        const end = start + Math.floor(rng() * (bytes.length - start));
        expect(await textLines(path, start, end), `seed ${seed} [${start}, ${end})`).toEqual(
          await byteLines(path, start, end),
        );
      }
    }
  });
});
