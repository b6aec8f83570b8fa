/**
 * Small byte helpers for readers that match ASCII tokens in a report's raw bytes, before (or
 * instead of) decoding them.
 */

/** The bytes of an ASCII string (one byte per character). */
export function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

/** True when `buf` holds `prefix` at `at`, entirely before `end`. */
export function startsWithBytes(buf: Uint8Array, at: number, prefix: Uint8Array, end = buf.length): boolean {
  if (at + prefix.length > end) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}

/** XML's white space (S), which is also what `\s` matches among ASCII bytes but form feed and vertical tab. */
export function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}
