/**
 * Finds package installs in a code cell (`!pip install`, `%pip install`, `!python -m pip
 * install`, `!uv pip install`, `%conda install`, `!mamba install`) and the requirements they
 * install without an exact version. A notebook that installs `pandas` gets whatever version is
 * newest on the day it is re-run: its outputs stop being reproducible.
 */

/** One install command in a cell, with what it leaves unpinned. */
export interface InstallCommand {
  /** 1-based line in the cell where the command starts. */
  line: number;
  /** The command as written, for the message (continuation lines joined). */
  command: string;
  tool: 'pip' | 'conda';
  /** Requirement specifiers without an exact version. */
  unpinned: string[];
}

/** pip options that take a value as the next argument. */
const PIP_VALUE_OPTIONS = new Set(
  [
    '-r --requirement -c --constraint -e --editable -i --index-url --extra-index-url -f --find-links',
    '-t --target --prefix --root --src --platform --python-version --implementation --abi',
    '--only-binary --no-binary --progress-bar --log --proxy --retries --timeout --exists-action',
    '--trusted-host --cert --client-cert --cache-dir --upgrade-strategy -C --config-settings',
    '--global-option --report --root-user-action --python -p --group',
  ]
    .join(' ')
    .split(' '),
);

/** conda / mamba options that take a value. */
const CONDA_VALUE_OPTIONS = new Set('-c --channel -n --name -p --prefix --file --repodata-fn'.split(' '));

const INSTALLER = /^(?:pip(?:3(?:\.\d+)?)?|conda|mamba|micromamba)$/;

/**
 * The install commands of a cell's source. Only shell escapes (`!`) and magics (`%`, `%%bash`
 * bodies are not parsed) at the start of a line count; a trailing backslash continues a line.
 */
export function findInstalls(source: string): InstallCommand[] {
  const lines = source.split('\n');
  const out: InstallCommand[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = (lines[i] ?? '').trim();
    if (!text.startsWith('!') && !text.startsWith('%')) continue;
    while (text.endsWith('\\') && i + 1 < lines.length)
      text = `${text.slice(0, -1)} ${(lines[++i] ?? '').trim()}`;
    const shell = text.replace(/^[!%]+/, '');
    for (const part of shell.split(/&&|\|\||;/)) {
      const command = installIn(tokenize(part));
      if (command && command.unpinned.length > 0) out.push({ line: start + 1, command: text, ...command });
    }
  }
  return out;
}

/** The installer and its unpinned requirements, when the tokens are an install command. */
function installIn(tokens: string[]): Pick<InstallCommand, 'tool' | 'unpinned'> | undefined {
  const at = tokens.findIndex((t) => INSTALLER.test(t.slice(t.lastIndexOf('/') + 1)));
  if (at === -1) return undefined;
  const installer = tokens[at] ?? '';
  const tool = /conda|mamba/.test(installer) ? 'conda' : 'pip';
  let i = at + 1;
  // Global options before the subcommand (`pip -q install`).
  while (i < tokens.length && tokens[i]?.startsWith('-')) i++;
  if (tokens[i] !== 'install') return undefined;
  const valueOptions = tool === 'pip' ? PIP_VALUE_OPTIONS : CONDA_VALUE_OPTIONS;
  const unpinned: string[] = [];
  for (i++; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (token.startsWith('-')) {
      if (!token.includes('=') && valueOptions.has(token)) i++;
      continue;
    }
    // `name @ url`: a direct reference, judged by its URL.
    const spec = tokens[i + 1] === '@' ? `${token}@${tokens[i + 2] ?? ''}` : token;
    if (tokens[i + 1] === '@') i += 2;
    if (!isPinned(spec, tool)) unpinned.push(spec);
  }
  return { tool, unpinned };
}

/**
 * Whether one requirement names an exact version: `pkg==1.2.3` / `===` (not `==1.*`), a wheel,
 * an archive, a local path, or a VCS URL at a ref. Variables (`$PKG`, `{pkg}`) cannot be judged
 * and count as pinned. conda's `pkg=1.2.3` counts as pinned.
 */
export function isPinned(spec: string, tool: 'pip' | 'conda'): boolean {
  if (/^[$({]/.test(spec) || spec.includes('{')) return true;
  // `name@url` (PEP 508 direct reference): judge the URL.
  const direct = /^[\w.[\],-]+@(.+)$/.exec(spec)?.[1];
  const url = direct !== undefined && /[:/]/.test(direct) ? direct : spec;
  const vcs = /^(?:git|hg|svn|bzr)\+[a-z]+:\/\/(.*)$/i.exec(url.replace(/#.*$/, ''))?.[1];
  if (vcs !== undefined) return /@[^/@]+$/.test(vcs.slice(Math.max(0, vcs.indexOf('/'))));
  if (
    /^[a-z]+:\/\//i.test(url) ||
    /^[./~]/.test(spec) ||
    /\.(?:whl|tar\.gz|zip|tgz|tar\.bz2|conda)$/i.test(spec)
  ) {
    return true;
  }
  // Environment markers (`; python_version < "3.9"`) say when, not which version.
  const requirement = spec.split(';')[0] ?? '';
  const version = /===?\s*([^,\s]+)/.exec(requirement)?.[1];
  if (version !== undefined && !version.includes('*') && !/[<>!~,]/.test(requirement.replace(/===?/, ''))) {
    return true;
  }
  if (tool === 'conda') return /^[\w.-]+(?:\[.*\])?=\d[\w.]*/.test(requirement);
  return false;
}

/** Splits a command line into words, honouring single and double quotes. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of text.matchAll(pattern)) tokens.push(match[1] ?? match[2] ?? match[3] ?? '');
  return tokens;
}
