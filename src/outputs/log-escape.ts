/**
 * The runner reads workflow commands from every line a step prints, on stdout and stderr alike:
 * `::set-output`, `::add-mask::`, `::stop-commands::`, annotations at the start of a line (after
 * trimming whitespace), and the older `##[command]` form *anywhere* in a line (actions/runner's
 * `ActionCommand.TryParse` looks for it with `IndexOf`, so `x ##[set-output name=a;]b` sets an
 * output). Text from a pull request (file names, messages, server replies) must never hold either.
 */
const COMMAND_START = /^([\s\u0085]*)::/;
/** The legacy command prefix, wherever it stands in a line. */
const LEGACY_COMMAND = /##\[/g;

/** Every line ending the runner may split on. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Untrusted text made safe for a log line: every line that would start a workflow command, and
 * every `##[` anywhere, gets a zero-width space between its characters (it still reads the same),
 * and lone CRs become line breaks, so no hidden line can start one either.
 */
export function neutralizeCommands(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => line.replace(LEGACY_COMMAND, '##\u200B[').replace(COMMAND_START, '$1:\u200B:'))
    .join('\n');
}

/**
 * Untrusted output inside `::stop-commands::<token>` … `::<token>::`: the runner processes no
 * command in between, whatever the text holds. The token is random per block, so the text cannot
 * end the block early. Lines are neutralized too, for runners that ignore stop-commands.
 */
export function stopCommandsBlock(text: string, token = randomToken()): string {
  const body = neutralizeCommands(text.replace(/\n$/, ''));
  return `::stop-commands::${token}\n${body}\n::${token}::\n`;
}

/** `%`, CR and LF in a command's message, as the runner decodes them. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command property value (`file=`, `title=`): also `:` and `,`, which end a property. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** An annotation command line (`::error file=…,line=…,title=…::message`), every part escaped. */
export function annotationCommand(
  level: 'error' | 'warning' | 'notice',
  message: string,
  properties: { title?: string; file?: string; line?: number; endLine?: number },
): string {
  const props = [
    properties.title !== undefined ? `title=${escapeCommandProperty(properties.title)}` : undefined,
    properties.file !== undefined ? `file=${escapeCommandProperty(properties.file)}` : undefined,
    properties.line !== undefined ? `line=${String(properties.line)}` : undefined,
    properties.endLine !== undefined ? `endLine=${String(properties.endLine)}` : undefined,
  ].filter((p): p is string => p !== undefined);
  return `::${level}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeCommandData(message)}`;
}

/** 32 random hex digits from the platform's CSPRNG (no node:crypto import on the start-up path). */
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
