import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback.js';

/**
 * A loopback S3 endpoint for the one operation the gate uses, GetObject, addressed path-style
 * (`GET /<bucket>/<key>`, as the SDK sends it with `forcePathStyle`). Every request must carry a
 * SigV4 `Authorization` header for service `s3`, which is verified in full: the canonical request
 * is rebuilt from what arrived and signed with the test secret key (AWS's "Signature Version 4
 * signing process" for S3: the path as sent, not encoded again; the payload hash from
 * `x-amz-content-sha256`). Errors are S3's XML `<Error><Code>…</Code>…</Error>` bodies:
 * 404 NoSuchKey, 403 AccessDenied, 403 InvalidAccessKeyId, 403 SignatureDoesNotMatch.
 * Listens on 127.0.0.1 only; every deviation from the protocol is recorded in `problems`.
 */

/** Options of the fake endpoint. */
export interface S3ServerOptions {
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `bucket/key` → the object's bytes. */
  objects: Record<string, string | Buffer>;
  /** `bucket/key`s the credentials may not read: 403 AccessDenied (whether or not they exist). */
  denied?: string[];
  /** `bucket/key`s streamed without end (chunked, no Content-Length) until the client hangs up. */
  endless?: string[];
  /** Answer every request after this delay. */
  delayMs?: number;
}

/** A running endpoint. */
export interface S3Server {
  url: string;
  /** Each signed request: method, bucket and key (decoded). */
  calls: Array<{ method: string; bucket: string; key: string }>;
  /** Protocol violations seen (bad signature, unsigned headers, wrong service or region, …). */
  problems: string[];
  /** Bytes of endless bodies written before the client hung up. */
  endlessBytes: () => number;
  close(): Promise<void>;
}

const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
const escape = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The signature the client should have sent, computed independently of the SDK. */
function expectedSignature(
  request: IncomingMessage,
  auth: { date: string; region: string; service: string; signed: string[] },
  secret: string,
): string {
  const raw = request.url ?? '/';
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = [...new URLSearchParams(q < 0 ? '' : raw.slice(q + 1))]
    .map(([k, v]) => `${escape(k)}=${escape(v)}`)
    .sort()
    .join('&');
  const headers = auth.signed
    .map(
      (h) =>
        `${h}:${String(request.headers[h] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const payload = String(request.headers['x-amz-content-sha256'] ?? '');
  const canonical = [request.method, path, query, headers, auth.signed.join(';'), payload].join('\n');
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', String(request.headers['x-amz-date']), scope, sha256(canonical)].join(
    '\n',
  );
  let key = hmac(`AWS4${secret}`, auth.date);
  for (const part of [auth.region, auth.service, 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
}

function xmlError(response: ServerResponse, status: number, code: string, message: string, resource: string) {
  if (response.destroyed) return;
  response.writeHead(status, {
    'content-type': 'application/xml',
    'x-amz-request-id': 'REQ1',
    'x-amz-id-2': 'HOST1',
  });
  response.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>` +
      `<Resource>${resource}</Resource><RequestId>REQ1</RequestId><HostId>HOST1</HostId></Error>`,
  );
}

/** Starts the fake S3 endpoint on 127.0.0.1. */
export async function startS3Server(options: S3ServerOptions): Promise<S3Server> {
  const calls: S3Server['calls'] = [];
  const problems: string[] = [];
  let endlessBytes = 0;

  /** Checks the signature; false (after answering) when the request is refused. */
  function verify(request: IncomingMessage, response: ServerResponse, resource: string): boolean {
    const m = AUTH.exec(request.headers.authorization ?? '');
    if (!m) {
      problems.push(`authorization ${String(request.headers.authorization)}`);
      xmlError(response, 403, 'AccessDenied', 'Anonymous access is not allowed', resource);
      return false;
    }
    const [, keyId = '', date = '', region = '', service = '', signedList = '', signature] = m;
    const signed = signedList.split(';');
    if (service !== 's3') problems.push(`signed for service ${service}`);
    if (region !== options.region) problems.push(`signed for region ${region}`);
    for (const h of ['host', 'x-amz-date', 'x-amz-content-sha256'])
      if (!signed.includes(h)) problems.push(`${h} not signed`);
    if (!String(request.headers['x-amz-date'] ?? '').startsWith(date))
      problems.push('x-amz-date ≠ scope date');
    if (keyId !== options.accessKeyId) {
      xmlError(
        response,
        403,
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
        resource,
      );
      return false;
    }
    if (
      signature !== expectedSignature(request, { date, region, service, signed }, options.secretAccessKey)
    ) {
      problems.push(`signature mismatch for ${request.method ?? ''} ${request.url ?? ''}`);
      xmlError(
        response,
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
        resource,
      );
      return false;
    }
    return true;
  }

  function streamForever(response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'application/json', 'x-amz-request-id': 'REQ1' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!response.destroyed && response.write(chunk)) endlessBytes += chunk.length;
      if (!response.destroyed) response.once('drain', pump);
    };
    pump();
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const slash = path.indexOf('/', 1);
    const bucket = decodeURIComponent(path.slice(1, slash < 0 ? undefined : slash));
    const key =
      slash < 0
        ? ''
        : path
            .slice(slash + 1)
            .split('/')
            .map(decodeURIComponent)
            .join('/');
    if (!verify(request, response, path)) return;
    if (request.method !== 'GET' || !key) {
      problems.push(`${request.method ?? ''} ${request.url ?? ''}`);
      xmlError(
        response,
        405,
        'MethodNotAllowed',
        'The specified method is not allowed against this resource.',
        path,
      );
      return;
    }
    calls.push({ method: request.method, bucket, key });
    const id = `${bucket}/${key}`;
    if (options.denied?.includes(id)) {
      xmlError(response, 403, 'AccessDenied', 'Access Denied', path);
      return;
    }
    if (options.endless?.includes(id)) {
      streamForever(response);
      return;
    }
    const object = options.objects[id];
    if (object === undefined) {
      xmlError(response, 404, 'NoSuchKey', 'The specified key does not exist.', path);
      return;
    }
    const body = Buffer.isBuffer(object) ? object : Buffer.from(object, 'utf8');
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': String(body.length),
      etag: `"${createHash('md5').update(body).digest('hex')}"`,
      'last-modified': new Date(0).toUTCString(),
      'x-amz-request-id': 'REQ1',
    });
    response.end(body);
  }

  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (options.delayMs)
        setTimeout(() => {
          handle(request, response);
        }, options.delayMs);
      else handle(request, response);
    });
  });
  const loopback = await listenOnLoopback(server);
  return { ...loopback, calls, problems, endlessBytes: () => endlessBytes };
}
