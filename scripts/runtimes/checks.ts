/**
 * The checks of the matrix, and how one check runs: a fresh stand-in in this (Node 20) process,
 * the consumer in the runtime under test, then what the consumer printed and what the stand-in
 * received.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { Fault, TestServer, TestServerOptions } from "sgp-client/testing";
import { childEnv, runProcess, type ProcessRun } from "../../test/helpers/run-process.js";
import type { ConsumerPaths, ConsumerKind, Runtime } from "./runtimes.js";

/** One check: what the stand-in does, what the consumer runs and how many requests it sends. */
export interface Check {
  /** Shown in the output. */
  name: string;
  consumer: ConsumerKind;
  /** The check in esm-checks.mjs, for `consumer: "esm"`. */
  esmCheck?: string;
  /** A fault the stand-in suffers for the first `times` requests. */
  fault?: { fault: Fault; times: number };
  /** How many requests the stand-in must have received when the consumer exits. */
  requests: number;
}

export const CHECKS: readonly Check[] = [
  { name: "esm create", consumer: "esm", esmCheck: "create", requests: 1 },
  { name: "esm 404", consumer: "esm", esmCheck: "not-found", requests: 1 },
  {
    name: "esm 503 then 200",
    consumer: "esm",
    esmCheck: "retry-503",
    fault: { fault: { status: 503 }, times: 2 },
    requests: 3,
  },
  {
    name: "esm stalled body",
    consumer: "esm",
    esmCheck: "stalled-body",
    fault: { fault: { stallBody: true }, times: 1 },
    requests: 1,
  },
  {
    name: "esm abort",
    consumer: "esm",
    esmCheck: "abort",
    // Longer than any check runs; closing the stand-in cancels it.
    fault: { fault: { delayMs: 600_000 }, times: 1 },
    requests: 1,
  },
  { name: "esm client.POST", consumer: "esm", esmCheck: "post", requests: 1 },
  { name: "cjs require", consumer: "cjs", requests: 3 },
  { name: "bin add-model --json", consumer: "bin", requests: 1 },
];

/** The checks that apply to a runtime. */
export function checksFor(runtime: Runtime): Check[] {
  return CHECKS.filter((check) => check.consumer !== "cjs" || runtime.hasCjsCheck);
}

/** `createTestServer`, loaded from the packed package. */
export type CreateTestServer = (options?: TestServerOptions) => Promise<TestServer>;

/** Everything a check needs besides the check and the runtime. */
export interface CheckSetting {
  executable: string;
  consumerDir: string;
  paths: ConsumerPaths;
  createTestServer: CreateTestServer;
}

/** How one check went. */
export interface CheckOutcome {
  isPassed: boolean;
  /** One line: what the consumer proved, or what went wrong. */
  detail: string;
  /** Everything the consumer printed, for the failure details. */
  output: string;
  durationMs: number;
}

// Long enough for a cold start of any runtime, short enough that a hung check fails the run.
const CHECK_KILL_AFTER_MS = 60_000;

/** A loopback server whose `/until-request` answers once the stand-in has a request. */
async function startControl(server: TestServer): Promise<{ url: string; close(): Promise<void> }> {
  const control = createServer((request, response) => {
    if (request.url !== "/until-request") {
      response.writeHead(404).end();
      return;
    }
    server.waitForRequests(1).then(
      () => response.end("arrived"),
      () => response.writeHead(503).end("the stand-in closed"),
    );
  });
  await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", resolve));
  const { port } = control.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        control.closeAllConnections();
        control.close(() => resolve());
      }),
  };
}

/** The last line a consumer script printed, as `{ runtime, detail }` or `{ runtime, error }`. */
function consumerReport(run: ProcessRun): { runtime?: string; detail?: string; error?: string } {
  const line = run.stdout.trimEnd().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(line) as { runtime?: string; detail?: string; error?: string };
  } catch {
    return {};
  }
}

/** The first line of stderr that says something, for a consumer that printed no report. */
function firstWords(run: ProcessRun): string {
  const lines = run.stderr.split("\n").map((line) => line.trim());
  return lines.find((line) => line !== "") ?? `exit code ${run.code}, nothing on stderr`;
}

/** What the consumer proved, or what is wrong with what it printed. */
function consumerProblem(
  check: Check,
  runtime: Runtime,
  run: ProcessRun,
  instanceId: string,
): { problem?: string; detail: string } {
  if (check.consumer === "bin") {
    let id: unknown;
    try {
      id = (JSON.parse(run.stdout) as { id?: unknown }).id;
    } catch {
      id = undefined;
    }
    if (run.code === 0 && id === instanceId) {
      return { detail: `printed the ModelInstance ${instanceId}` };
    }
    return {
      problem: run.code === 0 ? "stdout is not the ModelInstance" : firstWords(run),
      detail: "",
    };
  }
  const report = consumerReport(run);
  if (report.error !== undefined) return { problem: report.error, detail: "" };
  if (run.code !== 0 || report.detail === undefined)
    return { problem: firstWords(run), detail: "" };
  if (report.runtime !== runtime.reportedAs) {
    return { problem: `ran in ${report.runtime ?? "?"}, not ${runtime.reportedAs}`, detail: "" };
  }
  return { detail: report.detail };
}

/** What is wrong with the requests the stand-in received, or undefined. */
function requestProblem(check: Check, server: TestServer): string | undefined {
  const { requests } = server;
  if (requests.length !== check.requests) {
    return `the stand-in received ${requests.length} requests, expected ${check.requests}`;
  }
  if (requests.some((request) => !request.hasValidApiKey)) {
    return "a request reached the stand-in without the API key";
  }
  return undefined;
}

/** Runs one check of one runtime; never rejects. */
export async function runCheck(
  check: Check,
  runtime: Runtime,
  setting: CheckSetting,
): Promise<CheckOutcome> {
  const started = performance.now();
  try {
    return await runCheckOnce(check, runtime, setting, started);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      isPassed: false,
      detail: `the harness failed: ${message}`,
      output: error instanceof Error ? (error.stack ?? message) : message,
      durationMs: performance.now() - started,
    };
  }
}

async function runCheckOnce(
  check: Check,
  runtime: Runtime,
  setting: CheckSetting,
  started: number,
): Promise<CheckOutcome> {
  const server = await setting.createTestServer();
  const control = await startControl(server);
  try {
    const groupId = server.seeded.modelGroupIds[0] ?? "";
    const instanceId = server.seeded.modelInstanceIds[0] ?? "";
    if (check.fault) server.injectFault(check.fault.fault, check.fault.times);
    const input = {
      check: check.esmCheck,
      baseURL: server.url,
      apiKey: server.apiKey,
      groupId,
      instanceId,
      controlURL: control.url,
    };
    const args =
      check.consumer === "bin"
        ? ["add-model", groupId, instanceId, "--json", "--base-url", server.url]
        : [JSON.stringify(input)];
    const command = runtime.command(setting.executable, check.consumer, setting.paths, args);
    // The bin reads its key from the environment, as documented; the scripts get it as an option.
    const keyEnv = check.consumer === "bin" ? { SGP_API_KEY: server.apiKey } : {};
    const run = await runProcess(command.file, command.args, {
      cwd: setting.consumerDir,
      env: childEnv({ NO_COLOR: "1", ...command.env, ...keyEnv }),
      killAfterMs: CHECK_KILL_AFTER_MS,
    });
    const { problem, detail } = consumerProblem(check, runtime, run, instanceId);
    const failure = problem ?? requestProblem(check, server);
    const output = [`exit code ${run.code}`, run.stdout.trimEnd(), run.stderr.trimEnd()]
      .filter((part) => part !== "")
      .join("\n")
      .replaceAll(server.apiKey, "[redacted]");
    return {
      isPassed: failure === undefined,
      detail: (failure ?? detail).replaceAll(server.apiKey, "[redacted]"),
      output,
      durationMs: performance.now() - started,
    };
  } finally {
    await control.close();
    await server.close();
  }
}
