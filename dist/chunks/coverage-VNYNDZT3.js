import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  COVERAGE_GATE,
  COVERAGE_OPTIONS
} from "./chunk-THUSBWQX.js";
import "./chunk-ZIFHIL5S.js";
import "./chunk-N4FFKU5F.js";
import "./chunk-UP7ECBAX.js";
import "./chunk-JB365UXO.js";
import "./chunk-HCDX6XH7.js";
export {
  COVERAGE_GATE,
  COVERAGE_OPTIONS
};
