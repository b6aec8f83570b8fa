import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { dataSchemaSettings } from '../../src/gates/data-schema/parse-settings.js';
import type { DataSchemaConfig } from '../../src/gates/data-schema/config.generated.js';
import { evaluateDataSchema } from '../../src/gates/data-schema/evaluate.js';
import type { GateResult } from '../../src/result/types.js';
import { makeExampleRepo } from '../helpers/example-repo.js';
import { expectValidResult } from '../helpers/result-schema.js';

/**
 * The example project's pull request with its own config. Expected figures, from the files:
 * data/customers.csv has 40 rows, row 18 (line 19) has monthly_charges "n/a"; data/events.jsonl
 * has 30 records, line 23 has type "refund" (not in the enum); data/features.parquet has 40 rows
 * and matches its schema. On the branch, customers.schema.json drops the "region" column
 * (breaking) and events.schema.json adds an optional "channel" property. additionalProperties is
 * false there, so old events (none has "channel") still pass — but new events with "channel" fail
 * the old schema: a forward break, and so breaking under the default full compatibility, which is
 * Confluent's FULL (backward and forward). Issue 12 made full Confluent's; it was a warning before.
 */
let repo: { dir: string };
let result: GateResult;

beforeAll(async () => {
  repo = await makeExampleRepo();
  const { config } = await loadConfig(undefined, repo.dir);
  result = await evaluateDataSchema(dataSchemaSettings(config['data-schema'] ?? {}, {}, repo.dir));
});
afterAll(() => {
  rmSync(join(repo.dir, '..'), { recursive: true, force: true });
});

describe('data-schema on the example project', () => {
  it('fails with the invalid rows and the breaking change, and a valid result document', () => {
    expectValidResult(result);
    expect(result.status).toBe('fail');
    expect(result.keyMetric).toEqual({
      label: 'invalid rows',
      value: 2,
      unit: 'rows',
      threshold: 0,
      direction: 'max',
    });
    expect(result.metrics).toMatchObject({
      schemas: 3,
      rowsChecked: 110,
      invalidRows: 2,
      breakingChanges: 2,
      datasets: { covered: 1, total: 3 },
    });
  });

  it('points each invalid row at its file, line and column', () => {
    const rows = result.findings.filter((f) => f.rule === 'data-schema/invalid-row');
    expect(rows.map((f) => `${f.path}:${f.line}`)).toEqual(['data/customers.csv:19', 'data/events.jsonl:23']);
    expect(rows[0]?.message).toContain('column "monthly_charges"');
    expect(rows[1]?.message).toContain('"type"');
  });

  it('reports the added event property as breaking under full (new data fails the old schema)', () => {
    const events = result.findings.filter(
      (f) => f.path === 'data/events.schema.json' && f.severity === 'error',
    );
    expect(events.map((f) => f.rule)).toEqual(['data-schema/column-added-closed']);
    expect(events[0]?.fix).toContain('new data fails the old schema');
  });

  it('reports the removed column as breaking, at the schema', () => {
    const breaking = result.findings.filter(
      (f) => f.path === 'data/customers.schema.json' && f.severity === 'error',
    );
    expect(breaking).toHaveLength(1);
    expect(breaking[0]?.message).toContain('region');
  });

  it('passes when sampled before the bad rows, with no breaking-change comparison', async () => {
    const { config } = await loadConfig(undefined, repo.dir);
    const sampled = await evaluateDataSchema(
      dataSchemaSettings(
        { ...(config['data-schema'] as DataSchemaConfig), base: undefined, compatibility: 'none' },
        { 'sample-rows': 10 },
        repo.dir,
      ),
    );
    expect(sampled.status).toBe('pass');
    expect(sampled.metrics).toMatchObject({ rowsChecked: 10 + 10 + 40, invalidRows: 0, breakingChanges: 0 });
  });
});

describe('data schema gate without a base, or with one git cannot find', () => {
  it('names breaking changes as not measured: a warning locally, an error in a pull request, as every gate does', async () => {
    const repo = await makeExampleRepo();
    // Only the valid Parquet dataset, so the breaking-change comparison alone decides the status.
    const config = { datasets: 'data/features.parquet', base: undefined };
    const local = await evaluateDataSchema(dataSchemaSettings(config, {}, repo.dir));
    expect(local.status).toBe('warn');
    expect(local.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        rule: 'data-schema/not-measured',
        message: 'breaking changes: not measured (no base ref)',
      }),
    );
    const inPr = await evaluateDataSchema(dataSchemaSettings(config, {}, repo.dir, { inPullRequest: true }));
    expect(inPr.status).toBe('error');
    // A base git cannot find is an input problem: status error (exit 2), like coverage and model-card.
    const missing = await evaluateDataSchema(
      dataSchemaSettings(config, { base: 'no-such-branch' }, repo.dir),
    );
    expect(missing.status).toBe('error');
    const withBase = await evaluateDataSchema(dataSchemaSettings(config, { base: repo.base }, repo.dir));
    expect(withBase.status).toBe('pass');
  });
});
