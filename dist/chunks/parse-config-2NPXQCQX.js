import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-XTVQ2DJJ.js";
import "./chunk-SZGMGQCO.js";
import "./chunk-G5IFGVCM.js";
import "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";
export {
  parseConfig
};
