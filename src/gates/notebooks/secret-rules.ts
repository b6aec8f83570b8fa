/**
 * The secret patterns, one row per kind of credential. Provider patterns are gitleaks' default
 * rules (github.com/gitleaks/gitleaks, config/gitleaks.toml, MIT licence, rule ids kept), with
 * their entropy thresholds; the AWS secret key pattern is secretlint's (secretlint-rule-aws, MIT),
 * as gitleaks has none, and so is the idea of the URL password rule (secretlint-rule-basicauth and
 * -database-connection-string: `postgres://user:password@host`, as SQLAlchemy URLs carry them). The generic assignment rule is ours: a variable named like a credential
 * assigned a quoted, high-entropy literal.
 *
 * Each pattern is global; group 1 (or the whole match) is the secret. Patterns are linear: no
 * nested quantifiers, bounded repetitions.
 */
export interface SecretRule {
  /** gitleaks' rule id (ours for the generic one). */
  id: string;
  /** What it is, for the message: "GitHub personal access token". */
  name: string;
  pattern: RegExp;
  /** Characters of the secret shown before the ellipsis: a provider prefix such as `ghp_`. */
  shownPrefix: number;
  /** Shannon entropy (bits per character) the secret must reach; filters placeholders. */
  entropy?: number;
  /**
   * Lower-case strings one of which any match contains (gitleaks' keywords): a text holding
   * none is not searched with the pattern, which keeps the scan of large outputs cheap.
   */
  keywords: readonly string[];
}

/** Token terminators gitleaks uses after a token: a quote, whitespace, `;`, an escaped newline. */
const END = String.raw`(?=[\x60'"\s;]|\\[nr]|$)`;

/** A rule from its table row: the pattern is compiled once, global. */
function rule(row: Omit<SecretRule, 'pattern'> & { source: string }): SecretRule {
  const { source, ...rest } = row;
  return { ...rest, pattern: new RegExp(source, 'g') };
}

/** Provider patterns, in the order hits are preferred when two overlap. */
export const PROVIDER_RULES: readonly SecretRule[] = [
  rule({
    id: 'private-key',
    name: 'private key',
    source: String.raw`-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]{64,}?KEY(?: BLOCK)?-----`,
    shownPrefix: 0,
    keywords: ['-----begin'],
  }),
  rule({
    id: 'github-fine-grained-pat',
    name: 'GitHub fine-grained personal access token',
    source: String.raw`github_pat_\w{82}`,
    shownPrefix: 11,
    entropy: 3,
    keywords: ['github_pat_'],
  }),
  rule({
    id: 'github-pat',
    name: 'GitHub personal access token',
    source: String.raw`ghp_[0-9a-zA-Z]{36}`,
    shownPrefix: 4,
    entropy: 3,
    keywords: ['ghp_'],
  }),
  rule({
    id: 'github-oauth',
    name: 'GitHub OAuth access token',
    source: String.raw`gho_[0-9a-zA-Z]{36}`,
    shownPrefix: 4,
    entropy: 3,
    keywords: ['gho_'],
  }),
  rule({
    id: 'github-app-token',
    name: 'GitHub App token',
    source: String.raw`(?:ghu|ghs)_[0-9a-zA-Z]{36}`,
    shownPrefix: 4,
    entropy: 3,
    keywords: ['ghu_', 'ghs_'],
  }),
  rule({
    id: 'github-refresh-token',
    name: 'GitHub refresh token',
    source: String.raw`ghr_[0-9a-zA-Z]{36}`,
    shownPrefix: 4,
    entropy: 3,
    keywords: ['ghr_'],
  }),
  rule({
    id: 'aws-access-token',
    name: 'AWS access key ID',
    source: String.raw`\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b`,
    shownPrefix: 4,
    entropy: 3,
    keywords: ['a3t', 'akia', 'asia', 'abia', 'acca'],
  }),
  rule({
    id: 'aws-secret-access-key',
    name: 'AWS secret access key',
    source: String.raw`["']?(?:aws|AWS|Aws)?_?(?:secret|SECRET|Secret)_?(?:access|ACCESS|Access)_?(?:key|KEY|Key)["']?\s*(?::|=>|=)\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
    shownPrefix: 0,
    entropy: 3,
    keywords: ['secret'],
  }),
  rule({
    id: 'slack-bot-token',
    name: 'Slack bot token',
    source: String.raw`xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*`,
    shownPrefix: 5,
    entropy: 3,
    keywords: ['xoxb'],
  }),
  rule({
    id: 'slack-user-token',
    name: 'Slack user token',
    source: String.raw`xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34}`,
    shownPrefix: 5,
    entropy: 2,
    keywords: ['xoxp', 'xoxe'],
  }),
  rule({
    id: 'slack-app-token',
    name: 'Slack app-level token',
    source: String.raw`xapp-\d-[A-Za-z0-9]+-\d+-[A-Za-z0-9]+`,
    shownPrefix: 5,
    entropy: 2,
    keywords: ['xapp'],
  }),
  rule({
    id: 'slack-legacy-token',
    name: 'Slack legacy token',
    source: String.raw`xox[os]-\d+-\d+-\d+-[a-fA-F\d]+`,
    shownPrefix: 5,
    entropy: 2,
    keywords: ['xoxo', 'xoxs'],
  }),
  rule({
    id: 'slack-legacy-bot-token',
    name: 'Slack legacy bot token',
    source: String.raw`xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26}`,
    shownPrefix: 5,
    entropy: 2,
    keywords: ['xoxb'],
  }),
  rule({
    id: 'slack-legacy-workspace-token',
    name: 'Slack legacy workspace token',
    source: String.raw`xox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48}`,
    shownPrefix: 5,
    entropy: 2,
    keywords: ['xoxa', 'xoxr'],
  }),
  rule({
    id: 'slack-webhook-url',
    name: 'Slack webhook URL',
    source: String.raw`(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}`,
    shownPrefix: 0,
    keywords: ['hooks.slack.com'],
  }),
  rule({
    id: 'url-password',
    name: 'password in a URL',
    source: String.raw`\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^\s:@/'"\x60]{1,64}:([^\s@/'"\x60]{3,128})@[\w.-]+`,
    shownPrefix: 0,
    keywords: ['://'],
  }),
  rule({
    id: 'gcp-api-key',
    name: 'Google API key',
    source: String.raw`\b(AIza[\w-]{35})${END}`,
    shownPrefix: 4,
    entropy: 4,
    keywords: ['aiza'],
  }),
  rule({
    id: 'openai-api-key',
    name: 'OpenAI API key',
    source: String.raw`\b(sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})\b|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20})${END}`,
    shownPrefix: 3,
    entropy: 3,
    keywords: ['t3blbkfj'],
  }),
  rule({
    id: 'anthropic-api-key',
    name: 'Anthropic API key',
    source: String.raw`\b(sk-ant-api03-[a-zA-Z0-9_-]{93}AA)${END}`,
    shownPrefix: 7,
    keywords: ['sk-ant-api03'],
  }),
  rule({
    id: 'anthropic-admin-api-key',
    name: 'Anthropic admin API key',
    source: String.raw`\b(sk-ant-admin01-[a-zA-Z0-9_-]{93}AA)${END}`,
    shownPrefix: 7,
    keywords: ['sk-ant-admin01'],
  }),
  rule({
    id: 'huggingface-access-token',
    name: 'Hugging Face access token',
    source: String.raw`\b(hf_[a-zA-Z]{34})${END}`,
    shownPrefix: 3,
    entropy: 2,
    keywords: ['hf_'],
  }),
  rule({
    id: 'huggingface-organization-api-token',
    name: 'Hugging Face organization API token',
    source: String.raw`\b(api_org_[a-zA-Z]{34})${END}`,
    shownPrefix: 8,
    entropy: 2,
    keywords: ['api_org_'],
  }),
];

/**
 * `name = "value"`, `name: 'value'`, `"name": "value"` and `name="value"` in a call: group 1 is
 * the name, group 3 the value. Whether the name is a credential's is decided by
 * `CREDENTIAL_NAME`, the value's entropy by the configured threshold.
 */
export const GENERIC_ASSIGNMENT =
  /(?<![\w.-])(["']?)([A-Za-z_][\w.-]{0,60})\1[ \t]*(?:=|:|=>|:=)[ \t]*[rRbBuU]?(["'])([^"'\s\\]{12,200})\3/g;

/** What a generic assignment's line must contain (lower case) to be searched at all. */
export const GENERIC_KEYWORDS: readonly string[] = ['key', 'secret', 'token', 'passw', 'pwd', 'credential'];

/** Names of variables and keys that hold credentials (after lower-casing, `-` read as `_`). */
export const CREDENTIAL_NAME =
  /(?:api_?key|secret(?:_?key)?|token|passw(?:or)?d|pwd|credentials?|auth_?key|access_?key|private_?key)s?$/;

/** Documented example values that are not secrets (AWS's own documentation keys). */
export const BUILTIN_ALLOWED: readonly string[] = [
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
];

/** Comments that mark a line as reviewed: gitleaks' and detect-secrets' spellings. */
export const LINE_ALLOW = /gitleaks:allow|pragma: allowlist secret/;
