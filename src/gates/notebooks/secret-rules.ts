/**
 * The secret patterns the gate writes itself. Provider tokens come first from secretlint's
 * recommended preset (`secretlint-scan.ts`, `SECRETLINT_KINDS` below); the rules here are the few
 * it lacks, each with the reason it exists. Their patterns are gitleaks' (github.com/gitleaks/
 * gitleaks, config/gitleaks.toml, MIT licence, rule ids kept) where gitleaks has one, with its
 * entropy thresholds; the generic assignment rule is ours: a variable named like a credential
 * assigned a quoted, high-entropy literal.
 *
 * Each pattern is global; group 1 (or the whole match) is the secret. Patterns are linear: no
 * nested quantifiers, bounded repetitions.
 */
export interface SecretRule {
  /** gitleaks' rule id (ours where gitleaks has none). */
  id: string;
  /** What it is, for the message: "GitHub personal access token". */
  name: string;
  pattern: RegExp;
  /** The public part of the secret a finding may show (a provider prefix such as `AIza`). */
  shown?: RegExp;
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

/**
 * The hand-written rules, each for something secretlint's recommended preset (13.1.0) does not
 * find. A hit overlapping a secretlint hit is dropped, so where both match, secretlint's reports.
 */
export const PROVIDER_RULES: readonly SecretRule[] = [
  // secretlint's AWS rule ends the key with `\b`, so it misses the keys (1 in 32) whose last
  // character is `/` or `+`.
  rule({
    id: 'aws-secret-access-key',
    name: 'AWS secret access key',
    source: String.raw`["']?(?:aws|AWS|Aws)?_?(?:secret|SECRET|Secret)_?(?:access|ACCESS|Access)_?(?:key|KEY|Key)["']?\s*(?::|=>|=)\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
    entropy: 3,
    keywords: ['secret'],
  }),
  // secretlint's Slack rule knows xoxb, xoxp, xapp, xoxa, xoxo and xoxr tokens and
  // hooks.slack.com/services URLs; not legacy xoxs tokens, refresh tokens (xoxe-) or the
  // workflow and trigger webhooks of Slack's workflow builder.
  rule({
    id: 'slack-legacy-token',
    name: 'Slack legacy token',
    source: String.raw`xoxs-\d+-\d+-\d+-[a-fA-F\d]+`,
    shown: /^xoxs-/,
    entropy: 2,
    keywords: ['xoxs'],
  }),
  rule({
    id: 'slack-config-refresh-token',
    name: 'Slack refresh token',
    source: String.raw`\bxoxe-\d-[A-Za-z0-9]{146}\b`,
    shown: /^xoxe-/,
    entropy: 2,
    keywords: ['xoxe'],
  }),
  rule({
    id: 'slack-webhook-url',
    name: 'Slack webhook URL',
    source: String.raw`(?:https?://)?hooks\.slack\.com/(?:workflows|triggers)/[A-Za-z0-9+/]{43,56}`,
    keywords: ['hooks.slack.com'],
  }),
  // secretlint's basicauth and database-connection-string rules know http(s)/ftp and plain
  // mongodb/mysql/postgres URLs; notebooks write SQLAlchemy URLs (`postgresql+psycopg2://`,
  // `snowflake://`, `redis://`), whose passwords only this rule finds.
  rule({
    id: 'url-password',
    name: 'password in a URL',
    source: String.raw`\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^\s:@/'"\x60]{1,64}:([^\s@/'"\x60]{3,128})@[\w.-]+`,
    keywords: ['://'],
  }),
  // secretlint's GCP rule finds service-account key files only; Google API keys (Gemini, Maps)
  // are what notebooks hold.
  rule({
    id: 'gcp-api-key',
    name: 'Google API key',
    source: String.raw`\b(AIza[\w-]{35})${END}`,
    shown: /^AIza/,
    entropy: 4,
    keywords: ['aiza'],
  }),
  // Not in secretlint: Twilio API key SIDs (gitleaks' twilio-api-key). A Twilio auth token has
  // no prefix; the generic rule finds it assigned to `auth_token`.
  rule({
    id: 'twilio-api-key',
    name: 'Twilio API key',
    source: String.raw`\b(SK[0-9a-fA-F]{32})\b`,
    shown: /^SK/,
    entropy: 3,
    keywords: ['sk'],
  }),
  // Not in secretlint (nor gitleaks): the account key of an Azure Storage connection string
  // (`DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;`), 64 bytes in base64.
  rule({
    id: 'azure-storage-account-key',
    name: 'Azure Storage account key',
    source: String.raw`AccountKey=([A-Za-z0-9+/]{86}==)`,
    entropy: 4,
    keywords: ['accountkey='],
  }),
  // Not in secretlint: a Weights & Biases API key (40 hex digits, `local-` for a local server)
  // passed to wandb.login(key=…), the documented call; WANDB_API_KEY = "…" is the generic rule's.
  rule({
    id: 'wandb-api-key',
    name: 'Weights & Biases API key',
    source: String.raw`\bwandb\.login\([^)]{0,200}?\bkey\s*=\s*[rRbBuU]?["']((?:local-)?[0-9a-f]{40})["']`,
    entropy: 3,
    keywords: ['wandb.login'],
  }),
];

/** How a secretlint match is named and shown: its id, its name, the public prefix shown. */
export interface SecretKind {
  /** gitleaks' id for the same kind of token where it has one (stable across versions). */
  id: string;
  name: string;
  shown?: RegExp;
  entropy?: number;
  /** How much is shown: the prefix and the last 4 characters (default), or a fixed text. */
  form?: 'private-key' | 'webhook' | 'url';
}

/**
 * secretlint's message ids (13.1.0), or `id:prefix` where one message covers several kinds of
 * token, mapped to the gate's kinds. The AWS, GitHub, Slack, OpenAI and Hugging Face rows keep
 * gitleaks' entropy thresholds, as the hand-written rules had them. A message id not listed
 * (a rule a later preset adds) is still reported, as `secretlint-<rule>`.
 */
export const SECRETLINT_KINDS: Readonly<Record<string, SecretKind>> = {
  AWSAccessKeyID: { id: 'aws-access-token', name: 'AWS access key ID', shown: /^[A-Z0-9]{4}/, entropy: 3 },
  AWSSecretAccessKey: { id: 'aws-secret-access-key', name: 'AWS secret access key', entropy: 3 },
  PrivateKey: { id: 'private-key', name: 'private key', form: 'private-key' },
  PackageJSON_xOauthToken: { id: 'github-oauth-url', name: 'GitHub token in a URL' },
  Npmrc_authToken: { id: 'npm-auth-token', name: 'auth token for an npm registry' },
  NPM_ACCESS_TOKEN: { id: 'npm-access-token', name: 'access token for the npm registry', shown: /^npm_/ },
  BasicAuth: { id: 'url-password', name: 'password in a URL', form: 'url' },
  MongoDBConnection: { id: 'url-password', name: 'password in a URL', form: 'url' },
  MySQLConnection: { id: 'url-password', name: 'password in a URL', form: 'url' },
  PostgreSQLConnection: { id: 'url-password', name: 'password in a URL', form: 'url' },
  'SLACK_TOKEN:xoxb-': { id: 'slack-bot-token', name: 'Slack bot token', shown: /^xoxb-/, entropy: 3 },
  'SLACK_TOKEN:xoxp-': { id: 'slack-user-token', name: 'Slack user token', shown: /^xoxp-/, entropy: 2 },
  'SLACK_TOKEN:xapp-': { id: 'slack-app-token', name: 'Slack app-level token', shown: /^xapp-/, entropy: 2 },
  SLACK_TOKEN: { id: 'slack-legacy-token', name: 'Slack legacy token', shown: /^xox[a-z]-/, entropy: 2 },
  IncomingWebhook: { id: 'slack-webhook-url', name: 'Slack webhook URL', form: 'webhook' },
  SENDGRID_KEY: { id: 'sendgrid-api-token', name: 'SendGrid API key', shown: /^SG\./ },
  SHOPIFY_KEY: { id: 'shopify-access-token', name: 'Shopify access token', shown: /^shp[a-z]{2}_/ },
  STRIPE_SECRET_KEY_LIVE: { id: 'stripe-access-token', name: 'Stripe live secret key', shown: /^sk_live_/ },
  STRIPE_SECRET_KEY_TEST: { id: 'stripe-access-token', name: 'Stripe test secret key', shown: /^sk_test_/ },
  STRIPE_RESTRICTED_KEY_LIVE: {
    id: 'stripe-access-token',
    name: 'Stripe live restricted key',
    shown: /^rk_live_/,
  },
  STRIPE_RESTRICTED_KEY_TEST: {
    id: 'stripe-access-token',
    name: 'Stripe test restricted key',
    shown: /^rk_test_/,
  },
  'GITHUB_TOKEN:ghp_': { id: 'github-pat', name: 'GitHub personal access token', shown: /^ghp_/, entropy: 3 },
  'GITHUB_TOKEN:gho_': { id: 'github-oauth', name: 'GitHub OAuth access token', shown: /^gho_/, entropy: 3 },
  'GITHUB_TOKEN:ghr_': {
    id: 'github-refresh-token',
    name: 'GitHub refresh token',
    shown: /^ghr_/,
    entropy: 3,
  },
  'GITHUB_TOKEN:github_': {
    id: 'github-fine-grained-pat',
    name: 'GitHub fine-grained personal access token',
    shown: /^github_pat_/,
    entropy: 3,
  },
  GITHUB_TOKEN: { id: 'github-app-token', name: 'GitHub App token', shown: /^gh[us]_/, entropy: 3 },
  GITLAB_PERSONAL_ACCESS_TOKEN: { id: 'gitlab-pat', name: 'GitLab personal access token', shown: /^glpat-/ },
  GRAFANA_CLOUD_API_TOKEN: { id: 'grafana-cloud-api-token', name: 'Grafana Cloud API token', shown: /^glc_/ },
  GRAFANA_SERVICE_ACCOUNT_TOKEN: {
    id: 'grafana-service-account-token',
    name: 'Grafana service account token',
    shown: /^glsa_/,
  },
  OPENAI_TOKEN: { id: 'openai-api-key', name: 'OpenAI API key', shown: /^sk-/, entropy: 3 },
  ANTHROPIC_API_KEY: { id: 'anthropic-api-key', name: 'Anthropic API key', shown: /^sk-ant-/ },
  GROQ_API_KEY: { id: 'groq-api-key', name: 'Groq API key', shown: /^gsk_/ },
  HUGGINGFACE_USER_ACCESS_TOKEN: {
    id: 'huggingface-access-token',
    name: 'Hugging Face access token',
    shown: /^hf_/,
    entropy: 2,
  },
  LINEAR_API_TOKEN: { id: 'linear-api-key', name: 'Linear API key', shown: /^lin_api_/ },
  NOTION_INTEGRATION_TOKEN: { id: 'notion-api-token', name: 'Notion integration token', shown: /^ntn_/ },
  OPS_TOKEN: {
    id: '1password-service-account-token',
    name: '1Password service account token',
    shown: /^ops_/,
  },
  DATABRICKS_PERSONAL_ACCESS_TOKEN: {
    id: 'databricks-api-token',
    name: 'Databricks access token',
    shown: /^dapi/,
  },
  DOCKER_PERSONAL_ACCESS_TOKEN: {
    id: 'docker-pat',
    name: 'Docker personal access token',
    shown: /^dckr_pat_/,
  },
  FIGMA_PERSONAL_ACCESS_TOKEN: { id: 'figma-pat', name: 'Figma personal access token', shown: /^figd_/ },
};

/** Kinds named by the message id's prefix (`HASHICORP_VAULT_BATCH_TOKEN` is a Vault token). */
export const SECRETLINT_FAMILIES: ReadonlyArray<readonly [string, SecretKind]> = [
  ['HASHICORP_VAULT_', { id: 'vault-token', name: 'HashiCorp Vault token', shown: /^hv[sbr]\./ }],
  ['VERCEL_', { id: 'vercel-token', name: 'Vercel token', shown: /^vc[a-z]_/ }],
  ['CLOUDFLARE_', { id: 'cloudflare-api-token', name: 'Cloudflare API token', shown: /^c[a-z]{2,3}_/ }],
  ['TAILSCALE_', { id: 'tailscale-key', name: 'Tailscale key', shown: /^tskey-/ }],
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
