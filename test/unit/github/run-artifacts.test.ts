import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ARTIFACT_LIMITS, unzipJson } from '../../../src/github/run-artifacts.js';

describe('unzipJson', () => {
  it('returns the JSON entries in memory, skipping other files', () => {
    const zip = zipSync({
      'coverage.json': strToU8('{"a":1}'),
      'notes.txt': strToU8('x'),
      'sub/model-card.json': strToU8('{}'),
    });
    expect(unzipJson(zip)).toEqual([
      { name: 'coverage.json', text: '{"a":1}' },
      { name: 'sub/model-card.json', text: '{}' },
    ]);
  });

  it('stops a zip bomb early instead of inflating it', () => {
    // 64 MiB of zeros deflate to ~64 KB: far past the per-file limit once inflated.
    const bomb = zipSync({ 'coverage.json': new Uint8Array(ARTIFACT_LIMITS.fileBytes * 4) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(() => unzipJson(bomb)).toThrow(/unpacks to more than/);
  });

  it('refuses what is not a zip, and too many entries', () => {
    expect(() => unzipJson(strToU8('{"not":"zip"}'))).toThrow(/not a zip/);
    const many = Object.fromEntries(
      Array.from({ length: ARTIFACT_LIMITS.files + 1 }, (_, i) => [`r${i}.json`, strToU8('{}')]),
    );
    expect(() => unzipJson(zipSync(many))).toThrow(/more than 500 files/);
  });
});
