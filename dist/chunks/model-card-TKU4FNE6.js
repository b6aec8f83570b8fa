import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  MODEL_CARD_GATE,
  MODEL_CARD_OPTIONS
} from "./chunk-LFGUK2O6.js";
import "./chunk-MP3PRVEV.js";
import "./chunk-SZGMGQCO.js";
import "./chunk-CFXPQKIW.js";
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
