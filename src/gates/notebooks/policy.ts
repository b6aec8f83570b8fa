import picomatch from 'picomatch';
import type { OutputsPolicy, PolicyRule } from './settings.js';

/** Decides which outputs policy applies to a path. */
export type PolicyResolver = (path: string) => { outputs: OutputsPolicy; rule?: number };

/**
 * The first policy whose globs match the path (relative to the working directory) wins;
 * `fallback` applies where none does. `rule` is the 0-based index of the matching entry.
 */
export function policyResolver(policies: readonly PolicyRule[], fallback: OutputsPolicy): PolicyResolver {
  const matchers = policies.map((p) => ({ outputs: p.outputs, match: picomatch(p.globs, { dot: true }) }));
  return (path) => {
    const index = matchers.findIndex((m) => m.match(path));
    const hit = matchers[index];
    return hit ? { outputs: hit.outputs, rule: index } : { outputs: fallback };
  };
}
