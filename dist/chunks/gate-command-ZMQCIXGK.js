import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  RESULT_ID_OPTION,
  evaluateGate,
  runGateCommand
} from "./chunk-PIRJZNUK.js";
import "./chunk-NVJBU326.js";
import "./chunk-ZIFHIL5S.js";
import "./chunk-UP7ECBAX.js";
import "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";
export {
  RESULT_ID_OPTION,
  evaluateGate,
  runGateCommand
};
