import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { ConfigurationError, InputError } from '../util/errors.js';
import { git, gitTopLevel, resolveBase } from '../util/git.js';
import type { Config } from './types.js';

/** Where the config lives unless `--config` / the `config` input says otherwise. */
export const DEFAULT_CONFIG_PATH = '.github/ml-quality-gates.yml';

/** A loaded config, and where it came from. */
export interface LoadedConfig {
  config: Config;
  /** The file's path as given (relative to the working directory); absent when there is none. */
  path?: string;
  /** Set when the config was read from a git ref instead of the working tree. */
  ref?: string;
}

/**
 * Loads and validates the config file. A missing default file means "no config" (every gate
 * runs on its inputs alone); a missing file the user named is an error.
 */
export async function loadConfig(path: string | undefined, cwd: string): Promise<LoadedConfig> {
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
  return { config: await parse(text, relPath), path: relPath };
}

/**
 * Loads the config as it is on a git ref (the pull request's base branch), so a pull request is
 * judged by the bar it was proposed against, not by the one it proposes. No file at the ref means
 * no config there (every gate on its defaults), which the config changes section then shows.
 */
export async function loadConfigAtRef(
  path: string | undefined,
  cwd: string,
  ref: string,
): Promise<LoadedConfig> {
  const relPath = path !== undefined && path !== '' ? path : DEFAULT_CONFIG_PATH;
  const { ref: resolved } = await resolveBase(cwd, ref);
  const top = (await gitTopLevel(cwd)) ?? cwd;
  const inRepo = relative(top, resolve(cwd, relPath)).split('\\').join('/');
  if (inRepo.startsWith('../')) {
    throw new InputError(`config file ${relPath} is outside the repository`, { path: relPath });
  }
  let text: string;
  try {
    text = await git(top, ['show', '--no-textconv', `${resolved}:${inRepo}`], { maxBuffer: 4 * 1024 * 1024 });
  } catch {
    return { config: {}, ref: resolved };
  }
  return { config: await parse(text, `${relPath} at ${resolved}`), path: relPath, ref: resolved };
}

async function parse(text: string, name: string): Promise<Config> {
  // The YAML parser and the schema validator load only when there is a config to check.
  const { parseConfig } = await import('./parse-config.js');
  return parseConfig(text, name);
}
