import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import{parseConfig}from"./chunk-MUVKWBK3.js";import"./chunk-LXPJ4EPN.js";import"./chunk-B7RF2CI6.js";import"./chunk-V6DQHPSQ.js";import"./chunk-HOQOPNNC.js";export{parseConfig};
