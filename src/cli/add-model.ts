/**
 * `sgp-client add-model` and `sgp-client demo`: one call of the client, against SGP or against
 * the embedded stand-in, printed as a summary or as JSON.
 */
import type { Middleware } from "openapi-fetch";
import { SGPClient } from "../client.js";
import type { ClientOptions } from "../core/options.js";
import { createTestServer } from "../testing/index.js";
import { responseValidation } from "../validation/index.js";
import { formatJson, formatSummary } from "./format.js";
import { EXIT, parseCommandLine, UsageError, type CliIO } from "./io.js";

/** `add-model`'s arguments, parsed. */
export interface AddModel {
  groupId: string;
  instanceId: string;
  isJson: boolean;
  baseURL: string | undefined;
  accountId: string | undefined;
  isHelp: boolean;
}

/** Parses `add-model`'s arguments; throws a UsageError when an id is missing or extra. */
export function parseAddModel(args: string[]): AddModel {
  const { values, positionals } = parseCommandLine({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      "base-url": { type: "string" },
      "account-id": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
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

/** Adds the model instance to the group and prints it; resolves to the exit code. */
export async function addModel(
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
  io.stdout(command.isJson ? formatJson(instance) : formatSummary(instance));
  return EXIT.ok;
}

/** What `demo` needs beyond its arguments. */
export interface DemoContext {
  /** The client's options from the environment, read when the call is made. */
  clientOptions(): ClientOptions;
  io: CliIO;
  /** Why it runs against the stand-in, for the closing note. */
  reason: string;
  /** How the user runs this command, for the closing advice. */
  invocation: string;
  /** Prints a command's help; resolves to the exit code. */
  help(command: string): number;
}

/** Runs `add-model` against a stand-in started for the purpose, then says so on stderr. */
export async function demo(args: string[], context: DemoContext): Promise<number> {
  const { io, reason, invocation } = context;
  await using server = await createTestServer();
  const seededIds = [server.seeded.modelGroupIds[0] ?? "", server.seeded.modelInstanceIds[0] ?? ""];
  const rest = args[0] === "add-model" ? args.slice(1) : [...seededIds, ...args];
  const command = parseAddModel(rest);
  if (command.isHelp) return context.help(args[0] === "add-model" ? "add-model" : "demo");
  if (command.baseURL !== undefined)
    throw new UsageError("demo runs against the stand-in; drop --base-url");
  try {
    // The demo checks itself: a stand-in answer that openapi.yaml does not allow fails it.
    const validation = responseValidation({ mode: "error" });
    const standIn = { ...context.clientOptions(), apiKey: server.apiKey, baseURL: server.url };
    return await addModel(command, standIn, io, [validation]);
  } finally {
    io.stderr(
      `\nThat ran against the embedded SGP stand-in at ${server.url} (${reason}), not against SGP.\n` +
        "To call SGP, set SGP_API_KEY (and SGP_BASE_URL if not https://api.egp.scale.com), then run:\n" +
        `  ${invocation} add-model <model_group_id> <model_instance_id>\n`,
    );
  }
}
