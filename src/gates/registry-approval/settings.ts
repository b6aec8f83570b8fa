import type { RegistryKind } from './client.js';

/** A model version declared in the config, or given with `--model` (the action's `models` input). */
export interface DeclaredModel {
  name: string;
  version?: string;
  alias?: string;
  /** `release`: checked only in release mode (the models bound to a release). */
  when: 'always' | 'release';
  /** Where it was declared: the config's `models` (the default) or the `--model` option. */
  from?: 'config' | 'option';
}

/**
 * A file in the repository that names model versions: a deploy manifest (YAML/JSON) or a model
 * card (Markdown with YAML front matter). Keys are dot paths (`serving.model.version`).
 */
export interface ManifestSource {
  file: string;
  /** Dot path of a list of entries; each entry is read with the keys below. */
  listKey?: string;
  /** A fixed model name, when the file does not hold it. */
  name?: string;
  nameKey?: string;
  versionKey?: string;
  aliasKey?: string;
  when: 'always' | 'release';
}

/** How an MLflow version counts as approved: an alias, a tag value, or the legacy stage. */
export type MlflowApproval =
  | { kind: 'alias'; alias: string }
  | { kind: 'tag'; key: string; value: string }
  | { kind: 'stage'; stage: string };

/** Who may approve in the in-repo registry file. */
export interface FileApprovers {
  /** Logins or e-mail addresses (case-insensitive, leading `@` optional). */
  users: string[];
  /** Also allow the CODEOWNERS owners of the model's `path`. */
  codeowners: boolean;
  /** Members of team owners (`@org/team`), since a team's membership cannot be read offline. */
  teams: Record<string, string[]>;
}

/** Everything the registry approval gate needs, after config, inputs and environment are merged. */
export interface RegistryApprovalSettings {
  cwd: string;
  registry: RegistryKind;
  /** Release mode checks `when: release` models too, and fails when nothing is bound. */
  release: boolean;
  models: DeclaredModel[];
  manifests: ManifestSource[];
  file: { path: string; approvers: FileApprovers };
  mlflow: { approval: MlflowApproval };
}
