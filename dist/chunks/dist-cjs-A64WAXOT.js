import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-OKYV2MIR.js";
import "./chunk-NS5P6SHH.js";
import "./chunk-UETBL5CI.js";
export default require_dist_cjs();
