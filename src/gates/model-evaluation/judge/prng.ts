/**
 * xoshiro128** (Blackman & Vigna), seeded through splitmix32: 32-bit arithmetic only, so it is
 * fast in JavaScript and easy to replay bit for bit in another language (the bootstrap test
 * does, in Python). Not for secrets; for reproducible resampling.
 */
export class Xoshiro128 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      // splitmix32: spreads a small seed over the whole state (an all-zero state never occurs).
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  /** The next 32-bit unsigned integer. */
  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.b << 9) >>> 0;
    this.c = (this.c ^ this.a) >>> 0;
    this.d = (this.d ^ this.b) >>> 0;
    this.b = (this.b ^ this.c) >>> 0;
    this.a = (this.a ^ this.d) >>> 0;
    this.c = (this.c ^ t) >>> 0;
    this.d = rotl(this.d, 11);
    return result;
  }

  /**
   * One bootstrap resample as per-row multiplicities: draws `counts.length` row indexes
   * uniformly with replacement (each `below(n)`, the same sequence as calling it n times) and
   * counts them into `counts`, zeroed first. The state lives in locals for the loop: this is
   * most of a resample's cost.
   */
  drawCounts(counts: Uint32Array): void {
    const n = counts.length;
    const scale = n / 4294967296;
    counts.fill(0);
    let { a, b, c, d } = this;
    for (let j = 0; j < n; j++) {
      const x = Math.imul(b, 5);
      const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
      const at = Math.floor(result * scale);
      counts[at] = (counts[at] as number) + 1;
    }
    this.a = a >>> 0;
    this.b = b >>> 0;
    this.c = c >>> 0;
    this.d = d >>> 0;
  }

  /**
   * An integer in [0, n): ⌊u · n / 2³²⌋. Each value's probability is off by at most n / 2³²
   * relative (2e-5 for a million rows) — far below the bootstrap's own sampling noise.
   */
  below(n: number): number {
    return Math.floor(this.nextU32() * (n / 4294967296));
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
