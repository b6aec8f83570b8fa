import { COVERAGE_GATE } from '../gates/coverage/gate.js';
import { DATA_SCHEMA_GATE } from '../gates/data-schema/gate.js';
import { MODEL_CARD_GATE } from '../gates/model-card/gate.js';
import { MODEL_EVALUATION_GATE } from '../gates/model-evaluation/gate.js';
import { NOTEBOOKS_GATE } from '../gates/notebooks/gate.js';
import { REGISTRY_APPROVAL_GATE } from '../gates/registry-approval/gate.js';
import type { Gate } from '../result/gate.js';

/**
 * Every gate, in the order `run` executes them: the one registration a new gate needs. CLI
 * dispatch and `--help`, `run`, the report's expected gates, the composed config schema and the
 * action.yml test all read this list.
 */
export const GATES: readonly Gate[] = [
  COVERAGE_GATE,
  DATA_SCHEMA_GATE,
  MODEL_CARD_GATE,
  REGISTRY_APPROVAL_GATE,
  MODEL_EVALUATION_GATE,
  NOTEBOOKS_GATE,
];

/** The gate with this id, if any. */
export function gateById(id: string): Gate | undefined {
  return GATES.find((g) => g.id === id);
}
