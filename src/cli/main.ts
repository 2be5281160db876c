/**
 * The `sgp-client` command line: `add-model`, `demo` and help. `main` takes its arguments,
 * environment and output as parameters and returns the exit code, so tests run it in-process.
 */
import { parseArgs } from "node:util";
import { SGPClient } from "../client.js";
import { APIError, APIUserAbortError, SGPClientError } from "../core/errors.js";
import type { ClientOptions, LogLevel, Logger } from "../core/options.js";
import type { Middleware } from "openapi-fetch";
import { createTestServer } from "../testing/index.js";
import { VERSION } from "../version.js";
import { formatSummary } from "./format.js";
import { ADD_MODEL_HELP, DEMO_HELP, MAIN_HELP } from "./help.js";
import { responseValidation } from "../validation/index.js";
import { VALIDATE_HELP, validateCommand } from "./validate.js";

/** Where the CLI reads its environment from and writes to. */
export interface CliIO {
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Aborts the request in flight (Ctrl-C). */
  signal?: AbortSignal | undefined;
  /** Standard input, for `validate -`: `process.stdin`, or any text chunks. */
  stdin?: AsyncIterable<string | Uint8Array> | undefined;
}

/** How `main` behaves beyond its arguments. */
export interface MainOptions {
  /** With no SGP_API_KEY, run against the embedded stand-in instead of failing (`npm start`). */
  isStandInWithoutKey?: boolean;
  /** How the user runs this command where they are, for advice: `npx sgp-client` by default. */
  command?: string;
}

export const EXIT = { ok: 0, apiError: 1, usage: 2, interrupted: 130 } as const;

class UsageError extends Error {}

const HELP_BY_COMMAND: Record<string, string> = {
  "add-model": ADD_MODEL_HELP,
  demo: DEMO_HELP,
  validate: VALIDATE_HELP,
};
// Commands that never call SGP, and so run without SGP_API_KEY even under `npm start`.
const OFFLINE_COMMANDS = new Set(["help", "--help", "-h", "validate"]);

interface AddModel {
  groupId: string;
  instanceId: string;
  isJson: boolean;
  baseURL: string | undefined;
  accountId: string | undefined;
  isHelp: boolean;
}

function parseAddModel(args: string[]): AddModel {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        "base-url": { type: "string" },
        "account-id": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify .*$/s, ""));
  }
  const { values, positionals } = parsed;
  const [groupId, instanceId, ...extra] = positionals;
  const isHelp = values.help === true;
  if (!isHelp && (groupId === undefined || instanceId === undefined)) {
    throw new UsageError(`add-model needs <model_group_id> and <model_instance_id>`);
  }
  if (extra.length) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  return {
    groupId: groupId ?? "",
    instanceId: instanceId ?? "",
    isJson: values.json === true,
    baseURL: values["base-url"],
    accountId: values["account-id"],
    isHelp,
  };
}

function stderrLogger(io: CliIO): Logger {
  const write = (message: string): void => io.stderr(`${message}\n`);
  return { error: write, warn: write, info: write, debug: write };
}

async function addModel(
  command: AddModel,
  options: ClientOptions,
  io: CliIO,
  middleware: Middleware[] = [],
): Promise<number> {
  const client = new SGPClient({
    ...options,
    ...(command.baseURL === undefined ? {} : { baseURL: command.baseURL }),
    ...(command.accountId === undefined ? {} : { accountId: command.accountId }),
  }).use(...middleware);
  const instance = await client.modelGroups.models.create(command.groupId, command.instanceId, {
    signal: io.signal,
  });
  io.stdout(command.isJson ? `${JSON.stringify(instance, null, 2)}\n` : formatSummary(instance));
  return EXIT.ok;
}

async function demo(
  args: string[],
  options: ClientOptions,
  io: CliIO,
  reason: string,
  invocation: string,
): Promise<number> {
  await using server = await createTestServer();
  const seededIds = [server.seeded.modelGroupIds[0] ?? "", server.seeded.modelInstanceIds[0] ?? ""];
  const rest = args[0] === "add-model" ? args.slice(1) : [...seededIds, ...args];
  const command = parseAddModel(rest);
  if (command.isHelp) return help([args[0] === "add-model" ? "add-model" : "demo"], io);
  if (command.baseURL !== undefined)
    throw new UsageError("demo runs against the stand-in; drop --base-url");
  try {
    // The demo checks itself: a stand-in answer that openapi.yaml does not allow fails it.
    const validation = responseValidation({ mode: "error" });
    const standIn = { ...options, apiKey: server.apiKey, baseURL: server.url };
    return await addModel(command, standIn, io, [validation]);
  } finally {
    io.stderr(
      `\nThat ran against the embedded SGP stand-in at ${server.url} (${reason}), not against SGP.\n` +
        "To call SGP, set SGP_API_KEY (and SGP_BASE_URL if not https://api.egp.scale.com), then run:\n" +
        `  ${invocation} add-model <model_group_id> <model_instance_id>\n`,
    );
  }
}

function help(args: string[], io: CliIO): number {
  const text = args[0] === undefined ? MAIN_HELP : HELP_BY_COMMAND[args[0]];
  if (text === undefined) throw new UsageError(`unknown command ${JSON.stringify(args[0])}`);
  io.stdout(text);
  return EXIT.ok;
}

async function run(argv: string[], io: CliIO, options: MainOptions): Promise<number> {
  const [commandName, ...args] = argv;
  const invocation = options.command ?? "npx sgp-client";
  const clientOptions: ClientOptions = {
    apiKey: io.env["SGP_API_KEY"],
    baseURL: io.env["SGP_BASE_URL"] || io.env["SGP_CLIENT_BASE_URL"] || undefined,
    accountId: io.env["SGP_ACCOUNT_ID"] || undefined,
    logLevel: (io.env["SGP_LOG"] || undefined) as LogLevel | undefined,
    logger: stderrLogger(io),
  };
  const hasKey = Boolean(io.env["SGP_API_KEY"]?.trim());
  if (options.isStandInWithoutKey && !hasKey && !OFFLINE_COMMANDS.has(commandName ?? "")) {
    const args = commandName === undefined ? [] : argv;
    return demo(args, clientOptions, io, "SGP_API_KEY is not set", invocation);
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
      return demo(args, clientOptions, io, "the demo command", invocation);
    case "validate":
      return validateCommand(args, io);
    case "add-model": {
      const command = parseAddModel(args);
      return command.isHelp ? help(["add-model"], io) : addModel(command, clientOptions, io);
    }
    default:
      throw new UsageError(`unknown command ${JSON.stringify(commandName)}`);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof APIUserAbortError) return EXIT.interrupted;
  return error instanceof APIError ? EXIT.apiError : EXIT.usage;
}

/** Runs the CLI; resolves to the process exit code. Errors go to stderr in one line. */
export async function main(argv: string[], io: CliIO, options: MainOptions = {}): Promise<number> {
  try {
    return await run(argv, io, options);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sgp-client: ${error.message}. Run \`sgp-client --help\` for usage.\n`);
      return EXIT.usage;
    }
    if (!(error instanceof SGPClientError)) throw error;
    // Ctrl-C is the user's own doing: say so, not that a signal aborted a request.
    if (error instanceof APIUserAbortError && io.signal?.aborted) {
      io.stderr("sgp-client: interrupted\n");
      return EXIT.interrupted;
    }
    const message = error.message.replace(
      /pass `apiKey` to new SGPClient\(\{ apiKey \}\) or set/,
      "set",
    );
    io.stderr(`sgp-client: ${message}\n`);
    return exitCodeFor(error);
  }
}

/** Runs `main` on this process's arguments, environment and streams; Ctrl-C aborts the request. */
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
