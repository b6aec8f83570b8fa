import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../../util/errors.js';
import { parseYaml, type YamlDocument } from '../../util/yaml.js';
import type { ModelReference } from './client.js';
import type { DeclaredModel, ManifestSource } from './settings.js';
import { assertReadable } from '../../util/safe-path.js';

/** Manifests and model cards are small; anything bigger is not one (and must not exhaust memory). */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/** How a version given on the command line or as the action's input is reported. */
export const OPTION_ORIGIN = 'the --model option / models input';
/** How a version declared in the config file is reported. */
export const CONFIG_ORIGIN = 'config (registry-approval.models)';

/**
 * The model versions to check: those given with --model or declared in the config (--model
 * replaces the config's list), then those read from files, without duplicates (the first origin
 * of a version is the one reported). `release` includes the `when: release` entries.
 */
export async function collectReferences(
  cwd: string,
  models: readonly DeclaredModel[],
  manifests: readonly ManifestSource[],
  release: boolean,
): Promise<ModelReference[]> {
  const out: ModelReference[] = [];
  for (const m of models) {
    if (m.when === 'release' && !release) continue;
    out.push({
      name: m.name,
      ...(m.version !== undefined ? { version: m.version } : {}),
      ...(m.alias !== undefined ? { alias: m.alias } : {}),
      origin: { description: m.from === 'option' ? OPTION_ORIGIN : CONFIG_ORIGIN },
    });
  }
  for (const source of manifests) {
    if (source.when === 'release' && !release) continue;
    out.push(...(await manifestReferences(cwd, source)));
  }
  return dedupe(out);
}

/** The references one manifest or model card names. */
export async function manifestReferences(cwd: string, source: ManifestSource): Promise<ModelReference[]> {
  let text: string;
  try {
    await assertReadable(cwd, source.file);
    const buffer = await readFile(resolve(cwd, source.file));
    if (buffer.length > MAX_MANIFEST_BYTES) {
      throw new InputError(
        `${source.file}: ${buffer.length} bytes; a manifest is expected to be under ${MAX_MANIFEST_BYTES}`,
        { path: source.file },
      );
    }
    text = buffer.toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `${source.file}: cannot read the manifest (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      { path: source.file },
      'Fix registry-approval.manifests[].file: the path is relative to the repository root.',
    );
  }
  return parseManifest(text, source);
}

/** Parses a manifest's text (YAML, JSON, or Markdown front matter) and reads the references. */
export function parseManifest(text: string, source: ManifestSource): ModelReference[] {
  const doc = /\.(md|markdown)$/i.test(source.file)
    ? frontMatter(text, source.file)
    : parseYaml(text, source.file);
  const entries: Array<{ value: unknown; pointer: string }> = [];
  if (source.listKey !== undefined) {
    const list = at(doc.value, source.listKey);
    if (!Array.isArray(list)) {
      throw keyError(source, doc, source.listKey, 'is not a list');
    }
    list.forEach((value: unknown, i) =>
      entries.push({ value, pointer: `${pointer(source.listKey ?? '')}/${i}` }),
    );
  } else {
    entries.push({ value: doc.value, pointer: '' });
  }
  return entries.map(({ value, pointer: base }) => {
    const read = (key: string | undefined): { text: string; line?: number } | undefined => {
      if (key === undefined) return undefined;
      const v = at(value, key);
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string' && typeof v !== 'number') {
        throw keyError(source, doc, key, 'is not a string or number', base);
      }
      return { text: String(v), line: doc.lineOf(`${base}${pointer(key)}`) };
    };
    const name = read(source.nameKey)?.text ?? source.name;
    const version = read(source.versionKey);
    const alias = read(source.aliasKey);
    if (name === undefined || name.trim() === '') {
      throw keyError(source, doc, source.nameKey ?? '(name)', 'names no model', base);
    }
    if (version === undefined && alias === undefined) {
      throw keyError(
        source,
        doc,
        source.versionKey ?? source.aliasKey ?? '(version)',
        'holds neither a version nor an alias',
        base,
      );
    }
    const key = version ? source.versionKey : source.aliasKey;
    return {
      name: name.trim(),
      ...(version ? { version: version.text.trim() } : {}),
      ...(!version && alias ? { alias: alias.text.trim() } : {}),
      origin: {
        path: source.file,
        line: version?.line ?? alias?.line,
        description: `${source.file} (${source.listKey ? `${source.listKey}[].` : ''}${key ?? ''})`,
      },
    };
  });
}

/**
 * The YAML front matter of a Markdown file, with line numbers of the whole file, as Hugging Face
 * model cards carry their metadata. As huggingface_hub's `REGEX_YAML_BLOCK` (repocard.py),
 * blank lines and indentation may come before the opening `---`; a BOM is tolerated and a YAML
 * end marker `...` also closes the block.
 */
function frontMatter(text: string, file: string): YamlDocument {
  const match = /^(\s*---(?:\r\n|\r|\n))([\s\S]*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    throw new InputError(
      `${file}: no YAML front matter (a first line "---", the metadata, then "---")`,
      { path: file, line: 1 },
      'Add the model metadata as front matter at the top of the model card.',
    );
  }
  const doc = parseYaml(match[2] ?? '', file);
  // The YAML starts on the line after the opening "---" (after any blank lines before it).
  const offset = (match[1] ?? '').split('\n').length - 1;
  return {
    value: doc.value,
    lineOf: (p) => {
      const line = doc.lineOf(p);
      return line === undefined ? undefined : line + offset;
    },
  };
}

/** The value at a dot path; numeric segments index lists. */
function at(value: unknown, dotPath: string): unknown {
  let node = value;
  for (const segment of dotPath.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) node = /^\d+$/.test(segment) ? node[Number(segment)] : undefined;
    else node = Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

function pointer(dotPath: string): string {
  return dotPath
    .split('.')
    .map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
}

function keyError(
  source: ManifestSource,
  doc: YamlDocument,
  key: string,
  problem: string,
  base = '',
): InputError {
  const line = doc.lineOf(`${base}${key.startsWith('(') ? '' : pointer(key)}`);
  return new InputError(
    `${source.file}: ${key} ${problem}`,
    { path: source.file, ...(line !== undefined ? { line } : {}) },
    `Point registry-approval.manifests[] at the key holding the model ${key.includes('name') ? 'name' : 'version'} (a dot path such as model.version), or fix the file.`,
  );
}

function dedupe(references: ModelReference[]): ModelReference[] {
  const seen = new Set<string>();
  return references.filter((r) => {
    const key = JSON.stringify([r.name, r.version ?? null, r.alias ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
