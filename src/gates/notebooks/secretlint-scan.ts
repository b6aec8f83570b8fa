import type { SecretLintRuleContext, SecretLintRuleCreator, SecretLintSourceCode } from '@secretlint/types';

/**
 * secretlint's recommended rule preset (`@secretlint/secretlint-rule-preset-recommend`, MIT),
 * the maintained provider patterns the gate uses, run through secretlint's rule API
 * (`rule.create(context, options).file(source)`) by this small driver rather than by
 * `@secretlint/core`. Why not core: its message clean-up compares every report with every later
 * one (`filterDuplicatedMessages`, quadratic), so a 5 MB output holding 200,000 token-shaped
 * strings never finishes; it also marks the global performance timeline for every text. The
 * driver keeps what core adds that matters here (nothing: one rule preset, no config files) and
 * never formats a rule's message, which would hold the secret.
 */

/** A match of a secretlint rule: where it is and what the rule said it found. */
export interface SecretlintMatch {
  /** The rule without its scope: `github`, `stripe`, `aws`. */
  rule: string;
  /** The rule's message id: `GITHUB_TOKEN`, `STRIPE_SECRET_KEY_LIVE`. */
  messageId: string;
  /** The rule's message data (holds the secret: never printed). */
  data: Readonly<Record<string, unknown>>;
  start: number;
  end: number;
}

/**
 * Rules of the preset the driver does not run. `filter-comments` implements secretlint's own
 * disable comments through `context.ignore` (the gate has its own allow comments); `gcp` judges
 * whole service-account key files by their extension (`.json`, `.p12`, which it reads from disk),
 * and a notebook's cell is never one.
 */
const SKIPPED = new Set(['@secretlint/secretlint-rule-filter-comments', '@secretlint/secretlint-rule-gcp']);

/** Options per rule: the AWS rule reports access key ids only when asked to. */
const RULE_OPTIONS: Readonly<Record<string, object>> = {
  '@secretlint/secretlint-rule-aws': { enableIDScanRule: true },
};

/**
 * Lower-case strings one of which every match of the rule contains, read off its patterns in
 * 13.1.0 (as gitleaks' keywords): a text holding none is not searched with the rule, which keeps
 * the scan of outputs cheap. A rule not listed (a later preset's) always runs; a unit test names
 * any such rule, so that an upgrade adds its keywords.
 */
export const RULE_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  aws: ['a3t', 'akia', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'asia', 'secret'],
  privatekey: ['private key'],
  npm: ['npm_', 'x-oauth-basic', '_authtoken='],
  basicauth: ['://'],
  slack: ['xoxb-', 'xoxp-', 'xapp-', 'xoxa-', 'xoxo-', 'xoxr-', 'hooks.slack.com'],
  sendgrid: ['sg.'],
  shopify: ['shppa_', 'shpca_', 'shpat_', 'shpss_'],
  stripe: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
  github: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  gitlab: ['glpat-'],
  grafana: ['glc_', 'glsa_'],
  openai: ['t3blbkfj'],
  anthropic: ['sk-ant-api0'],
  groq: ['gsk_'],
  huggingface: ['hf_'],
  linear: ['lin_api_'],
  notion: ['ntn_'],
  '1password': ['ops_ey'],
  'database-connection-string': ['mongodb', 'mysql', 'postgres'],
  'hashicorp-vault': ['hvs.', 'hvb.', 'hvr.'],
  vercel: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
  databricks: ['dapi'],
  docker: ['dckr_pat_'],
  figma: ['figd_'],
  cloudflare: ['cfk_', 'cfut_', 'cfat_'],
  tailscale: ['tskey-'],
};

/** Message ids that are not secrets: an AWS account id identifies, it does not authenticate. */
const NOT_SECRETS = new Set(['AWSAccountID']);

/** The message itself is never formatted: it would quote the secret. */
const TRANSLATOR = (() => (messageId: string, data?: Record<string, unknown>) => ({
  message: '',
  messageId,
  data,
})) as SecretLintRuleContext['createTranslator'];

let loaded: Promise<readonly SecretLintRuleCreator[]> | undefined;

/** The preset's rules, imported on first use: only a run of the notebooks gate pays for them. */
export function presetRules(): Promise<readonly SecretLintRuleCreator[]> {
  loaded ??= import('@secretlint/secretlint-rule-preset-recommend').then(({ rules }) =>
    (rules as readonly SecretLintRuleCreator[]).filter((rule) => !SKIPPED.has(rule.meta.id)),
  );
  return loaded;
}

/** Every match of the preset's rules in `text`, in rule order. A rule that throws is a bug: it propagates. */
export async function secretlintMatches(text: string): Promise<SecretlintMatch[]> {
  const matches: SecretlintMatch[] = [];
  const source = sourceOf(text);
  const lower = text.toLowerCase();
  for (const rule of await presetRules()) {
    const short = rule.meta.id.replace('@secretlint/secretlint-rule-', '');
    const keywords = Object.hasOwn(RULE_KEYWORDS, short) ? RULE_KEYWORDS[short] : undefined;
    if (keywords && !keywords.some((k) => lower.includes(k))) continue;
    const context: SecretLintRuleContext = {
      sharedOptions: {},
      createTranslator: TRANSLATOR,
      report: ({ message, range }) => {
        if (NOT_SECRETS.has(message.messageId)) return;
        const data = (message.data ?? {}) as Record<string, unknown>;
        matches.push({ rule: short, messageId: message.messageId, data, start: range[0], end: range[1] });
      },
      ignore: () => undefined,
    };
    const handler = rule.create(context, RULE_OPTIONS[rule.meta.id] ?? {});
    await handler.file?.(source);
  }
  return matches;
}

/** A source as rules see it: text without a file path (so no rule reads a file). */
function sourceOf(content: string): SecretLintSourceCode {
  let starts: number[] | undefined;
  const lineStarts = (): number[] => {
    if (starts) return starts;
    starts = [0];
    for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  };
  const indexToPosition = (index: number) => {
    const all = lineStarts();
    let lo = 0;
    let hi = all.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((all[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - (all[lo] ?? 0) };
  };
  const positionToIndex = (pos: { line: number; column: number }) =>
    (lineStarts()[pos.line - 1] ?? 0) + pos.column;
  return {
    hasBOM: false,
    content,
    filePath: undefined,
    physicalFilePath: undefined,
    contentType: 'text',
    ext: '',
    getFilePath: () => undefined,
    getPhysicalFilePath: () => undefined,
    indexToPosition,
    positionToIndex,
    rangeToLocation: ([start, end]) => ({ start: indexToPosition(start), end: indexToPosition(end) }),
    locationToRange: ({ start, end }) => [positionToIndex(start), positionToIndex(end)],
  };
}
