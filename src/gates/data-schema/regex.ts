import { RE2JS } from 're2js';

/**
 * Every regular expression that comes from a schema (Table Schema `pattern`, JSON Schema
 * `pattern` and `patternProperties`, strptime formats) runs on RE2 (the `re2js` port), which
 * matches in time linear in the input: a pattern such as `^(a+)+$` cannot stall the gate on a
 * long cell. RE2 has no lookaround and no backreferences; such a pattern is refused with a
 * finding instead of being run on a backtracking engine.
 *
 * Known differences from ECMA-262 (the JSON Schema regex dialect), documented in
 * docs/data-schema.md: `\s` is ASCII whitespace only, and `.` matches `\r`, U+2028 and U+2029.
 */
export interface LinearRegExp {
  /** True when the pattern matches somewhere in `s` (JSON Schema `pattern` semantics). */
  test(s: string): boolean;
  /** True when the pattern matches the whole of `s` (Table Schema / XML Schema semantics). */
  testExact(s: string): boolean;
}

/** Why a pattern cannot run on RE2, in a sentence for a finding. */
export class UnsupportedPattern extends Error {
  override readonly name = 'UnsupportedPattern';
}

const cache = new Map<string, LinearRegExp>();

/**
 * Compiles an ECMA-262 or XML Schema pattern for RE2. JavaScript spellings RE2 lacks
 * (`\uXXXX`, `(?<name>…)`, `[^]`) are translated first. Throws {@link UnsupportedPattern} when
 * RE2 cannot run it (lookahead, lookbehind, backreferences, or a syntax error).
 */
export function linearRegExp(pattern: string, flags = 0): LinearRegExp {
  const key = `${flags}\u0000${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern, flags);
  } catch {
    try {
      re = RE2JS.compile(RE2JS.translateRegExp(pattern), flags);
    } catch (error) {
      throw new UnsupportedPattern(explain(pattern, error));
    }
  }
  const compiled: LinearRegExp = { test: (s) => re.test(s), testExact: (s) => re.testExact(s) };
  if (cache.size > 10_000) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/** Compiles with capture groups, for the strptime reader. */
export function linearMatcher(pattern: string, flags = 0): (s: string) => Array<string | undefined> | null {
  const re = RE2JS.compile(pattern, flags);
  return (s) => {
    const m = re.exec(s) as (Array<string | undefined> & { index: number }) | null;
    if (!m || m.index !== 0 || (m[0] ?? '').length !== s.length) return null;
    return m;
  };
}

/** The reason RE2 refuses a pattern, naming the construct when it is a known one. */
function explain(pattern: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/\(\?<?[=!]/.test(pattern))
    return 'it uses lookahead or lookbehind, which the linear-time regex engine (RE2) does not run';
  if (/\\[1-9]|\\k</.test(pattern))
    return 'it uses a backreference, which the linear-time regex engine (RE2) does not run';
  return `it is not a valid regular expression for the linear-time engine (RE2: ${raw.replace(/^error parsing regexp: /, '')})`;
}

/** Case-insensitive matching (strptime is case-insensitive, as Python's is). */
export const CASE_INSENSITIVE = RE2JS.CASE_INSENSITIVE;
