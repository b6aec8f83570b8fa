/**
 * Secrets never leave the process: every string written anywhere (result JSON, comment, check,
 * summary, logs) passes through one `Redactor` holding every secret the run knows. Masking in the
 * job log (`::add-mask::`) is not enough: a registry's 401 page that echoes the Authorization
 * header would otherwise reach the result file and the PR comment.
 */

/** What a redacted secret reads as. */
export const REDACTED = '***';

/** Shorter values are not secrets worth a blind replace (it would mangle ordinary words). */
const MIN_SECRET_LENGTH = 6;

/** Environment variables that hold credentials the gates or their clients use. */
export const SECRET_ENV_VARS = [
  'GITHUB_TOKEN',
  'MLQG_GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'MLFLOW_TRACKING_TOKEN',
  'MLFLOW_TRACKING_PASSWORD',
  'DATABRICKS_TOKEN',
  'DATABRICKS_CLIENT_SECRET',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_ACCESS_KEY_ID',
] as const;

/** Replaces every known secret, and its common encodings, in any string handed to it. */
export class Redactor {
  private readonly needles: string[] = [];
  private readonly raw: string[] = [];

  /** The secrets as given (for `::add-mask::`). */
  secrets(): string[] {
    return [...this.raw];
  }

  /** Adds secrets (undefined, blank, short and known values are ignored). Returns the new ones. */
  add(...values: Array<string | undefined>): string[] {
    const added: string[] = [];
    for (const value of values) {
      const secret = value?.trim();
      if (!secret || secret.length < MIN_SECRET_LENGTH || this.raw.includes(secret)) continue;
      for (const form of encodings(secret)) {
        if (!this.needles.includes(form)) this.needles.push(form);
      }
      this.raw.push(secret);
      added.push(secret);
    }
    // Longest first, so a secret containing another is replaced whole.
    this.needles.sort((a, b) => b.length - a.length);
    return added;
  }

  /** The text with every secret replaced by `***`. */
  text(value: string): string {
    let out = value;
    for (const needle of this.needles) {
      if (out.includes(needle)) out = out.split(needle).join(REDACTED);
    }
    return out;
  }

  /** A copy of a JSON-like value with every string (keys too) redacted. */
  value<T>(input: T): T {
    if (this.needles.length === 0) return input;
    return this.walk(input) as T;
  }

  private walk(input: unknown): unknown {
    if (typeof input === 'string') return this.text(input);
    if (Array.isArray(input)) return input.map((item) => this.walk(item));
    if (typeof input !== 'object' || input === null) return input;
    return Object.fromEntries(
      Object.entries(input as Record<string, unknown>).map(([k, v]) => [this.text(k), this.walk(v)]),
    );
  }
}

/** The forms a secret takes in an echoed request: as is, URL-encoded, base64 (Basic auth). */
function encodings(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')]);
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH);
}

/** Secrets from the environment: the token variables above. */
export function environmentSecrets(env: Readonly<Record<string, string | undefined>>): string[] {
  return SECRET_ENV_VARS.map((name) => env[name]).filter((v): v is string => typeof v === 'string');
}
