import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  evaluateGate,
  runGateCommand
} from "./chunk-LVKPFRQ4.js";
import "./chunk-GC362UBP.js";
import "./chunk-T5LYVZLU.js";
export {
  evaluateGate,
  runGateCommand
};
