#!/usr/bin/env node
import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  UserError,
  formatLocation
} from "./chunks/chunk-JB365UXO.js";
import "./chunks/chunk-UETBL5CI.js";

// src/cli/main.ts
var COMMANDS = {
  run: {
    summary: "Run every gate configured in .github/ml-quality-gates.yml and print the combined verdict",
    load: async () => (await import("./chunks/run-all-QK7P4XKS.js")).runAll
  },
  report: {
    summary: "Combine gate results into one verdict: sticky PR comment, check run, job summary, exit code",
    load: async () => (await import("./chunks/report-command-KGBMQNQ6.js")).runReport
  },
  coverage: {
    summary: "Line, branch and patch coverage (Cobertura, JaCoCo, LCOV, coverage.py JSON, Istanbul, Go)",
    load: async () => {
      const [{ runGateCommand }, { COVERAGE_GATE }] = await Promise.all([
        import("./chunks/gate-command-ZMQCIXGK.js"),
        import("./chunks/coverage-FD4QM7XM.js")
      ]);
      return (args, ctx) => runGateCommand(COVERAGE_GATE, args, ctx);
    }
  },
  "data-schema": {
    summary: "Every dataset has a valid schema, the data meets it (CSV, JSONL, Parquet), no breaking change",
    load: async () => {
      const [{ runGateCommand }, { DATA_SCHEMA_GATE }] = await Promise.all([
        import("./chunks/gate-command-ZMQCIXGK.js"),
        import("./chunks/data-schema-N3Q64ICW.js")
      ]);
      return (args, ctx) => runGateCommand(DATA_SCHEMA_GATE, args, ctx);
    }
  },
  "model-card": {
    summary: "Every model has a complete card: metadata, required sections, no placeholders, metrics as evaluated",
    load: async () => {
      const [{ runGateCommand }, { MODEL_CARD_GATE }] = await Promise.all([
        import("./chunks/gate-command-ZMQCIXGK.js"),
        import("./chunks/model-card-GFV7TBYF.js")
      ]);
      return (args, ctx) => runGateCommand(MODEL_CARD_GATE, args, ctx);
    }
  },
  "registry-approval": {
    summary: "Every referenced model version approved in the registry (MLflow, SageMaker, in-repo file)",
    load: async () => {
      const [{ runGateCommand }, { REGISTRY_APPROVAL_GATE }] = await Promise.all([
        import("./chunks/gate-command-ZMQCIXGK.js"),
        import("./chunks/registry-approval-LJKMNSCJ.js")
      ]);
      return (args, ctx) => runGateCommand(REGISTRY_APPROVAL_GATE, args, ctx);
    }
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
    ctx.stderr(
      `ml-quality-gates: unknown gate "${command}"; available: ${Object.keys(COMMANDS).join(", ")}
`
    );
    return 2;
  }
  try {
    return await (await entry.load())(rest, ctx);
  } catch (error) {
    if (error instanceof UserError) {
      const where = error.location && !error.message.startsWith(error.location.path) ? `${formatLocation(error.location)}: ` : "";
      ctx.stderr(
        `ml-quality-gates ${command}: ${where}${error.message}
${error.fix ? `Fix: ${error.fix}
` : ""}`
      );
      if (ctx.env.GITHUB_ACTIONS === "true")
        ctx.stdout(`::error title=ml-quality-gates ${command}::${escapeCommand(error.message)}
`);
      return 2;
    }
    ctx.stderr(
      `ml-quality-gates ${command}: internal error (please report it): ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
    );
    return 2;
  }
}
function version() {
  return true ? "0.1.0" : "development";
}
function escapeCommand(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

// src/entries/cli.ts
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
