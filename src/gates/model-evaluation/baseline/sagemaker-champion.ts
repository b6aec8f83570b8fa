import type { SageMakerBaselineSpec } from '../settings.js';
import { type ChampionMetrics, type ChampionRegistry, ChampionRegistryError } from './registry.js';

/** What the gate reads of DescribeModelPackage. */
export interface PackageDescription {
  arn: string;
  version?: number;
  approval?: string;
  /** ModelMetrics.ModelQuality.Statistics.S3Uri: the model-quality JSON the pipeline registered. */
  statisticsUri?: string;
}

/** The two SageMaker calls the champion needs, injectable for tests. */
export interface SageMakerApi {
  /** The newest Approved package of a group (ListModelPackages), or a package ARN as given. */
  latestApproved(groupOrArn: string): Promise<string | undefined>;
  describe(arn: string): Promise<PackageDescription>;
}

/** Reads the statistics object a package points at (an S3 URI) as text. */
export type StatisticsReader = (uri: string) => Promise<string>;

/**
 * Reading S3 needs @aws-sdk/client-s3, which this package does not depend on: the champion's
 * statistics URI is found, but its content cannot be fetched yet. The error says how to hand the
 * file over instead.
 */
export const S3_NOT_SUPPORTED: StatisticsReader = (uri) =>
  Promise.reject(
    new ChampionRegistryError(
      'unsupported',
      `the champion's model-quality statistics are at ${uri}; reading S3 is not supported yet`,
      `Download it in an earlier step (aws s3 cp ${uri} champion-quality.json) and use baseline: {file: {metrics-file: champion-quality.json}}; the gate reads SageMaker model-quality JSON.`,
    ),
  );

/**
 * The champion in a SageMaker model package group: the newest package with ModelApprovalStatus
 * Approved, whose ModelMetrics.ModelQuality.Statistics names the model-quality report (the same
 * JSON the gate reads from files: binary_classification_metrics, regression_metrics, …).
 */
export class SageMakerChampion implements ChampionRegistry {
  readonly kind = 'sagemaker';

  constructor(
    private readonly spec: SageMakerBaselineSpec,
    private readonly api: SageMakerApi,
    private readonly readStatistics: StatisticsReader = S3_NOT_SUPPORTED,
    private readonly parse: (text: string, path: string) => Map<string, number> = () => new Map(),
  ) {}

  async championMetrics(): Promise<ChampionMetrics> {
    const arn = await this.api.latestApproved(this.spec.modelPackage);
    if (!arn) {
      throw new ChampionRegistryError(
        'not-found',
        `SageMaker group ${this.spec.modelPackage} has no Approved model package`,
        'Approve the champion in the model registry, or use another baseline.',
      );
    }
    const d = await this.api.describe(arn);
    const label = `${this.spec.modelPackage}${d.version !== undefined ? ` version ${d.version}` : ''} (${d.approval ?? 'approval unknown'})`;
    if (!d.statisticsUri) {
      throw new ChampionRegistryError(
        'not-found',
        `the champion ${label} has no ModelMetrics.ModelQuality.Statistics`,
        'Register the package with model_metrics=ModelMetrics(model_statistics=MetricsSource(...)) from the evaluation step.',
      );
    }
    const text = await this.readStatistics(d.statisticsUri);
    return { label, values: this.parse(text, d.statisticsUri) };
  }
}

/** The SDK-backed API, loaded lazily so other commands never pay for the AWS SDK. */
export async function sdkApi(spec: SageMakerBaselineSpec): Promise<SageMakerApi> {
  const sdk = await import('@aws-sdk/client-sagemaker');
  const client = new sdk.SageMakerClient({
    region: spec.region,
    ...(spec.endpoint ? { endpoint: spec.endpoint } : {}),
    maxAttempts: 2,
    requestHandler: {
      connectionTimeout: spec.timeoutMs,
      requestTimeout: spec.timeoutMs,
      throwOnRequestTimeout: true,
    },
  });
  return {
    latestApproved: async (groupOrArn) => {
      if (groupOrArn.startsWith('arn:')) return groupOrArn;
      const out = await sdkCall(() =>
        client.send(
          new sdk.ListModelPackagesCommand({
            ModelPackageGroupName: groupOrArn,
            ModelApprovalStatus: 'Approved',
            ModelPackageType: 'Versioned',
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            MaxResults: 1,
          }),
        ),
      );
      return out.ModelPackageSummaryList?.[0]?.ModelPackageArn;
    },
    describe: async (arn) => {
      const d = await sdkCall(() =>
        client.send(new sdk.DescribeModelPackageCommand({ ModelPackageName: arn })),
      );
      const uri = d.ModelMetrics?.ModelQuality?.Statistics?.S3Uri;
      return {
        arn,
        ...(d.ModelPackageVersion !== undefined ? { version: d.ModelPackageVersion } : {}),
        ...(d.ModelApprovalStatus ? { approval: d.ModelApprovalStatus } : {}),
        ...(uri ? { statisticsUri: uri } : {}),
      };
    },
  };
}

/** One SDK call, its failure mapped to a registry failure with a fix. */
async function sdkCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken|CredentialsProvider/i.test(name)) {
      throw new ChampionRegistryError(
        'auth',
        `SageMaker refused the credentials (${name})`,
        'Give the job AWS credentials (aws-actions/configure-aws-credentials) with sagemaker:DescribeModelPackage and ListModelPackages.',
      );
    }
    if (/ValidationException|ResourceNotFound/i.test(name)) {
      throw new ChampionRegistryError(
        'not-found',
        `SageMaker: ${error instanceof Error ? error.message : String(error)}`,
        'Check baseline.model-package (a group name or a package ARN).',
      );
    }
    throw new ChampionRegistryError(
      'unreachable',
      `SageMaker did not answer (${name || String(error)})`,
      'Check baseline.region and the network.',
    );
  }
}
