import type { CommandContext } from './context.js';

/** The runner's debug log (`::debug::`, shown when debug logging is on), or stderr with MLQG_DEBUG=1. */
export function debugLog(ctx: CommandContext, message: string): void {
  if (ctx.env.GITHUB_ACTIONS === 'true') {
    // Escaped as @actions/core escapes command data: the message stays one `::debug::` line.
    ctx.stdout(`::debug::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  } else if (ctx.env.MLQG_DEBUG === '1') {
    ctx.stderr(`${message}\n`);
  }
}
