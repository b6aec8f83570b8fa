import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  evaluateGate,
  runGateCommand
} from "./chunk-EBYOPVKC.js";
import "./chunk-QDHCTI64.js";
import "./chunk-Y7H4IXNG.js";
import "./chunk-HCDX6XH7.js";
export {
  evaluateGate,
  runGateCommand
};
