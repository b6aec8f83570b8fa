import { describe, expect, it } from 'vitest';
import { findSecrets, shannonEntropy } from '../../../../src/gates/notebooks/secrets.js';

const OPTIONS = { entropy: 3.5, allow: [] };

/*
 * Test tokens are assembled at run time from a prefix and a body, so that no string in this
 * repository looks like a credential to a scanner. Bodies mix cases and digits (entropy above
 * every rule's threshold) and none is a real credential.
 */
const BODY36 = 'Zq8xK2mP9vL4nR7tW3yB6cD1fG5hJ0kQ2sEa';
const UPPER16 = 'QW3RT7YU2IOP4ASD';
const LETTERS34 = 'ZqxKmPvLnRtWyBcDfGhJkQsEaUoIiNbMvC';

describe('findSecrets', () => {
  it.each([
    // BODY36 ends in "2sEa"; 8 x "11ABCDEFG0" + "Zx" ends in "G0Zx"; and so on.
    ['github-pat', `token = ghp_${BODY36}`, 'ghp_…2sEa'],
    ['github-oauth', `gho_${BODY36}`, `gho_…${BODY36.slice(-4)}`],
    ['github-app-token', `"ghs_${BODY36}"`, `ghs_…${BODY36.slice(-4)}`],
    ['github-fine-grained-pat', `github_pat_${'11ABCDEFG0'.repeat(8)}Zx`, 'github_pat_…G0Zx'],
    ['aws-access-token', `key_id = "AKIA${UPPER16}"`, `AKIA…${UPPER16.slice(-4)}`],
    [
      'slack-bot-token',
      `xoxb-1234567890-1234567890123-${BODY36.slice(0, 24)}`,
      `xoxb-…${BODY36.slice(20, 24)}`,
    ],
    ['gcp-api-key', `AIza${BODY36.slice(0, 35)}"`, `AIza…${BODY36.slice(31, 35)}`],
    ['huggingface-access-token', `HF = 'hf_${LETTERS34}'`, `hf_…${LETTERS34.slice(-4)}`],
    ['anthropic-api-key', `sk-ant-api03-${'aB3dE5fG7h'.repeat(9)}xYzAA `, 'sk-ant-…YzAA'],
    ['openai-api-key', `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 `, 'sk-…T1yU'],
  ])('finds a %s and shows only its prefix and last 4 characters', (rule, text, redacted) => {
    const hits = findSecrets(text, OPTIONS);
    expect(hits.map((h) => [h.rule, h.redacted])).toEqual([[rule, redacted]]);
  });

  it('finds a private key block and shows none of it', () => {
    const pem = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEow' + 'IBAAKCAQEA'.repeat(8),
      '-----END RSA PRIVATE KEY-----',
    ].join('\n');
    const hits = findSecrets(`key = """${pem}"""`, OPTIONS);
    expect(hits.map((h) => [h.rule, h.redacted, h.offset])).toEqual([
      ['private-key', '-----BEGIN … PRIVATE KEY----- block', 9],
    ]);
  });

  it('finds a password in a connection URL, but not a template or a stand-in', () => {
    const text = [
      "engine = create_engine('postgresql://etl:S3cr3t-Pa55w0rd@db.internal:5432/prod')",
      "engine = create_engine(f'postgresql://{user}:{password}@db.internal/prod')",
      "url = 'mysql://root:password@localhost/test'",
    ].join('\n');
    // The password has 15 characters: too few to spare four, so none is shown.
    expect(findSecrets(text, OPTIONS).map((h) => [h.rule, h.redacted, h.offset])).toEqual([
      ['url-password', '…', 41],
    ]);
  });

  it('finds an AWS secret access key assignment', () => {
    const secret = `${BODY36}Ab/+`;
    const hits = findSecrets(`aws_secret_access_key = "${secret}"`, OPTIONS);
    // The secret ends in "Ab/+"; the rule shows no prefix.
    expect(hits.map((h) => [h.rule, h.redacted])).toEqual([['aws-secret-access-key', '…Ab/+']]);
  });

  it('finds credential-named assignments of high-entropy literals', () => {
    const text = [
      `OPENAI_API_KEY = "${BODY36}"`,
      `config = {"db_password": '${BODY36.slice(0, 20)}'}`,
      `client = Client(token="${BODY36.slice(4, 30)}")`,
    ].join('\n');
    // The values are BODY36 (ends "2sEa"), its characters 1-20 ("…W3yB") and 5-30 ("…5hJ0").
    expect(findSecrets(text, OPTIONS).map((h) => h.redacted)).toEqual([
      'OPENAI_API_KEY = "…2sEa"',
      'db_password = "…W3yB"',
      'token = "…5hJ0"',
    ]);
  });

  it('leaves placeholders, environment reads, low-entropy values and other names alone', () => {
    const text = [
      'api_key = os.environ["OPENAI_API_KEY"]',
      'api_key = "your-api-key-here-please"',
      'password = "xxxxxxxxxxxxxxxx"',
      'token = "${GITHUB_TOKEN}"',
      'api_key = "aaaabbbbaaaabbbb"', // entropy 1 bit per character
      `model_name = "${BODY36}"`,
      `tokenizer = "bert-base-uncased"`,
      'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', // a documented placeholder: entropy 0 after the prefix
      'AKIAIOSFODNN7EXAMPLE', // AWS's documentation key
    ].join('\n');
    expect(findSecrets(text, OPTIONS)).toEqual([]);
  });

  it('honours allow patterns and allow comments', () => {
    const token = `ghp_${BODY36}`;
    expect(findSecrets(token, { entropy: 3.5, allow: [/^ghp_Zq8x/] })).toEqual([]);
    expect(findSecrets(`t = "${token}"  # gitleaks:allow`, OPTIONS)).toEqual([]);
    expect(findSecrets(`t = "${token}"  # pragma: allowlist secret\nu = "${token}"`, OPTIONS)).toHaveLength(
      1,
    );
  });

  it('reports a token inside a credential assignment once, by the specific rule', () => {
    const hits = findSecrets(`GITHUB_TOKEN = "ghp_${BODY36}"`, OPTIONS);
    expect(hits.map((h) => h.rule)).toEqual(['github-pat']);
  });

  it('never puts more than 4 characters of a secret in its redacted form', () => {
    const text = [`ghp_${BODY36}`, `api_key = "${BODY36}"`, `AKIA${UPPER16}`].join('\n');
    for (const hit of findSecrets(text, OPTIONS)) {
      for (let i = 0; i + 5 <= BODY36.length; i++) expect(hit.redacted).not.toContain(BODY36.slice(i, i + 5));
      for (let i = 0; i + 5 <= UPPER16.length; i++)
        expect(hit.redacted).not.toContain(UPPER16.slice(i, i + 5));
    }
  });
});

describe('shannonEntropy', () => {
  it('is log2 of the alphabet for uniform strings', () => {
    // 'abcd': four symbols, each p = 1/4: -4 * 1/4 * log2(1/4) = 2 bits.
    expect(shannonEntropy('abcd')).toBeCloseTo(2, 10);
    // 'aab': p(a) = 2/3, p(b) = 1/3: 0.9183 bits.
    expect(shannonEntropy('aab')).toBeCloseTo(0.918296, 5);
    expect(shannonEntropy('')).toBe(0);
  });
});
