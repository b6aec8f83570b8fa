import type * as Core from '@actions/core';
import { neutralizeCommands } from '../../outputs/log-escape.js';
import type { CommandContext } from '../context.js';

/** What the report says about itself while it works: core.info groups in a workflow, stderr elsewhere. */
export interface ReportLog {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** The log for this process: `@actions/core` when given, else the command's stderr. */
export function reportLog(core: typeof Core | undefined, ctx: CommandContext): ReportLog {
  if (core) {
    return {
      // core.info prints as is: a line from an artifact or a server must not start a command.
      info: (m) => {
        core.info(neutralizeCommands(m));
      },
      warning: (m) => {
        core.warning(m);
      },
      error: (m) => {
        core.error(m);
      },
      group: (name, work) => core.group(name, work),
    };
  }
  return {
    info: (m) => {
      ctx.stderr(`${m}\n`);
    },
    warning: (m) => {
      ctx.stderr(`warning: ${m}\n`);
    },
    error: (m) => {
      ctx.stderr(`error: ${m}\n`);
    },
    group: async (name, work) => {
      ctx.stderr(`== ${name}\n`);
      return work();
    },
  };
}
