import { UserError } from '../../../util/errors.js';
import { readMetricsDocument } from '../readers/metrics-document.js';
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

/** Reads the statistics object a package points at (an S3 URI) as text (`s3-statistics.ts`). */
export type StatisticsReader = (uri: string) => Promise<string>;

/**
 * The metrics of a SageMaker model-quality report, read by the gate's metrics-file reader (the
 * one `format: sagemaker` files go through); a report that is not one, or holds no metric, is a
 * bad response of the registry.
 */
export function readQualityReport(text: string, uri: string): Map<string, number> {
  let values: Map<string, number>;
  try {
    values = new Map([...readMetricsDocument(text, uri, 'sagemaker').values].map(([k, v]) => [k, v.value]));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new ChampionRegistryError(
      'bad-response',
      `the champion's statistics ${uri} are not SageMaker model-quality JSON (${error.message.replace(`${uri}: `, '')})`,
      'ModelQuality.Statistics should name the model-quality JSON the evaluation step wrote.',
    );
  }
  if (values.size === 0) {
    throw new ChampionRegistryError(
      'bad-response',
      `the champion's statistics ${uri} hold no binary_classification_metrics, multiclass_classification_metrics or regression_metrics value`,
      'ModelQuality.Statistics should name a SageMaker model-quality report ({"regression_metrics": {"mse": {"value": …}}}).',
    );
  }
  return values;
}

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
    private readonly readStatistics: StatisticsReader,
    private readonly parse: (text: string, uri: string) => Map<string, number> = readQualityReport,
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
