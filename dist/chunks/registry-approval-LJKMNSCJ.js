import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  REGISTRY_APPROVAL_GATE,
  REGISTRY_APPROVAL_OPTIONS
} from "./chunk-JSZVJGBQ.js";
import "./chunk-SZGMGQCO.js";
import "./chunk-RA43G3UU.js";
import "./chunk-ZIFHIL5S.js";
import "./chunk-UP7ECBAX.js";
import "./chunk-JB365UXO.js";
import "./chunk-VK3DKIP4.js";
import "./chunk-UETBL5CI.js";
export {
  REGISTRY_APPROVAL_GATE,
  REGISTRY_APPROVAL_OPTIONS
};
