import {
  BUILTIN_ALLOWED,
  CREDENTIAL_NAME,
  GENERIC_ASSIGNMENT,
  GENERIC_KEYWORDS,
  LINE_ALLOW,
  PROVIDER_RULES,
  type SecretRule,
} from './secret-rules.js';

/** One secret found in a text. The secret itself is never kept: only where and a redacted form. */
export interface SecretHit {
  /** gitleaks-style rule id: `github-pat`, `generic-api-key`. */
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

/**
 * Finds secrets in a text: provider tokens (gitleaks' patterns), AWS secret keys, private key
 * blocks and credential-named variables assigned a high-entropy literal. A hit overlapping an
 * earlier one (a GitHub token inside `token = "ghp_…"`) is reported once, by the more specific
 * rule. Lines marked `gitleaks:allow` or `pragma: allowlist secret` are skipped.
 */
export function findSecrets(text: string, options: SecretOptions): SecretHit[] {
  const hits: Array<SecretHit & { end: number }> = [];
  const overlaps = (start: number, end: number) => hits.some((h) => start < h.end && h.offset < end);
  const lower = text.toLowerCase();
  const mentions = (keywords: readonly string[]) => keywords.some((k) => lower.includes(k));
  for (const rule of PROVIDER_RULES) {
    if (!mentions(rule.keywords)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const secret = match[1] ?? match[0];
      const offset = match.index + match[0].indexOf(secret);
      const end = offset + secret.length;
      if (overlaps(offset, end) || looksLikePlaceholder(secret)) continue;
      if (!isSecret(secret, rule.entropy, options) || lineAllowed(text, offset)) continue;
      hits.push({ rule: rule.id, name: rule.name, offset, end, redacted: redactedForm(rule, secret) });
    }
  }
  const generic = mentions(GENERIC_KEYWORDS) ? text.matchAll(GENERIC_ASSIGNMENT) : [];
  for (const match of generic) {
    const name = match[2] ?? '';
    const secret = match[4] ?? '';
    const offset = match.index + match[0].lastIndexOf(secret);
    const end = offset + secret.length;
    if (!CREDENTIAL_NAME.test(name.toLowerCase().replace(/-/g, '_'))) continue;
    if (looksLikePlaceholder(secret) || overlaps(offset, end)) continue;
    if (!isSecret(secret, options.entropy, options) || lineAllowed(text, offset)) continue;
    hits.push({
      rule: 'generic-api-key',
      name: `credential assigned to ${name}`,
      offset,
      end,
      redacted: `${name} = "${lastFour(secret)}"`,
    });
  }
  return hits
    .sort((a, b) => a.offset - b.offset)
    .map((hit) => ({ rule: hit.rule, name: hit.name, offset: hit.offset, redacted: hit.redacted }));
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

/** Whether the line holding `offset` carries an allow comment. */
function lineAllowed(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  return LINE_ALLOW.test(text.slice(start, end));
}

/** The form a finding may show: the rule's provider prefix and the last 4 characters. */
function redactedForm(rule: SecretRule, secret: string): string {
  if (rule.id === 'private-key') return '-----BEGIN … PRIVATE KEY----- block';
  if (rule.id === 'slack-webhook-url') return 'hooks.slack.com/…';
  return `${secret.slice(0, rule.shownPrefix)}${lastFour(secret)}`;
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
