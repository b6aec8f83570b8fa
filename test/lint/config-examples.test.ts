import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATES } from '../../src/commands/registry.js';
import { CONFIG_SCHEMA_ID } from '../../src/config/compose-schema.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { REPO_ROOT } from '../helpers/paths.js';

/**
 * The config file as users meet it: every example in the README and docs validates against the
 * schema, and the schema is published for editors at one URL per major version (its `$id`, the
 * `yaml-language-server` line, the SchemaStore catalog entry).
 */

const text = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const SECTIONS = new Set([...GATES.map((g) => g.id), 'report']);
const TOP_LEVEL = new Set([...SECTIONS, 'version', '$schema']);

/** The Markdown pages users read: the README and every page under docs/. */
function pages(dir = 'docs'): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(`${dir}/${e.name}`) : e.name.endsWith('.md') ? [`${dir}/${e.name}`] : [],
  );
}

/** YAML blocks that look like a config file: top-level keys only among version and the sections. */
function configExamples(): Array<{ where: string; yaml: string }> {
  return ['README.md', ...pages()].flatMap((page) => {
    const source = text(page);
    return [...source.matchAll(/```ya?ml\n([\s\S]*?)```/g)].flatMap((m) => {
      const yaml = m[1] ?? '';
      const keys = [...yaml.matchAll(/^([^\s#-][^:\s]*):/gm)].map((k) => k[1] ?? '');
      const looksLikeConfig =
        keys.length > 0 && keys.every((k) => TOP_LEVEL.has(k)) && keys.some((k) => SECTIONS.has(k));
      const line = source.slice(0, m.index).split('\n').length;
      return looksLikeConfig ? [{ where: `${page}:${line}`, yaml }] : [];
    });
  });
}

const examples = configExamples();

describe('config examples in the README and docs', () => {
  it('are found (the README’s and each gate page’s)', () => {
    const where = examples.map((e) => e.where.split(':')[0]);
    expect(where).toContain('README.md');
    expect(new Set(where).size).toBeGreaterThanOrEqual(3);
  });

  it.each(examples)('$where validates against schema/config.schema.json', ({ where, yaml }) => {
    expect(() => parseConfig(yaml, where)).not.toThrow();
  });

  it.each(['.github/ml-quality-gates.yml', 'examples/ml-project/.github/ml-quality-gates.yml'])(
    '%s validates too',
    (file) => {
      expect(() => parseConfig(text(file), file)).not.toThrow();
    },
  );

  it('a wrong example would fail (the check can fail)', () => {
    expect(() => parseConfig('version: 1\ncoverage:\n  thresholds: { patch: ninety }\n', 'x.yml')).toThrow(
      /coverage\.thresholds\.patch/,
    );
  });
});

describe('editor completion', () => {
  const schema = JSON.parse(text('schema/config.schema.json')) as { $id: string; $schema: string };
  const entry = JSON.parse(text('docs/schemastore-catalog-entry.json')) as {
    name: string;
    description: string;
    fileMatch: string[];
    url: string;
    versions?: Record<string, string>;
  };

  it('the schema’s $id is the public URL of this file at the major version’s tag', () => {
    expect(schema.$id).toBe(CONFIG_SCHEMA_ID);
    const m =
      /^https:\/\/raw\.githubusercontent\.com\/ml-quality-gates\/ml-quality-gates\/(v\d+)\/(.+)$/.exec(
        CONFIG_SCHEMA_ID,
      );
    expect(m?.[1]).toBe('v1');
    expect(existsSync(join(REPO_ROOT, m?.[2] ?? 'missing'))).toBe(true);
    expect(m?.[2]).toBe('schema/config.schema.json');
    // SchemaStore accepts draft-07 and later.
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('the README shows the yaml-language-server line with that URL', () => {
    expect(text('README.md')).toContain(`# yaml-language-server: $schema=${CONFIG_SCHEMA_ID}\n`);
  });

  it('the SchemaStore catalog entry matches .github/ml-quality-gates.yml and points at that URL', () => {
    expect(entry.name).not.toBe('');
    expect(entry.description.length).toBeGreaterThan(10);
    expect(entry.fileMatch).toEqual(['.github/ml-quality-gates.yml']);
    expect(entry.url).toBe(CONFIG_SCHEMA_ID);
    expect(entry.versions).toEqual({ '1': CONFIG_SCHEMA_ID });
  });
});
