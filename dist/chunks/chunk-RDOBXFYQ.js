import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/commands/debug-log.ts
function debugLog(ctx, message) {
  if (ctx.env.GITHUB_ACTIONS === "true") {
    ctx.stdout(`::debug::${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
  } else if (ctx.env.MLQG_DEBUG === "1") {
    ctx.stderr(`${message}
`);
  }
}

export {
  debugLog
};
