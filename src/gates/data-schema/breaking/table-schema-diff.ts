import type { JsonObject, SchemaChange } from './change.js';
import {
  ChangeSink,
  compareBound,
  compareEnum,
  compareFlag,
  compareFormat,
  comparePattern,
  isObject,
  pointerSegment,
  same,
  show,
} from './change.js';
import { RULES } from './rules.js';

/**
 * Diffs two Frictionless Table Schemas (v1 or v2) field by field, matched by name. Also accepts
 * Data Package descriptors: their resources' inline schemas are diffed by resource name.
 */
export function diffTableSchema(oldValue: unknown, newValue: unknown): SchemaChange[] {
  const sink = new ChangeSink();
  if (isObject(oldValue) && isObject(newValue) && Array.isArray(newValue.resources)) {
    diffPackage(sink, oldValue, newValue);
  } else if (isObject(oldValue) && isObject(newValue)) {
    diffSchema(sink, oldValue, newValue, '', '');
  }
  return sink.changes;
}

function diffPackage(sink: ChangeSink, oldPkg: JsonObject, newPkg: JsonObject): void {
  const oldResources = Array.isArray(oldPkg.resources) ? oldPkg.resources.filter(isObject) : [];
  const newResources: unknown[] = Array.isArray(newPkg.resources) ? newPkg.resources : [];
  newResources.forEach((resource, index) => {
    if (!isObject(resource) || !isObject(resource.schema)) return;
    const before = oldResources.find((r) => r.name === resource.name);
    // A resource new in the PR has nothing to be compatible with; a remote schema is not fetched.
    if (!before || !isObject(before.schema)) return;
    diffSchema(
      sink,
      before.schema,
      resource.schema,
      `/resources/${index}/schema`,
      `resource ${show(resource.name)} `,
    );
  });
}

interface Field {
  name: string;
  index: number;
  value: JsonObject;
}

function fieldsOf(schema: JsonObject): Field[] {
  if (!Array.isArray(schema.fields)) return [];
  const out: Field[] = [];
  schema.fields.forEach((value: unknown, index: number) => {
    if (isObject(value) && typeof value.name === 'string') out.push({ name: value.name, index, value });
  });
  return out;
}

/** fieldsMatch modes from strictest to loosest (v2); subset and superset are siblings. */
const FIELDS_MATCH_RANK: Record<string, number> = { exact: 4, equal: 3, subset: 2, superset: 2, partial: 1 };

function fieldsMatchOf(schema: JsonObject): string {
  return typeof schema.fieldsMatch === 'string' ? schema.fieldsMatch : 'exact';
}

function diffSchema(
  sink: ChangeSink,
  oldSchema: JsonObject,
  newSchema: JsonObject,
  base: string,
  label: string,
): void {
  const oldFields = fieldsOf(oldSchema);
  const newFields = fieldsOf(newSchema);
  const newByName = new Map(newFields.map((f) => [f.name, f]));
  const oldByName = new Map(oldFields.map((f) => [f.name, f]));
  const removed = oldFields.filter((f) => !newByName.has(f.name));
  const added = newFields.filter((f) => !oldByName.has(f.name));
  const fieldsPointer = `${base}/fields`;
  const at = (f: Field): string => `${fieldsPointer}/${f.index}`;
  const newMatch = fieldsMatchOf(newSchema);

  // A rename shows up as one field removed and one added at the same position with the same type.
  const renamedTo = new Map<Field, Field>();
  for (const gone of removed) {
    const candidate = added.find(
      (f) =>
        f.index === gone.index &&
        typeOf(f.value) === typeOf(gone.value) &&
        ![...renamedTo.values()].includes(f),
    );
    if (candidate) renamedTo.set(gone, candidate);
  }
  for (const [gone, now] of renamedTo) {
    sink.add(RULES.columnRenamed, at(now), `${label}column ${show(gone.name)} renamed to ${show(now.name)}`);
    diffField(sink, gone.value, now.value, at(now), `${label}column ${show(now.name)}`);
  }
  const renamedNew = new Set(renamedTo.values());
  for (const gone of removed) {
    if (renamedTo.has(gone)) continue;
    sink.add(RULES.columnRemoved, fieldsPointer, `${label}column ${show(gone.name)} removed`);
  }
  for (const now of added) {
    if (renamedNew.has(now)) continue;
    const subject = `${label}column ${show(now.name)}`;
    const constraints = isObject(now.value.constraints) ? now.value.constraints : {};
    // exact/equal/subset require every schema field to be present in the data, so old data that
    // lacks the column fails; superset/partial let data omit it.
    if (constraints.required === true) {
      sink.add(RULES.requiredColumnAdded, at(now), `${subject} added as required`);
    } else if (newMatch === 'exact' || newMatch === 'equal') {
      sink.add(RULES.columnAddedClosed, at(now), `${subject} added (fieldsMatch ${newMatch})`);
    } else if (newMatch === 'subset') {
      sink.add(
        RULES.requiredColumnAdded,
        at(now),
        `${subject} added (fieldsMatch subset: data must have it)`,
      );
    } else {
      sink.add(RULES.optionalColumnAdded, at(now), `${subject} added as optional`);
    }
  }
  for (const now of newFields) {
    const before = oldByName.get(now.name);
    if (before) diffField(sink, before.value, now.value, at(now), `${label}column ${show(now.name)}`);
  }

  // Under fieldsMatch exact, fields are matched by position: any reordering misreads the data.
  if (newMatch === 'exact') {
    const kept = (fields: Field[], names: Set<string>): string[] =>
      fields.filter((f) => names.has(f.name)).map((f) => f.name);
    const common = new Set(oldFields.filter((f) => newByName.has(f.name)).map((f) => f.name));
    const oldOrder = kept(oldFields, common);
    const newOrder = kept(newFields, common);
    if (!same(oldOrder, newOrder)) {
      sink.add(
        RULES.columnReordered,
        fieldsPointer,
        `${label}columns reordered: ${show(oldOrder)} → ${show(newOrder)}`,
      );
    }
  }

  const oldMatch = fieldsMatchOf(oldSchema);
  if (oldMatch !== newMatch) {
    const oldRank = FIELDS_MATCH_RANK[oldMatch] ?? 0;
    const newRank = FIELDS_MATCH_RANK[newMatch] ?? 0;
    // subset ↔ superset is neither stricter nor looser; report it as stricter (data may fail).
    const rule = newRank < oldRank ? RULES.schemaOpened : RULES.schemaClosed;
    sink.add(rule, `${base}/fieldsMatch`, `${label}fieldsMatch ${show(oldMatch)} → ${show(newMatch)}`);
  }

  const oldKey = keyOf(oldSchema.primaryKey);
  const newKey = keyOf(newSchema.primaryKey);
  if (!same(oldKey, newKey)) {
    sink.add(
      RULES.primaryKeyChanged,
      `${base}/primaryKey`,
      `${label}primaryKey ${show(oldKey)} → ${show(newKey)}`,
    );
  }
  diffUniqueKeys(sink, oldSchema.uniqueKeys, newSchema.uniqueKeys, `${base}/uniqueKeys`, label);
  diffMissingValues(
    sink,
    oldSchema.missingValues,
    newSchema.missingValues,
    `${base}/missingValues`,
    `${label}schema`,
  );
  if (!same(oldSchema.foreignKeys, newSchema.foreignKeys)) {
    sink.add(
      RULES.notAnalysed,
      `${base}/foreignKeys`,
      `${label}foreignKeys ${show(oldSchema.foreignKeys)} → ${show(newSchema.foreignKeys)}`,
    );
  }
}

/** v1 allowed a single column name as the key; v2 always uses an array. */
function keyOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.map(String);
  return undefined;
}

function diffUniqueKeys(
  sink: ChangeSink,
  oldValue: unknown,
  newValue: unknown,
  pointer: string,
  label: string,
): void {
  const keys = (v: unknown): string[][] =>
    Array.isArray(v) ? v.map(keyOf).filter((k) => k !== undefined) : [];
  const oldKeys = keys(oldValue);
  const newKeys = keys(newValue);
  for (const key of newKeys) {
    if (!oldKeys.some((k) => same(k, key))) {
      sink.add(RULES.constraintTightened, pointer, `${label}unique key ${show(key)} added`);
    }
  }
  for (const key of oldKeys) {
    if (!newKeys.some((k) => same(k, key))) {
      sink.add(RULES.constraintLoosened, pointer, `${label}unique key ${show(key)} removed`);
    }
  }
}

/** missingValues entries are strings or (v2) `{value, label}` objects; the default is `[""]`. */
function missingTokens(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return fallback;
  return value.map((v: unknown) => (isObject(v) ? String(v.value) : String(v)));
}

function diffMissingValues(
  sink: ChangeSink,
  oldValue: unknown,
  newValue: unknown,
  pointer: string,
  subject: string,
  fallbackOld: string[] = [''],
  fallbackNew: string[] = [''],
): void {
  const before = missingTokens(oldValue, fallbackOld);
  const after = missingTokens(newValue, fallbackNew);
  for (const token of before) {
    if (!after.includes(token)) {
      sink.add(RULES.missingValueRemoved, pointer, `${subject}: missingValues token ${show(token)} removed`);
    }
  }
  for (const token of after) {
    if (!before.includes(token)) {
      sink.add(RULES.missingValueAdded, pointer, `${subject}: missingValues token ${show(token)} added`);
    }
  }
}

/** A missing `type` means `any` (Table Schema v2). */
function typeOf(field: JsonObject): string {
  return typeof field.type === 'string' ? field.type : 'any';
}

/**
 * Type promotions that keep old data valid: every cell is text, so anything reads as `string` and
 * `any`; integers read as numbers (the Avro int → double promotion); years are integers.
 */
const WIDENS_TO: Record<string, readonly string[]> = {
  integer: ['number'],
  year: ['integer', 'number'],
};

function typeRelation(from: string, to: string): 'same' | 'widened' | 'narrowed' | 'changed' {
  if (from === to) return 'same';
  const widens = (a: string, b: string): boolean =>
    b === 'any' || (b === 'string' && a !== 'any') || (WIDENS_TO[a]?.includes(b) ?? false);
  if (widens(from, to)) return 'widened';
  if (widens(to, from)) return 'narrowed';
  return 'changed';
}

/** Keys that change how a cell's text is read; any change misreads old data. */
const LEXICAL_KEYS = ['decimalChar', 'groupChar', 'bareNumber', 'trueValues', 'falseValues'] as const;

function diffField(
  sink: ChangeSink,
  oldField: JsonObject,
  newField: JsonObject,
  pointer: string,
  subject: string,
): void {
  const oldType = typeOf(oldField);
  const newType = typeOf(newField);
  const relation = typeRelation(oldType, newType);
  if (relation !== 'same') {
    const rule =
      relation === 'widened'
        ? RULES.typeWidened
        : relation === 'narrowed'
          ? RULES.typeNarrowed
          : RULES.typeChanged;
    sink.add(rule, `${pointer}/type`, `${subject}: type ${show(oldType)} → ${show(newType)}`);
  }
  const format = (f: JsonObject): unknown => (f.format === 'default' ? undefined : f.format);
  compareFormat(sink, format(oldField), format(newField), subject, `${pointer}/format`);
  for (const key of LEXICAL_KEYS) {
    if (!same(oldField[key], newField[key])) {
      sink.add(
        RULES.formatChanged,
        `${pointer}/${key}`,
        `${subject}: ${key} ${show(oldField[key])} → ${show(newField[key])}`,
      );
    }
  }
  if (oldField.missingValues !== undefined || newField.missingValues !== undefined) {
    // A field without its own missingValues inherits the schema's; compare only explicit lists.
    diffMissingValues(
      sink,
      oldField.missingValues,
      newField.missingValues,
      `${pointer}/missingValues`,
      subject,
    );
  }
  const categories = (f: JsonObject): unknown[] | undefined =>
    Array.isArray(f.categories) ? f.categories.map((c: unknown) => (isObject(c) ? c.value : c)) : undefined;
  compareEnum(
    sink,
    categories(oldField),
    categories(newField),
    `${subject} categories`,
    `${pointer}/categories`,
  );
  diffConstraints(
    sink,
    isObject(oldField.constraints) ? oldField.constraints : {},
    isObject(newField.constraints) ? newField.constraints : {},
    `${pointer}/constraints`,
    subject,
  );
}

function diffConstraints(
  sink: ChangeSink,
  before: JsonObject,
  after: JsonObject,
  pointer: string,
  subject: string,
): void {
  const p = (key: string): string => `${pointer}/${pointerSegment(key)}`;
  const wasRequired = before.required === true;
  const isRequired = after.required === true;
  if (!wasRequired && isRequired)
    sink.add(RULES.requiredAdded, p('required'), `${subject}: required false → true`);
  if (wasRequired && !isRequired)
    sink.add(RULES.requiredRemoved, p('required'), `${subject}: required true → false`);
  compareFlag(sink, 'unique', before.unique, after.unique, subject, p('unique'));
  for (const key of ['minimum', 'exclusiveMinimum', 'minLength']) {
    compareBound(sink, 'lower', key, before[key], after[key], subject, p(key));
  }
  for (const key of ['maximum', 'exclusiveMaximum', 'maxLength']) {
    compareBound(sink, 'upper', key, before[key], after[key], subject, p(key));
  }
  comparePattern(sink, before.pattern, after.pattern, subject, p('pattern'));
  const list = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
  compareEnum(sink, list(before.enum), list(after.enum), subject, p('enum'));
  if (!same(before.jsonSchema, after.jsonSchema)) {
    sink.add(RULES.notAnalysed, p('jsonSchema'), `${subject}: jsonSchema constraint changed`);
  }
}
