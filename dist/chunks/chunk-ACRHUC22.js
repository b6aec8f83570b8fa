import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
var COMPATIBILITY_MODES=["backward","forward","full","none","backward_transitive","forward_transitive","full_transitive"];export{COMPATIBILITY_MODES};
