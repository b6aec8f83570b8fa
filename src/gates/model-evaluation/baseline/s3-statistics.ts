import type { Readable } from 'node:stream';
import { MAX_SMALL_FILE_BYTES } from '../readers/reported-metrics.js';
import type { SageMakerBaselineSpec } from '../settings.js';
import { ChampionRegistryError } from './registry.js';
import type { StatisticsReader } from './sagemaker-champion.js';

/** An object S3 is sending: its declared length (when known) and its body, not yet read. */
export interface S3Object {
  contentLength?: number;
  /** The body's chunks as they arrive (a stream; in tests, any iterable). */
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** Drops the rest of the body (closes the connection) without reading it. */
  discard(): void;
}

/** The one S3 call the champion's statistics need, injectable for tests. */
export interface S3Api {
  /** GetObject; rejects with the SDK's error (its `name` is S3's error code). */
  getObject(bucket: string, key: string): Promise<S3Object>;
}

/** Where an object is. */
export interface S3Location {
  bucket: string;
  key: string;
}

/** A bucket name as S3 allows it (3–63 characters, lower case, digits, dots, hyphens). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * The bucket and key of the URI SageMaker stores in `MetricsSource.S3Uri`, which its API allows
 * as `s3://bucket/key` or `https://…`: the virtual-hosted (`bucket.s3.region.amazonaws.com/key`)
 * and path-style (`s3.region.amazonaws.com/bucket/key`) forms. Undefined for anything else.
 */
export function parseS3Uri(uri: string): S3Location | undefined {
  let bucket: string | undefined;
  let key: string | undefined;
  const s3 = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (s3) [bucket, key] = [s3[1], s3[2]];
  else {
    let url: URL;
    try {
      url = new URL(uri);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'https:' || url.search || url.hash) return undefined;
    const path = url.pathname.slice(1);
    const hosted = /^(.+)\.s3[.-](?:[a-z0-9-]+\.)?amazonaws\.com$/.exec(url.hostname);
    if (hosted) [bucket, key] = [hosted[1], path];
    else if (/^s3[.-](?:[a-z0-9-]+\.)?amazonaws\.com$/.test(url.hostname)) {
      const slash = path.indexOf('/');
      if (slash > 0) [bucket, key] = [path.slice(0, slash), path.slice(slash + 1)];
    }
    key = key === undefined ? undefined : decodeKey(key);
  }
  return bucket && key && BUCKET.test(bucket) ? { bucket, key } : undefined;
}

function decodeKey(key: string): string | undefined {
  try {
    return decodeURIComponent(key);
  } catch {
    return undefined;
  }
}

/** Options of the reader: the deadline it was given (for the message) and the size bound. */
export interface S3ReaderOptions {
  timeoutMs: number;
  /** Largest object read (default: the bound of every other metrics file, 10 MiB). */
  maxBytes?: number;
}

/**
 * Reads the champion's model-quality statistics from S3 through `api`: GetObject, refused when
 * S3 declares more than `maxBytes` and cut off as soon as the streamed body passes it, decoded as
 * UTF-8. Every failure is a `ChampionRegistryError` with its own message and fix.
 */
export function s3StatisticsReader(api: S3Api, options: S3ReaderOptions): StatisticsReader {
  const maxBytes = options.maxBytes ?? MAX_SMALL_FILE_BYTES;
  return async (uri) => {
    const where = parseS3Uri(uri);
    if (!where) {
      throw new ChampionRegistryError(
        'bad-response',
        `the champion's ModelMetrics.ModelQuality.Statistics.S3Uri ${JSON.stringify(uri)} is not an S3 object URI`,
        'Register the package with the model-quality report’s s3://bucket/key.',
      );
    }
    const failed = (error: unknown) => s3Failure(error, where, options.timeoutMs);
    const object = await api.getObject(where.bucket, where.key).catch((error: unknown) => {
      throw failed(error);
    });
    if (object.contentLength !== undefined && object.contentLength > maxBytes) {
      object.discard();
      throw tooLarge(where, object.contentLength, maxBytes);
    }
    const bytes = await readCapped(object, maxBytes).catch((error: unknown) => {
      throw error instanceof ChampionRegistryError ? error : failed(error);
    });
    if (bytes === undefined) throw tooLarge(where, undefined, maxBytes);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ChampionRegistryError(
        'bad-response',
        `${s3Url(where)} is not UTF-8 text`,
        'ModelQuality.Statistics should name the model-quality JSON the evaluation step wrote.',
      );
    }
  };
}

/** The body, or undefined as soon as it passes `maxBytes` (the rest is never read). */
async function readCapped(object: S3Object, maxBytes: number): Promise<Buffer | undefined> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of object.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      object.discard();
      return undefined;
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

function s3Url({ bucket, key }: S3Location): string {
  return `s3://${bucket}/${key}`;
}

function tooLarge(where: S3Location, size: number | undefined, maxBytes: number): ChampionRegistryError {
  const bound = maxBytes % (1 << 20) === 0 ? `${maxBytes / (1 << 20)} MiB` : `${maxBytes} bytes`;
  const limit = `the ${bound} the gate reads for a metrics file`;
  return new ChampionRegistryError(
    'bad-response',
    size === undefined
      ? `${s3Url(where)} is larger than ${limit} (the download was stopped there)`
      : `${s3Url(where)} is ${size} bytes, more than ${limit}`,
    'ModelQuality.Statistics should name the model-quality JSON (a few kB), not a dataset or a model artifact.',
  );
}

/** S3's error code (the SDK error's name) or the socket's code; never the message, which may echo a request. */
function errorCode(error: unknown): string {
  const e = error as { name?: unknown; code?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const name = typeof e?.name === 'string' && e.name !== 'Error' ? e.name : '';
  const pick = name || code || 'Error';
  // A code is an identifier; anything else came from a server that is not S3.
  return /^[A-Za-z0-9._-]{1,64}$/.test(pick) ? pick : 'Error';
}

function httpStatus(error: unknown): number | undefined {
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | null)?.$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

/** A GetObject failure as a registry failure: what went wrong, and the fix for that cause. */
export function s3Failure(error: unknown, where: S3Location, timeoutMs: number): ChampionRegistryError {
  const code = errorCode(error);
  const status = httpStatus(error);
  const url = s3Url(where);
  if (/^(NoSuchKey|NotFound|NoSuchBucket)$/.test(code) || (status === 404 && code === 'Error')) {
    return new ChampionRegistryError(
      'not-found',
      `the champion's statistics ${url} do not exist (${code === 'Error' ? 'HTTP 404' : code})`,
      `The package's ModelMetrics.ModelQuality.Statistics names an object that is gone: restore ${url}, or register the champion again with its model-quality report.`,
    );
  }
  if (
    /InvalidAccessKeyId|SignatureDoesNotMatch|ExpiredToken|InvalidToken|TokenRefreshRequired|CredentialsProvider/i.test(
      code,
    )
  ) {
    return new ChampionRegistryError(
      'auth',
      `S3 refused the credentials reading ${url} (${code})`,
      `Give the job AWS credentials (aws-actions/configure-aws-credentials) whose role may s3:GetObject on arn:aws:s3:::${where.bucket}/${where.key}.`,
    );
  }
  if (/^(AccessDenied|Forbidden|AllAccessDisabled)$/.test(code) || status === 403) {
    return new ChampionRegistryError(
      'auth',
      `S3 denied s3:GetObject on ${url} (${code === 'Error' ? 'HTTP 403' : code})`,
      `Allow s3:GetObject on arn:aws:s3:::${where.bucket}/${where.key} to the job's role (bucket policy too, and kms:Decrypt when the object is encrypted with a customer managed key).`,
    );
  }
  if (/Timeout|ETIMEDOUT|Abort/i.test(code)) {
    return new ChampionRegistryError(
      'timeout',
      `S3 did not answer within ${timeoutMs} ms reading ${url} (${code})`,
      'Raise baseline.timeout-ms, or check the network path to S3 (a VPC endpoint: baseline.s3-endpoint).',
    );
  }
  return new ChampionRegistryError(
    'unreachable',
    `S3 could not be read for ${url} (${status !== undefined ? `HTTP ${status} ` : ''}${code})`,
    'Check baseline.region, baseline.s3-endpoint and the network to S3.',
  );
}

/** The SDK-backed API, loaded lazily so other commands never pay for the AWS SDK. */
export async function sdkS3Api(spec: SageMakerBaselineSpec): Promise<S3Api> {
  const sdk = await import('@aws-sdk/client-s3');
  // Region, credentials (the SDK's default chain) and deadlines as the SageMaker client's.
  const client = new sdk.S3Client({
    region: spec.region,
    // A custom endpoint (a VPC interface endpoint, an S3-compatible store) is addressed path-style.
    ...(spec.s3Endpoint ? { endpoint: spec.s3Endpoint, forcePathStyle: true } : {}),
    // The bucket may live in another region than the registry.
    followRegionRedirects: true,
    maxAttempts: 2,
    requestHandler: {
      connectionTimeout: spec.timeoutMs,
      requestTimeout: spec.timeoutMs,
      throwOnRequestTimeout: true,
    },
  });
  return {
    getObject: async (bucket, key) => {
      const out = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key }));
      // In Node the body is an http.IncomingMessage (a Readable).
      const body = out.Body as Readable | undefined;
      return {
        ...(out.ContentLength !== undefined ? { contentLength: out.ContentLength } : {}),
        body: body ?? [],
        discard: () => body?.destroy(),
      };
    },
  };
}
