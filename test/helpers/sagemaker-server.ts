import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback.js';

/**
 * A loopback SageMaker API endpoint for the Model Registry operations the gate uses, speaking the
 * awsJson1_1 protocol: `POST /`, `Content-Type: application/x-amz-json-1.1`,
 * `X-Amz-Target: SageMaker.<Operation>`, a SigV4 `Authorization` header; errors as
 * `{"__type": ..., "message": ...}` with `X-Amzn-Errortype`. Timestamps are epoch seconds.
 * Listens on 127.0.0.1 only; every deviation from the protocol is recorded in `problems`.
 */

/** A model package version as DescribeModelPackage returns it (documented fields). */
export interface FakeModelPackage {
  ModelPackageGroupName: string;
  ModelPackageVersion: number;
  ModelApprovalStatus: 'Approved' | 'Rejected' | 'PendingManualApproval';
  ModelPackageStatus?: 'Pending' | 'InProgress' | 'Completed' | 'Failed' | 'Deleting';
  ApprovalDescription?: string;
  /** Epoch seconds. */
  CreationTime: number;
  LastModifiedTime?: number;
  LastModifiedBy?: { UserProfileName?: string; IamIdentity?: { Arn?: string } };
  /** The evaluation report the package was registered with (ModelMetrics.ModelQuality.Statistics). */
  ModelMetrics?: { ModelQuality?: { Statistics?: { ContentType: string; S3Uri: string } } };
}

/** Options of the fake endpoint. */
export interface SageMakerServerOptions {
  region: string;
  account: string;
  packages: FakeModelPackage[];
  /** Only this access key id is accepted (the Credential= scope of the signature). */
  accessKeyId: string;
  /** Answer every request after this delay. */
  delayMs?: number;
  /** Answer this many requests with 500 InternalFailure first. */
  failFirst?: number;
}

/** A running endpoint. */
export interface SageMakerServer {
  url: string;
  /** Each request's operation and parsed body. */
  calls: Array<{ target: string; body: Record<string, unknown> }>;
  /** Requests received, counted on arrival (before any delay): the client's attempts. */
  received: () => number;
  /** Protocol violations seen (wrong method, path, content type, target, missing signature). */
  problems: string[];
  close(): Promise<void>;
}

const SIGV4 =
  /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)\/(\d{8})\/([a-z0-9-]+)\/sagemaker\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$/;

/** Starts the fake SageMaker endpoint on 127.0.0.1. */
export async function startSageMakerServer(options: SageMakerServerOptions): Promise<SageMakerServer> {
  const calls: SageMakerServer['calls'] = [];
  const problems: string[] = [];
  let failures = options.failFirst ?? 0;
  const arnOf = (p: FakeModelPackage) =>
    `arn:aws:sagemaker:${options.region}:${options.account}:model-package/${p.ModelPackageGroupName}/${p.ModelPackageVersion}`;

  const send = (response: ServerResponse, status: number, body: unknown) => {
    if (response.destroyed) return;
    response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-1' });
    response.end(JSON.stringify(body));
  };
  const fail = (response: ServerResponse, status: number, type: string, message: string) => {
    if (response.destroyed) return;
    response.writeHead(status, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazonaws.sagemaker/`,
      'x-amzn-requestid': 'req-1',
    });
    response.end(JSON.stringify({ __type: `com.amazonaws.sagemaker#${type}`, message }));
  };

  function handle(request: IncomingMessage, response: ServerResponse, text: string): void {
    const target = String(request.headers['x-amz-target'] ?? '');
    if (request.method !== 'POST' || request.url !== '/')
      problems.push(`${request.method ?? ''} ${request.url ?? ''}`);
    if (request.headers['content-type'] !== 'application/x-amz-json-1.1') {
      problems.push(`content-type ${String(request.headers['content-type'])}`);
    }
    const auth = SIGV4.exec(request.headers.authorization ?? '');
    if (!auth) {
      problems.push(`authorization ${String(request.headers.authorization)}`);
      fail(response, 400, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
      return;
    }
    if (auth[3] !== options.region) problems.push(`signed for region ${auth[3] ?? ''}`);
    if (!(auth[4] ?? '').split(';').includes('x-amz-date')) problems.push('x-amz-date not signed');
    if (auth[1] !== options.accessKeyId) {
      fail(
        response,
        400,
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
      );
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text || '{}') as Record<string, unknown>;
    } catch {
      problems.push('body is not JSON');
      fail(response, 400, 'SerializationException', 'Body is not JSON');
      return;
    }
    calls.push({ target, body });
    if (failures > 0) {
      failures--;
      fail(response, 500, 'InternalFailure', 'We encountered an internal error. Please try again.');
      return;
    }
    if (target === 'SageMaker.DescribeModelPackage') {
      const name = body.ModelPackageName;
      const pkg = options.packages.find((p) => arnOf(p) === name);
      if (!pkg) {
        fail(response, 400, 'ValidationException', `ModelPackage ${String(name)} does not exist.`);
        return;
      }
      send(response, 200, {
        ModelPackageName: pkg.ModelPackageGroupName,
        ModelPackageGroupName: pkg.ModelPackageGroupName,
        ModelPackageVersion: pkg.ModelPackageVersion,
        ModelPackageArn: arnOf(pkg),
        CreationTime: pkg.CreationTime,
        ModelPackageStatus: pkg.ModelPackageStatus ?? 'Completed',
        ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
        ModelApprovalStatus: pkg.ModelApprovalStatus,
        ...(pkg.ApprovalDescription ? { ApprovalDescription: pkg.ApprovalDescription } : {}),
        ...(pkg.LastModifiedTime ? { LastModifiedTime: pkg.LastModifiedTime } : {}),
        ...(pkg.LastModifiedBy ? { LastModifiedBy: pkg.LastModifiedBy } : {}),
        ...(pkg.ModelMetrics ? { ModelMetrics: pkg.ModelMetrics } : {}),
        CustomerMetadataProperties: { team: 'churn' },
      });
      return;
    }
    if (target === 'SageMaker.ListModelPackages') {
      const group = body.ModelPackageGroupName;
      let list = options.packages.filter((p) => p.ModelPackageGroupName === group);
      if (body.ModelApprovalStatus)
        list = list.filter((p) => p.ModelApprovalStatus === body.ModelApprovalStatus);
      list.sort((a, b) => (body.SortOrder === 'Ascending' ? 1 : -1) * (a.CreationTime - b.CreationTime));
      const start = typeof body.NextToken === 'string' ? Number(body.NextToken) : 0;
      const max = typeof body.MaxResults === 'number' ? body.MaxResults : 10;
      const page = list.slice(start, start + max);
      send(response, 200, {
        ModelPackageSummaryList: page.map((p) => ({
          ModelPackageName: p.ModelPackageGroupName,
          ModelPackageGroupName: p.ModelPackageGroupName,
          ModelPackageVersion: p.ModelPackageVersion,
          ModelPackageArn: arnOf(p),
          CreationTime: p.CreationTime,
          ModelPackageStatus: p.ModelPackageStatus ?? 'Completed',
          ModelApprovalStatus: p.ModelApprovalStatus,
        })),
        ...(start + max < list.length ? { NextToken: String(start + max) } : {}),
      });
      return;
    }
    problems.push(`unknown target ${target}`);
    fail(response, 400, 'UnknownOperationException', `Unknown operation ${target}`);
  }

  let received = 0;
  const server = createServer((request, response) => {
    received++;
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (options.delayMs)
        setTimeout(() => {
          handle(request, response, text);
        }, options.delayMs);
      else handle(request, response, text);
    });
  });
  const loopback = await listenOnLoopback(server);
  return {
    ...loopback,
    calls,
    problems,
    received: () => received,
  };
}
