import type { ErrorObject } from 'ajv';
import type { Finding } from '../../result/types.js';
import { describeSchemaError, foldSchemaErrors, valueAtPointer } from '../../util/schema-errors.js';
// The profiles are fixed: compiled at build time (scripts/generate.mjs), not at every start.
import dataPackageProfile from './data-package-profile.generated.js';
import type { SchemaDocument } from './schema-files.js';
import { type CompiledField, compileField } from './table-field.js';
import tableProfile from './table-schema-profile.generated.js';
import type { TableField } from './table-types.js';

/** How the data's columns line up with the schema's fields. */
export type FieldsMatch = 'exact' | 'equal' | 'subset' | 'superset' | 'partial';

/** A Table Schema ready to validate rows: compiled fields and the keys to check for uniqueness. */
export interface TableContract {
  fields: CompiledField[];
  fieldsMatch: FieldsMatch;
  /** Each entry is a list of field names whose combined values must be unique. */
  uniqueKeys: Array<{ fields: string[]; label: string; primary: boolean }>;
  /** The raw descriptor, for the Parquet footer check. */
  descriptor: { fields: TableField[] };
}

/** Checks a Data Package descriptor against its profile; inline resource schemas are checked too. */
export function checkDataPackage(doc: SchemaDocument): Finding[] {
  const findings = profileFindings(doc, dataPackageProfile, '', 'Data Package');
  const resources = (doc.value as { resources?: unknown } | null)?.resources;
  if (Array.isArray(resources)) {
    resources.forEach((r: unknown, i) => {
      const schema = (r as { schema?: unknown } | null)?.schema;
      if (typeof schema === 'object' && schema !== null) {
        findings.push(...checkTableSchema(doc, `/resources/${i}/schema`).findings);
      } else if (typeof schema === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(schema)) {
        findings.push(
          finding(
            doc,
            `/resources/${i}/schema`,
            'remote-ref',
            `resource ${i} of ${doc.path} names a remote schema ${schema}; the gate never fetches schemas`,
            'Vendor the schema into the repository and name it by relative path.',
          ),
        );
      }
    });
  }
  return findings;
}

/** The keys of a Table Schema descriptor the checks read. */
interface TableDescriptor {
  fields: TableField[];
  fieldsMatch?: FieldsMatch;
  missingValues?: Array<string | { value: string }>;
  primaryKey?: string | string[];
  uniqueKeys?: string[][];
  foreignKeys?: Array<{ fields: string | string[] }>;
}

/**
 * Checks a Table Schema (the whole document, or the one at `pointer` inside a Data Package)
 * against the profile and for what the profile cannot say: unique field names, keys that name
 * existing fields, valid patterns and formats. Returns the compiled contract when it is usable.
 */
export function checkTableSchema(
  doc: SchemaDocument,
  pointer = '',
): { findings: Finding[]; contract?: TableContract } {
  const profile = profileFindings(doc, tableProfile, pointer, 'Table Schema');
  if (profile.length > 0) return { findings: profile };
  const schema = valueAtPointer(doc.value, pointer) as TableDescriptor;
  const primaryKey = schema.primaryKey === undefined ? [] : asList(schema.primaryKey);
  const findings = [...duplicateNames(doc, pointer, schema), ...unknownKeyFields(doc, pointer, schema)];
  const compiled = compileFields(doc, pointer, schema, primaryKey);
  findings.push(...compiled.findings);
  if (findings.length > 0) return { findings };
  return {
    findings,
    contract: {
      fields: compiled.fields,
      fieldsMatch: schema.fieldsMatch ?? 'exact',
      uniqueKeys: uniqueKeysOf(schema, primaryKey),
      descriptor: schema,
    },
  };
}

const asList = (k: string | string[]): string[] => (typeof k === 'string' ? [k] : k);

function duplicateNames(doc: SchemaDocument, pointer: string, schema: TableDescriptor): Finding[] {
  const names = new Set<string>();
  const findings: Finding[] = [];
  schema.fields.forEach((f, i) => {
    if (names.has(f.name))
      findings.push(
        finding(
          doc,
          `${pointer}/fields/${i}/name`,
          'schema-invalid',
          `${doc.path}: field name "${f.name}" is used twice`,
        ),
      );
    names.add(f.name);
  });
  return findings;
}

/** primaryKey, uniqueKeys and foreignKeys must name fields of the schema. */
function unknownKeyFields(doc: SchemaDocument, pointer: string, schema: TableDescriptor): Finding[] {
  const names = new Set(schema.fields.map((f) => f.name));
  const keyLists: Array<{ fields: string[]; at: string }> = [
    ...(schema.primaryKey !== undefined
      ? [{ fields: asList(schema.primaryKey), at: `${pointer}/primaryKey` }]
      : []),
    ...(schema.uniqueKeys ?? []).map((k, i) => ({ fields: k, at: `${pointer}/uniqueKeys/${i}` })),
    ...(schema.foreignKeys ?? []).map((k, i) => ({
      fields: asList(k.fields),
      at: `${pointer}/foreignKeys/${i}/fields`,
    })),
  ];
  return keyLists.flatMap((key) =>
    key.fields
      .filter((name) => !names.has(name))
      .map((name) =>
        finding(
          doc,
          key.at,
          'schema-invalid',
          `${doc.path}: key field "${name}" is not one of the fields`,
          'Name a field defined in fields, or add the field.',
        ),
      ),
  );
}

function compileFields(
  doc: SchemaDocument,
  pointer: string,
  schema: TableDescriptor,
  primaryKey: string[],
): { fields: CompiledField[]; findings: Finding[] } {
  const schemaMissing = (schema.missingValues ?? ['']).map((m) => (typeof m === 'string' ? m : m.value));
  const fields: CompiledField[] = [];
  const findings: Finding[] = [];
  schema.fields.forEach((f, i) => {
    const compiled = compileField(f, schemaMissing, primaryKey.includes(f.name));
    if (typeof compiled === 'string')
      findings.push(
        finding(
          doc,
          `${pointer}/fields/${i}`,
          'schema-invalid',
          `${doc.path}: field "${f.name}": ${compiled}`,
        ),
      );
    else fields.push(compiled);
  });
  return { fields, findings };
}

function uniqueKeysOf(schema: TableDescriptor, primaryKey: string[]): TableContract['uniqueKeys'] {
  return [
    ...(primaryKey.length > 0
      ? [{ fields: primaryKey, label: `primary key (${primaryKey.join(', ')})`, primary: true }]
      : []),
    ...(schema.uniqueKeys ?? []).map((k) => ({
      fields: k,
      label: `unique key (${k.join(', ')})`,
      primary: false,
    })),
    ...schema.fields
      .filter((f) => f.constraints?.unique === true)
      .map((f) => ({ fields: [f.name], label: `unique field ${f.name}`, primary: false })),
  ];
}

function profileFindings(
  doc: SchemaDocument,
  validate: { (data: unknown): boolean; errors?: ErrorObject[] | null },
  pointer: string,
  what: string,
): Finding[] {
  const value = valueAtPointer(doc.value, pointer);
  if (validate(value)) return [];
  return foldSchemaErrors(validate.errors ?? []).map((e) => {
    const { pointer: p, message } = describeSchemaError(e, (q) => valueAtPointer(value, q));
    return finding(doc, `${pointer}${p}`, 'schema-invalid', `${doc.path}: not a valid ${what}: ${message}`);
  });
}

function finding(doc: SchemaDocument, pointer: string, rule: string, message: string, fix?: string): Finding {
  const line = doc.lineOf(pointer);
  return {
    severity: 'error',
    rule: `data-schema/${rule}`,
    path: doc.path,
    ...(line !== undefined ? { line } : {}),
    message,
    fix:
      fix ??
      'Fix the descriptor at that key (see the Table Schema / Data Package specification at datapackage.org).',
  };
}
