import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  MODEL_CARD_GATE,
  MODEL_CARD_OPTIONS
} from "./chunk-4FWD7CWI.js";
import "./chunk-3QP5PDW6.js";
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
  MODEL_CARD_GATE,
  MODEL_CARD_OPTIONS
};
