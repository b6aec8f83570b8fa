import { describe, expect, it } from 'vitest';
import { findSecrets, shannonEntropy } from '../../../../src/gates/notebooks/secrets.js';
import { PROBED } from './fake-tokens.js';

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
  ])('finds a %s and shows only its prefix and last 4 characters', async (rule, text, redacted) => {
    const hits = await findSecrets(text, OPTIONS);
    expect(hits.map((h) => [h.rule, h.redacted])).toEqual([[rule, redacted]]);
  });

  it.each([
    // The offsets count the characters before the secret: 'stripe.api_key = "' is 18,
    // "sg = SendGridAPIClient('" 24, '//registry.npmjs.org/:_authToken=' 33, 'client = Client("' 17.
    // Each redacted form is the kind's public prefix and the secret's last 4 characters, read off
    // the pieces above: STRIPE ends "6cD1", SENDGRID "xK2m", BODY36 "2sEa", HEX40's first 32
    // characters end "e4f8", the Azure key "nR==", HEX40 itself "1d6e".
    ['stripe-access-token', `stripe.api_key = "${PROBED.stripe}"`, 'sk_live_…6cD1', 18],
    ['sendgrid-api-token', `sg = SendGridAPIClient('${PROBED.sendgrid}')`, 'SG.…xK2m', 24],
    ['npm-access-token', `//registry.npmjs.org/:_authToken=${PROBED.npm}`, 'npm_…2sEa', 33],
    ['twilio-api-key', `client = Client("${PROBED.twilio}", secret)`, 'SK…e4f8', 17],
    [
      'azure-storage-account-key',
      `conn = "DefaultEndpointsProtocol=https;AccountName=mlstore;AccountKey=${PROBED.azureKey};EndpointSuffix=core.windows.net"`,
      '…nR==',
      // 'conn = "' is 8 characters, 'DefaultEndpointsProtocol=https;' 31, 'AccountName=mlstore;' 20,
      // 'AccountKey=' 11: the key starts at 70.
      70,
    ],
    ['wandb-api-key', `wandb.login(key="${PROBED.wandb}")`, '…1d6e', 17],
  ])(
    'finds a %s, at its offset, shown by its prefix and last 4 characters',
    async (rule, text, redacted, offset) => {
      const hits = await findSecrets(text, OPTIONS);
      expect(hits.map((h) => [h.rule, h.redacted, h.offset])).toEqual([[rule, redacted, offset]]);
    },
  );

  it('finds an AWS secret key that ends in "/" or "+", which secretlint misses', async () => {
    const hits = await findSecrets(`aws_secret_access_key = "${BODY36}Ab/+"`, OPTIONS);
    // 'aws_secret_access_key = "' is 25 characters.
    expect(hits.map((h) => [h.rule, h.offset])).toEqual([['aws-secret-access-key', 25]]);
  });

  it('finds a password in a SQLAlchemy URL and in a plain one, once each', async () => {
    const text = [
      "engine = create_engine('postgresql+psycopg2://etl:S3cr3t-Pa55w0rd@db.internal/prod')",
      "engine = create_engine('postgresql://etl:S3cr3tPa55w0rd@db.internal/prod')",
    ].join('\n');
    // Line 1: the password starts after "engine = create_engine('postgresql+psycopg2://etl:", 50
    // characters; the line has 84. Line 2 starts at 85 (84 characters and the newline); its
    // password after "engine = create_engine('postgresql://etl:", 41 characters: 126. Both
    // passwords are under 16 characters: none of them is shown.
    expect((await findSecrets(text, OPTIONS)).map((h) => [h.rule, h.redacted, h.offset])).toEqual([
      ['url-password', '…', 50],
      ['url-password', '…', 126],
    ]);
  });

  it('does not report an AWS account id, which identifies and does not authenticate', async () => {
    expect(await findSecrets('aws_account_id = "123456789012"', OPTIONS)).toEqual([]);
  });

  it('scans 5 MB of adversarial text to the end', async () => {
    const MB5 = 5 * 1024 * 1024;
    const repeated = (unit: string) => unit.repeat(Math.ceil(MB5 / unit.length)).slice(0, MB5);
    // Each defeats one pattern family: token prefixes with no token after them, private key
    // headers with no end line, URLs cut before the host, and 200,000 token-shaped strings (a
    // GitHub App installation token pattern matches every "ghs_1_a.ghs_1_a"), whose reports
    // secretlint's core would compare pairwise.
    const inputs = [
      repeated('ghs_1_a.'),
      repeated('-----BEGIN PRIVATE KEY-----\n'),
      repeated('postgresql+psycopg2://u:'),
      repeated('api_key = "'),
      repeated('xoxb-1-'),
    ];
    for (const input of inputs) expect(Array.isArray(await findSecrets(input, OPTIONS))).toBe(true);
  });

  it('finds a private key block and shows none of it', async () => {
    const pem = [
      '-----BEGIN RSA PRIVATE KEY-----',
      // secretlint takes a body under 100 base64 characters, or not starting "MI" (DER), for a
      // placeholder: this one has 6 + 10 x 10 = 106.
      'MIIEow' + 'IBAAKCAQEA'.repeat(10),
      '-----END RSA PRIVATE KEY-----',
    ].join('\n');
    const hits = await findSecrets(`key = """${pem}"""`, OPTIONS);
    expect(hits.map((h) => [h.rule, h.redacted, h.offset])).toEqual([
      ['private-key', '-----BEGIN … PRIVATE KEY----- block', 9],
    ]);
  });

  it('finds a password in a connection URL, but not a template or a stand-in', async () => {
    const text = [
      "engine = create_engine('postgresql://etl:S3cr3t-Pa55w0rd@db.internal:5432/prod')",
      "engine = create_engine(f'postgresql://{user}:{password}@db.internal/prod')",
      "url = 'mysql://root:password@localhost/test'",
    ].join('\n');
    // The password has 15 characters: too few to spare four, so none is shown.
    expect((await findSecrets(text, OPTIONS)).map((h) => [h.rule, h.redacted, h.offset])).toEqual([
      ['url-password', '…', 41],
    ]);
  });

  it('finds an AWS secret access key assignment', async () => {
    const secret = `${BODY36}Ab/+`;
    const hits = await findSecrets(`aws_secret_access_key = "${secret}"`, OPTIONS);
    // The secret ends in "Ab/+"; the rule shows no prefix.
    expect(hits.map((h) => [h.rule, h.redacted])).toEqual([['aws-secret-access-key', '…Ab/+']]);
  });

  it('finds credential-named assignments of high-entropy literals', async () => {
    const text = [
      `OPENAI_API_KEY = "${BODY36}"`,
      `config = {"db_password": '${BODY36.slice(0, 20)}'}`,
      `client = Client(token="${BODY36.slice(4, 30)}")`,
    ].join('\n');
    // The values are BODY36 (ends "2sEa"), its characters 1-20 ("…W3yB") and 5-30 ("…5hJ0").
    expect((await findSecrets(text, OPTIONS)).map((h) => h.redacted)).toEqual([
      'OPENAI_API_KEY = "…2sEa"',
      'db_password = "…W3yB"',
      'token = "…5hJ0"',
    ]);
  });

  it('leaves placeholders, environment reads, low-entropy values and other names alone', async () => {
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
    expect(await findSecrets(text, OPTIONS)).toEqual([]);
  });

  it('honours allow patterns and allow comments', async () => {
    const token = `ghp_${BODY36}`;
    expect(await findSecrets(token, { entropy: 3.5, allow: [/^ghp_Zq8x/] })).toEqual([]);
    expect(await findSecrets(`t = "${token}"  # gitleaks:allow`, OPTIONS)).toEqual([]);
    expect(
      await findSecrets(`t = "${token}"  # pragma: allowlist secret\nu = "${token}"`, OPTIONS),
    ).toHaveLength(1);
  });

  it('reports a token inside a credential assignment once, by the specific rule', async () => {
    const hits = await findSecrets(`GITHUB_TOKEN = "ghp_${BODY36}"`, OPTIONS);
    expect(hits.map((h) => h.rule)).toEqual(['github-pat']);
  });

  it('never puts more than 4 characters of a secret in its redacted form', async () => {
    const text = [`ghp_${BODY36}`, `api_key = "${BODY36}"`, `AKIA${UPPER16}`].join('\n');
    for (const hit of await findSecrets(text, OPTIONS)) {
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
