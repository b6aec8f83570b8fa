import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
var TASKS=["binary-classification","multiclass-classification","regression"];export{TASKS};
