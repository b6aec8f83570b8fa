import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/gates/notebooks/python-version.ts
var CLAUSE = /^(===|==|!=|~=|>=|<=|>|<|\^|~)?\s*v?(\d+(?:\.\d+)*)(\.\*)?$/;
function parseRelease(text) {
  const match = /^\s*v?(\d+(?:\.\d+)*)/.exec(text);
  return match?.[1]?.split(".").map(Number);
}
function parseRequirement(text) {
  const trimmed = text.trim();
  if (/^\d+\.\d+(?:\.\d+)?$/.test(trimmed)) {
    const [major = 0, minor = 0] = trimmed.split(".").map(Number);
    return { kind: "minor", major, minor, text: trimmed };
  }
  const anyOf = [];
  for (const group of trimmed.split("||")) {
    const parts = group.trim().replace(/\s+(?=[<>=!~^])/g, ",").split(",");
    const clauses = [];
    for (const part of parts.map((p) => p.trim()).filter((p) => p !== "")) {
      const clause = parseClause(part);
      if (!clause) return void 0;
      clauses.push(...clause);
    }
    if (clauses.length === 0) return void 0;
    anyOf.push(clauses);
  }
  return anyOf.length === 0 ? void 0 : { kind: "specifier", anyOf, text: trimmed };
}
function parseClause(text) {
  const match = CLAUSE.exec(text);
  if (!match) return void 0;
  const op = match[1] ?? "==";
  const release = (match[2] ?? "").split(".").map(Number);
  const wildcard = match[3] !== void 0;
  if (wildcard && op !== "==" && op !== "!=") return void 0;
  if (op === "^") return [{ op: ">=", release, wildcard: false }, upperBound(release, caretIndex(release))];
  if (op === "~")
    return [{ op: ">=", release, wildcard: false }, upperBound(release, release.length > 1 ? 1 : 0)];
  if (op === "~=" && release.length < 2) return void 0;
  return [{ op, release, wildcard }];
}
function caretIndex(release) {
  const index = release.findIndex((n) => n !== 0);
  return index === -1 ? release.length - 1 : index;
}
function upperBound(release, index) {
  const bumped = release.slice(0, index + 1);
  bumped[index] = (bumped[index] ?? 0) + 1;
  return { op: "<", release: bumped, wildcard: false };
}
function satisfies(version, requirement) {
  if (requirement.kind === "minor")
    return version[0] === requirement.major && version[1] === requirement.minor;
  return requirement.anyOf.some((clauses) => clauses.every((clause) => holds(version, clause)));
}
function holds(version, clause) {
  const { op, release, wildcard } = clause;
  const cmp = compare(version, release);
  switch (op) {
    case "===":
      return version.join(".") === release.join(".");
    case "==":
      return wildcard ? hasPrefix(version, release) : cmp === 0;
    case "!=":
      return wildcard ? !hasPrefix(version, release) : cmp !== 0;
    case "~=":
      return cmp >= 0 && hasPrefix(version, release.slice(0, -1));
    case ">=":
      return cmp >= 0;
    case "<=":
      return cmp <= 0;
    case ">":
      return cmp > 0;
    case "<":
      return cmp < 0;
  }
}
function compare(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
function hasPrefix(version, prefix) {
  return prefix.every((n, i) => (version[i] ?? 0) === n);
}

export {
  parseRelease,
  parseRequirement,
  satisfies
};
