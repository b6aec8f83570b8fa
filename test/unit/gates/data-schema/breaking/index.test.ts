import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreakingSettings, LoadedSchema } from '../../../../../src/gates/data-schema/breaking/index.js';
import { checkBreakingChanges } from '../../../../../src/gates/data-schema/breaking/index.js';
import { GitRepo } from './git-repo.js';
import { RULE_EXAMPLES } from './rule-examples.js';

const now = new Date('2026-03-10T00:00:00Z');
const repos: GitRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

/** A repo whose main holds `before`, with a PR branch checked out that holds `after`. */
function prRepo(before: Record<string, unknown>, after: Record<string, unknown>): GitRepo {
  const r = new GitRepo();
  repos.push(r);
  r.commit(before, 'base');
  r.git('checkout', '-q', '-b', 'pr');
  r.commit(after, 'pr');
  return r;
}

function settings(r: GitRepo, more: Partial<BreakingSettings> = {}): BreakingSettings {
  return {
    cwd: r.dir,
    base: 'main',
    mode: 'full',
    waivers: [],
    labels: [],
    now,
    inPullRequest: false,
    ...more,
  };
}

const loaded = (path: string, value: unknown, kind: LoadedSchema['kind'] = 'table-schema'): LoadedSchema => ({
  kind,
  path,
  value,
});

describe('checkBreakingChanges: every rule in every mode, through git', () => {
  let r: GitRepo;
  const file = (i: number) => `schemas/rule-${i}.json`;
  beforeAll(() => {
    r = prRepo(
      Object.fromEntries(RULE_EXAMPLES.map((e, i) => [file(i), e.before])),
      Object.fromEntries(RULE_EXAMPLES.map((e, i) => [file(i), e.after])),
    );
  });
  const schemas = () => RULE_EXAMPLES.map((e, i) => loaded(file(i), e.after, e.kind));

  for (const mode of ['backward', 'forward', 'full'] as const) {
    it(`${mode}: each example gets the expected severity`, async () => {
      const report = await checkBreakingChanges(schemas(), settings(r, { mode }));
      const got = RULE_EXAMPLES.map((e, i) => {
        const findings = report.findings.filter((f) => f.path === file(i));
        return [e.rule, findings.map((f) => `${f.rule ?? ''}:${f.severity}`).join(',')];
      });
      expect(got).toEqual(RULE_EXAMPLES.map((e) => [e.rule, `data-schema/${e.rule}:${e.expect[mode]}`]));
      const errors = RULE_EXAMPLES.filter((e) => e.expect[mode] === 'error').length;
      expect(report.breaking).toBe(errors);
      expect(report.nonBreaking).toBe(RULE_EXAMPLES.length - errors);
      expect(report.waived).toBe(0);
    });
  }

  it('none: nothing is compared', async () => {
    expect(await checkBreakingChanges(schemas(), settings(r, { mode: 'none' }))).toEqual({
      findings: [],
      breaking: 0,
      nonBreaking: 0,
      waived: 0,
    });
  });
});

const ageSchema = (type: string, version?: string) => ({
  ...(version ? { version } : {}),
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'age', type },
  ],
});

describe('checkBreakingChanges: allowances', () => {
  it('reports the column, old → new, the line and the fix for a breaking change', async () => {
    const r = prRepo({ 's.json': ageSchema('integer') }, { 's.json': ageSchema('boolean') });
    const schema = {
      ...loaded('s.json', ageSchema('boolean')),
      lineOf: (p: string) => (p === '/fields/1/type' ? 7 : 1),
    };
    const report = await checkBreakingChanges([schema], settings(r));
    expect(report.findings).toEqual([
      {
        severity: 'error',
        path: 's.json',
        line: 7,
        rule: 'data-schema/type-changed',
        message: 'column "age": type "integer" → "boolean": breaking under full compatibility',
        fix: expect.stringMatching(/major version/),
      },
    ]);
    expect(report.breaking).toBe(1);
  });

  it('passes a breaking change with a major version bump, and says so', async () => {
    const r = prRepo(
      { 's.json': ageSchema('integer', '1.2.0') },
      { 's.json': ageSchema('boolean', '2.0.0') },
    );
    const report = await checkBreakingChanges([loaded('s.json', ageSchema('boolean', '2.0.0'))], settings(r));
    expect(report).toMatchObject({ breaking: 0, waived: 1 });
    expect(report.findings[0]).toMatchObject({
      severity: 'notice',
      message: expect.stringContaining('version 1.2.0 → 2.0.0 is a major bump'),
    });
  });

  it('a minor bump does not pass', async () => {
    const r = prRepo(
      { 's.json': ageSchema('integer', '1.2.0') },
      { 's.json': ageSchema('boolean', '1.3.0') },
    );
    const report = await checkBreakingChanges([loaded('s.json', ageSchema('boolean', '1.3.0'))], settings(r));
    expect(report).toMatchObject({ breaking: 1, waived: 0 });
  });

  it('says why a version added over a base without one is no bump, and what would count', async () => {
    // Issue 12: "bump the major version" was a dead end when the base had no version. Adding
    // "2.0.0" now is not a bump (nothing to compare with), so the change stays breaking, and the
    // fix says so and names where the gate reads a version (a Table Schema's top-level property).
    const r = prRepo({ 's.json': ageSchema('integer') }, { 's.json': ageSchema('boolean', '2.0.0') });
    const report = await checkBreakingChanges([loaded('s.json', ageSchema('boolean', '2.0.0'))], settings(r));
    expect(report).toMatchObject({ breaking: 1, waived: 0 });
    const fix = report.findings[0]?.fix ?? '';
    expect(fix).toContain(
      'the base version of s.json has no "version", so there is nothing to compare a bump with',
    );
    expect(fix).toContain('a top-level "version" property of the Table Schema descriptor');
    expect(fix).toContain('add a version to the base branch first');
    // A JSON Schema is told about its annotation keyword; a base with an unreadable version is quoted.
    const j = prRepo(
      { 'j.json': { version: 'beta', type: 'object', properties: { a: { type: 'integer' } } } },
      { 'j.json': { version: '2.0.0', type: 'object', properties: { a: { type: 'string' } } } },
    );
    const json = await checkBreakingChanges(
      [
        loaded(
          'j.json',
          { version: '2.0.0', type: 'object', properties: { a: { type: 'string' } } },
          'json-schema',
        ),
      ],
      settings(j),
    );
    expect(json.breaking).toBe(1);
    expect(json.findings[0]?.fix).toContain('has no readable "version" ("beta")');
    expect(json.findings[0]?.fix).toContain(
      'a top-level "version" keyword (an annotation JSON Schema validators ignore)',
    );
    // Over a base with a version, the fix names the major part to exceed.
    const v = prRepo(
      { 's.json': ageSchema('integer', '1.4.0') },
      { 's.json': ageSchema('boolean', '1.5.0') },
    );
    const minor = await checkBreakingChanges([loaded('s.json', ageSchema('boolean', '1.5.0'))], settings(v));
    expect(minor.findings[0]?.fix).toContain(
      'A major bump counts: set a top-level "version" property of the Table Schema descriptor, with a major part above 1.',
    );
  });

  it('passes with the waiver label and shows the label', async () => {
    const r = prRepo({ 's.json': ageSchema('integer') }, { 's.json': ageSchema('boolean') });
    const report = await checkBreakingChanges(
      [loaded('s.json', ageSchema('boolean'))],
      settings(r, { labels: ['bug', 'breaking-schema'], waiverLabel: 'breaking-schema' }),
    );
    expect(report).toMatchObject({ breaking: 0, waived: 1 });
    expect(report.findings[0]?.message).toContain('waived by PR label "breaking-schema"');
  });

  it('passes with an active waiver entry (shows reason and expiry); an expired one warns and does not pass', async () => {
    const r = prRepo({ 'data/s.json': ageSchema('integer') }, { 'data/s.json': ageSchema('boolean') });
    const schemas = [loaded('data/s.json', ageSchema('boolean'))];
    const waiver = { schema: 'data/*.json', rule: 'type-changed', reason: 'age recoded (JIRA-1)' };
    const active = await checkBreakingChanges(
      schemas,
      settings(r, { waivers: [{ ...waiver, expires: '2026-03-10' }] }),
    );
    expect(active).toMatchObject({ breaking: 0, waived: 1 });
    expect(active.findings[0]?.message).toContain('waived until 2026-03-10: age recoded (JIRA-1)');

    const expired = await checkBreakingChanges(
      schemas,
      settings(r, { waivers: [{ ...waiver, expires: '2026-03-09' }] }),
    );
    expect(expired).toMatchObject({ breaking: 1, waived: 0 });
    expect(expired.findings.map((f) => [f.severity, f.rule])).toEqual([
      ['error', 'data-schema/type-changed'],
      ['warning', 'data-schema/waiver-expired'],
    ]);
    expect(expired.findings[1]?.message).toContain('expired on 2026-03-09');
  });
});

describe('checkBreakingChanges: base handling', () => {
  it('a schema new in the PR has nothing to compare with', async () => {
    const r = prRepo({ 'a.json': {} }, { 'new.json': ageSchema('integer') });
    const report = await checkBreakingChanges([loaded('new.json', ageSchema('integer'))], settings(r));
    expect(report).toEqual({ findings: [], breaking: 0, nonBreaking: 0, waived: 0 });
  });

  it('no base ref: no comparison, said as not measured (a warning, or an error in a pull request)', async () => {
    const r = prRepo({ 's.json': ageSchema('integer') }, { 's.json': ageSchema('boolean') });
    const report = await checkBreakingChanges(
      [loaded('s.json', ageSchema('boolean'))],
      settings(r, { base: undefined }),
    );
    expect(report.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'data-schema/not-measured',
        message: 'breaking changes: not measured (no base ref)',
      }),
    ]);
    expect(report.couldNotJudge).toBe(false);
    const inPr = await checkBreakingChanges(
      [loaded('s.json', ageSchema('boolean'))],
      settings(r, { base: undefined, inPullRequest: true }),
    );
    expect(inPr.findings[0]?.severity).toBe('error');
    expect(inPr.couldNotJudge).toBe(true);
  });

  it('a missing base ref is one clear error finding', async () => {
    const r = prRepo({ 's.json': ageSchema('integer') }, { 's.json': ageSchema('boolean') });
    const report = await checkBreakingChanges(
      [loaded('s.json', ageSchema('boolean'))],
      settings(r, { base: 'origin/main' }),
    );
    expect(report.findings).toEqual([
      {
        severity: 'error',
        rule: 'data-schema/base-unavailable',
        message:
          'base ref "origin/main" does not exist in this repository, so schema changes cannot be compared',
        fix: expect.stringContaining('fetch-depth: 0'),
      },
    ]);
  });

  it('an option-like base ref is refused', async () => {
    const r = prRepo({ 's.json': ageSchema('integer') }, { 's.json': ageSchema('boolean') });
    const report = await checkBreakingChanges(
      [loaded('s.json', ageSchema('boolean'))],
      settings(r, { base: '--all' }),
    );
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('not a valid git ref'),
    });
  });

  it('an unparsable base version is a warning, not a crash', async () => {
    const r = prRepo({ 's.json': '{ broken' }, { 's.json': ageSchema('integer') });
    const report = await checkBreakingChanges([loaded('s.json', ageSchema('integer'))], settings(r));
    expect(report.findings).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'data-schema/base-unreadable' }),
    ]);
  });
});

describe('checkBreakingChanges: transitive modes', () => {
  // v1 has column "score" (integer); v2 drops it; the PR re-adds "score" as a boolean. Under
  // fieldsMatch superset (data has only fields, may omit some) v2 data has no "score", so against
  // v2 the PR only adds an optional column; against v1 the type of "score" changed, so only
  // backward_transitive sees the break. (Issue 12: under partial, old data may already carry a
  // "score" column with any text, so re-adding it typed is itself breaking under backward.)
  const v1 = {
    fields: [
      { name: 'id', type: 'integer' },
      { name: 'score', type: 'integer' },
    ],
    fieldsMatch: 'superset',
  };
  const v2 = { fields: [{ name: 'id', type: 'integer' }], fieldsMatch: 'superset' };
  const pr = {
    fields: [
      { name: 'id', type: 'integer' },
      { name: 'score', type: 'boolean' },
    ],
    fieldsMatch: 'superset',
  };

  function history(): GitRepo {
    const r = new GitRepo();
    repos.push(r);
    r.commit({ 's.json': v1 }, 'v1');
    r.commit({ 's.json': v2 }, 'v2');
    r.git('checkout', '-q', '-b', 'pr');
    r.commit({ 's.json': pr }, 'pr');
    return r;
  }

  it('backward compares with the latest version only', async () => {
    const r = history();
    const report = await checkBreakingChanges([loaded('s.json', pr)], settings(r, { mode: 'backward' }));
    expect(report.breaking).toBe(0);
    expect(report.findings.map((f) => f.rule)).toEqual(['data-schema/column-added-closed']);
  });

  it('backward_transitive catches the change undone and redone across versions', async () => {
    const r = history();
    const report = await checkBreakingChanges(
      [loaded('s.json', pr)],
      settings(r, { mode: 'backward_transitive' }),
    );
    expect(report.breaking).toBe(1);
    const error = report.findings.find((f) => f.severity === 'error');
    expect(error).toMatchObject({ rule: 'data-schema/type-changed' });
    expect(error?.message).toMatch(
      /column "score": type "integer" → "boolean" \(against the version of [0-9a-f]{12}\)/,
    );
  });
});
