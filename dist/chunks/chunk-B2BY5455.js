import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/outputs/log-escape.ts
var COMMAND_START = /^([\s\u0085]*)(::|##\[)/;
var LINE_BREAK = /\r\n|\r|\n/;
function neutralizeCommands(text) {
  return text.split(LINE_BREAK).map(
    (line) => line.replace(
      COMMAND_START,
      (_, space, start) => `${space}${start[0] ?? ""}\u200B${start.slice(1)}`
    )
  ).join("\n");
}
function stopCommandsBlock(text, token = randomToken()) {
  const body = neutralizeCommands(text.replace(/\n$/, ""));
  return `::stop-commands::${token}
${body}
::${token}::
`;
}
function escapeCommandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationCommand(level, message, properties) {
  const props = [
    properties.title !== void 0 ? `title=${escapeCommandProperty(properties.title)}` : void 0,
    properties.file !== void 0 ? `file=${escapeCommandProperty(properties.file)}` : void 0,
    properties.line !== void 0 ? `line=${String(properties.line)}` : void 0,
    properties.endLine !== void 0 ? `endLine=${String(properties.endLine)}` : void 0
  ].filter((p) => p !== void 0);
  return `::${level}${props.length > 0 ? ` ${props.join(",")}` : ""}::${escapeCommandData(message)}`;
}
function randomToken() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

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
  neutralizeCommands,
  stopCommandsBlock,
  annotationCommand,
  debugLog
};
