import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  COVERAGE_GATE,
  COVERAGE_OPTIONS
} from "./chunk-UEBINVD7.js";
import "./chunk-QDHCTI64.js";
import "./chunk-T5LYVZLU.js";
export {
  COVERAGE_GATE,
  COVERAGE_OPTIONS
};
