import {
  BUILTIN_ALLOWED,
  CREDENTIAL_NAME,
  GENERIC_ASSIGNMENT,
  GENERIC_KEYWORDS,
  LINE_ALLOW,
  PROVIDER_RULES,
  SECRETLINT_FAMILIES,
  SECRETLINT_KINDS,
  type SecretKind,
} from './secret-rules.js';
import { type SecretlintMatch, secretlintMatches } from './secretlint-scan.js';

/** One secret found in a text. The secret itself is never kept: only where and a redacted form. */
export interface SecretHit {
  /** gitleaks-style rule id: `github-pat`, `stripe-access-token`, `generic-api-key`. */
  rule: string;
  /** What it is: "GitHub personal access token". */
  name: string;
  /** Offset of the secret in the text. */
  offset: number;
  /** `ghp_…abcd`: the provider prefix and the last 4 characters, nothing more. */
  redacted: string;
}

/** How secrets are told from other strings. */
export interface SecretOptions {
  /** Entropy a generic assignment's value must reach. */
  entropy: number;
  /** Values matching one of these are not secrets. */
  allow: readonly RegExp[];
}

/** A match before the filters: the secret is held only until the hit is redacted. */
interface Candidate {
  kind: Pick<SecretKind, 'id' | 'name' | 'shown' | 'form'> & { variable?: string };
  offset: number;
  secret: string;
  /** Entropy the secret must reach; none for rules without a threshold. */
  entropy: number | undefined;
}

/** A kept hit, until it is returned without its end. */
type Hit = SecretHit & { end: number };

/**
 * Finds secrets in a text: provider tokens (secretlint's recommended preset, then the few rules
 * of our own in secret-rules.ts) and credential-named variables assigned a high-entropy literal.
 * A hit overlapping an earlier rule's (a GitHub token inside `token = "ghp_…"`) is reported once,
 * by the more specific rule; within one rule, the earlier in the text. Lines marked
 * `gitleaks:allow` or `pragma: allowlist secret` are skipped, and so are placeholders, values
 * under the rule's entropy and allowed values. Linear in the text and the number of matches: a
 * text holding 100,000 token-shaped strings is still read once per rule.
 */
export async function findSecrets(text: string, options: SecretOptions): Promise<SecretHit[]> {
  const allowedLine = allowedLines(text);
  const keep = (c: Candidate) =>
    !looksLikePlaceholder(c.secret) && isSecret(c.secret, c.entropy, options) && !allowedLine(c.offset);
  const batches = [
    ...byRule(await secretlintMatches(text)).map((matches) => matches.map((m) => fromSecretlint(m, text))),
    ...PROVIDER_RULES.map((rule) => ownRuleMatches(text, rule)),
    genericAssignments(text, options),
  ];
  let hits: Hit[] = [];
  for (const batch of batches) hits = merged(hits, batch.filter(keep));
  return hits.map((hit) => ({ rule: hit.rule, name: hit.name, offset: hit.offset, redacted: hit.redacted }));
}

/** secretlint's matches, one list per rule (they come rule by rule). */
function byRule(matches: readonly SecretlintMatch[]): SecretlintMatch[][] {
  const lists: SecretlintMatch[][] = [];
  for (const match of matches) {
    const last = lists.at(-1);
    if (last?.[0]?.rule === match.rule) last.push(match);
    else lists.push([match]);
  }
  return lists;
}

/**
 * `hits` (in text order, none overlapping) with the candidates of one more rule that overlap
 * neither a hit nor an earlier candidate, still in text order: one pass over both lists.
 */
function merged(hits: readonly Hit[], batch: readonly Candidate[]): Hit[] {
  const sorted = [...batch].sort((a, b) => a.offset - b.offset);
  const out: Hit[] = [];
  let i = 0;
  let lastEnd = -1;
  for (const { kind, offset, secret } of sorted) {
    const end = offset + secret.length;
    while (i < hits.length && (hits[i]?.end ?? 0) <= offset) out.push(hits[i++] as Hit);
    if ((i < hits.length && (hits[i]?.offset ?? 0) < end) || offset < lastEnd) continue;
    out.push({ rule: kind.id, name: kind.name, offset, end, redacted: redactedForm(kind, secret) });
    lastEnd = end;
  }
  return out.concat(hits.slice(i));
}

/** One hand-written provider rule's matches, the rule run only on a text naming its keyword. */
function ownRuleMatches(text: string, rule: (typeof PROVIDER_RULES)[number]): Candidate[] {
  const lower = text.toLowerCase();
  if (!rule.keywords.some((k) => lower.includes(k))) return [];
  return [...text.matchAll(rule.pattern)].map((match) => {
    const secret = match[1] ?? match[0];
    return { kind: rule, offset: match.index + match[0].indexOf(secret), secret, entropy: rule.entropy };
  });
}

/** `api_key = "…"`: credential-named variables and keys assigned a literal. */
function genericAssignments(text: string, options: SecretOptions): Candidate[] {
  const lower = text.toLowerCase();
  if (!GENERIC_KEYWORDS.some((k) => lower.includes(k))) return [];
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(GENERIC_ASSIGNMENT)) {
    const name = match[2] ?? '';
    const secret = match[4] ?? '';
    if (!CREDENTIAL_NAME.test(name.toLowerCase().replace(/-/g, '_'))) continue;
    const kind = { id: 'generic-api-key', name: `credential assigned to ${name}`, variable: name };
    candidates.push({
      kind,
      offset: match.index + match[0].lastIndexOf(secret),
      secret,
      entropy: options.entropy,
    });
  }
  return candidates;
}

/**
 * Rules whose reported range starts before the secret (at the variable name or the URL): the
 * secret is the message data value, found from the range's start.
 */
const DATA_KEYS: Readonly<Record<string, string>> = {
  AWSSecretAccessKey: 'KEY',
  PackageJSON_xOauthToken: 'TOKEN',
  Npmrc_authToken: 'TOKEN',
};

/** The password of `scheme://user:password@host`. */
const URL_PASSWORD = /:\/\/[^:@\s/]*:([^@\s/]+)@/;

/** A secretlint match as a candidate: its kind, and the secret's own offset and text. */
function fromSecretlint(match: SecretlintMatch, text: string): Candidate {
  let offset = match.start;
  let secret = text.slice(match.start, match.end);
  const dataKey = DATA_KEYS[match.messageId];
  const value = dataKey === undefined ? undefined : match.data[dataKey];
  const kind = kindOf(match, secret);
  if (typeof value === 'string' && value && text.indexOf(value, match.start) !== -1) {
    offset = text.indexOf(value, match.start);
    secret = value;
  } else if (kind.form === 'url') {
    const password = URL_PASSWORD.exec(secret);
    if (password?.[1]) {
      offset += password.index + password[0].length - 1 - password[1].length;
      secret = password[1];
    }
  }
  return { kind, offset, secret, entropy: kind.entropy };
}

/** The kind of a secretlint match: by message id and token prefix, by family, or the rule's name. */
function kindOf(match: SecretlintMatch, secret: string): SecretKind {
  const prefix = /^[A-Za-z]+[_-]/.exec(secret)?.[0] ?? '';
  const known = (key: string) => (Object.hasOwn(SECRETLINT_KINDS, key) ? SECRETLINT_KINDS[key] : undefined);
  return (
    known(`${match.messageId}:${prefix}`) ??
    known(match.messageId) ??
    SECRETLINT_FAMILIES.find(([family]) => match.messageId.startsWith(family))?.[1] ?? {
      id: `secretlint-${match.rule}`,
      name: `credential (secretlint rule ${match.rule})`,
    }
  );
}

function isSecret(secret: string, entropy: number | undefined, options: SecretOptions): boolean {
  if (entropy !== undefined && shannonEntropy(secret) < entropy) return false;
  if (BUILTIN_ALLOWED.includes(secret)) return false;
  return !options.allow.some((pattern) => pattern.test(secret));
}

/** Templates, redactions and the usual stand-ins are not secrets. */
function looksLikePlaceholder(value: string): boolean {
  if (/[<>{}$*]|%\(|%s/.test(value)) return true;
  if (/^(.)\1+$/.test(value) || STAND_INS.has(value.toLowerCase())) return true;
  return /^(?:your|my|insert|enter|replace|change|dummy|placeholder|example|xxx)/i.test(value);
}

/** Words written where a password goes in examples (`postgres://user:password@host`). */
const STAND_INS = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'admin', 'token']);

/**
 * Whether the line holding an offset carries an allow comment: the lines are found once per
 * text (each line's bounds read once, however many comments it holds), then looked up.
 */
function allowedLines(text: string): (offset: number) => boolean {
  const lines: Array<readonly [number, number]> = [];
  for (const match of text.matchAll(LINE_ALLOW_ALL)) {
    if (match.index < (lines.at(-1)?.[1] ?? -1)) continue;
    const end = text.indexOf('\n', match.index);
    lines.push([text.lastIndexOf('\n', match.index) + 1, end === -1 ? text.length : end]);
  }
  if (lines.length === 0) return () => false;
  return (offset) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid]?.[0] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lines[lo];
    return line !== undefined && line[0] <= offset && offset <= line[1];
  };
}

const LINE_ALLOW_ALL = new RegExp(LINE_ALLOW.source, 'g');

/** The form a finding may show: the kind's public prefix and the last 4 characters. */
function redactedForm(kind: Candidate['kind'], secret: string): string {
  if (kind.form === 'private-key') return '-----BEGIN … PRIVATE KEY----- block';
  if (kind.form === 'webhook' || kind.id === 'slack-webhook-url') return 'hooks.slack.com/…';
  if (kind.variable !== undefined) return `${kind.variable} = "${lastFour(secret)}"`;
  return `${kind.shown?.exec(secret)?.[0] ?? ''}${lastFour(secret)}`;
}

/** `…abcd`; nothing of a value too short to spare 4 characters. */
function lastFour(secret: string): string {
  return secret.length >= 16 ? `…${secret.slice(-4)}` : '…';
}

/** Shannon entropy of a string, in bits per character. */
export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  let total = 0;
  for (const c of value) {
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total++;
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / total;
    bits -= p * Math.log2(p);
  }
  return bits;
}
