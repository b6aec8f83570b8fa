import { describe, expect, it } from 'vitest';
import type { Waiver } from '../../../../../src/gates/data-schema/breaking/index.js';
import {
  isActive,
  majorOf,
  versionBump,
  WaiverBook,
  waiverMatchesPath,
  waiverMatchesRule,
} from '../../../../../src/gates/data-schema/breaking/waivers.js';

const now = new Date('2026-03-10T12:00:00Z');

describe('version bumps', () => {
  it('reads the major part of numbers and semver-ish strings', () => {
    expect([
      majorOf(2),
      majorOf(1.5),
      majorOf('2.1.0'),
      majorOf('v3'),
      majorOf('10-beta'),
      majorOf('x1'),
      majorOf(null),
    ]).toEqual([2, 1, 2, 3, 10, undefined, undefined]);
  });

  it('allows only a major bump over a base that had a version', () => {
    expect(versionBump({ version: '1.4.0' }, { version: '2.0.0' })?.reason).toBe(
      'version 1.4.0 → 2.0.0 is a major bump',
    );
    expect(versionBump({ version: '1.4.0' }, { version: '1.5.0' })).toBeUndefined();
    expect(versionBump({}, { version: '2.0.0' })).toBeUndefined();
    expect(versionBump({ version: 2 }, { version: 1 })).toBeUndefined();
  });
});

describe('waivers', () => {
  const w = (more: Partial<Waiver>): Waiver => ({
    schema: 'schemas/*.json',
    reason: 'migration',
    expires: '2026-03-10',
    ...more,
  });

  it('matches paths by glob or equality, and rules by full or short id', () => {
    expect(waiverMatchesPath(w({}), 'schemas/a.json')).toBe(true);
    expect(waiverMatchesPath(w({}), 'other/a.json')).toBe(false);
    expect(waiverMatchesPath(w({ schema: 'x/[a].json' }), 'x/[a].json')).toBe(true);
    expect(waiverMatchesRule(w({}), 'data-schema/column-removed')).toBe(true);
    expect(waiverMatchesRule(w({ rule: 'column-removed' }), 'data-schema/column-removed')).toBe(true);
    expect(waiverMatchesRule(w({ rule: 'data-schema/type-changed' }), 'data-schema/column-removed')).toBe(
      false,
    );
  });

  it('is active through its expiry day, in UTC', () => {
    expect(isActive(w({ expires: '2026-03-10' }), now)).toBe(true);
    expect(isActive(w({ expires: '2026-03-09' }), now)).toBe(false);
    expect(isActive(w({ expires: 'soon' }), now)).toBe(false);
  });

  it('prefers the PR label, else an active entry; reports an expired one once', () => {
    expect(new WaiverBook([], ['schema-break'], 'schema-break', now).allowance('a.json', 'r')?.reason).toBe(
      'waived by PR label "schema-break"',
    );
    expect(new WaiverBook([], ['other'], 'schema-break', now).allowance('a.json', 'r')).toBeUndefined();
    const book = new WaiverBook([w({ expires: '2026-01-31' })], [], undefined, now);
    expect(book.allowance('schemas/a.json', 'data-schema/column-removed')).toBeUndefined();
    expect(book.allowance('schemas/a.json', 'data-schema/type-changed')).toBeUndefined();
    expect(book.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'data-schema/waiver-expired',
        message: expect.stringContaining('expired on 2026-01-31'),
      }),
    ]);
  });
});
