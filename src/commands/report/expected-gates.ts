import { type Config, sectionOf } from '../../config/types.js';
import { GATES } from '../registry.js';

/** A gate the report must have a result for, and why it expects it. */
export interface ExpectedGate {
  id: string;
  /** `config` (enabled in the config file) or `expect` (named in report.expect / the input). */
  because: 'config' | 'expect';
}

/**
 * The gates the report expects without being told: every gate the config file enables (read as
 * the gates read it: a section that is present and not `enabled: false`), plus `expect:`. A gate
 * expected and missing is an `error` row that blocks, never a silent pass.
 */
export function expectedGates(config: Config, expect: readonly string[]): ExpectedGate[] {
  const fromConfig = GATES.filter((g) => {
    const s = sectionOf(config, g.id);
    return s.configured && !s.disabled;
  }).map((g) => ({ id: g.id, because: 'config' as const }));
  const named = expect
    .filter((id) => !fromConfig.some((g) => g.id === id))
    .map((id) => ({ id, because: 'expect' as const }));
  return [...fromConfig, ...named];
}
