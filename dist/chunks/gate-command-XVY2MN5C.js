import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  RESULT_ID_OPTION,
  evaluateGate,
  runGateCommand
} from "./chunk-CCJEJI5M.js";
import "./chunk-ZIFHIL5S.js";
import "./chunk-XR3Y6IAZ.js";
import "./chunk-UP7ECBAX.js";
import "./chunk-JB365UXO.js";
import "./chunk-HCDX6XH7.js";
export {
  RESULT_ID_OPTION,
  evaluateGate,
  runGateCommand
};
