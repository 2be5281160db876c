/**
 * The CLI against a hostile server on 127.0.0.1: one that echoes the API key wherever it can
 * (reason phrase, headers, body) and fills every string it sends with terminal escape sequences.
 * Nothing of either may reach the user's terminal, whatever the log level.
 */
import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { main, type CliIO } from "../../src/cli/main.js";
import { assertBuilt, DIST } from "../helpers/dist.js";
import { modelInstance } from "../helpers/http-server.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { childEnv, describeRun, runProcess } from "../helpers/run-process.js";

// Long enough to be redacted wherever it appears; `+`, `/` and `=` make its URL-encoded form differ.
const KEY = "sk-hostile+Zq8/Kp2=Lm4Nx6";
const KEY_FORMS = [KEY, encodeURIComponent(KEY), Buffer.from(KEY).toString("base64")];

/** ESC sequences that retitle the window, clear the screen and forge a link; CSI as C1; DEL. */
const ESCAPES =
  "\x1b]0;pwned\x07\x1b[2J\x1b]8;;https://evil.example\x07click\x1b]8;;\x07\u009b31m\x7f";
/** Any raw control character but the line feed that ends each line. */
const RAW_CONTROL = /[\0-\x09\x0b-\x1f\x7f-\x9f]/;

/** An answer written byte for byte: fetch takes what node:http refuses to send. */
interface RawAnswer {
  /** The status line after `HTTP/1.1 `, reason phrase included. */
  status: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A server on 127.0.0.1:0 that answers every request with `answer`, closed when the test ends. */
async function hostileServer(answer: RawAnswer): Promise<string> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      if (!received.includes("\r\n\r\n")) return;
      received = "";
      const body = Buffer.from(answer.body ?? "", "utf8");
      const headers = { "content-type": "application/json", ...answer.headers };
      const fields = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
      fields.push(`content-length: ${body.length}\r\nconnection: close\r\n\r\n`);
      // fetch reads the reason phrase as UTF-8 and header values as latin1, so a C1 control
      // reaches it through either only when written so.
      const head = [
        Buffer.from(`HTTP/1.1 ${answer.status}\r\n`),
        Buffer.from(fields.join(""), "latin1"),
      ];
      socket.end(Buffer.concat([...head, body]));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Run {
  code: number;
  output: string;
}

async function cli(argv: string[], env: Record<string, string>): Promise<Run> {
  let output = "";
  const io: CliIO = {
    env,
    stdout: (text) => void (output += text),
    stderr: (text) => void (output += text),
  };
  return { code: await main(argv, io), output };
}

const LOG_LEVELS = ["warn", "debug"];

/** Runs `add-model` (and with `--json`) at each log level; returns every run's output. */
async function runAll(baseURL: string): Promise<Run[]> {
  const runs: Run[] = [];
  for (const level of LOG_LEVELS) {
    const env = { SGP_API_KEY: KEY, SGP_BASE_URL: baseURL, SGP_LOG: level };
    runs.push(await cli(["add-model", "mg_1", "mi_1"], env));
    runs.push(await cli(["add-model", "mg_1", "mi_1", "--json"], env));
  }
  return runs;
}

function expectNoKey(runs: Run[]): void {
  for (const { output } of runs) {
    for (const form of KEY_FORMS) expect(output).not.toContain(form);
  }
}

function expectNoRawControl(runs: Run[]): void {
  for (const { output } of runs) expect(output).not.toMatch(RAW_CONTROL);
}

// Answers that echo the key; these rely on the client's redaction of server text.
const ECHOING_ANSWERS: [string, RawAnswer][] = [
  [
    "a 401 whose reason phrase, headers and body echo the key",
    {
      status: `401 Unauthorized key ${KEY}`,
      headers: { "x-request-id": KEY, "x-echo": encodeURIComponent(KEY) },
      body: JSON.stringify({ detail: `key ${KEY} is revoked`, b64: KEY_FORMS[2] }),
    },
  ],
  [
    "a 503 that echoes the key in its reason phrase, then in the retry",
    {
      status: `503 Unavailable for ${KEY}`,
      headers: { "retry-after-ms": "0", "x-request-id": KEY },
      body: JSON.stringify({ detail: KEY }),
    },
  ],
  [
    "a 200 whose request id is the key",
    { status: "200 OK", headers: { "x-request-id": KEY }, body: JSON.stringify(modelInstance()) },
  ],
];

// Answers full of escape sequences. Header values cannot hold C0 (fetch refuses the response),
// but a byte from 0x80 to 0x9f arrives as a C1 control character.
const ESCAPING_ANSWERS: [string, RawAnswer][] = [
  [
    "a 401 whose reason phrase holds ESC and OSC sequences",
    { status: `401 Unauthorized ${ESCAPES}`, body: JSON.stringify({ detail: "no" }) },
  ],
  [
    "a 404 with a C1 control in its request id and escapes in its detail",
    {
      status: "404 Not Found",
      headers: { "x-request-id": "req_\u009b2J\u0085" },
      body: JSON.stringify({ detail: `Model group ${ESCAPES} not found` }),
    },
  ],
  [
    "a 422 whose validation errors hold escapes",
    {
      status: "422 Unprocessable Entity",
      body: JSON.stringify({
        detail: [{ loc: ["path", ESCAPES], msg: `too short ${ESCAPES}`, type: "string_too_short" }],
      }),
    },
  ],
  [
    "a 500 with a text body of escapes",
    {
      status: "500 Oops",
      headers: { "content-type": "text/plain", "retry-after-ms": "0" },
      body: ESCAPES.repeat(3),
    },
  ],
  [
    "a 200 whose ModelInstance fields are escape sequences",
    {
      status: "200 OK",
      headers: { "x-request-id": "req_\u009b2J" },
      body: JSON.stringify(
        modelInstance({
          id: `mi_${ESCAPES}`,
          name: ESCAPES,
          display_name: `\u009b2J${ESCAPES}`,
          model_group_id: ESCAPES,
          created_at: ESCAPES,
          [`extra${ESCAPES}`]: ESCAPES,
        }),
      ),
    },
  ],
];

describe("sgp-client against a hostile server", () => {
  it("is tested with control characters that do reach fetch", async () => {
    const baseURL = await hostileServer({
      status: `401 Unauthorized ${ESCAPES}`,
      headers: { "x-request-id": "req_\u009b2J" },
    });
    const response = await fetch(baseURL, { method: "POST" });
    expect(response.statusText).toBe(`Unauthorized ${ESCAPES}`);
    expect(response.headers.get("x-request-id")).toBe("req_\u009b2J");
  });

  it.each(ECHOING_ANSWERS)("never prints the API key: %s", async (_name, answer) => {
    const runs = await runAll(await hostileServer(answer));
    expectNoRawControl(runs);
    expectNoKey(runs);
  });

  it.each(ESCAPING_ANSWERS)("prints no raw control character: %s", async (_name, answer) => {
    const runs = await runAll(await hostileServer(answer));
    expectNoRawControl(runs);
    // Escaped, not dropped: the user still sees what the server sent.
    expect(runs.some(({ output }) => output.includes("\\u001b"))).toBe(true);
  });

  it("prints --json output that is valid JSON of exactly what the server sent", async () => {
    const sent = modelInstance({ name: ESCAPES, display_name: "\u0085\u009b\x7f", extra: ESCAPES });
    const baseURL = await hostileServer({ status: "200 OK", body: JSON.stringify(sent) });
    const env = { SGP_API_KEY: KEY, SGP_BASE_URL: baseURL };
    const run = await cli(["add-model", "mg_1", "mi_1", "--json"], env);
    expect(run.code).toBe(0);
    expect(run.output).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(run.output)).toEqual(sent);
  });
});

describe("the built sgp-client bin against a hostile server", { timeout: 60_000 }, () => {
  it("writes neither the key nor a raw control character to its stdout or stderr", async () => {
    assertBuilt();
    const baseURL = await hostileServer({
      status: `401 Unauthorized ${KEY} ${ESCAPES}`,
      headers: { "x-request-id": `${KEY}\u009b2J` },
      body: JSON.stringify({ detail: `${KEY} ${ESCAPES}` }),
    });
    const env = childEnv({ SGP_API_KEY: KEY, SGP_BASE_URL: baseURL, SGP_LOG: "debug" });
    const run = await runProcess(
      process.execPath,
      [join(DIST, "cli.js"), "add-model", "mg_1", "mi_1"],
      { cwd: PROJECT_ROOT, env, killAfterMs: 30_000 },
    );
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr, describeRun(run)).toMatch(/^sgp-client: POST .* failed: 401/m);
    const output = [{ code: run.code, output: run.stdout + run.stderr }];
    expectNoRawControl(output);
    expectNoKey(output);
  });
});
