import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import{require_dist_cjs}from"./chunk-ATOGGESX.js";import"./chunk-UK53ASEO.js";import"./chunk-H545NKHP.js";import"./chunk-HOQOPNNC.js";export default require_dist_cjs();
