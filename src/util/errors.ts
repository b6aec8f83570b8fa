/**
 * Errors the user can fix (bad config, bad input file, bad usage). They are reported as a clean
 * one-paragraph message and exit code 2 — never as a stack trace.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  constructor(
    message: string,
    /** Where the problem is, when it is in a file. */
    readonly location?: { path: string; line?: number; column?: number },
    /** What to do about it. */
    readonly fix?: string,
  ) {
    super(message);
  }
}

/** A configuration file or input value is invalid. */
export class ConfigurationError extends UserError {
  override readonly name = 'ConfigurationError';
}

/** An input file (a report, a diff) cannot be read or parsed. */
export class InputError extends UserError {
  override readonly name = 'InputError';
}

/** The message of anything thrown, including non-Error values (a thrown string must not pass silently). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** `path:line:column` for a UserError location, or just the path. */
export function formatLocation(location: { path: string; line?: number; column?: number }): string {
  let s = location.path;
  if (location.line !== undefined) s += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) s += `:${location.column}`;
  return s;
}
