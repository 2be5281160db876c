/**
 * `sgp-client serve`: the stand-in (sgp-client/testing) as a server anyone can point at, until
 * Ctrl-C, with the common faults injected through its own `injectFault`.
 */
import { escapeControl } from "../internal/escape.js";
import { createTestServer, type Fault, type TestServer } from "../testing/index.js";
import { EXIT, parseCommandLine, untilAborted, UsageError, type CliIO } from "./io.js";

/** The port `serve` listens on unless told otherwise: Prism's, a common mock-server default. */
export const DEFAULT_PORT = 4010;
const DEFAULT_HOST = "127.0.0.1";
const MAX_LATENCY_MS = 3_600_000;
// injectFault takes a count; this many requests is every request a stand-in will ever see.
const EVERY_REQUEST = Number.MAX_SAFE_INTEGER;

/** One fault and how many requests it applies to, as `injectFault(fault, times)` takes them. */
export interface ServeFault {
  fault: Fault;
  times: number;
}

/** `serve`'s arguments, parsed and checked. */
export interface ServeArgs {
  port: number;
  host: string;
  /** In the order injected: the counted faults as given, then `--latency` for every request. */
  faults: ServeFault[];
  isHelp: boolean;
}

function count(flag: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > EVERY_REQUEST) {
    throw new UsageError(
      `${flag} takes a number of requests, 1 or more; got ${JSON.stringify(text)}`,
    );
  }
  return Number(text);
}

function failFault(text: string): ServeFault {
  const [, status = "", times = "1"] = /^(\d{3})(?::(\d+))?$/.exec(text) ?? [];
  const isStatus = Number(status) >= 400 && Number(status) <= 599;
  if (!isStatus || Number(times) < 1 || Number(times) > EVERY_REQUEST) {
    throw new UsageError(
      `--fail takes <status>[:<times>], a status from 400 to 599 and 1 or more requests, like 503:2; got ${JSON.stringify(text)}`,
    );
  }
  return { fault: { status: Number(status) }, times: Number(times) };
}

function latencyFault(text: string): ServeFault {
  if (!/^\d+$/.test(text) || Number(text) > MAX_LATENCY_MS) {
    throw new UsageError(
      `--latency takes whole milliseconds from 0 to ${MAX_LATENCY_MS}; got ${JSON.stringify(text)}`,
    );
  }
  return { fault: { delayMs: Number(text) }, times: EVERY_REQUEST };
}

/** Parses `serve`'s arguments; throws a UsageError naming the first bad one. */
export function parseServe(args: string[]): ServeArgs {
  const { values, tokens } = parseCommandLine({
    args,
    tokens: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      fail: { type: "string", multiple: true },
      stall: { type: "string", multiple: true },
      reset: { type: "string", multiple: true },
      latency: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const port = values.port ?? String(DEFAULT_PORT);
  if (!/^\d+$/.test(port) || Number(port) > 65535) {
    throw new UsageError(
      `--port takes 0 to 65535 (0 picks a free port); got ${JSON.stringify(port)}`,
    );
  }
  const host = values.host ?? DEFAULT_HOST;
  if (host.trim() === "") throw new UsageError("--host takes an interface, like 127.0.0.1");
  // One fault per request, in the order the flags came; latency never runs out, so it goes last.
  const faults: ServeFault[] = [];
  for (const token of tokens) {
    if (token.kind !== "option" || token.value === undefined) continue;
    if (token.name === "fail") faults.push(failFault(token.value));
    if (token.name === "stall")
      faults.push({ fault: { stallBody: true }, times: count("--stall", token.value) });
    if (token.name === "reset")
      faults.push({ fault: { reset: true }, times: count("--reset", token.value) });
  }
  if (values.latency !== undefined) faults.push(latencyFault(values.latency));
  return { port: Number(port), host, faults, isHelp: values.help === true };
}

/** `value` as one shell word: as it is when plain, else single-quoted. */
export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

function describeFault({ fault, times }: ServeFault): string {
  const which =
    times === EVERY_REQUEST
      ? "every request"
      : `the next ${times === 1 ? "request" : `${times} requests`}`;
  if ("status" in fault) return `answer ${fault.status} to ${which}`;
  if ("delayMs" in fault) return `wait ${fault.delayMs} ms before answering ${which}`;
  return "stallBody" in fault ? `stall the body for ${which}` : `reset ${which}`;
}

function banner(server: TestServer, faults: ServeFault[], invocation: string): string {
  const { modelGroupIds, modelInstanceIds } = server.seeded;
  const rows: [string, string][] = [
    ["API key", server.apiKey],
    ["model groups", modelGroupIds.join(" ")],
    ["model instances", modelInstanceIds.join(" ")],
    ["faults", faults.length ? faults.map(describeFault).join("; then ") : "none"],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const exported = `SGP_BASE_URL=${shellQuote(server.url)} SGP_API_KEY=${shellQuote(server.apiKey)}`;
  const sample = [modelGroupIds[0], modelInstanceIds[0]].filter((id) => id !== undefined);
  return [
    `SGP stand-in listening at ${server.url} until Ctrl-C`,
    "",
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    "",
    "In another terminal, paste:",
    `  export ${exported}`,
    "then run your code, a README sample, or:",
    `  ${invocation} add-model ${sample.join(" ")}`,
    "",
  ].join("\n");
}

/** Writes a line to stderr for each request as it arrives; ends when the server closes. */
async function logRequests(server: TestServer, io: CliIO): Promise<void> {
  let received = 0;
  for (;;) {
    try {
      await server.waitForRequests(1);
    } catch {
      return; // closed
    }
    // Read and forgotten in one go, so a long-running stand-in does not hoard its requests.
    for (const request of server.requests) {
      received += 1;
      const key = request.hasValidApiKey ? "" : ", no valid x-api-key";
      io.stderr(
        escapeControl(
          `${request.method} ${request.rawPath} (request ${received}${key}, ${request.requestId})`,
        ) + "\n",
      );
    }
    server.clearRequests();
  }
}

async function start(host: string, port: number): Promise<TestServer> {
  try {
    return await createTestServer({ host, port });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const advice = code === "EADDRINUSE" ? "; pick another --port, or --port 0 for a free one" : "";
    throw new UsageError(`cannot listen on ${host} port ${port}: ${code ?? message}${advice}`);
  }
}

/** Runs `sgp-client serve` until `io.signal` aborts (Ctrl-C); resolves to exit code 130. */
export async function serve(command: ServeArgs, io: CliIO, invocation: string): Promise<number> {
  const server = await start(command.host, command.port);
  const logging = logRequests(server, io);
  try {
    for (const { fault, times } of command.faults) server.injectFault(fault, times);
    if (command.host !== DEFAULT_HOST) {
      io.stderr(
        `sgp-client: warning: listening on ${command.host}, not ${DEFAULT_HOST}. The stand-in has no real auth (its API key is printed below): anyone who can reach it can use it.\n`,
      );
    }
    io.stdout(banner(server, command.faults, invocation));
    await untilAborted(io.signal);
  } finally {
    await server.close();
    await logging;
  }
  io.stderr("sgp-client: interrupted; the stand-in is stopped\n");
  return EXIT.interrupted;
}
