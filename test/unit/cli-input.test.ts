/**
 * What `sgp-client validate` does with input nobody vetted: a terminal nobody types into, Ctrl-C,
 * endless or binary bytes, text that is not UTF-8, and text full of escape sequences.
 */
import { existsSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main, type CliIO } from "../../src/cli/main.js";
import { MAX_INPUT_BYTES } from "../../src/cli/read-input.js";
import { loadSpec } from "../helpers/spec.js";

/** Any raw control character but the line feed that ends each line. */
const RAW_CONTROL = /[\0-\x09\x0b-\x1f\x7f-\x9f]/;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

type Stdin = NonNullable<CliIO["stdin"]>;

async function validate(args: string[], stdin?: Stdin, signal?: AbortSignal): Promise<Run> {
  const run = { stdout: "", stderr: "" };
  const io: CliIO = {
    env: {},
    stdout: (text) => void (run.stdout += text),
    stderr: (text) => void (run.stderr += text),
    stdin,
    signal,
  };
  const code = await main(["validate", ...args], io);
  return { code, ...run };
}

/** A stream of `chunks`, as a pipe into standard input delivers them. */
function piped(chunks: (string | Uint8Array)[]): Stdin {
  return Readable.from(chunks);
}

/** Standard input that is a terminal nobody types into: it never ends by itself. */
function silentTerminal(): Stdin & { isTTY: boolean } {
  return Object.assign(new Readable({ read() {} }), { isTTY: true });
}

function expectOneLine(run: Run, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toMatch(/^sgp-client: [^\n]*\n$/);
  expect(run.stderr).not.toMatch(RAW_CONTROL);
}

describe("sgp-client validate on a terminal", () => {
  it("says on stderr what it waits for, then exits 130 on Ctrl-C and lets go of the terminal", async () => {
    const stdin = silentTerminal();
    const controller = new AbortController();
    let stderr = "";
    const io: CliIO = {
      env: {},
      stdout: () => {},
      stderr: (text) => {
        stderr += text;
        // The user reads the hint, then gives up.
        if (text.includes("Ctrl-D")) controller.abort();
      },
      stdin,
      signal: controller.signal,
    };
    const code = await main(["validate"], io);
    expect(code).toBe(130);
    expect(stderr).toMatch(
      /^sgp-client: reading a response body from standard input: paste it, then press Ctrl-D \(Ctrl-C cancels\), or pass a file: sgp-client validate response\.json\nsgp-client: interrupted\n$/,
    );
    expect(stdin.destroyed).toBe(true);
  });

  it("exits 130 on Ctrl-C while a pipe stays open and silent, without a hint", async () => {
    const stdin: Stdin = new Readable({ read() {} });
    const controller = new AbortController();
    const running = validate(["-"], stdin, controller.signal);
    controller.abort();
    expect(await running).toEqual({ code: 130, stdout: "", stderr: "sgp-client: interrupted\n" });
  });

  it("gives no hint when the body comes through a pipe", async () => {
    const run = await validate([], piped(["{}"]));
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/paste it/);
  });
});

describe("sgp-client validate refuses unusable input with one line and exit 2", () => {
  it("stops reading endless input at 10 MiB", async () => {
    let pulled = 0;
    const zeros = Readable.from(
      (function* () {
        for (;;) {
          pulled += 65_536;
          yield new Uint8Array(65_536);
        }
      })(),
    );
    const run = await validate(["-"], zeros);
    expectOneLine(run, /standard input is larger than 10 MiB, the most sgp-client reads/);
    expect(MAX_INPUT_BYTES).toBe(10 * 1024 * 1024);
    expect(pulled).toBeLessThanOrEqual(MAX_INPUT_BYTES + 2 * 65_536);
    expect(zeros.destroyed).toBe(true);
  });

  it.skipIf(!existsSync("/dev/zero"))("stops reading /dev/zero named as the file", async () => {
    expectOneLine(await validate(["/dev/zero"]), /\/dev\/zero is larger than 10 MiB/);
  });

  it.each([
    ["invalid UTF-8", [Uint8Array.of(0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d)]],
    ["a PNG's first bytes", [Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)]],
    ["a UTF-8 sequence cut in two and never finished", [Uint8Array.of(0x7b, 0xe2, 0x82)]],
  ])("%s", async (_name, chunks) => {
    const run = await validate(["-"], piped(chunks));
    expectOneLine(run, /standard input is not UTF-8 text, so it cannot be a JSON body/);
  });

  it("quotes non-JSON input with its escape sequences escaped", async () => {
    const run = await validate(["-"], piped(["\x1b]0;pwned\x07\x1b[2J\u009b31m{"]));
    expectOneLine(run, /standard input is not JSON \(.*\\u001b\]0;pwned\\u0007/);
  });
});

describe("sgp-client validate's report", () => {
  it("escapes the keys and values it quotes from the body", async () => {
    const instance = loadSpec()["components"]["examples"]["ModelInstanceChatCompletion"]["value"];
    const body = JSON.stringify({
      ...instance,
      "\x1b[2J": 1,
      model_vendor: "\u009b31mMISTRAL\x7f",
    });
    const run = await validate(["-"], piped([body]));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`/model_vendor: "\\u009b31mMISTRAL\\u007f" is not in`);
    expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
  });

  it("escapes a file name from the command line", async () => {
    const run = await validate(["missing-\x1b[2J.json"]);
    expectOneLine(run, /cannot read missing-\\u001b\[2J\.json: ENOENT/);
  });
});
