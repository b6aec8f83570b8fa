import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../../util/errors.js';
import { parseYaml, type YamlDocument } from '../../util/yaml.js';
import {
  type ApprovalState,
  type ModelReference,
  type RegistryClient,
  RegistryError,
  type VersionRecord,
} from './client.js';
import {
  CODEOWNERS_LOCATIONS,
  type CodeownersRule,
  ownersOf,
  parseCodeowners,
  sameIdentity,
} from './codeowners.js';
import type { FileApprovers } from './settings.js';
import { assertReadable } from '../../util/safe-path.js';

const STATUSES = ['approved', 'pending', 'rejected'] as const;
type FileStatus = (typeof STATUSES)[number];

/** One version entry of the registry file. */
export interface FileVersion {
  version: string;
  status: FileStatus;
  approver?: string;
  date?: string;
  aliases: string[];
  note?: string;
  line?: number;
}

/** One model of the registry file. */
export interface FileModel {
  name: string;
  /** The model's directory or file in the repository: its CODEOWNERS owners may approve. */
  path?: string;
  versions: FileVersion[];
  line?: number;
}

/** Options of the in-repo registry. */
export interface FileRegistryOptions {
  cwd: string;
  /** Repository-relative path of the registry file. */
  path: string;
  approvers: FileApprovers;
  /** Builds a link to a line of a repository file (e.g. on github.com); default: `path#Lline`. */
  linkTo?: (path: string, line?: number) => string;
}

/**
 * The in-repo registry: a reviewed YAML file listing model versions with status, approver and date.
 * An `approved` entry counts only when its approver is allowed by the config (a list, CODEOWNERS).
 */
export class FileRegistry implements RegistryClient {
  readonly kind = 'file';
  private loaded?: Promise<{ models: Map<string, FileModel>; codeowners?: CodeownersRule[] }>;

  constructor(private readonly options: FileRegistryOptions) {}

  async lookup(reference: ModelReference): Promise<VersionRecord> {
    const { models, codeowners } = await (this.loaded ??= this.load());
    const model = models.get(reference.name);
    if (!model) {
      throw new RegistryError('not-found', `model "${reference.name}" is not in ${this.options.path}`);
    }
    const entry =
      reference.version !== undefined
        ? model.versions.find((v) => v.version === reference.version)
        : reference.alias !== undefined
          ? model.versions.find((v) => v.aliases.includes(reference.alias ?? ''))
          : undefined;
    if (!entry) {
      throw new RegistryError(
        reference.version === undefined && reference.alias !== undefined ? 'no-alias' : 'not-found',
        reference.version !== undefined
          ? `version ${reference.version} of "${model.name}" is not in ${this.options.path}`
          : reference.alias !== undefined
            ? `no version of "${model.name}" has the alias "${reference.alias}" in ${this.options.path}`
            : `the in-repo registry needs a version or an alias for "${model.name}"`,
      );
    }
    const link = (this.options.linkTo ?? ((p, l) => (l ? `${p}#L${l}` : p)))(this.options.path, entry.line);
    const base = {
      name: model.name,
      version: entry.version,
      status: entry.status,
      link,
      ...(entry.approver !== undefined ? { approvedBy: entry.approver } : {}),
      ...(entry.date !== undefined ? { approvedAt: entry.date } : {}),
    };
    if (entry.status !== 'approved') {
      const state: ApprovalState = entry.status;
      return {
        ...base,
        state,
        detail:
          entry.status === 'pending'
            ? `awaiting approval in ${this.options.path}`
            : `rejected${entry.approver ? ` by ${entry.approver}` : ''}${entry.note ? `: ${entry.note}` : ''}`,
      };
    }
    if (!entry.approver) {
      return { ...base, state: 'unauthorized', detail: 'marked approved without an approver' };
    }
    const allowed = this.allowed(entry.approver, model, codeowners);
    return allowed.ok
      ? { ...base, state: 'approved' }
      : { ...base, state: 'unauthorized', detail: allowed.detail };
  }

  /** Whether the approver may approve this model, with the reason when not. */
  private allowed(
    approver: string,
    model: FileModel,
    codeowners: CodeownersRule[] | undefined,
  ): { ok: true } | { ok: false; detail: string } {
    const { users, teams } = this.options.approvers;
    if (users.some((u) => sameIdentity(approver, u))) return { ok: true };
    if (this.options.approvers.codeowners) {
      if (!model.path) {
        return {
          ok: false,
          detail: `${approver} is not a listed approver, and "${model.name}" has no path to look up in CODEOWNERS`,
        };
      }
      const { owners } = ownersOf(codeowners ?? [], model.path);
      const expanded = owners.flatMap((o) => [o, ...(teamMembers(teams, o) ?? [])]);
      if (expanded.some((o) => sameIdentity(approver, o))) return { ok: true };
      return {
        ok: false,
        detail:
          owners.length === 0
            ? `${approver} is not a listed approver, and CODEOWNERS names no owner of ${model.path}`
            : `${approver} is neither a listed approver nor a CODEOWNERS owner of ${model.path} (${owners.join(', ')})`,
      };
    }
    return { ok: false, detail: `${approver} is not an allowed approver` };
  }

  private async load(): Promise<{ models: Map<string, FileModel>; codeowners?: CodeownersRule[] }> {
    let text: string;
    try {
      await assertReadable(this.options.cwd, this.options.path);
      text = await readFile(resolve(this.options.cwd, this.options.path), 'utf8');
    } catch (error) {
      throw new InputError(
        `${this.options.path}: cannot read the registry file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        { path: this.options.path },
        'Create the registry file or point registry-approval.file.path at it.',
      );
    }
    const models = parseRegistryFile(text, this.options.path);
    return {
      models,
      ...(this.options.approvers.codeowners ? { codeowners: await readCodeowners(this.options.cwd) } : {}),
    };
  }
}

/** Reads the first CODEOWNERS GitHub would use; none at all means no owners. */
async function readCodeowners(cwd: string): Promise<CodeownersRule[]> {
  for (const location of CODEOWNERS_LOCATIONS) {
    try {
      return parseCodeowners(await readFile(resolve(cwd, location), 'utf8'));
    } catch {
      // not at this location; GitHub tries the next
    }
  }
  return [];
}

function teamMembers(teams: Record<string, string[]>, owner: string): string[] | undefined {
  const key = Object.keys(teams).find((t) => sameIdentity(t, owner));
  return key === undefined ? undefined : teams[key];
}

/**
 * Parses and validates the registry file: `models: {<name>: {path?, versions: [{version, status,
 * approver?, date?, aliases?, note?}]}}`. Mistakes become `InputError`s naming the line.
 */
export function parseRegistryFile(text: string, path: string): Map<string, FileModel> {
  const doc = parseYaml(text, path);
  const fail = (pointer: string, problem: string): never => {
    const line = doc.lineOf(pointer);
    throw new InputError(
      `${path}${line ? `:${line}` : ''}: ${problem}`,
      { path, ...(line !== undefined ? { line } : {}) },
      'Each model lists versions as {version, status: approved|pending|rejected, approver, date}.',
    );
  };
  const root = doc.value;
  if (!isObject(root) || !isObject(root.models)) return fail('', 'expected a top-level "models:" mapping');
  const models = new Map<string, FileModel>();
  for (const [name, raw] of Object.entries(root.models)) {
    const at = `/models/${escape(name)}`;
    if (!isObject(raw) || !Array.isArray(raw.versions)) fail(at, `model "${name}" needs a "versions:" list`);
    const model = raw as Record<string, unknown>;
    if (model.path !== undefined && typeof model.path !== 'string')
      fail(`${at}/path`, 'path must be a string');
    const versions = (model.versions as unknown[]).map((v, i) =>
      parseVersion(doc, v, `${at}/versions/${i}`, fail),
    );
    const seen = new Set<string>();
    for (const [i, v] of versions.entries()) {
      if (seen.has(v.version))
        fail(`${at}/versions/${i}`, `version ${v.version} of "${name}" is listed twice`);
      seen.add(v.version);
    }
    models.set(name, {
      name,
      versions,
      line: doc.lineOf(at),
      ...(typeof model.path === 'string' ? { path: model.path } : {}),
    });
  }
  return models;
}

function parseVersion(
  doc: YamlDocument,
  raw: unknown,
  at: string,
  fail: (pointer: string, problem: string) => never,
): FileVersion {
  if (!isObject(raw)) return fail(at, 'a version entry must be a mapping');
  const version = raw.version;
  if (typeof version !== 'string' && typeof version !== 'number') return fail(at, 'version is missing');
  const status = raw.status;
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) {
    return fail(`${at}/status`, `status must be one of ${STATUSES.join(', ')}`);
  }
  const text = (key: string): string | undefined => {
    const v = raw[key];
    if (v === undefined || v === null) return undefined;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v !== 'string' && typeof v !== 'number')
      return fail(`${at}/${key}`, `${key} must be a string`);
    return String(v);
  };
  const aliases = raw.aliases ?? [];
  if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')) {
    return fail(`${at}/aliases`, 'aliases must be a list of strings');
  }
  const approver = text('approver');
  const date = text('date');
  const note = text('note');
  return {
    version: String(version),
    status: status as FileStatus,
    aliases,
    line: doc.lineOf(at),
    ...(approver !== undefined ? { approver } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
