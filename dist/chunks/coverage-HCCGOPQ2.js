import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  COVERAGE_GATE,
  COVERAGE_OPTIONS
} from "./chunk-C2PR475B.js";
import "./chunk-QDHCTI64.js";
import "./chunk-Y7H4IXNG.js";
import "./chunk-HCDX6XH7.js";
export {
  COVERAGE_GATE,
  COVERAGE_OPTIONS
};
