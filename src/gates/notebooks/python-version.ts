/**
 * Python version requirements: a minor version (`3.11`, from `.python-version`, `runtime.txt`
 * or the config) or a version specifier (`>=3.10,<3.12`, from `requires-python`). Specifiers
 * follow PEP 440's release-segment rules (zero padding, `.*` prefixes, `~=`), plus Poetry's `^`
 * and `~` and `||`, which `pyproject.toml` files written for Poetry use. Pre-, post- and dev-
 * release suffixes are ignored: a notebook records the interpreter's release (`3.11.4`).
 */

type Operator = '===' | '==' | '!=' | '~=' | '>=' | '<=' | '>' | '<';

/** One clause of a specifier, e.g. `>=3.10` or `==3.11.*`. */
interface Clause {
  op: Operator;
  release: number[];
  /** `==3.11.*` / `!=3.9.*`: a prefix match. */
  wildcard: boolean;
}

/** A declared Python version and how to test a notebook's version against it. */
export type PythonRequirement =
  | { kind: 'minor'; major: number; minor: number; text: string }
  /** Alternatives (Poetry's `||`) of clauses that must all hold. */
  | { kind: 'specifier'; anyOf: Clause[][]; text: string };

const CLAUSE = /^(===|==|!=|~=|>=|<=|>|<|\^|~)?\s*v?(\d+(?:\.\d+)*)(\.\*)?$/;

/** The release segment of a version (`3.11.4rc1` → [3, 11, 4]); undefined when there is none. */
export function parseRelease(text: string): number[] | undefined {
  const match = /^\s*v?(\d+(?:\.\d+)*)/.exec(text);
  return match?.[1]?.split('.').map(Number);
}

/**
 * A requirement from text: a bare version (`3.11`, `3.11.4`) means that minor version; anything
 * with an operator is a specifier. Undefined when the text is neither.
 */
export function parseRequirement(text: string): PythonRequirement | undefined {
  const trimmed = text.trim();
  if (/^\d+\.\d+(?:\.\d+)?$/.test(trimmed)) {
    const [major = 0, minor = 0] = trimmed.split('.').map(Number);
    return { kind: 'minor', major, minor, text: trimmed };
  }
  const anyOf: Clause[][] = [];
  for (const group of trimmed.split('||')) {
    // Poetry also separates clauses with spaces: ">=3.8 <3.12".
    const parts = group
      .trim()
      .replace(/\s+(?=[<>=!~^])/g, ',')
      .split(',');
    const clauses: Clause[] = [];
    for (const part of parts.map((p) => p.trim()).filter((p) => p !== '')) {
      const clause = parseClause(part);
      if (!clause) return undefined;
      clauses.push(...clause);
    }
    if (clauses.length === 0) return undefined;
    anyOf.push(clauses);
  }
  return anyOf.length === 0 ? undefined : { kind: 'specifier', anyOf, text: trimmed };
}

/** One clause; Poetry's `^` and `~` expand to two. */
function parseClause(text: string): Clause[] | undefined {
  const match = CLAUSE.exec(text);
  if (!match) return undefined;
  const op = match[1] ?? '==';
  const release = (match[2] ?? '').split('.').map(Number);
  const wildcard = match[3] !== undefined;
  if (wildcard && op !== '==' && op !== '!=') return undefined;
  if (op === '^') return [{ op: '>=', release, wildcard: false }, upperBound(release, caretIndex(release))];
  if (op === '~')
    return [{ op: '>=', release, wildcard: false }, upperBound(release, release.length > 1 ? 1 : 0)];
  if (op === '~=' && release.length < 2) return undefined;
  return [{ op: op as Operator, release, wildcard }];
}

/** Poetry's caret bumps the first non-zero component (`^3.10` → `<4`). */
function caretIndex(release: number[]): number {
  const index = release.findIndex((n) => n !== 0);
  return index === -1 ? release.length - 1 : index;
}

/** `<` the release with component `index` bumped and the rest dropped. */
function upperBound(release: number[], index: number): Clause {
  const bumped = release.slice(0, index + 1);
  bumped[index] = (bumped[index] ?? 0) + 1;
  return { op: '<', release: bumped, wildcard: false };
}

/** Whether a notebook's Python version meets the requirement. */
export function satisfies(version: number[], requirement: PythonRequirement): boolean {
  if (requirement.kind === 'minor')
    return version[0] === requirement.major && version[1] === requirement.minor;
  return requirement.anyOf.some((clauses) => clauses.every((clause) => holds(version, clause)));
}

function holds(version: number[], clause: Clause): boolean {
  const { op, release, wildcard } = clause;
  const cmp = compare(version, release);
  switch (op) {
    case '===':
      return version.join('.') === release.join('.');
    case '==':
      return wildcard ? hasPrefix(version, release) : cmp === 0;
    case '!=':
      return wildcard ? !hasPrefix(version, release) : cmp !== 0;
    case '~=':
      return cmp >= 0 && hasPrefix(version, release.slice(0, -1));
    case '>=':
      return cmp >= 0;
    case '<=':
      return cmp <= 0;
    case '>':
      return cmp > 0;
    case '<':
      return cmp < 0;
  }
}

/** Compares release segments, padding the shorter with zeros (PEP 440: 3.10 == 3.10.0). */
export function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function hasPrefix(version: number[], prefix: number[]): boolean {
  return prefix.every((n, i) => (version[i] ?? 0) === n);
}
