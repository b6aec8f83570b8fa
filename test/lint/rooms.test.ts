import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { readRooms, roomsPlugin, violation } from '../../scripts/lint/rooms.mjs';
import { REPO_ROOT } from '../helpers/paths.js';

const rooms = readRooms(readFileSync(join(REPO_ROOT, 'CONTRIBUTING.md'), 'utf8'));

describe('the room table in CONTRIBUTING.md, as the lint reads it', () => {
  it('names every room of src/ with what it may import', () => {
    expect(rooms.map((r) => r.room)).toEqual([
      'src/main.ts',
      'src/commands/',
      'src/config/',
      'src/gates/<gate>/',
      'src/result/',
      'src/report/',
      'src/outputs/',
      'src/github/',
      'src/util/',
    ]);
    expect(rooms.find((r) => r.room === 'src/gates/<gate>/')?.mayImport).toEqual([
      'src/result/',
      'src/util/',
    ]);
    expect(rooms.find((r) => r.room === 'src/util/')?.mayImport).toEqual([]);
  });

  it('refuses the arrows the architecture says never', () => {
    const cases: Array<[string, string, RegExp | undefined]> = [
      [
        'src/gates/coverage/evaluate.ts',
        'src/github/client.ts',
        /may import src\/result\/, src\/util\/, not src\/github\//,
      ],
      ['src/gates/coverage/evaluate.ts', 'src/config/load-config.ts', /not src\/config\//],
      [
        'src/gates/model-card/evaluate.ts',
        'src/gates/registry-approval/client.ts',
        /never imports another gate/,
      ],
      ['src/config/types.ts', 'src/gates/coverage/settings.ts', /not src\/gates\//],
      ['src/report/render-report.ts', 'src/outputs/publish.ts', /not src\/outputs\//],
      ['src/report/render-report.ts', 'src/github/client.ts', /not src\/github\//],
      ['src/util/git.ts', 'src/result/types.ts', /may import nothing/],
      ['src/commands/run-all.ts', 'src/gates/coverage/gate.ts', undefined],
      ['src/gates/coverage/evaluate.ts', 'src/gates/coverage/store.ts', undefined],
      ['src/github/client.ts', 'src/report/escape.ts', undefined],
    ];
    for (const [from, to, expected] of cases) {
      const why = violation(rooms, from, to);
      if (expected) expect(why, `${from} → ${to}`).toMatch(expected);
      else expect(why, `${from} → ${to}`).toBeUndefined();
    }
  });

  it('fails the lint on such an import', async () => {
    const eslint = new ESLint({
      cwd: REPO_ROOT,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          plugins: { rooms: roomsPlugin(REPO_ROOT) },
          rules: { 'rooms/allowed-imports': 'error' },
        },
      ],
    });
    const [result] = await eslint.lintText("import { createGitHubClient } from '../../github/client.js';\n", {
      filePath: join(REPO_ROOT, 'src/gates/coverage/new-file.ts'),
    });
    expect(result?.messages.map((m) => m.message)).toEqual([
      'Import of src/github/client.js: src/gates/<gate>/ may import src/result/, src/util/, not src/github/ (CONTRIBUTING.md, "Where things live").',
    ]);
  });
});
