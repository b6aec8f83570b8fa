/**
 * The champion's metrics in a model registry, behind one interface so the gate's judgement
 * never depends on which registry answered, and tests inject a fake.
 */

/** What a registry says the champion scored. */
export interface ChampionMetrics {
  /** The champion in words: `churn-classifier@champion (version 3, run 1a2b…)`. */
  label: string;
  /** Registry UI link, when known. */
  link?: string;
  /** Metric key as the registry stores it → value. */
  values: Map<string, number>;
}

/** A model registry that can name its champion's metrics. */
export interface ChampionRegistry {
  readonly kind: 'mlflow' | 'sagemaker';
  championMetrics(): Promise<ChampionMetrics>;
}

/** Why a registry could not answer: each kind is a distinct message and fix. */
export type RegistryFailure =
  'not-found' | 'unreachable' | 'timeout' | 'auth' | 'bad-response' | 'unsupported';

/** A registry failure; the gate reports it as an `error` (it could not judge against the champion). */
export class ChampionRegistryError extends Error {
  override readonly name = 'ChampionRegistryError';
  constructor(
    readonly kind: RegistryFailure,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** Largest registry response read. */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
