/**
 * The config file as the config room sees it: sections it hands on, unopened. Each gate owns the
 * type of its own section (`src/gates/<id>/config.generated.ts`, generated from its schema).
 */
export interface Config {
  version?: 1;
  /** The report's section and one per gate, keyed by id; validated against the composed schema. */
  [section: string]: unknown;
}

/** A gate's section: whether the file has it, and whether it is switched off. */
export interface SectionState {
  /** The section's value; undefined when the file has no such key. */
  section: Record<string, unknown> | undefined;
  /** True when the file has the section (so `run` runs the gate and the report expects it). */
  configured: boolean;
  /** True when the section sets `enabled: false`. */
  disabled: boolean;
}

/** Reads a section of a validated config. */
export function sectionOf(config: Config, id: string): SectionState {
  const value = config[id];
  const section =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  return { section, configured: section !== undefined, disabled: section?.enabled === false };
}
