import { asciiBytes, isXmlSpace, startsWithBytes } from '../../../util/ascii-bytes.js';

/**
 * The fast path for Cobertura's `<line>` element, most of the bytes of a report:
 * `<line number="12" hits="1"/>`, or with `branch="true" condition-coverage="50% (1/2)"
 * missing-branches="25"` as coverage.py writes it (Cobertura and gcovr add `branch="false"`).
 * One pass over the bytes, with no tag object, no attribute table and no name decoding; it
 * gives the reader what the scanner's `open` and `close` would have given it. Anything it does
 * not recognise exactly — another attribute, a repeated one, single quotes, spaces around `=`, a
 * reference, a non-ASCII or control byte, a value that is not plain digits, child elements, a
 * tag cut by the end of the buffer — is left (NOT_TAKEN) to the scanner, which reads it the
 * general way and reports any error with its line.
 */
export const NOT_TAKEN = -1;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const QUOT = 0x22;
const AMP = 0x26;

/** The attributes taken, a bit each, found by their first byte (all different). */
const NUMBER = 1;
const HITS = 2;
const BRANCH = 4;
const CONDITION = 8;
const MISSING = 16;
const BIT_OF_FIRST_BYTE = new Uint8Array(256);
const NAME_OF_BIT: Uint8Array[] = [];
for (const [bit, name] of [
  [NUMBER, 'number'],
  [HITS, 'hits'],
  [BRANCH, 'branch'],
  [CONDITION, 'condition-coverage'],
  [MISSING, 'missing-branches'],
] as const) {
  BIT_OF_FIRST_BYTE[name.charCodeAt(0)] = bit;
  NAME_OF_BIT[bit] = asciiBytes(name);
}
/** How coverage.py and Cobertura begin every line: read in one comparison each. */
const HEAD = asciiBytes('<line number="');
const HITS_HEAD = asciiBytes('" hits="');
const TRUE = asciiBytes('true');

/** Longer values are left to the scanner (the digits of `integerAt` stop at 15). */
const MAX_DIGITS = 15;
const MAX_TEXT_VALUE = 256;

/** The parts of a `<line>` the reader uses, filled by `takeLine`. */
export interface LineFields {
  number: number;
  hits: number;
  /** `branch` is exactly `true`. */
  branch: boolean;
  /** The `condition-coverage` value's bytes (`conditionStart` -1 when absent). */
  conditionStart: number;
  conditionEnd: number;
}

/**
 * Reads the `<line …/>` at `lt` into `out` and returns the offset after its `/>`, or NOT_TAKEN.
 * `number` and `hits` must both be there (the scanner reports the error otherwise).
 */
export function takeLine(buf: Uint8Array, lt: number, end: number, out: LineFields): number {
  out.branch = false;
  out.conditionStart = -1;
  // The usual head, `<line number="N" hits="H"`, then `/>` or more attributes.
  if (startsWithBytes(buf, lt, HEAD, end)) {
    let i = digits(buf, lt + HEAD.length, end, NUMBER, out);
    if (i !== NOT_TAKEN && startsWithBytes(buf, i, HITS_HEAD, end)) {
      i = digits(buf, i + HITS_HEAD.length, end, HITS, out);
      if (i === NOT_TAKEN) return NOT_TAKEN;
      if (i + 2 < end && buf[i + 1] === SLASH && buf[i + 2] === GT) return i + 3;
      return attributes(buf, i + 1, end, NUMBER | HITS, out);
    }
  }
  if (lt + 6 >= end || buf[lt + 1] !== 0x6c || buf[lt + 2] !== 0x69 || buf[lt + 3] !== 0x6e) return NOT_TAKEN;
  if (buf[lt + 4] !== 0x65 || !isXmlSpace(buf[lt + 5] as number)) return NOT_TAKEN;
  return attributes(buf, lt + 5, end, 0, out);
}

/** Reads attributes from `i` (after a name or a closing quote) up to `/>`, any order. */
function attributes(buf: Uint8Array, from: number, end: number, already: number, out: LineFields): number {
  let i = from;
  let seen = already;
  for (;;) {
    const spaceStart = i;
    while (i < end && isXmlSpace(buf[i] as number)) i++;
    if (i >= end) return NOT_TAKEN;
    if (buf[i] === SLASH) {
      if (i + 1 >= end || buf[i + 1] !== GT) return NOT_TAKEN;
      return (seen & (NUMBER | HITS)) === (NUMBER | HITS) ? i + 2 : NOT_TAKEN;
    }
    // Attributes are separated by whitespace; a repeated one is the scanner's error to report.
    const bit = BIT_OF_FIRST_BYTE[buf[i] as number] as number;
    if (i === spaceStart || bit === 0 || seen & bit) return NOT_TAKEN;
    const name = NAME_OF_BIT[bit] as Uint8Array;
    const valueStart = i + name.length + 2;
    if (valueStart >= end || buf[valueStart - 2] !== EQ || buf[valueStart - 1] !== QUOT) return NOT_TAKEN;
    for (let k = 1; k < name.length; k++) if (buf[i + k] !== name[k]) return NOT_TAKEN;
    seen |= bit;
    i = bit === NUMBER || bit === HITS ? digits(buf, valueStart, end, bit, out) : plain(buf, valueStart, end);
    if (i === NOT_TAKEN) return NOT_TAKEN;
    if (bit === BRANCH) out.branch = isTrue(buf, valueStart, i);
    else if (bit === CONDITION) {
      out.conditionStart = valueStart;
      out.conditionEnd = i;
    }
    i++; // the closing quote
  }
}

/** Reads 1 to 15 digits up to the closing quote into `number` or `hits`; returns the quote's offset. */
function digits(buf: Uint8Array, start: number, end: number, bit: number, out: LineFields): number {
  let value = 0;
  let i = start;
  const limit = Math.min(end, start + MAX_DIGITS + 1);
  for (; i < limit; i++) {
    const d = (buf[i] as number) - 0x30;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
  }
  if (i === start || i >= limit || buf[i] !== QUOT) return NOT_TAKEN;
  if (bit === NUMBER) out.number = value;
  else out.hits = value;
  return i;
}

/** Finds the closing quote of a value of printable ASCII other than `<` and `&`. */
function plain(buf: Uint8Array, start: number, end: number): number {
  const limit = Math.min(end, start + MAX_TEXT_VALUE);
  for (let i = start; i < limit; i++) {
    const c = buf[i] as number;
    if (c === QUOT) return i;
    if (c < 0x20 || c > 0x7e || c === LT || c === AMP) return NOT_TAKEN;
  }
  return NOT_TAKEN;
}

function isTrue(buf: Uint8Array, start: number, end: number): boolean {
  return end - start === TRUE.length && startsWithBytes(buf, start, TRUE, end);
}
