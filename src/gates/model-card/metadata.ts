import type { Finding } from '../../result/types.js';
import { InputError } from '../../util/errors.js';
import { describeSchemaError, foldSchemaErrors, valueAtPointer } from '../../util/schema-errors.js';
import { parseYaml, type YamlDocument } from '../../util/yaml.js';
import huggingfaceValidator from './huggingface-validator.generated.js';
import { checkLicense } from './license.js';
import mct001Validator from './mct-v0.0.1-validator.generated.js';
import mct002Validator from './mct-v0.0.2-validator.generated.js';

/** Parsed metadata of a card, with file lines for JSON pointers. */
export interface CardMetadata {
  value: Record<string, unknown>;
  /** 1-based line in the card file of the node at a JSON pointer. */
  lineOf(pointer: string): number | undefined;
}

/** The shipped schemas, compiled at build time (scripts/generate.mjs) with the options they need. */
const VALIDATORS = {
  huggingface: huggingfaceValidator,
  'mct-v0.0.1': mct001Validator,
  'mct-v0.0.2': mct002Validator,
};

/** A compiled validator of a shipped schema. */
type Validate = (typeof VALIDATORS)[keyof typeof VALIDATORS];

/**
 * Parses YAML (front matter, or a JSON card: JSON is YAML) with the safe parser: duplicate keys,
 * alias bombs and deep nesting are refused. Returns the mapping or findings that name the line.
 * `firstLine` is the card line the text starts on. With `allowEmpty`, a block with no value
 * (blank or comments only) is an empty mapping, as huggingface_hub's `RepoCard` reads it
 * (`yaml.safe_load` gives None, which it replaces with `{}`).
 */
export function parseMapping(
  text: string,
  path: string,
  firstLine: number,
  what: string,
  options: { allowEmpty?: boolean } = {},
): { metadata: CardMetadata } | { findings: Finding[] } {
  let doc: YamlDocument;
  try {
    doc = parseYaml(text, path);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const yamlLine = error.location?.line;
    const line = yamlLine !== undefined ? yamlLine + firstLine - 1 : firstLine;
    // The parser's message starts with "path[:line]: "; restate it with the card's line.
    const reason = error.message.replace(/^[^:]*(:\d+)?: /, '');
    return {
      findings: [
        {
          severity: 'error',
          rule: 'model-card/metadata-invalid',
          path,
          line,
          message: `${what} of ${path} is not valid: ${reason}`,
          fix: error.fix ?? 'Fix the YAML at that line.',
        },
      ],
    };
  }
  const value =
    options.allowEmpty === true && (doc.value === null || doc.value === undefined) ? {} : doc.value;
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    const kind =
      value === null || value === undefined ? 'empty' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    return {
      findings: [
        {
          severity: 'error',
          rule: 'model-card/metadata-not-mapping',
          path,
          line: firstLine,
          message: `${what} of ${path} is ${kind}, not a mapping of keys to values.`,
          fix: 'Write key: value pairs (license: apache-2.0, library_name: scikit-learn, ...).',
        },
      ],
    };
  }
  return {
    metadata: {
      value: value as Record<string, unknown>,
      lineOf: (pointer) => {
        const l = doc.lineOf(pointer);
        return l === undefined ? undefined : l + firstLine - 1;
      },
    },
  };
}

/** Checks Hugging Face front matter: the shipped schema, the license, and required keys. */
export function checkHuggingFaceMetadata(
  metadata: CardMetadata,
  path: string,
  options: { requiredKeys: string[]; licenseAllow: string[]; frontMatterLine: number },
): Finding[] {
  const findings = schemaFindings(VALIDATORS.huggingface, metadata, path, 'front matter');
  for (const key of options.requiredKeys) {
    if (metadata.value[key] === undefined) {
      findings.push({
        severity: 'error',
        rule: 'model-card/metadata-missing',
        path,
        line: options.frontMatterLine,
        message: `${path}: the front matter has no "${key}".`,
        fix: `Add ${key}: to the YAML front matter (see the Hugging Face model card spec).`,
      });
    }
  }
  const license = metadata.value.license;
  if (typeof license === 'string' && license.trim() !== '') {
    findings.push(
      ...checkLicense(license, options.licenseAllow, { path, line: metadata.lineOf('/license') }),
    );
  }
  return findings;
}

/** Checks a Model Card Toolkit JSON card against the schema its `schema_version` names (default v0.0.2). */
export function checkToolkitCard(
  metadata: CardMetadata,
  path: string,
  licenseAllow: string[],
): { version: string; findings: Finding[] } {
  const declared = metadata.value.schema_version;
  const version = declared === '0.0.1' ? '0.0.1' : '0.0.2';
  const findings: Finding[] = [];
  if (declared !== undefined && declared !== '0.0.1' && declared !== '0.0.2') {
    findings.push({
      severity: 'warning',
      rule: 'model-card/schema-version',
      path,
      line: metadata.lineOf('/schema_version'),
      message: `${path}: schema_version ${JSON.stringify(declared)} is not 0.0.1 or 0.0.2; checked against v0.0.2.`,
      fix: 'Set schema_version to the Model Card Toolkit schema the card follows.',
    });
  }
  findings.push(
    ...schemaFindings(
      VALIDATORS[version === '0.0.1' ? 'mct-v0.0.1' : 'mct-v0.0.2'],
      metadata,
      path,
      `Model Card Toolkit v${version} card`,
    ),
  );
  const details = metadata.value.model_details as Record<string, unknown> | undefined;
  const licenses: Array<{ id: string; pointer: string }> = [];
  if (version === '0.0.1' && typeof details?.license === 'string')
    licenses.push({ id: details.license, pointer: '/model_details/license' });
  if (version === '0.0.2' && Array.isArray(details?.licenses)) {
    details.licenses.forEach((l: unknown, i) => {
      const id = (l as { identifier?: unknown } | null)?.identifier;
      if (typeof id === 'string' && id !== 'proprietary')
        licenses.push({ id, pointer: `/model_details/licenses/${i}/identifier` });
    });
  }
  for (const l of licenses)
    findings.push(...checkLicense(l.id, licenseAllow, { path, line: metadata.lineOf(l.pointer) }));
  return { version, findings };
}

function schemaFindings(validate: Validate, metadata: CardMetadata, path: string, what: string): Finding[] {
  if (validate(metadata.value)) return [];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const e of foldSchemaErrors((validate.errors ?? []).filter((e) => e.keyword !== 'if'))) {
    const { pointer, message } = describeSchemaError(e, (p) => valueAtPointer(metadata.value, p));
    if (seen.has(message)) continue;
    seen.add(message);
    findings.push({
      severity: 'error',
      rule: 'model-card/metadata-schema',
      path,
      line: metadata.lineOf(pointer),
      message: `${what}: ${message}`,
      fix: 'Fix that key; schema/model-card/ has the schema the gate checks against.',
    });
  }
  return findings;
}
