import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
var PRESET_NAMES=["huggingface","mitchell-2019","eu-ai-act","none"];export{PRESET_NAMES};
