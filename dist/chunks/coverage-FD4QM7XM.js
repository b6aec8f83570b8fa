import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  COVERAGE_GATE,
  COVERAGE_OPTIONS
} from "./chunk-XLEJOUPT.js";
import "./chunk-H3CXIT7E.js";
import "./chunk-3QP5PDW6.js";
import "./chunk-LSCINVSE.js";
import "./chunk-DBNFS67G.js";
import "./chunk-RA43G3UU.js";
import "./chunk-ZIFHIL5S.js";
import "./chunk-UP7ECBAX.js";
import "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";
export {
  COVERAGE_GATE,
  COVERAGE_OPTIONS
};
