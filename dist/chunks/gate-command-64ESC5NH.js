import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  RESULT_ID_OPTION,
  gateCommandOptions,
  gateContextOf,
  judgeGate,
  runGateCommand
} from "./chunk-77XZC7WI.js";
import "./chunk-M5UXEM5Y.js";
import "./chunk-HDDJCDUW.js";
import "./chunk-BPC2GNOO.js";
import "./chunk-Y46RGWR3.js";
import "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";
export {
  RESULT_ID_OPTION,
  gateCommandOptions,
  gateContextOf,
  judgeGate,
  runGateCommand
};
