import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  COVERAGE_GATE,
  COVERAGE_OPTIONS
} from "./chunk-AWD47R3J.js";
import "./chunk-MP3PRVEV.js";
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
