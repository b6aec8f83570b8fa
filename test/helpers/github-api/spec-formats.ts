// ajv-formats is CommonJS; under NodeNext its default export surfaces as `.default`.
import type { Ajv } from 'ajv';
import formats from 'ajv-formats';

/**
 * Registers the formats GitHub's spec uses. ajv-formats covers the standard ones (date-time, uri,
 * uri-template, email, int32/int64, double, binary); `repo.nwo` and `timestamp` are GitHub's own
 * and not defined anywhere, so they are accepted as-is rather than failing compilation.
 */
export function addFormats(ajv: Ajv): void {
  formats.default(ajv);
  ajv.addFormat('repo.nwo', true);
  ajv.addFormat('timestamp', true);
}
