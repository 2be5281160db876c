/**
 * `sgp-client serve`: the stand-in until Ctrl-C, with what it prints, the export line a shell
 * takes as it is, and the faults its flags inject, seen from a client on 127.0.0.1.
 */
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it, onTestFinished } from "vitest";
import { main, type CliIO, type MainOptions } from "../../src/cli/main.js";
import { DEFAULT_PORT, parseServe, shellQuote } from "../../src/cli/serve.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface Served {
  /** The printed `export …` line, without the indentation. */
  exportLine: string;
  url: string;
  apiKey: string;
  stdout: () => string;
  /** Resolves once stderr matches `pattern`. */
  stderrMatching(pattern: RegExp): Promise<string>;
  /** Ctrl-C: resolves to how `serve` ended. */
  stop(): Promise<Run>;
}

/** Starts `sgp-client serve --port 0 …args` in-process; resolves once it prints its banner. */
async function serve(args: string[] = [], options: MainOptions = {}): Promise<Served> {
  const controller = new AbortController();
  const output = { stdout: "", stderr: "" };
  const waiters: (() => void)[] = [];
  const notify = (): void => void waiters.splice(0).forEach((wake) => wake());
  const io: CliIO = {
    env: {},
    stdout: (text) => void ((output.stdout += text), notify()),
    stderr: (text) => void ((output.stderr += text), notify()),
    signal: controller.signal,
  };
  const running = main(["serve", "--port", "0", ...args], io, options);
  onTestFinished(async () => {
    controller.abort();
    await running;
  });
  const until = async (isDone: () => boolean): Promise<void> => {
    while (!isDone()) await new Promise<void>((wake) => waiters.push(wake));
  };
  // A failure to start ends `main` instead of printing the banner.
  let hasEnded = false;
  void running.finally(() => ((hasEnded = true), notify()));
  await until(() => /export .*\n/.test(output.stdout) || hasEnded);
  const exportLine = /^ {2}(export .*)$/m.exec(output.stdout)?.[1] ?? "";
  const vars = await shellVariables(exportLine);
  return {
    exportLine,
    url: vars.SGP_BASE_URL ?? "",
    apiKey: vars.SGP_API_KEY ?? "",
    stdout: () => output.stdout,
    async stderrMatching(pattern) {
      await until(() => pattern.test(output.stderr));
      return output.stderr;
    },
    async stop() {
      controller.abort();
      return { code: await running, ...output };
    },
  };
}

/** What a POSIX shell makes of `line`: the values of SGP_BASE_URL and SGP_API_KEY. */
function shellVariables(line: string): Promise<Record<string, string>> {
  const script = `${line}\nprintf '%s\\n' "$SGP_BASE_URL" "$SGP_API_KEY"`;
  return new Promise((resolve, reject) => {
    execFile("sh", ["-c", script], { env: { PATH: process.env["PATH"] ?? "" } }, (error, out) => {
      if (error) return reject(error);
      const [SGP_BASE_URL = "", SGP_API_KEY = ""] = out.split("\n");
      resolve({ SGP_BASE_URL, SGP_API_KEY });
    });
  });
}

async function cli(argv: string[], env: Record<string, string>): Promise<Run> {
  const run = { stdout: "", stderr: "" };
  const io: CliIO = {
    env,
    stdout: (text) => void (run.stdout += text),
    stderr: (text) => void (run.stderr += text),
  };
  return { code: await main(argv, io), ...run };
}

/** The ids `serve` printed as seeded, in order. */
function printedIds(stdout: string, label: string): string[] {
  return new RegExp(`^ {2}${label} +(.*)$`, "m").exec(stdout)?.[1]?.split(" ") ?? [];
}

function post(served: Served, path = "/v4/model-groups/mg_x/models/mi_x"): Promise<Response> {
  return fetch(`${served.url}${path}`, {
    method: "POST",
    headers: { "x-api-key": served.apiKey },
  });
}

describe("sgp-client serve", () => {
  it("prints the URL, key, seeded ids and an export line that makes add-model work", async () => {
    const served = await serve();
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(served.stdout()).toContain(`SGP stand-in listening at ${served.url} until Ctrl-C`);
    expect(served.stdout()).toMatch(new RegExp(`^ {2}API key +${served.apiKey}$`, "m"));
    const [groupId = "", ...otherGroups] = printedIds(served.stdout(), "model groups");
    const [instanceId = "", ...otherInstances] = printedIds(served.stdout(), "model instances");
    expect([groupId, instanceId]).toEqual([
      expect.stringMatching(/^mg_/),
      expect.stringMatching(/^mi_/),
    ]);
    expect(served.stdout()).toContain(`  npx sgp-client add-model ${groupId} ${instanceId}\n`);

    const env = { SGP_BASE_URL: served.url, SGP_API_KEY: served.apiKey };
    const added = await cli(["add-model", "--json", groupId, instanceId], env);
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ id: instanceId, model_group_id: groupId });
    // Every printed id is one the stand-in knows.
    for (const other of [...otherGroups, ...otherInstances]) {
      const ids = other.startsWith("mg_") ? [other, instanceId] : [groupId, other];
      expect((await cli(["add-model", ...ids], env)).code).toBe(0);
    }
    await served.stderrMatching(/\(request \d+, req_\w+\)\n$/);

    const stopped = await served.stop();
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/sgp-client: interrupted; the stand-in is stopped\n$/);
    await expect(post(served)).rejects.toThrow(TypeError);
  });

  it("logs each request on stderr, saying when it had no valid key", async () => {
    const served = await serve();
    await fetch(`${served.url}/v4/model-groups/g/models/m`, { method: "POST" });
    const stderr = await served.stderrMatching(/\n$/);
    expect(stderr).toMatch(
      /^POST \/v4\/model-groups\/g\/models\/m \(request 1, no valid x-api-key, req_\w+\)\n$/,
    );
  });

  it("injects --fail for as many requests as asked, then answers normally", async () => {
    const served = await serve(["--fail", "503:2", "--fail", "404"]);
    expect(served.stdout()).toMatch(
      /faults +answer 503 to the next 2 requests; then answer 404 to the next request\n/,
    );
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post(served)).status);
    // The route's own answer for unknown ids is a 404 as well; the fault's body says which.
    expect(statuses.slice(0, 3)).toEqual([503, 503, 404]);
    const routed = await post(served);
    expect(await routed.json()).toEqual({ detail: "Model group mg_x not found" });
  });

  it("resets connections with --reset", async () => {
    const served = await serve(["--reset", "1"]);
    await expect(post(served)).rejects.toThrow(TypeError);
    expect((await post(served)).status).toBe(404);
  });

  it("stalls a body with --stall until the stand-in stops", async () => {
    const served = await serve(["--stall", "1"]);
    const response = await post(served);
    expect(response.status).toBe(404);
    const body = response.text();
    await served.stop();
    await expect(body).rejects.toThrow();
  });

  it("holds every request with --latency, after the counted faults", async () => {
    const served = await serve(["--latency", "3600000", "--fail", "500"]);
    expect(served.stdout()).toMatch(
      /faults +answer 500 to the next request; then wait 3600000 ms before answering every request\n/,
    );
    expect((await post(served)).status).toBe(500);
    const held = post(served);
    await served.stderrMatching(/\(request 2, req_\w+\)\n$/);
    await served.stop();
    await expect(held).rejects.toThrow(TypeError);
  });

  it("warns that anyone who can reach it can use it, on a host other than 127.0.0.1", async () => {
    const served = await serve(["--host", "localhost"]);
    const { stderr } = await served.stop();
    expect(stderr).toMatch(
      /^sgp-client: warning: listening on localhost, not 127\.0\.0\.1\. The stand-in has no real auth .*: anyone who can reach it can use it\.\n/,
    );
  });

  it("does not warn on 127.0.0.1, and runs under npm start without a key", async () => {
    const served = await serve([], { isStandInWithoutKey: true, command: "npm start --" });
    expect(served.stdout()).toMatch(/^ {2}npm start -- add-model mg_\w+ mi_\w+$/m);
    const { stderr } = await served.stop();
    expect(stderr).toBe("sgp-client: interrupted; the stand-in is stopped\n");
  });

  it("exits 2 in one line when the port is taken", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    onTestFinished(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const { port } = taken.address() as AddressInfo;
    const run = await cli(["serve", "--port", String(port)], {});
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: `sgp-client: cannot listen on 127.0.0.1 port ${port}: EADDRINUSE; pick another --port, or --port 0 for a free one. Run \`sgp-client --help\` for usage.\n`,
    });
  });

  it.each([
    [["--port", "65536"], /--port takes 0 to 65535 \(0 picks a free port\); got "65536"/],
    [["--port", "http"], /--port takes 0 to 65535/],
    [["--host", " "], /--host takes an interface, like 127\.0\.0\.1/],
    [
      ["--fail", "200"],
      /--fail takes <status>\[:<times>\], a status from 400 to 599 .*; got "200"/,
    ],
    [["--fail", "503:0"], /--fail takes .*; got "503:0"/],
    [["--fail", "503:"], /--fail takes .*; got "503:"/],
    [["--fail", "five hundred"], /--fail takes .*; got "five hundred"/],
    [["--latency=-1"], /--latency takes whole milliseconds from 0 to 3600000; got "-1"/],
    [["--latency", "-1"], /^sgp-client: Option '--latency' argument is ambiguous\. Run/],
    [["--latency", "1.5"], /--latency takes whole milliseconds/],
    [["--latency", "3600001"], /--latency takes whole milliseconds/],
    [["--stall", "0"], /--stall takes a number of requests, 1 or more; got "0"/],
    [["--reset", "all"], /--reset takes a number of requests, 1 or more; got "all"/],
    [["--fail"], /--fail/],
    [["--colour"], /Unknown option '--colour'/],
    [["extra"], /Unexpected argument 'extra'/],
  ])("exits 2 in one line on %j", async (args, message) => {
    const run = await cli(["serve", ...args], {});
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^sgp-client: [^\n]*\n$/);
  });

  it.each([[["serve", "--help"]], [["help", "serve"]]])("%j prints its help", async (argv) => {
    const run = await cli(argv, {});
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: sgp-client serve \[--port <n>\] \[--host <host>\]/);
  });

  it("is listed in the main help", async () => {
    expect((await cli(["--help"], {})).stdout).toMatch(/^ {2}serve \[--port <n>\]/m);
  });
});

describe("parseServe", () => {
  it("defaults to port 4010 on 127.0.0.1 with no faults", () => {
    expect(parseServe([])).toEqual({ port: 4010, host: "127.0.0.1", faults: [], isHelp: false });
    expect(DEFAULT_PORT).toBe(4010);
  });

  it("queues the counted faults in the order given, and latency after them", () => {
    const { faults } = parseServe([
      "--latency",
      "200",
      "--stall",
      "2",
      "--fail",
      "429:3",
      "--reset",
      "1",
    ]);
    expect(faults).toEqual([
      { fault: { stallBody: true }, times: 2 },
      { fault: { status: 429 }, times: 3 },
      { fault: { reset: true }, times: 1 },
      { fault: { delayMs: 200 }, times: Number.MAX_SAFE_INTEGER },
    ]);
  });
});

describe("shellQuote", () => {
  it.each(["http://127.0.0.1:4010", "http://[::1]:4010", 'it\'s $HOME `x` \\ "q"', ""])(
    "gives a word a POSIX shell reads back as %j",
    async (value) => {
      const line = `export SGP_BASE_URL=${shellQuote(value)} SGP_API_KEY=k`;
      expect((await shellVariables(line)).SGP_BASE_URL).toBe(value);
    },
  );
});
