import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { quickDate, quickDateTime, quickTime } from '../../../../src/gates/data-schema/fast-formats.js';

/**
 * The quick format checks may only say yes where ajv-formats (full mode, the gate's reference)
 * says yes: on generated values around the RFC 3339 shapes — digits out of range, other
 * separators, missing and extra characters, leap days and leap seconds, offsets — every value
 * they accept, ajv-formats accepts too. Both answers must also occur often, or the test says
 * little.
 */
function rngOf(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const reference = (name: 'date' | 'time' | 'date-time') => {
  const f = fullFormats[name] as { validate: (s: string) => boolean };
  return f.validate;
};

function digits(rng: () => number, n: number, max: number): string {
  const v = Math.floor(rng() * (max + 1));
  return String(v).padStart(n, '0').slice(-n);
}

/** A value shaped like a date, time or date-time, often broken. */
function generate(rng: () => number, kind: 'date' | 'time' | 'date-time'): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const date = () =>
    `${pick(['2024', '2023', '1900', '2000', '0000', '9999', '202'])}-${digits(rng, 2, 13)}-${digits(rng, 2, 32)}`;
  const time = () =>
    `${digits(rng, 2, 25)}:${digits(rng, 2, 61)}:${digits(rng, 2, 61)}${pick(['', '', '.5', '.123456', '.'])}${pick(['Z', 'z', '+02:00', '-23:59', '+24:00', '+01:60', '+0100', '', '+01'])}`;
  let s =
    kind === 'date' ? date() : kind === 'time' ? time() : `${date()}${pick(['T', 't', ' ', 'X'])}${time()}`;
  if (rng() < 0.2) {
    const at = Math.floor(rng() * (s.length + 1));
    s = s.slice(0, at) + pick(['', '1', 'T', ':', '-', ' ', '\n', '٣']) + s.slice(at + (rng() < 0.5 ? 1 : 0));
  }
  return s;
}

describe('quick date and time formats', () => {
  for (const [name, quick] of [
    ['date', quickDate],
    ['time', quickTime],
    ['date-time', quickDateTime],
  ] as const) {
    it(`${name}: accepts only what ajv-formats accepts`, () => {
      const rng = rngOf(name.length * 7919);
      const ref = reference(name);
      let accepted = 0;
      let rejected = 0;
      const wrong: string[] = [];
      for (let i = 0; i < 200_000; i++) {
        const s = generate(rng, name);
        if (quick(s)) {
          accepted++;
          if (!ref(s)) wrong.push(s);
        } else if (!ref(s)) rejected++;
      }
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(accepted).toBeGreaterThan(10_000);
      expect(rejected).toBeGreaterThan(10_000);
    });
  }
});
