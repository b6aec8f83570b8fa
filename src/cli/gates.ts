import { COVERAGE_GATE } from '../entries/coverage.js';
import { DATA_SCHEMA_GATE } from '../entries/data-schema.js';
import { MODEL_CARD_GATE } from '../entries/model-card.js';
import { REGISTRY_APPROVAL_GATE } from '../entries/registry-approval.js';
import type { GateCommand } from './gate-command.js';

/** Every implemented gate, in the order `run` executes them. */
export const GATES: readonly GateCommand[] = [
  COVERAGE_GATE,
  DATA_SCHEMA_GATE,
  MODEL_CARD_GATE,
  REGISTRY_APPROVAL_GATE,
];
