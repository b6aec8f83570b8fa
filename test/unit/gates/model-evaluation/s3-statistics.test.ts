import { describe, expect, it } from 'vitest';
import { ChampionRegistryError } from '../../../../src/gates/model-evaluation/baseline/registry.js';
import {
  parseS3Uri,
  type S3Api,
  type S3Object,
  s3StatisticsReader,
} from '../../../../src/gates/model-evaluation/baseline/s3-statistics.js';
import { readQualityReport } from '../../../../src/gates/model-evaluation/baseline/sagemaker-champion.js';

/** An S3 object whose body yields `chunks` (then, with `endless`, 1-byte chunks forever), counting reads. */
function object(chunks: string[], options: { contentLength?: number; endless?: boolean } = {}) {
  const seen = { pulled: 0, discarded: false };
  function* body() {
    for (const c of chunks) {
      seen.pulled++;
      yield Buffer.from(c, 'utf8');
    }
    while (options.endless) {
      seen.pulled++;
      yield Buffer.from('x');
    }
  }
  const o: S3Object = {
    ...(options.contentLength !== undefined ? { contentLength: options.contentLength } : {}),
    body: body(),
    discard: () => {
      seen.discarded = true;
    },
  };
  return { o, seen };
}

const answering = (o: S3Object): S3Api => ({ getObject: () => Promise.resolve(o) });
const failing = (error: Error): S3Api => ({ getObject: () => Promise.reject(error) });
const sdkError = (name: string, status?: number) =>
  Object.assign(new Error(`${name} message`), {
    name,
    ...(status !== undefined ? { $metadata: { httpStatusCode: status } } : {}),
  });

async function failure(api: S3Api, uri = 's3://ml-eval/churn/v2/statistics.json', maxBytes?: number) {
  const error = await s3StatisticsReader(api, { timeoutMs: 250, ...(maxBytes ? { maxBytes } : {}) })(
    uri,
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ChampionRegistryError);
  return error as ChampionRegistryError;
}

describe('parseS3Uri', () => {
  it.each([
    ['s3://ml-eval/churn/v2/statistics.json', { bucket: 'ml-eval', key: 'churn/v2/statistics.json' }],
    // s3:// keys are taken as written (SageMaker stores them unencoded).
    ['s3://ml.eval-1/a b+c.json', { bucket: 'ml.eval-1', key: 'a b+c.json' }],
    [
      'https://ml-eval.s3.eu-west-1.amazonaws.com/churn/a%20b.json',
      { bucket: 'ml-eval', key: 'churn/a b.json' },
    ],
    ['https://ml-eval.s3.amazonaws.com/k.json', { bucket: 'ml-eval', key: 'k.json' }],
    ['https://s3.eu-west-1.amazonaws.com/ml-eval/churn/k.json', { bucket: 'ml-eval', key: 'churn/k.json' }],
  ])('%s → %j', (uri, expected) => {
    expect(parseS3Uri(uri)).toEqual(expected);
  });

  it.each([
    's3://ml-eval',
    's3://ml-eval/',
    's3://ML_EVAL/k.json',
    's3://ab/k.json',
    'http://ml-eval.s3.amazonaws.com/k.json',
    'https://example.com/ml-eval/k.json',
    'https://s3.eu-west-1.amazonaws.com/ml-eval',
    'https://ml-eval.s3.amazonaws.com/k.json?versionId=1',
    'https://ml-eval.s3.amazonaws.com/%E0%A4%A.json',
    '/local/statistics.json',
  ])('refuses %s', (uri) => {
    expect(parseS3Uri(uri)).toBeUndefined();
  });
});

describe('reading the statistics object', () => {
  it('asks for the bucket and key of the URI and returns the body as text', async () => {
    const asked: string[] = [];
    const { o } = object(['{"regression_metrics": ', '{"mse": {"value": 1.5}}}']);
    const api: S3Api = {
      getObject: (bucket, key) => {
        asked.push(`${bucket}|${key}`);
        return Promise.resolve(o);
      },
    };
    const text = await s3StatisticsReader(api, { timeoutMs: 1 })('s3://ml-eval/churn/v2/stats.json');
    expect(asked).toEqual(['ml-eval|churn/v2/stats.json']);
    expect(text).toBe('{"regression_metrics": {"mse": {"value": 1.5}}}');
  });

  it('reads an object of exactly the bound', async () => {
    const { o } = object(['1234', '5678']);
    await expect(
      s3StatisticsReader(answering(o), { timeoutMs: 1, maxBytes: 8 })('s3://ml-eval/k'),
    ).resolves.toBe('12345678');
  });

  it('refuses an object S3 declares larger than the bound without reading its body', async () => {
    const { o, seen } = object(['never read'], { contentLength: 11 });
    const e = await failure(answering(o), 's3://ml-eval/k', 10);
    expect(e.kind).toBe('bad-response');
    expect(e.message).toBe(
      's3://ml-eval/k is 11 bytes, more than the 10 bytes the gate reads for a metrics file',
    );
    expect(seen).toEqual({ pulled: 0, discarded: true });
  });

  it('stops a body without a length as soon as it passes the bound', async () => {
    // 4 + 4 = 8 bytes, then 1-byte chunks forever: the 3rd chunk makes 9 > 8.
    const { o, seen } = object(['abcd', 'efgh'], { endless: true });
    const e = await failure(answering(o), 's3://ml-eval/k', 8);
    expect(e.message).toBe(
      's3://ml-eval/k is larger than the 8 bytes the gate reads for a metrics file (the download was stopped there)',
    );
    expect(seen).toEqual({ pulled: 3, discarded: true });
  });

  it('the default bound is the 10 MiB of every other metrics file', async () => {
    const { o } = object([], { contentLength: 10 * 1024 * 1024 + 1 });
    expect((await failure(answering(o))).message).toContain('more than the 10 MiB the gate reads');
  });

  it('refuses a body that is not UTF-8', async () => {
    const { o } = object([]);
    const bad: S3Object = {
      ...o,
      body: (function* () {
        yield Buffer.from([0x7b, 0xff, 0x7d]);
      })(),
    };
    expect(await failure(answering(bad))).toMatchObject({
      kind: 'bad-response',
      message: expect.stringContaining('is not UTF-8') as string,
    });
  });

  it('refuses a URI that is not an S3 object without calling S3', async () => {
    const e = await failure(failing(new Error('must not be called')), 'file:///etc/passwd');
    expect(e).toMatchObject({ kind: 'bad-response' });
    expect(e.message).toContain('"file:///etc/passwd" is not an S3 object URI');
  });
});

describe('S3 failures: each cause its own message and fix', () => {
  const KEY = 's3://ml-eval/churn/v2/statistics.json';
  const ARN = 'arn:aws:s3:::ml-eval/churn/v2/statistics.json';

  it.each([
    ['NoSuchKey', 404, 'not-found', `${KEY} do not exist (NoSuchKey)`, `restore ${KEY}`],
    ['NoSuchBucket', 404, 'not-found', `${KEY} do not exist (NoSuchBucket)`, `restore ${KEY}`],
    ['NotFound', 404, 'not-found', 'do not exist (NotFound)', 'register the champion again'],
    ['Error', 404, 'not-found', 'do not exist (HTTP 404)', 'restore'],
    [
      'AccessDenied',
      403,
      'auth',
      `S3 denied s3:GetObject on ${KEY} (AccessDenied)`,
      `Allow s3:GetObject on ${ARN}`,
    ],
    ['Error', 403, 'auth', `S3 denied s3:GetObject on ${KEY} (HTTP 403)`, `Allow s3:GetObject on ${ARN}`],
    [
      'InvalidAccessKeyId',
      403,
      'auth',
      `S3 refused the credentials reading ${KEY} (InvalidAccessKeyId)`,
      'aws-actions/configure-aws-credentials',
    ],
    ['SignatureDoesNotMatch', 403, 'auth', 'S3 refused the credentials', `s3:GetObject on ${ARN}`],
    ['ExpiredToken', 400, 'auth', 'S3 refused the credentials', 'configure-aws-credentials'],
    [
      'CredentialsProviderError',
      undefined,
      'auth',
      '(CredentialsProviderError)',
      'configure-aws-credentials',
    ],
    [
      'TimeoutError',
      undefined,
      'timeout',
      `S3 did not answer within 250 ms reading ${KEY} (TimeoutError)`,
      'Raise baseline.timeout-ms',
    ],
    [
      'InternalError',
      500,
      'unreachable',
      `S3 could not be read for ${KEY} (HTTP 500 InternalError)`,
      'baseline.s3-endpoint',
    ],
  ])('%s (HTTP %s) → %s', async (name, status, kind, message, fix) => {
    const e = await failure(failing(sdkError(name, status)));
    expect(e.kind).toBe(kind);
    expect(e.message).toContain(message);
    expect(e.fix).toContain(fix);
  });

  it('a socket error names its code', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const e = await failure(failing(refused));
    expect(e).toMatchObject({
      kind: 'unreachable',
      message: `S3 could not be read for ${KEY} (ECONNREFUSED)`,
    });
  });

  it('a failure while the body streams is mapped too', async () => {
    const broken: S3Object = {
      body: (function* () {
        yield Buffer.from('{"regression');
        throw sdkError('TimeoutError');
      })(),
      discard: () => undefined,
    };
    expect(await failure(answering(broken))).toMatchObject({ kind: 'timeout' });
  });

  it('never repeats the error message, nor an error name that is not an identifier', async () => {
    const echo = Object.assign(
      new Error('Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/…'),
      {
        name: 'Echo <AKIAIOSFODNN7EXAMPLE secret>',
        $metadata: { httpStatusCode: 502 },
      },
    );
    const e = await failure(failing(echo));
    expect(e.message).toBe(`S3 could not be read for ${KEY} (HTTP 502 Error)`);
    expect(`${e.message} ${e.fix}`).not.toContain('AKIA');
  });
});

describe('the statistics as SageMaker model-quality JSON (the metrics-file reader)', () => {
  it('takes each metric’s value by its SageMaker name', () => {
    const text = JSON.stringify({
      regression_metrics: { mse: { value: 1.25, standard_deviation: 0.1 }, r2: { value: -0.5 } },
      binary_classification_metrics: { confusion_matrix: { '0': { '0': 3 } } },
    });
    expect(Object.fromEntries(readQualityReport(text, 's3://b/k'))).toEqual({ mse: 1.25, r2: -0.5 });
  });

  it.each([
    ['{"regression_metrics": {"mse": ', 'are not SageMaker model-quality JSON'],
    ['[1, 2]', 'are not SageMaker model-quality JSON'],
    ['{"accuracy": 0.9}', 'hold no binary_classification_metrics'],
  ])('refuses %s as a bad response', (text, message) => {
    const error = (() => {
      try {
        readQualityReport(text, 's3://b/k');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ChampionRegistryError);
    expect(error).toMatchObject({ kind: 'bad-response' });
    expect((error as Error).message).toContain('s3://b/k');
    expect((error as Error).message).toContain(message);
  });
});
