import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  DATA_SCHEMA_GATE,
  DATA_SCHEMA_OPTIONS
} from "./chunk-ZRODUYDW.js";
import "./chunk-H3CXIT7E.js";
import "./chunk-SZGMGQCO.js";
import "./chunk-CFXPQKIW.js";
import "./chunk-LSCINVSE.js";
import "./chunk-DBNFS67G.js";
import "./chunk-RA43G3UU.js";
import "./chunk-ZIFHIL5S.js";
import "./chunk-UP7ECBAX.js";
import "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";
export {
  DATA_SCHEMA_GATE,
  DATA_SCHEMA_OPTIONS
};
