import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '../util/errors.js';
import type { Config } from './types.js';

/** Where the config lives unless `--config` / the `config` input says otherwise. */
export const DEFAULT_CONFIG_PATH = '.github/ml-quality-gates.yml';

/**
 * Loads and validates the config file. A missing default file means "no config" (every gate
 * runs on its inputs alone); a missing file the user named is an error.
 */
export async function loadConfig(
  path: string | undefined,
  cwd: string,
): Promise<{ config: Config; path?: string }> {
  const explicit = path !== undefined && path !== '';
  const relPath = explicit ? path : DEFAULT_CONFIG_PATH;
  let text: string;
  try {
    text = await readFile(resolve(cwd, relPath), 'utf8');
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') return { config: {} };
    throw new ConfigurationError(
      `cannot read config file ${relPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { path: relPath },
      'Check the path given to --config / the `config` input (relative to the working directory).',
    );
  }
  // The YAML parser and the schema validator load only when there is a config to check.
  const { parseConfig } = await import('./parse-config.js');
  return { config: parseConfig(text, relPath), path: relPath };
}
