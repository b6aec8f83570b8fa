import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  RESULT_ID_OPTION,
  gateCommandOptions,
  gateContextOf,
  judgeGate,
  runGateCommand
} from "./chunk-FGVQJYMD.js";
import "./chunk-RKWJYBA3.js";
import "./chunk-RDOBXFYQ.js";
import "./chunk-F2NJMQEL.js";
import "./chunk-EEB4WOE3.js";
import "./chunk-UP7ECBAX.js";
import "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";
export {
  RESULT_ID_OPTION,
  gateCommandOptions,
  gateContextOf,
  judgeGate,
  runGateCommand
};
