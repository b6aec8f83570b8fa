import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  evaluateGate,
  runGateCommand
} from "./chunk-B7TNYCBY.js";
import "./chunk-QDHCTI64.js";
import "./chunk-T5LYVZLU.js";
export {
  evaluateGate,
  runGateCommand
};
