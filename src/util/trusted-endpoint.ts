import { ConfigurationError } from './errors.js';

/** Where an endpoint may come from: values the workflow sets (inputs, environment), and the config file. */
export interface EndpointSources {
  /** The config file's value and its key, for messages (`baseline.endpoint`). */
  config: { key: string; value: string | undefined };
  /** The workflow's values, in order of precedence, each with its name (`AWS_ENDPOINT_URL_S3`). */
  workflow: Array<{ name: string; value: string | undefined }>;
}

/**
 * The endpoint a client signs its requests for. The config file arrives with the pull request,
 * the AWS credentials with the workflow, and the SDK signs every request with them (the session
 * token travels in a header): so an endpoint the config names is used only when the workflow
 * names the same origin too — a pull request cannot send the job's signed requests to a host of
 * its choosing. Without a config value the workflow's first value is used; without either, none
 * (the SDK's regional endpoint).
 */
export function trustedEndpoint({ config, workflow }: EndpointSources): string | undefined {
  const given = workflow.filter((w): w is { name: string; value: string } => Boolean(w.value?.trim()));
  const fromConfig = config.value?.trim();
  if (!fromConfig) return given[0]?.value.trim();
  const origin = originOf(fromConfig);
  if (origin !== undefined && given.some((w) => originOf(w.value) === origin)) return fromConfig;
  const names = workflow.map((w) => w.name).join(' or ');
  throw new ConfigurationError(
    `${config.key}: ${JSON.stringify(fromConfig)} is named only by the config file; the job's AWS credentials sign every request to that endpoint, so the workflow must name it too`,
    undefined,
    `Set ${names} in the workflow to the same URL (e.g. env: on the step), or remove ${config.key} to use AWS's regional endpoint.`,
  );
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url.trim()).origin.toLowerCase();
  } catch {
    return undefined;
  }
}
