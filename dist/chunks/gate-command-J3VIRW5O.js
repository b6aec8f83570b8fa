import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  RESULT_ID_OPTION,
  SUMMARY_OPTION,
  gateCommandOptions,
  gateContextOf,
  judgeGate,
  runGateCommand
} from "./chunk-BO24HM73.js";
import "./chunk-IJ5G6AV4.js";
import "./chunk-HDDJCDUW.js";
import "./chunk-B2BY5455.js";
import "./chunk-AHQYVXVQ.js";
import "./chunk-VIKK7ZB2.js";
import "./chunk-UP7ECBAX.js";
import "./chunk-EEB4WOE3.js";
import "./chunk-BPC2GNOO.js";
import "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";
export {
  RESULT_ID_OPTION,
  SUMMARY_OPTION,
  gateCommandOptions,
  gateContextOf,
  judgeGate,
  runGateCommand
};
