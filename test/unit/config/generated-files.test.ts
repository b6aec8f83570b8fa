import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { composeConfigSchema } from '../../../src/config/compose-schema.js';
import { REPO_ROOT } from '../../helpers/paths.js';

describe('files generated from the gate registry', () => {
  it('schema/config.schema.json and every config.generated.ts equal a fresh generation', () => {
    // Exit 1 with the stale file's name when a section schema changed without `npm run generate`.
    expect(() =>
      execFileSync(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: REPO_ROOT, stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('hoists shared definitions and refuses two different ones under one name', () => {
    const globList = { type: 'string' };
    const composed = composeConfigSchema([
      { id: 'a-gate', schema: { type: 'object', definitions: { globList } } },
      { id: 'b', schema: { type: 'object', definitions: { globList } } },
    ]);
    expect(composed.properties).toMatchObject({ 'a-gate': { $ref: '#/definitions/aGate' } });
    expect(composed.definitions).toEqual({ aGate: { type: 'object' }, b: { type: 'object' }, globList });
    expect(() =>
      composeConfigSchema([
        { id: 'a', schema: { definitions: { globList } } },
        { id: 'b', schema: { definitions: { globList: { type: 'array' } } } },
      ]),
    ).toThrow(/section b redefines "globList" differently/);
  });
});
