/**
 * The breaking-change rule table, in the spirit of Buf's breaking rules: every kind of change a
 * schema differ can report has a stable id, a one-line fix, and the conditions under which it
 * breaks each direction.
 *
 * Modes follow Confluent Schema Registry, whose definitions are the gate's: BACKWARD = the new
 * schema must read old data (a change breaks it when data valid under the old schema is invalid
 * under the new), FORWARD = the old schema (old consumers) must read new data (data valid under
 * the new schema is invalid under the old), FULL = both. NONE checks nothing. The differs compute
 * the directions a change breaks from what the gate's validator accepts (see `Breaks`), so a
 * change is breaking exactly when the validator would reject data the other side accepted; a rule
 * only names the change and says how loud it is when it breaks nothing in the mode (`advisory`).
 */

/** What a change means in a mode: fail the gate, warn, or pass quietly. */
export type Verdict = 'breaking' | 'warning' | 'ok';

/** The modes a verdict is given for; `none` and the `_transitive` variants reduce to these. */
export type BaseMode = 'backward' | 'forward' | 'full';

/** One row of the rule table. */
export interface BreakingRule {
  /** Stable id, e.g. `data-schema/column-removed`. */
  id: RuleId;
  /** What change the rule detects. */
  description: string;
  /** When old data fails the new schema (breaks backward and full), as the docs table says it. */
  backwardWhen: string;
  /** When new data fails the old schema (breaks forward and full). */
  forwardWhen: string;
  /** The verdict when the change breaks nothing in the mode's direction(s). */
  advisory: Exclude<Verdict, 'breaking'>;
  /** One sentence that tells the author what to do. */
  fix: string;
}

const W = 'warning';
const OK = 'ok';

function rule(
  name: string,
  description: string,
  when: { backward: string; forward: string },
  advisory: Exclude<Verdict, 'breaking'>,
  fix: string,
): BreakingRule {
  return {
    id: `data-schema/${name}`,
    description,
    backwardWhen: when.backward,
    forwardWhen: when.forward,
    advisory,
    fix,
  };
}

/** A rule id (kept as a plain string so findings can carry it). */
export type RuleId = `data-schema/${string}`;

const STRICTER = 'the new value is stricter (old data may fail it)';
const LOOSER = 'the new value is looser (new data may fail the old one)';

/** The rule table, in the order the docs show it. */
export const RULES = {
  columnRemoved: rule(
    'column-removed',
    'A column (Table Schema field) or object property was removed.',
    {
      backward:
        'the new schema refuses the column old data has (fieldsMatch exact/equal/superset, additionalProperties closed or not accepting its old values)',
      forward:
        'the old schema requires the column (fieldsMatch exact/equal/subset, required) or the new schema lets it through with values the old one refused',
    },
    W,
    'Keep the column (deprecate it in its description) or bump the schema version by a major version.',
  ),
  columnRenamed: rule(
    'column-renamed',
    'A column or property was renamed (removed and added with the same type at the same place).',
    {
      backward: 'as column-removed and column added, together',
      forward: 'as column-removed and column added, together',
    },
    W,
    'Keep the old name (add the new one alongside it) or bump the schema version by a major version.',
  ),
  requiredColumnAdded: rule(
    'required-column-added',
    'A column or property was added that data must have (required, or a field under fieldsMatch exact/equal/subset).',
    {
      backward: 'always: old data lacks the column',
      forward:
        'the old schema refuses the column (fieldsMatch exact/equal/superset, additionalProperties closed or refusing its values)',
    },
    OK,
    'Add the column as optional (not required, or fieldsMatch superset/partial) or bump the major version.',
  ),
  columnAddedClosed: rule(
    'column-added-closed',
    'An optional column was added where the old schema refused unknown columns (fieldsMatch superset, additionalProperties false).',
    {
      backward: 'the new schema still refuses some column old data may carry',
      forward: 'always: new data may carry the column, which the old schema refuses',
    },
    OK,
    'Make sure every consumer reads the new column by name, or bump the major version.',
  ),
  optionalColumnAdded: rule(
    'optional-column-added',
    'An optional column or property was added where the old schema allowed unknown columns.',
    {
      backward:
        'old data may already carry a column of that name with any value (an open model) and the new column does not accept every value',
      forward:
        'the old schema constrained unknown columns (additionalProperties a schema) and the new column accepts values it refused',
    },
    OK,
    'Nothing to do when the new column accepts every old value; otherwise check that no old data carries it.',
  ),
  columnReordered: rule(
    'column-reordered',
    'Columns changed order while fields are matched by position (fieldsMatch exact).',
    { backward: 'both schemas match by position (exact)', forward: 'both schemas match by position (exact)' },
    W,
    'Restore the old column order, or match fields by name (fieldsMatch: equal).',
  ),
  typeChanged: rule(
    'type-changed',
    'A type changed to an incompatible one (e.g. string → integer).',
    { backward: 'always', forward: 'always' },
    W,
    'Add a new column with the new type instead of changing this one, or bump the major version.',
  ),
  typeNarrowed: rule(
    'type-narrowed',
    'A type was narrowed (number → integer, a type removed from a type list, any → date).',
    { backward: 'always (unless the old values are an enum the new type accepts)', forward: 'never' },
    OK,
    'Keep the wider type and validate the narrower one downstream, or bump the major version.',
  ),
  typeWidened: rule(
    'type-widened',
    'A type was widened (integer → number, a type added to a type list; Avro-style promotion).',
    { backward: 'never', forward: 'always: old readers refuse the wider values' },
    OK,
    'Check that every consumer accepts the wider type (e.g. floats where it expected integers).',
  ),
  requiredAdded: rule(
    'required-added',
    'An existing column or property became required (non-null).',
    {
      backward: 'old data may have it missing (a missingValues token, an absent key, null)',
      forward: 'never',
    },
    OK,
    'Keep it optional and fill missing values upstream, or bump the major version.',
  ),
  requiredRemoved: rule(
    'required-removed',
    'A required column or property became optional (nullable).',
    { backward: 'never', forward: 'new data may have it missing, which the old schema refuses' },
    OK,
    'Make sure every consumer handles missing values in this column.',
  ),
  enumValueRemoved: rule(
    'enum-value-removed',
    'A value was removed from an enum (or a const changed).',
    { backward: 'always: old data may hold the value', forward: 'never' },
    OK,
    'Keep the value in the enum (map it downstream) or bump the major version.',
  ),
  enumValueAdded: rule(
    'enum-value-added',
    'A value was added to an enum.',
    { backward: 'never', forward: 'always: old readers refuse the new value' },
    OK,
    'Make sure every consumer (encoders, category maps) handles the new value.',
  ),
  constraintTightened: rule(
    'constraint-tightened',
    'A constraint was added or tightened (minimum raised, maximum lowered, length, pattern, unique, enum added).',
    { backward: STRICTER, forward: 'never (a changed pattern or unorderable bound: also forward)' },
    OK,
    'Loosen the constraint back, or check existing data against it and bump the major version.',
  ),
  constraintLoosened: rule(
    'constraint-loosened',
    'A constraint was removed or loosened.',
    { backward: 'never', forward: LOOSER },
    OK,
    'Make sure every consumer accepts the wider range of values.',
  ),
  primaryKeyChanged: rule(
    'primary-key-changed',
    'The primary key changed (columns added, removed or reordered).',
    {
      backward: 'the new key is not implied by an old key (old data may repeat it)',
      forward: 'the old key is not implied by a new key',
    },
    W,
    'Keep the primary key, or bump the major version and migrate joins that use it.',
  ),
  missingValueRemoved: rule(
    'missing-value-removed',
    'A missingValues token was removed, so data that used it no longer reads as missing.',
    { backward: 'the field does not accept the token as a value', forward: 'never' },
    OK,
    'Keep the token in missingValues, or rewrite old data and bump the major version.',
  ),
  missingValueAdded: rule(
    'missing-value-added',
    'A missingValues token was added; old consumers read it as a value.',
    {
      backward: 'the field is required (old values equal to the token now read as missing)',
      forward: 'the old field does not accept the token as a value',
    },
    OK,
    'Make sure every consumer treats the new token as missing.',
  ),
  formatChanged: rule(
    'format-changed',
    'A format (date pattern, string format, JSON Schema format) or how text is read (decimalChar, groupChar, bareNumber, trueValues, falseValues) changed.',
    {
      backward:
        'a format was added or changed; any change of how text is read (deliberately: the same text may mean another value)',
      forward: 'a format was removed or changed; any change of how text is read',
    },
    W,
    'Keep the old format (add a new column for the new one) or bump the major version.',
  ),
  schemaClosed: rule(
    'schema-closed',
    'The schema became stricter about extra columns (additionalProperties/unevaluatedProperties/patternProperties tightened, a stricter fieldsMatch).',
    {
      backward: 'old data may carry columns the new schema refuses',
      forward: 'the match modes are unordered (subset ↔ superset)',
    },
    OK,
    'Keep the schema open, or check that no data carries extra columns and bump the major version.',
  ),
  schemaOpened: rule(
    'schema-opened',
    'The schema became looser about extra columns (additionalProperties allowed, a looser fieldsMatch).',
    { backward: 'never', forward: 'new data may carry columns the old schema refuses' },
    OK,
    'Make sure every consumer ignores columns it does not know.',
  ),
  compositionChanged: rule(
    'composition-changed',
    'A combinator or conditional changed (allOf, anyOf, oneOf, not, if/then/else, dependentSchemas, dependentRequired, dependencies, contains, propertyNames).',
    {
      backward: 'the differ cannot show that every old-valid value stays valid (branch by branch)',
      forward: 'the differ cannot show that every new-valid value was valid before',
    },
    OK,
    'Check the combinator branch by branch: keep every old branch accepted, or bump the major version.',
  ),
  notAnalysed: rule(
    'change-not-analysed',
    "A part the gate does not validate or cannot follow changed (remote $ref, Table Schema jsonSchema constraint, foreignKeys, nesting past the differ's depth).",
    {
      backward: 'a remote $ref or nesting past the depth limit changed (unknown, so assumed)',
      forward: 'a remote $ref or nesting past the depth limit changed (unknown, so assumed)',
    },
    W,
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
