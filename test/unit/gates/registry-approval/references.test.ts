import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ModelReference } from '../../../../src/gates/registry-approval/client.js';
import { checkFinding } from '../../../../src/gates/registry-approval/describe.js';
import { registryApprovalSettings } from '../../../../src/gates/registry-approval/parse-settings.js';
import { collectReferences, parseManifest } from '../../../../src/gates/registry-approval/references.js';
import type { ManifestSource } from '../../../../src/gates/registry-approval/settings.js';
import { InputError } from '../../../../src/util/errors.js';

const source = (over: Partial<ManifestSource>): ManifestSource => ({
  file: 'deploy.yml',
  when: 'always',
  ...over,
});

describe('model references', () => {
  it('reads name and version from dot paths, with the line of the version', () => {
    const text = 'service: api\nmodel:\n  name: churn\n  version: 7\n';
    expect(parseManifest(text, source({ nameKey: 'model.name', versionKey: 'model.version' }))).toEqual([
      {
        name: 'churn',
        version: '7',
        origin: { path: 'deploy.yml', line: 4, description: 'deploy.yml (model.version)' },
      },
    ]);
  });

  it('reads every entry of a list, e.g. a manifest of several models', () => {
    const text = 'models:\n  - name: a\n    version: "1"\n  - name: b\n    alias: champion\n';
    const refs = parseManifest(
      text,
      source({ listKey: 'models', nameKey: 'name', versionKey: 'version', aliasKey: 'alias' }),
    );
    expect(refs.map((r) => [r.name, r.version, r.alias, r.origin.line])).toEqual([
      ['a', '1', undefined, 3],
      ['b', undefined, 'champion', 5],
    ]);
  });

  it('reads a JSON manifest and a fixed name', () => {
    const refs = parseManifest(
      '{\n  "image": "x",\n  "modelVersion": "12"\n}\n',
      source({ file: 'm.json', name: 'churn', versionKey: 'modelVersion' }),
    );
    expect(refs[0]).toMatchObject({ name: 'churn', version: '12', origin: { line: 3 } });
  });

  it("reads a model card's front matter with whole-file line numbers", () => {
    const card = '---\nlicense: mit\nmodel_name: churn\nmodel_version: "3"\n---\n# Churn\n';
    const refs = parseManifest(
      card,
      source({ file: 'MODEL_CARD.md', nameKey: 'model_name', versionKey: 'model_version' }),
    );
    expect(refs[0]).toMatchObject({
      name: 'churn',
      version: '3',
      origin: { path: 'MODEL_CARD.md', line: 4 },
    });
    expect(() =>
      parseManifest('# no front matter\n', source({ file: 'README.md', name: 'x', versionKey: 'v' })),
    ).toThrow(/no YAML front matter/);
  });

  it('names the file and line when the version key is missing or not a scalar', () => {
    const text = 'model:\n  name: churn\n  version:\n    major: 1\n';
    try {
      parseManifest(text, source({ nameKey: 'model.name', versionKey: 'model.version' }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).location).toEqual({ path: 'deploy.yml', line: 3 });
    }
    expect(() => parseManifest('model: {}\n', source({ name: 'x', versionKey: 'model.version' }))).toThrow(
      /neither a version nor an alias/,
    );
  });

  describe('collectReferences', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-refs-'));
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    writeFileSync(join(dir, 'serving.yml'), 'model: {name: churn, version: "3"}\n');

    it('puts config first, removes duplicates, and adds release-only entries in release mode', async () => {
      const models = [
        { name: 'churn', version: '3', when: 'always' as const },
        { name: 'churn', alias: 'champion', when: 'release' as const },
      ];
      const manifests = [source({ file: 'serving.yml', nameKey: 'model.name', versionKey: 'model.version' })];
      const pr = await collectReferences(dir, models, manifests, false);
      expect(pr.map((r) => r.origin.description)).toEqual(['config (registry-approval.models)']);
      const release = await collectReferences(dir, models, manifests, true);
      expect(release.map((r) => [r.name, r.version, r.alias])).toEqual([
        ['churn', '3', undefined],
        ['churn', undefined, 'champion'],
      ]);
    });

    it('says a version given with --model came from the option, not the config', async () => {
      const { settings } = registryApprovalSettings(
        { models: [{ name: 'churn', version: '2' }], file: { approvers: ['dana'] } },
        { model: ['churn:4'] },
        { cwd: dir, env: {}, release: false },
      );
      const refs = await collectReferences(dir, settings.models, [], false);
      // --model replaces the config's list; the origin is the option / the action's input.
      expect(refs.map((r) => [r.version, r.origin.description])).toEqual([
        ['4', 'the --model option / models input'],
      ]);
      const finding = checkFinding('file', {
        reference: refs[0] as ModelReference,
        record: {
          name: 'churn',
          version: '4',
          state: 'pending',
          status: 'pending',
          detail: 'awaiting approval',
        },
      });
      expect(finding.message).toBe(
        'churn:4 (from the --model option / models input) is not approved in the in-repo registry: awaiting approval.',
      );
    });

    it('reads a model card whose front matter follows a blank line, at the card line', () => {
      // Line 1 blank, line 2 "---", line 3 the version.
      const refs = parseManifest(
        '\n---\nmodel_version: 7\n---\n# Card\n',
        source({ file: 'MODEL_CARD.md', name: 'churn', versionKey: 'model_version' }),
      );
      expect(refs[0]).toMatchObject({ version: '7', origin: { path: 'MODEL_CARD.md', line: 3 } });
    });

    it('reports a missing manifest as an input error', async () => {
      await expect(
        collectReferences(dir, [], [source({ file: 'nope.yml', name: 'x', versionKey: 'v' })], false),
      ).rejects.toThrow(/cannot read the manifest \(ENOENT\)/);
    });
  });
});
