import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import schema from '../../../../src/gates/model-card/config.schema.json' with { type: 'json' };
import { modelCardSettings } from '../../../../src/gates/model-card/parse-settings.js';
import {
  agrees,
  describeTolerance,
  toleranceFor,
  type ToleranceRule,
} from '../../../../src/gates/model-card/tolerance.js';

const rules: ToleranceRule[] = [
  { metric: '*.loss', absolute: 0.05, relative: 0 },
  { metric: 'r2', absolute: 0.001, relative: 0 },
  { metric: 'test.r2', absolute: 0.01, relative: 0 },
  { metric: 'MAE USD', absolute: 0, relative: 0.01 },
];

describe('toleranceFor', () => {
  it('takes the key itself first, then the metric name, then a glob, else the default', () => {
    expect(toleranceFor('test.r2', rules, 0.0005)).toEqual({ absolute: 0.01, relative: 0 });
    expect(toleranceFor('val.r2', rules, 0.0005)).toEqual({ absolute: 0.001, relative: 0 });
    // Names compare as metric names do: "MAE USD" names mae_usd.
    expect(toleranceFor('test.mae_usd', rules, 0.0005)).toEqual({ absolute: 0, relative: 0.01 });
    expect(toleranceFor('train.loss', rules, 0.0005)).toEqual({ absolute: 0.05, relative: 0 });
    expect(toleranceFor('accuracy', rules, 0.0005)).toEqual({ absolute: 0.0005, relative: 0 });
  });
});

describe('agrees', () => {
  it('accepts a difference within the absolute bound or the relative share of the file figure', () => {
    // R² 0.912 vs 0.9114: |Δ| = 0.0006 ≤ 0.001.
    expect(agrees(0.912, 0.9114, { absolute: 0.001, relative: 0 })).toBe(true);
    // 0.0016 > 0.001.
    expect(agrees(0.913, 0.9114, { absolute: 0.001, relative: 0 })).toBe(false);
    // MAE $1234.57 vs $1240: |Δ| = 5.43 ≤ 1 % of 1240 = 12.4; $1260 is 20 > 12.4.
    expect(agrees(1234.57, 1240, { absolute: 0, relative: 0.01 })).toBe(true);
    expect(agrees(1260, 1240, { absolute: 0, relative: 0.01 })).toBe(false);
    // Either bound suffices: 0.3 away from 10 is within max(0.5, 1 % × 10 = 0.1).
    expect(agrees(10.3, 10, { absolute: 0.5, relative: 0.01 })).toBe(true);
  });

  it('says the bound in words', () => {
    expect(describeTolerance(0.9, { absolute: 0.001, relative: 0 })).toBe('tolerance 0.001');
    expect(describeTolerance(1240, { absolute: 0, relative: 0.01 })).toBe('tolerance 1% = ±12.4');
    expect(describeTolerance(10, { absolute: 0.5, relative: 0.01 })).toBe('tolerance 1% or 0.5, so ±0.5');
  });
});

describe('metrics.tolerances in the config', () => {
  const validate = new Ajv({ strict: false }).compile(schema);
  const section = <T>(tolerances: T) => ({ metrics: { file: 'metrics.json', tolerances } });

  it('accepts absolute and relative bounds per metric and hands them over in order', () => {
    const config = section({ r2: { absolute: 0.001 }, mae_usd: { relative: 0.01 } });
    expect(validate(config)).toBe(true);
    expect(modelCardSettings(config, {}, '/x').tolerances).toEqual([
      { metric: 'r2', absolute: 0.001, relative: 0 },
      { metric: 'mae_usd', absolute: 0, relative: 0.01 },
    ]);
  });

  it.each([
    ['an empty entry', { r2: {} }],
    ['a negative bound', { r2: { absolute: -1 } }],
    // relative is a fraction: 1 would be 100 %, most likely meant as 1 %.
    ['a relative bound of 1 or more', { mae: { relative: 1 } }],
    ['an unknown key', { r2: { abs: 0.1 } }],
  ])('refuses %s', (_, tolerances) => {
    expect(validate(section(tolerances))).toBe(false);
  });
});
