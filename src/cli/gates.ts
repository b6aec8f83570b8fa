import { COVERAGE_GATE } from '../entries/coverage.js';
import type { GateCommand } from './gate-command.js';

/** Every implemented gate, in the order `run` executes them. */
export const GATES: readonly GateCommand[] = [COVERAGE_GATE];
