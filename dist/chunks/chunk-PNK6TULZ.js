import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
function globs(list){return list===void 0?[]:typeof list=="string"?[list]:[...list]}export{globs};
