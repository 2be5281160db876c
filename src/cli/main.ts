/**
 * The `sgp-client` command line: `add-model`, `demo`, `validate`, `serve` and help. `main` takes
 * its arguments, environment and output as parameters and returns the exit code, so tests run it
 * in-process.
 */
import { APIError, APIUserAbortError, SGPClientError } from "../core/errors.js";
import { DEFAULTS, type ClientOptions, type Logger } from "../core/options.js";
import { escapeControl } from "../internal/escape.js";
import { logLevelFromEnv } from "../internal/options.js";
import { VERSION } from "../version.js";
import { addModel, demo, parseAddModel } from "./add-model.js";
import { ADD_MODEL_HELP, DEMO_HELP, MAIN_HELP, SERVE_HELP } from "./help.js";
import { EXIT, InterruptedError, UsageError, type CliIO } from "./io.js";
import { parseServe, serve } from "./serve.js";
import { VALIDATE_HELP, validateCommand } from "./validate.js";

export type { CliIO } from "./io.js";
export { EXIT } from "./io.js";

/** How `main` behaves beyond its arguments. */
export interface MainOptions {
  /** With no SGP_API_KEY, run against the embedded stand-in instead of failing (`npm start`). */
  isStandInWithoutKey?: boolean;
  /** How the user runs this command where they are, for advice: `npx sgp-client` by default. */
  command?: string;
}

const HELP_BY_COMMAND: Record<string, string> = {
  "add-model": ADD_MODEL_HELP,
  demo: DEMO_HELP,
  validate: VALIDATE_HELP,
  serve: SERVE_HELP,
};
// Commands that never call SGP, and so run without SGP_API_KEY even under `npm start`.
const OFFLINE_COMMANDS = new Set(["help", "--help", "-h", "validate", "serve"]);

// Whatever the client logs may quote a server: one escaped line per message.
function stderrLogger(io: CliIO): Logger {
  const write = (message: string): void => io.stderr(`${escapeControl(message)}\n`);
  return { error: write, warn: write, info: write, debug: write };
}

function help(args: string[], io: CliIO): number {
  const text = args[0] === undefined ? MAIN_HELP : HELP_BY_COMMAND[args[0]];
  if (text === undefined) throw new UsageError(`unknown command ${JSON.stringify(args[0])}`);
  io.stdout(text);
  return EXIT.ok;
}

/**
 * The client's options from the CLI's environment; read only by commands that build a client, so
 * that a bad SGP_LOG is one warning there and none in `--help`.
 */
function clientOptionsFrom(io: CliIO): ClientOptions {
  const logger = stderrLogger(io);
  const warn = (message: string): void => logger.warn(`sgp-client: warning: ${message}`);
  // A typo in SGP_LOG warns and the default applies. Passing the level on keeps the client from
  // reading SGP_LOG from process.env again, which would warn twice.
  const logLevel = logLevelFromEnv("SGP_LOG", io.env["SGP_LOG"]?.trim() || undefined, warn);
  return {
    apiKey: io.env["SGP_API_KEY"],
    baseURL: io.env["SGP_BASE_URL"] || io.env["SGP_CLIENT_BASE_URL"] || undefined,
    accountId: io.env["SGP_ACCOUNT_ID"] || undefined,
    logLevel: logLevel ?? DEFAULTS.logLevel,
    logger,
  };
}

async function run(argv: string[], io: CliIO, options: MainOptions): Promise<number> {
  const [commandName, ...args] = argv;
  const invocation = options.command ?? "npx sgp-client";
  const demoContext = (reason: string) => ({
    clientOptions: () => clientOptionsFrom(io),
    io,
    reason,
    invocation,
    help: (command: string) => help([command], io),
  });
  const hasKey = Boolean(io.env["SGP_API_KEY"]?.trim());
  if (options.isStandInWithoutKey && !hasKey && !OFFLINE_COMMANDS.has(commandName ?? "")) {
    return demo(commandName === undefined ? [] : argv, demoContext("SGP_API_KEY is not set"));
  }
  switch (commandName) {
    case undefined:
      io.stderr(MAIN_HELP);
      return EXIT.usage;
    case "help":
      return help(args, io);
    case "-h":
    case "--help":
      return help([], io);
    case "-v":
    case "--version":
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    case "demo":
      return demo(args, demoContext("the demo command"));
    case "validate":
      return validateCommand(args, io);
    case "serve": {
      const command = parseServe(args);
      return command.isHelp ? help(["serve"], io) : serve(command, io, invocation);
    }
    case "add-model": {
      const command = parseAddModel(args);
      return command.isHelp
        ? help(["add-model"], io)
        : addModel(command, clientOptionsFrom(io), io);
    }
    default:
      throw new UsageError(`unknown command ${JSON.stringify(commandName)}`);
  }
}

/** The one line that `error` ends the CLI with, and its exit code. */
function report(error: unknown, io: CliIO): { line: string; code: number } {
  if (error instanceof UsageError) {
    return { line: `${error.message}. Run \`sgp-client --help\` for usage.`, code: EXIT.usage };
  }
  // Ctrl-C is the user's own doing: say so, not that a signal aborted a request.
  const isCtrlC = error instanceof APIUserAbortError && io.signal?.aborted;
  if (error instanceof InterruptedError || isCtrlC) {
    return { line: "interrupted", code: EXIT.interrupted };
  }
  if (error instanceof SGPClientError) {
    const line = error.message.replace(
      /pass `apiKey` to new SGPClient\(\{ apiKey \}\) or set/,
      "set",
    );
    return { line, code: error instanceof APIError ? EXIT.apiError : EXIT.usage };
  }
  // A failure nobody foresaw is still one line: a stack trace helps no one at a prompt.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { line: `unexpected error: ${message}`, code: EXIT.apiError };
}

/**
 * Runs the CLI; resolves to the process exit code. Every failure is one line on stderr, with
 * what came from outside (a server, the input, the command line) escaped for the terminal.
 */
export async function main(argv: string[], io: CliIO, options: MainOptions = {}): Promise<number> {
  try {
    return await run(argv, io, options);
  } catch (error) {
    const { line, code } = report(error, io);
    io.stderr(`sgp-client: ${escapeControl(line)}\n`);
    return code;
  }
}

/**
 * Runs `main` on this process's arguments, environment and streams. Ctrl-C aborts whatever the
 * command waits for (a request, standard input, `serve`), which then exits 130; a second Ctrl-C
 * ends the process at once, as Node does by default.
 */
export async function runProcess(options: MainOptions = {}): Promise<void> {
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  const io: CliIO = {
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    signal: controller.signal,
    stdin: process.stdin,
  };
  process.exitCode = await main(process.argv.slice(2), io, options);
}
