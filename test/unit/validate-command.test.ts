import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/main.js";
import { VALIDATE_HELP, validateCommand } from "../../src/cli/validate.js";
import { loadSpec } from "../helpers/spec.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sgp-validate-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A ModelInstance openapi.yaml shows as its example, so valid by the spec's own account. */
function validInstance(): Record<string, unknown> {
  return structuredClone(
    loadSpec()["components"]["examples"]["ModelInstanceChatCompletion"]["value"],
  );
}

async function fileWith(content: unknown): Promise<string> {
  const path = join(dir, "body.json");
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

async function run(args: string[], stdin?: string[] | Uint8Array[]) {
  const out = { stdout: "", stderr: "" };
  const io: CliIO = {
    env: {},
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    stdin: stdin === undefined ? undefined : Readable.from(stdin),
  };
  const code = await validateCommand(args, io);
  return { code, ...out };
}

describe("sgp-client validate", () => {
  it("exits 0 and says so when the body matches openapi.yaml", async () => {
    const result = await run([await fileWith(validInstance())]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(
      /body\.json matches openapi\.yaml: a ModelInstance, the 200 body of POST/,
    );
  });

  it("prints one line per mismatch with pointer and message, and exits 1", async () => {
    const body: Record<string, unknown> = {
      ...validInstance(),
      model_vendor: "MISTRAL",
      deployment_count: "2",
    };
    delete body["id"];
    const result = await run([await fileWith(body)]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")).toEqual([
      "/id: missing; openapi.yaml's ModelInstance requires it",
      `/model_vendor: "MISTRAL" is not in openapi.yaml's ModelVendor`,
      `/deployment_count: "2" is not an integer`,
      "",
    ]);
    expect(result.stderr).toMatch(
      /^sgp-client: 3 mismatches with openapi\.yaml.*openapi\.yaml is out of date\.\n$/,
    );
  });

  it("prints the first 10 mismatches of a body with more, and counts them", async () => {
    const detail = Array.from({ length: 40 }, () => ({ loc: ["body"], msg: "bad" }));
    const result = await run([await fileWith({ detail }), "--status", "422"]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")).toEqual([
      ...Array.from(
        { length: 10 },
        (_, i) => `/detail/${i}/type: missing; openapi.yaml's ValidationError requires it`,
      ),
      "",
    ]);
    expect(result.stderr).toMatch(/^sgp-client: the first 10 of 40 mismatches with openapi\.yaml/);
  });

  it("prints the first mismatch of a large body, without counting the rest", async () => {
    const detail = Array.from({ length: 100_000 }, () => ({ loc: ["body"], msg: "bad" }));
    const result = await run([await fileWith({ detail }), "--status", "422"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "/detail/0/type: missing; openapi.yaml's ValidationError requires it\n",
    );
    expect(result.stderr).toMatch(
      /^sgp-client: the first mismatch with openapi\.yaml, .*\. The body is too large to count every mismatch\. If this/,
    );
  });

  it("accepts extra fields, as the API may add some", async () => {
    const result = await run([await fileWith({ ...validInstance(), fine_tuned: true })]);
    expect(result.code).toBe(0);
  });

  it("checks a 422 body against HTTPValidationError with --status 422", async () => {
    const item = { loc: ["path", "model_group_id"], msg: "too short", type: "string_too_short" };
    expect((await run([await fileWith({ detail: [item] }), "--status", "422"])).code).toBe(0);
    const { type: _type, ...drifted } = item;
    const result = await run([await fileWith({ detail: [drifted] }), "--status", "422"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "/detail/0/type: missing; openapi.yaml's ValidationError requires it\n",
    );
  });

  it("reads standard input for - and when no file is given, in chunks", async () => {
    const text = JSON.stringify({ ...validInstance(), model_type: null });
    const bytes = new TextEncoder().encode(text);
    const chunks = [bytes.slice(0, 7), bytes.slice(7)];
    for (const args of [["-"], []]) {
      const result = await run(args, chunks);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("/model_type: null is not openapi.yaml's ModelType (a string)\n");
    }
  });

  it.each([
    ["a body that is not JSON", ["oops\n", "more\n"], /standard input is not JSON \(/],
    ["an empty body", [""], /standard input is not JSON/],
  ])("exits 2 on %s, in one line", async (_name, stdin, message) => {
    const result = await run(["-"], stdin);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
  });

  it("exits 2 on a file it cannot read, without a stack trace", async () => {
    const result = await run([join(dir, "missing.json")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `sgp-client: cannot read ${join(dir, "missing.json")}: ENOENT. Run \`sgp-client validate --help\` for usage.\n`,
    );
  });

  it.each([
    [["--status", "abc"], /--status must be an HTTP status from 100 to 599, got "abc"/],
    [["--colour"], /Unknown option '--colour'/],
    [["a.json", "b.json"], /unexpected argument "b\.json"/],
    [["-"], /no standard input to read/],
  ])("exits 2 on bad arguments: %j", async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("prints its help with --help", async () => {
    const result = await run(["--help"]);
    expect(result).toEqual({ code: 0, stdout: VALIDATE_HELP, stderr: "" });
  });
});
