import { type CompiledField, compileField } from '../table-field.js';
import type { TableField } from '../table-types.js';
import type { Breaks, JsonObject, SchemaChange } from './change.js';
import {
  BOTH,
  boundBreaks,
  breaksOf,
  isObject,
  listBreaks,
  LOOSER,
  NONE,
  pointerSegment,
  same,
  show,
  TIGHTER,
  union,
} from './change.js';
import type { BreakingRule } from './rules.js';
import { RULES } from './rules.js';

/**
 * Diffs two Frictionless Table Schemas (v1 or v2) field by field, matched by name, and computes
 * the directions each change breaks from what the gate's table validator accepts: which headers
 * `fieldsMatch` lets through (exact: the fields in order; equal: in any order; subset: at least
 * the fields; superset: only fields; partial: at least one field), which cell texts each field
 * accepts (missing values, type and format, constraints; probed with the validator's own
 * compiled fields where a finite set decides), and which keys must be unique. Also accepts Data
 * Package descriptors: their resources' inline schemas are diffed by resource name.
 */
export function diffTableSchema(oldValue: unknown, newValue: unknown): SchemaChange[] {
  if (!isObject(oldValue) || !isObject(newValue)) return [];
  if (Array.isArray(newValue.resources)) return diffPackage(oldValue, newValue);
  return diffSchema(oldValue, newValue, { base: '', label: '' });
}

function diffPackage(oldPkg: JsonObject, newPkg: JsonObject): SchemaChange[] {
  const oldResources = Array.isArray(oldPkg.resources) ? oldPkg.resources.filter(isObject) : [];
  const newResources: unknown[] = Array.isArray(newPkg.resources) ? newPkg.resources : [];
  return newResources.flatMap((resource, index) => {
    if (!isObject(resource) || !isObject(resource.schema)) return [];
    const before = oldResources.find((r) => r.name === resource.name);
    // A resource new in the PR has nothing to be compatible with; a remote schema is not fetched.
    if (!before || !isObject(before.schema)) return [];
    return diffSchema(before.schema, resource.schema, {
      base: `/resources/${index}/schema`,
      label: `resource ${show(resource.name)} `,
    });
  });
}

type Mode = 'exact' | 'equal' | 'subset' | 'superset' | 'partial';

/** Data must carry every field. */
const requiresAll = (m: Mode): boolean => m === 'exact' || m === 'equal' || m === 'subset';
/** Data must carry no column that is not a field. */
const forbidsExtra = (m: Mode): boolean => m === 'exact' || m === 'equal' || m === 'superset';

/** One side of the comparison: the descriptor and its fields, compiled as the validator does. */
interface Side {
  schema: JsonObject;
  mode: Mode;
  fields: Field[];
  byName: Map<string, Field>;
  missing: string[];
  primaryKey: string[];
}

interface Field {
  name: string;
  index: number;
  value: JsonObject;
  compiled?: CompiledField;
}

interface Where {
  base: string;
  label: string;
}

function sideOf(schema: JsonObject): Side {
  const mode = (typeof schema.fieldsMatch === 'string' ? schema.fieldsMatch : 'exact') as Mode;
  const missing = tokens(schema.missingValues, ['']);
  const primaryKey = keyOf(schema.primaryKey) ?? [];
  const fields: Field[] = [];
  (Array.isArray(schema.fields) ? schema.fields : []).forEach((value: unknown, index: number) => {
    if (!isObject(value) || typeof value.name !== 'string') return;
    const compiled = compileField(value as unknown as TableField, missing, primaryKey.includes(value.name));
    fields.push({ name: value.name, index, value, ...(typeof compiled === 'string' ? {} : { compiled }) });
  });
  return { schema, mode, fields, byName: new Map(fields.map((f) => [f.name, f])), missing, primaryKey };
}

function diffSchema(oldSchema: JsonObject, newSchema: JsonObject, where: Where): SchemaChange[] {
  const a = sideOf(oldSchema);
  const b = sideOf(newSchema);
  return [
    ...columnChanges(a, b, where),
    ...b.fields.flatMap((now) => {
      const before = a.byName.get(now.name);
      return before
        ? diffField(before, now, a, b, { base: `${where.base}/fields/${now.index}`, label: where.label })
        : [];
    }),
    ...orderChanges(a, b, where),
    ...modeChanges(a, b, where),
    ...keyChanges(a, b, where),
    ...missingChanges(a, b, where),
    ...notAnalysed(oldSchema, newSchema, where),
  ];
}

/** Columns added, removed or renamed, each with the headers it makes one side refuse. */
function columnChanges(a: Side, b: Side, where: Where): SchemaChange[] {
  const removed = a.fields.filter((f) => !b.byName.has(f.name));
  const added = b.fields.filter((f) => !a.byName.has(f.name));
  const at = (f: Field) => `${where.base}/fields/${f.index}`;
  const changes: SchemaChange[] = [];
  // A rename shows up as one field removed and one added at the same position with the same type.
  const renamed = new Set<Field>();
  for (const gone of removed) {
    const now = added.find(
      (f) => f.index === gone.index && typeOf(f.value) === typeOf(gone.value) && !renamed.has(f),
    );
    if (!now) continue;
    renamed.add(now);
    renamed.add(gone);
    changes.push({
      rule: RULES.columnRenamed,
      pointer: at(now),
      message: `${where.label}column ${show(gone.name)} renamed to ${show(now.name)}`,
      breaks: union(removedBreaks(gone, a, b), addedBreaks(now, a, b)),
    });
    changes.push(...diffField(gone, now, a, b, { base: at(now), label: where.label }));
  }
  for (const gone of removed) {
    if (renamed.has(gone)) continue;
    changes.push({
      rule: RULES.columnRemoved,
      pointer: `${where.base}/fields`,
      message: `${where.label}column ${show(gone.name)} removed`,
      breaks: removedBreaks(gone, a, b),
    });
  }
  for (const now of added) {
    if (renamed.has(now)) continue;
    const [rule, how] = requiresAll(b.mode)
      ? [RULES.requiredColumnAdded, `(fieldsMatch ${b.mode}: data must have it)`]
      : forbidsExtra(a.mode)
        ? [RULES.columnAddedClosed, `(the old fieldsMatch ${a.mode} refused unknown columns)`]
        : [RULES.optionalColumnAdded, 'as optional'];
    changes.push({
      rule,
      pointer: at(now),
      message: `${where.label}column ${show(now.name)} added ${how}`,
      breaks: addedBreaks(now, a, b),
    });
  }
  return changes;
}

/** A field only the new schema has. */
function addedBreaks(f: Field, a: Side, b: Side): Breaks {
  // Old data lacks it (the new schema needs it), or may carry it as an unknown column with any text.
  const backward = requiresAll(b.mode) || (!forbidsExtra(a.mode) && !acceptsAnyText(f));
  // New data may carry it; the old schema refuses unknown columns, or (partial) a header of it alone.
  const forward = forbidsExtra(a.mode) || (a.mode === 'partial' && !requiresAll(b.mode));
  return { backward, forward };
}

/** A field only the old schema has. */
function removedBreaks(f: Field, a: Side, b: Side): Breaks {
  // Old data may carry it: the new schema refuses unknown columns, or (partial) a header of it alone.
  const backward = forbidsExtra(b.mode) || (b.mode === 'partial' && !requiresAll(a.mode));
  // New data may lack it while the old schema needs it, or carry it as an unknown column with any text.
  const forward = requiresAll(a.mode) || (!forbidsExtra(b.mode) && !acceptsAnyText(f));
  return { backward, forward };
}

/** Whether a field accepts every cell text (so an unknown column of its name cannot fail it). */
function acceptsAnyText(f: Field): boolean {
  const c = f.compiled;
  if (!c || (c.type !== 'any' && c.type !== 'string')) return false;
  if (formatOf(f.value) !== 'default' || f.value.categories !== undefined) return false;
  const constraints = isObject(f.value.constraints) ? f.value.constraints : {};
  for (const [key, value] of Object.entries(constraints)) {
    if (value === undefined || key === 'required' || (key === 'unique' && value !== true)) continue;
    return false; // any other constraint refuses some text
  }
  return !(c.required && c.missing.size > 0); // a required field refuses its missing tokens
}

/** Under fieldsMatch exact on both sides, the fields kept must keep their order. */
function orderChanges(a: Side, b: Side, where: Where): SchemaChange[] {
  if (a.mode !== 'exact' || b.mode !== 'exact') return [];
  const common = a.fields.filter((f) => b.byName.has(f.name)).map((f) => f.name);
  const newOrder = b.fields.filter((f) => a.byName.has(f.name)).map((f) => f.name);
  if (same(common, newOrder)) return [];
  return [
    {
      rule: RULES.columnReordered,
      pointer: `${where.base}/fields`,
      message: `${where.label}columns reordered: ${show(common)} → ${show(newOrder)}`,
      breaks: BOTH,
    },
  ];
}

/** Whether every header `from` accepts (for the same fields) is accepted by `to`. */
function modeIncluded(from: Mode, to: Mode, fieldCount: number): boolean {
  switch (to) {
    case 'exact':
      return from === 'exact' || (from === 'equal' && fieldCount <= 1);
    case 'equal':
      return from === 'exact' || from === 'equal';
    case 'subset':
      return requiresAll(from);
    case 'superset':
      return forbidsExtra(from);
    case 'partial':
      return true;
  }
}

function modeChanges(a: Side, b: Side, where: Where): SchemaChange[] {
  if (a.mode === b.mode) return [];
  const n = Math.max(a.fields.length, b.fields.length);
  const breaks = { backward: !modeIncluded(a.mode, b.mode, n), forward: !modeIncluded(b.mode, a.mode, n) };
  return [
    {
      rule: breaks.backward ? RULES.schemaClosed : RULES.schemaOpened,
      pointer: `${where.base}/fieldsMatch`,
      message: `${where.label}fieldsMatch ${show(a.mode)} → ${show(b.mode)}`,
      breaks,
    },
  ];
}

/** v1 allowed a single column name as the key; v2 always uses an array. */
function keyOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.map(String);
  return undefined;
}

/** Every set of columns that must be unique: the primary key, uniqueKeys, unique fields. */
function keysOf(side: Side): string[][] {
  const unique = Array.isArray(side.schema.uniqueKeys)
    ? side.schema.uniqueKeys.map(keyOf).filter((k) => k !== undefined)
    : [];
  const fields = side.fields
    .filter((f) => isObject(f.value.constraints) && f.value.constraints.unique === true)
    .map((f) => [f.name]);
  return [...(side.primaryKey.length > 0 ? [side.primaryKey] : []), ...unique, ...fields];
}

/** A key is implied when some key of the other side is a subset of it (unique on fewer columns). */
function implied(key: readonly string[], by: readonly string[][]): boolean {
  return by.some((k) => k.every((c) => key.includes(c)));
}

function keyChanges(a: Side, b: Side, where: Where): SchemaChange[] {
  const oldKeys = keysOf(a);
  const newKeys = keysOf(b);
  const changes: SchemaChange[] = [];
  if (!same(a.primaryKey, b.primaryKey)) {
    changes.push({
      rule: RULES.primaryKeyChanged,
      pointer: `${where.base}/primaryKey`,
      message: `${where.label}primaryKey ${show(keyOf(a.schema.primaryKey))} → ${show(keyOf(b.schema.primaryKey))}`,
      breaks: {
        backward: b.primaryKey.length > 0 && !implied(b.primaryKey, oldKeys),
        forward: a.primaryKey.length > 0 && !implied(a.primaryKey, newKeys),
      },
    });
  }
  const label = (k: string[]) => (k.length === 1 ? `unique ${show(k[0])}` : `unique key ${show(k)}`);
  for (const key of newKeys) {
    if (same(key, b.primaryKey) || oldKeys.some((k) => same(k, key))) continue;
    changes.push({
      rule: RULES.constraintTightened,
      pointer: `${where.base}/uniqueKeys`,
      message: `${where.label}${label(key)} added`,
      breaks: { backward: !implied(key, oldKeys), forward: false },
    });
  }
  for (const key of oldKeys) {
    if (same(key, a.primaryKey) || newKeys.some((k) => same(k, key))) continue;
    changes.push({
      rule: RULES.constraintLoosened,
      pointer: `${where.base}/uniqueKeys`,
      message: `${where.label}${label(key)} removed`,
      breaks: { backward: false, forward: !implied(key, newKeys) },
    });
  }
  return changes;
}

/** missingValues entries are strings or (v2) `{value, label}` objects. */
function tokens(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return fallback;
  return value.map((v: unknown) => (isObject(v) ? String(v.value) : String(v)));
}

/** Whether a compiled field accepts a cell text (no compiled field: it cannot be shown to). */
function accepts(f: Field, text: string): boolean {
  return f.compiled ? f.compiled.problems(text).length === 0 : false;
}

/**
 * Whether a token changes from accepted to refused between the sides, in each direction. A token
 * that is missing on one side and a value on the other also matters to keys: missing parts are
 * not compared, so data may repeat it where the other side sees duplicate key values.
 */
function tokenBreaks(
  token: string,
  before: Field,
  after: Field,
  keyed: { before: boolean; after: boolean },
): Breaks {
  const missingBefore = before.compiled?.missing.has(token) ?? false;
  const missingAfter = after.compiled?.missing.has(token) ?? false;
  const repeats = (missingHere: boolean, missingThere: boolean, keyedThere: boolean) =>
    missingHere && !missingThere && keyedThere;
  return {
    backward:
      (accepts(before, token) && !accepts(after, token)) ||
      (accepts(before, token) && repeats(missingBefore, missingAfter, keyed.after)),
    forward:
      (accepts(after, token) && !accepts(before, token)) ||
      (accepts(after, token) && repeats(missingAfter, missingBefore, keyed.before)),
  };
}

/** Whether a column takes part in a key (primary key, uniqueKeys, unique) of a side. */
function keyedIn(side: Side, name: string): boolean {
  return keysOf(side).some((k) => k.includes(name));
}

/**
 * Schema-level missingValues tokens added or removed, judged on every field that inherits them
 * (a field with its own list is diffed with the field).
 */
function missingChanges(a: Side, b: Side, where: Where): SchemaChange[] {
  const inheriting = b.fields.filter((f) => f.value.missingValues === undefined && a.byName.has(f.name));
  const changes: SchemaChange[] = [];
  for (const [list, other, rule, word] of [
    [a.missing, b.missing, RULES.missingValueRemoved, 'removed'],
    [b.missing, a.missing, RULES.missingValueAdded, 'added'],
  ] as const) {
    for (const token of list.filter((t) => !other.includes(t))) {
      const breaks = inheriting.reduce<Breaks>(
        (acc, f) =>
          union(
            acc,
            tokenBreaks(token, a.byName.get(f.name) as Field, f, {
              before: keyedIn(a, f.name),
              after: keyedIn(b, f.name),
            }),
          ),
        NONE,
      );
      changes.push({
        rule,
        pointer: `${where.base}/missingValues`,
        message: `${where.label}schema: missingValues token ${show(token)} ${word}`,
        breaks,
      });
    }
  }
  return changes;
}

function notAnalysed(oldSchema: JsonObject, newSchema: JsonObject, where: Where): SchemaChange[] {
  if (same(oldSchema.foreignKeys, newSchema.foreignKeys)) return [];
  return [
    {
      rule: RULES.notAnalysed,
      pointer: `${where.base}/foreignKeys`,
      message: `${where.label}foreignKeys ${show(oldSchema.foreignKeys)} → ${show(newSchema.foreignKeys)} (not validated: foreign keys span resources)`,
      breaks: NONE,
    },
  ];
}

/** A missing `type` means `any` (Table Schema v2). */
function typeOf(field: JsonObject): string {
  return typeof field.type === 'string' ? field.type : 'any';
}

function formatOf(field: JsonObject): string {
  return typeof field.format === 'string' ? field.format : 'default';
}

const NUMERIC_RANK: Record<string, number> = { year: 0, integer: 1, number: 2 };

/** How the texts a type+format accepts relate: every cell is text, so `any` and `string` hold all. */
function typeRelation(
  a: JsonObject,
  b: JsonObject,
): 'same' | 'equivalent' | 'wider' | 'narrower' | 'changed' {
  const [ta, fa, tb, fb] = [typeOf(a), formatOf(a), typeOf(b), formatOf(b)];
  if (ta === tb && fa === fb) return 'same';
  const text = (t: string, f: string) => t === 'any' || (t === 'string' && f === 'default');
  if (text(ta, fa) && text(tb, fb)) return 'equivalent';
  if (text(tb, fb)) return 'wider';
  if (text(ta, fa)) return 'narrower';
  const ra = NUMERIC_RANK[ta];
  const rb = NUMERIC_RANK[tb];
  if (ra !== undefined && rb !== undefined && fa === 'default' && fb === 'default')
    return ra < rb ? 'wider' : 'narrower';
  if (ta === tb && fa === 'default' && fb === 'any') return 'wider';
  if (ta === tb && fa === 'any' && fb === 'default') return 'narrower';
  return 'changed';
}

/** Keys that change how a cell's text is read; any change may misread old data. */
const LEXICAL_KEYS = [
  'decimalChar',
  'groupChar',
  'bareNumber',
  'trueValues',
  'falseValues',
  'delimiter',
  'itemType',
] as const;

/**
 * One field on both sides. Value aspects (type, format, bounds, pattern, enum, categories) are
 * compared keyword by keyword; when a side's values are a finite list (enum or categories), the
 * other side's compiled field decides exactly instead.
 */
function diffField(before: Field, after: Field, a: Side, b: Side, where: Where): SchemaChange[] {
  const subject = `${where.label}column ${show(after.name)}`;
  const p = (key: string) => `${where.base}/${key}`;
  const values: SchemaChange[] = [
    ...typeChanges(before.value, after.value, subject, p),
    ...constraintChanges(before.value, after.value, subject, p),
  ];
  const finiteBack = finiteAccepted(before, after);
  const finiteFwd = finiteAccepted(after, before);
  const refined = values.map((c) => ({
    ...c,
    breaks: { backward: c.breaks.backward && !finiteBack, forward: c.breaks.forward && !finiteFwd },
  }));
  return [
    ...refined,
    ...lexicalChanges(before.value, after.value, subject, p),
    ...requiredChanges(before, after, a, b, { subject, pointer: p('constraints/required') }),
    ...fieldMissingChanges(before, after, {
      subject,
      pointer: p('missingValues'),
      keyed: { before: keyedIn(a, before.name), after: keyedIn(b, after.name) },
    }),
  ];
}

/** True when `from` lists its values (enum/categories) and `to` accepts every one of them. */
function finiteAccepted(from: Field, to: Field): boolean {
  const c = isObject(from.value.constraints) ? from.value.constraints : {};
  const list = Array.isArray(c.enum)
    ? c.enum
    : Array.isArray(from.value.categories)
      ? from.value.categories
      : undefined;
  if (!list || !to.compiled || typeOf(from.value) !== 'string') return false;
  return list.every((v: unknown) => {
    const text = isObject(v) ? String(v.value) : String(v);
    return accepts(to, text);
  });
}

function typeChanges(
  before: JsonObject,
  after: JsonObject,
  subject: string,
  p: (key: string) => string,
): SchemaChange[] {
  const relation = typeRelation(before, after);
  if (relation === 'same') return [];
  const sameType = typeOf(before) === typeOf(after);
  const rule: BreakingRule = sameType
    ? RULES.formatChanged
    : relation === 'wider'
      ? RULES.typeWidened
      : relation === 'narrower'
        ? RULES.typeNarrowed
        : relation === 'equivalent'
          ? RULES.typeWidened
          : RULES.typeChanged;
  const breaks =
    relation === 'wider'
      ? LOOSER
      : relation === 'narrower'
        ? TIGHTER
        : relation === 'equivalent'
          ? NONE
          : BOTH;
  const message = sameType
    ? `${subject}: format ${show(formatOf(before))} → ${show(formatOf(after))}`
    : `${subject}: type ${show(typeOf(before))} → ${show(typeOf(after))}`;
  return [{ rule, pointer: p(sameType ? 'format' : 'type'), message, breaks }];
}

function lexicalChanges(
  before: JsonObject,
  after: JsonObject,
  subject: string,
  p: (key: string) => string,
): SchemaChange[] {
  return LEXICAL_KEYS.filter((key) => !same(before[key], after[key])).map((key) => ({
    rule: RULES.formatChanged,
    pointer: p(key),
    message: `${subject}: ${key} ${show(before[key])} → ${show(after[key])}`,
    breaks: BOTH,
  }));
}

function constraintChanges(
  before: JsonObject,
  after: JsonObject,
  subject: string,
  p: (key: string) => string,
): SchemaChange[] {
  const o = isObject(before.constraints) ? before.constraints : {};
  const n = isObject(after.constraints) ? after.constraints : {};
  const c = (key: string) => p(`constraints/${pointerSegment(key)}`);
  const changes: SchemaChange[] = [];
  const bound = (kind: 'lower' | 'upper', key: string) => {
    const breaks = boundBreaks(kind, o[key], n[key]);
    if (breaks === NONE) return;
    const rule = breaks.backward ? RULES.constraintTightened : RULES.constraintLoosened;
    changes.push({
      rule,
      pointer: c(key),
      message: `${subject}: ${key} ${show(o[key])} → ${show(n[key])}`,
      breaks,
    });
  };
  for (const key of ['minimum', 'exclusiveMinimum', 'minLength']) bound('lower', key);
  for (const key of ['maximum', 'exclusiveMaximum', 'maxLength']) bound('upper', key);
  if (!same(o.pattern, n.pattern)) {
    const breaks = n.pattern === undefined ? LOOSER : o.pattern === undefined ? TIGHTER : BOTH;
    const rule = n.pattern === undefined ? RULES.constraintLoosened : RULES.constraintTightened;
    changes.push({
      rule,
      pointer: c('pattern'),
      message: `${subject}: pattern ${show(o.pattern)} → ${show(n.pattern)}`,
      breaks,
    });
  }
  changes.push(...valueListChanges(listOf(o.enum), listOf(n.enum), subject, c('enum')));
  const categories = (f: JsonObject) =>
    Array.isArray(f.categories) ? f.categories.map((x: unknown) => (isObject(x) ? x.value : x)) : undefined;
  changes.push(
    ...valueListChanges(categories(before), categories(after), `${subject} categories`, p('categories')),
  );
  if (!same(o.jsonSchema, n.jsonSchema)) {
    changes.push({
      rule: RULES.notAnalysed,
      pointer: c('jsonSchema'),
      message: `${subject}: jsonSchema constraint changed (the gate does not validate jsonSchema constraints)`,
      breaks: NONE,
    });
  }
  return changes;
}

const listOf = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

/**
 * `enum` (and JSON Schema `const`, passed as a one-value list): removed values tighten, added
 * ones loosen; introducing a list restricts all values, dropping it loosens.
 */
export function valueListChanges(
  oldValues: readonly unknown[] | undefined,
  newValues: readonly unknown[] | undefined,
  subject: string,
  pointer: string,
): SchemaChange[] {
  if (oldValues === undefined && newValues === undefined) return [];
  if (oldValues === undefined)
    return [
      {
        rule: RULES.constraintTightened,
        pointer,
        message: `${subject}: enum added ${show(newValues)}`,
        breaks: TIGHTER,
      },
    ];
  if (newValues === undefined)
    return [
      {
        rule: RULES.constraintLoosened,
        pointer,
        message: `${subject}: enum ${show(oldValues)} removed`,
        breaks: LOOSER,
      },
    ];
  const { removed, added } = listBreaks(oldValues, newValues);
  const changes: SchemaChange[] = [];
  const both = `(${show(oldValues)} → ${show(newValues)})`;
  if (removed.length > 0)
    changes.push({
      rule: RULES.enumValueRemoved,
      pointer,
      message: `${subject}: enum value${removed.length > 1 ? 's' : ''} ${removed.map(show).join(', ')} removed ${both}`,
      breaks: TIGHTER,
    });
  if (added.length > 0)
    changes.push({
      rule: RULES.enumValueAdded,
      pointer,
      message: `${subject}: enum value${added.length > 1 ? 's' : ''} ${added.map(show).join(', ')} added ${both}`,
      breaks: LOOSER,
    });
  return changes;
}

/** `required` (or primary-key membership): judged on the missing tokens each side accepts. */
function requiredChanges(
  before: Field,
  after: Field,
  a: Side,
  b: Side,
  at: { subject: string; pointer: string },
): SchemaChange[] {
  const was = before.compiled?.required ?? false;
  const is = after.compiled?.required ?? false;
  if (was === is) return [];
  const all = [...new Set([...(before.compiled?.missing ?? []), ...(after.compiled?.missing ?? [])])];
  const keyed = { before: keyedIn(a, before.name), after: keyedIn(b, after.name) };
  const breaks = all.reduce<Breaks>((acc, t) => union(acc, tokenBreaks(t, before, after, keyed)), NONE);
  const why = (side: Side, name: string) => (side.primaryKey.includes(name) ? ' (primary key)' : '');
  return [
    {
      rule: is ? RULES.requiredAdded : RULES.requiredRemoved,
      pointer: at.pointer,
      message: `${at.subject}: required ${String(was)}${why(a, before.name)} → ${String(is)}${why(b, after.name)}`,
      breaks,
    },
  ];
}

/** A field's own missingValues list, compared token by token on that field. */
function fieldMissingChanges(
  before: Field,
  after: Field,
  at: { subject: string; pointer: string; keyed: { before: boolean; after: boolean } },
): SchemaChange[] {
  const { subject, pointer, keyed } = at;
  if (before.value.missingValues === undefined && after.value.missingValues === undefined) return [];
  const o = [...(before.compiled?.missing ?? [])];
  const n = [...(after.compiled?.missing ?? [])];
  return [
    ...o
      .filter((t) => !n.includes(t))
      .map((t) => ({
        rule: RULES.missingValueRemoved,
        pointer,
        message: `${subject}: missingValues token ${show(t)} removed`,
        breaks: tokenBreaks(t, before, after, keyed),
      })),
    ...n
      .filter((t) => !o.includes(t))
      .map((t) => ({
        rule: RULES.missingValueAdded,
        pointer,
        message: `${subject}: missingValues token ${show(t)} added`,
        breaks: tokenBreaks(t, before, after, keyed),
      })),
  ];
}

/** The directions the changes of one schema pair break, for tests and summaries. */
export function tableBreaks(oldValue: unknown, newValue: unknown): Breaks {
  return breaksOf(diffTableSchema(oldValue, newValue));
}
