#!/usr/bin/env node
import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  GATES
} from "./chunks/chunk-SZAYFTJ5.js";
import {
  annotationCommand,
  debugLog,
  neutralizeCommands
} from "./chunks/chunk-B2BY5455.js";
import {
  nearestOption
} from "./chunks/chunk-AHQYVXVQ.js";
import "./chunks/chunk-VIKK7ZB2.js";
import "./chunks/chunk-G6QUDK5B.js";
import "./chunks/chunk-SK4G56XT.js";
import "./chunks/chunk-RMUSCZAL.js";
import {
  UserError,
  errorMessage,
  formatLocation
} from "./chunks/chunk-JB365UXO.js";
import "./chunks/chunk-UETBL5CI.js";

// src/commands/dispatch.ts
var COMMANDS = {
  run: {
    summary: "Run every gate configured in .github/ml-quality-gates.yml and print the combined verdict",
    load: async () => (await import("./chunks/run-all-STMBDRTN.js")).runAll
  },
  report: {
    summary: "Combine gate results into one verdict: sticky PR comment, check run, job summary, exit code",
    load: async () => (await import("./chunks/report-command-A7S3P4RA.js")).runReport
  },
  ...Object.fromEntries(
    GATES.map((gate) => [
      gate.id,
      {
        summary: gate.summary,
        load: async () => {
          const { runGateCommand } = await import("./chunks/gate-command-J3VIRW5O.js");
          return (args, ctx) => runGateCommand(gate, args, ctx);
        }
      }
    ])
  ),
  init: {
    summary: "Write a starter .github/ml-quality-gates.yml and workflow from what the repository holds",
    load: async () => (await import("./chunks/init-command-5MKY4V3C.js")).runInit
  }
};
var USAGE = `Usage: ml-quality-gates <gate> [options]

Gates:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(18)}${c.summary}`).join("\n")}

Run "ml-quality-gates <gate> --help" for a gate's options.
Exit codes: 0 pass or warn, 1 fail, 2 error (bad input or usage).
`;
async function main(argv, ctx) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    ctx.stdout(USAGE);
    return command === void 0 ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    ctx.stdout(`${version()}
`);
    return 0;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    const nearest = nearestOption(command, Object.keys(COMMANDS));
    ctx.stderr(
      `ml-quality-gates: unknown gate "${command}"${nearest ? ` (did you mean "${nearest}"?)` : ""}; available: ${Object.keys(COMMANDS).join(", ")}
`
    );
    return 2;
  }
  const stderr = (text) => {
    ctx.stderr(ctx.env.GITHUB_ACTIONS === "true" ? neutralizeCommands(text) : text);
  };
  try {
    return await (await entry.load())(rest, ctx);
  } catch (error) {
    if (error instanceof UserError) {
      const where = error.location && !error.message.startsWith(error.location.path) ? `${formatLocation(error.location)}: ` : "";
      stderr(
        `ml-quality-gates ${command}: ${where}${error.message}
${error.fix ? `Fix: ${error.fix}
` : ""}`
      );
      if (ctx.env.GITHUB_ACTIONS === "true")
        ctx.stdout(
          `${annotationCommand("error", error.message, { title: `ml-quality-gates ${command}` })}
`
        );
      return 2;
    }
    stderr(
      `ml-quality-gates ${command}: internal error (please report it, with the stack from a run with MLQG_DEBUG=1 or RUNNER_DEBUG=1): ${errorMessage(error).split("\n")[0] ?? ""}
`
    );
    debugLog(ctx, error instanceof Error ? error.stack ?? error.message : String(error));
    return 2;
  }
}
function version() {
  return true ? "0.1.0" : "development";
}

// src/main.ts
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
