/**
 * The breaking-change rule table, in the spirit of Buf's breaking rules: every kind of change a
 * schema differ can report has a stable id, a verdict per compatibility mode and a one-line fix.
 *
 * Modes follow Confluent Schema Registry: BACKWARD = the new schema must read old data (so
 * tightening breaks), FORWARD = the old schema (old consumers) must read new data (so loosening
 * breaks), FULL = both. FULL is the default for ML, where training and serving code are the
 * consumers; its column follows the proposed table in the reference notes, which keeps a few
 * consumer-risky loosenings (widening, new enum values) as warnings rather than failures.
 * NONE checks nothing.
 */

/** What a change means in a mode: fail the gate, warn, or pass quietly. */
export type Verdict = 'breaking' | 'warning' | 'ok';

/** The modes a rule has a verdict for; `none` and the `_transitive` variants reduce to these. */
export type BaseMode = 'backward' | 'forward' | 'full';

/** One row of the rule table. */
export interface BreakingRule {
  /** Stable id, e.g. `data-schema/column-removed`. */
  id: RuleId;
  /** What change the rule detects. */
  description: string;
  verdict: Record<BaseMode, Verdict>;
  /** One sentence that tells the author what to do. */
  fix: string;
}

const B = 'breaking';
const W = 'warning';
const OK = 'ok';

function rule(
  name: string,
  description: string,
  [backward, forward, full]: [Verdict, Verdict, Verdict],
  fix: string,
): BreakingRule {
  return { id: `data-schema/${name}`, description, verdict: { backward, forward, full }, fix };
}

/** A rule id (kept as a plain string so findings can carry it). */
export type RuleId = `data-schema/${string}`;

/** The rule table, in the order the docs show it. */
export const RULES = {
  columnRemoved: rule(
    'column-removed',
    'A column (Table Schema field) or object property was removed.',
    [W, B, B],
    'Keep the column (deprecate it in its description) or bump the schema version by a major version.',
  ),
  columnRenamed: rule(
    'column-renamed',
    'A column or property was renamed (removed and added with the same type at the same place).',
    [B, B, B],
    'Keep the old name (add the new one alongside it) or bump the schema version by a major version.',
  ),
  requiredColumnAdded: rule(
    'required-column-added',
    'A column or property was added that old data must have (required, or a field under fieldsMatch exact/equal/subset).',
    [B, W, B],
    'Add the column as optional (not required, or fieldsMatch superset/partial) or bump the major version.',
  ),
  columnAddedClosed: rule(
    'column-added-closed',
    'An optional column was added to a closed schema (fieldsMatch exact/equal, additionalProperties false).',
    [W, B, W],
    'Make sure every consumer reads the new column by name, or bump the major version.',
  ),
  optionalColumnAdded: rule(
    'optional-column-added',
    'An optional column or property was added to an open schema.',
    [OK, OK, OK],
    'Nothing to do; consumers that ignore unknown columns are unaffected.',
  ),
  columnReordered: rule(
    'column-reordered',
    'Columns changed order while fields are matched by position (fieldsMatch exact).',
    [B, B, B],
    'Restore the old column order, or match fields by name (fieldsMatch: equal).',
  ),
  typeChanged: rule(
    'type-changed',
    'A type changed to an incompatible one (e.g. string → integer).',
    [B, B, B],
    'Add a new column with the new type instead of changing this one, or bump the major version.',
  ),
  typeNarrowed: rule(
    'type-narrowed',
    'A type was narrowed (number → integer, a type removed from a type list, any → string).',
    [B, OK, B],
    'Keep the wider type and validate the narrower one downstream, or bump the major version.',
  ),
  typeWidened: rule(
    'type-widened',
    'A type was widened (integer → number, a type added to a type list; Avro-style promotion).',
    [OK, B, W],
    'Check that every consumer accepts the wider type (e.g. floats where it expected integers).',
  ),
  requiredAdded: rule(
    'required-added',
    'An existing column or property became required (non-null).',
    [B, OK, B],
    'Keep it optional and fill missing values upstream, or bump the major version.',
  ),
  requiredRemoved: rule(
    'required-removed',
    'A required column or property became optional (nullable).',
    [OK, B, W],
    'Make sure every consumer handles missing values in this column.',
  ),
  enumValueRemoved: rule(
    'enum-value-removed',
    'A value was removed from an enum (or a const changed).',
    [B, OK, B],
    'Keep the value in the enum (map it downstream) or bump the major version.',
  ),
  enumValueAdded: rule(
    'enum-value-added',
    'A value was added to an enum.',
    [OK, B, W],
    'Make sure every consumer (encoders, category maps) handles the new value.',
  ),
  constraintTightened: rule(
    'constraint-tightened',
    'A constraint was added or tightened (minimum raised, maximum lowered, length, pattern, unique, enum added).',
    [B, OK, B],
    'Loosen the constraint back, or check existing data against it and bump the major version.',
  ),
  constraintLoosened: rule(
    'constraint-loosened',
    'A constraint was removed or loosened.',
    [OK, B, W],
    'Make sure every consumer accepts the wider range of values.',
  ),
  primaryKeyChanged: rule(
    'primary-key-changed',
    'The primary key changed (columns added, removed or reordered).',
    [B, B, B],
    'Keep the primary key, or bump the major version and migrate joins that use it.',
  ),
  missingValueRemoved: rule(
    'missing-value-removed',
    'A missingValues token was removed, so old data that used it no longer reads as missing.',
    [B, OK, B],
    'Keep the token in missingValues, or rewrite old data and bump the major version.',
  ),
  missingValueAdded: rule(
    'missing-value-added',
    'A missingValues token was added; old consumers read it as a value.',
    [OK, B, W],
    'Make sure every consumer treats the new token as missing.',
  ),
  formatChanged: rule(
    'format-changed',
    'A format (date pattern, number format, JSON Schema format) was added, removed or changed.',
    [B, B, B],
    'Keep the old format (add a new column for the new one) or bump the major version.',
  ),
  schemaClosed: rule(
    'schema-closed',
    'The schema became stricter about extra columns (additionalProperties false, a stricter fieldsMatch).',
    [B, OK, B],
    'Keep the schema open, or check that no data carries extra columns and bump the major version.',
  ),
  schemaOpened: rule(
    'schema-opened',
    'The schema became looser about extra columns (additionalProperties allowed, a looser fieldsMatch).',
    [OK, B, W],
    'Make sure every consumer ignores columns it does not know.',
  ),
  notAnalysed: rule(
    'change-not-analysed',
    'A part the differ does not analyse changed (allOf/anyOf/oneOf/not, remote $ref, jsonSchema constraint, foreignKeys).',
    [W, W, W],
    'Review the change by hand; waive it if it is compatible.',
  ),
} as const satisfies Record<string, BreakingRule>;

/** Ids of the rules about the gate's own operation (base ref, waivers), not about schema changes. */
export const OPERATIONAL_RULES = {
  baseUnavailable: {
    id: 'data-schema/base-unavailable',
    fix: 'Use actions/checkout with fetch-depth: 0 (or `git fetch origin <branch>`), and pass a branch, tag or commit as base.',
  },
  baseUnreadable: {
    id: 'data-schema/base-unreadable',
    fix: 'The base version of the schema could not be read or parsed; review the change by hand.',
  },
  waiverExpired: {
    id: 'data-schema/waiver-expired',
    fix: 'Remove the waiver, or extend its expiry if the breaking change is still accepted.',
  },
} as const;

/** Every rule of the table, for docs and tests. */
export const RULE_LIST: readonly BreakingRule[] = Object.values(RULES);
