/**
 * "Someone using the official SDK changes only the import line": a file written against
 * openai-node's surface (test/fixtures/drop-in/) compiles against sgp-client's types (the
 * project's strict `tsc`, in `npm run typecheck`) and runs against the stand-in.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/project-copy.js";

const FILE = "test/fixtures/drop-in/openai-node-surface.ts";

function run(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", FILE],
      { cwd: PROJECT_ROOT, env: { PATH: process.env["PATH"] ?? "" } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("a file written against openai-node's surface", { timeout: 30_000 }, () => {
  it("differs from openai-node code only in its import line", async () => {
    const text = await readFile(join(PROJECT_ROOT, FILE), "utf8");
    const imports = text.match(/^import .*$/gm);
    expect(imports).toEqual([
      'import SGPClient from "sgp-client";',
      'import { createTestServer } from "sgp-client/testing";',
    ]);
  });

  it("runs against the stand-in: create, withResponse, asResponse, options and every error", async () => {
    const { code, stdout, stderr } = await run();
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^create: mi_\w+ in mg_\w+, _request_id string$/),
      expect.stringMatching(/^withResponse: mi_\w+ 200 string$/),
      expect.stringMatching(/^asResponse: 200 application\/json mi_\w+$/),
      "options: x-trace abc",
      "400: BadRequestError 400 fault 400 application/json req_",
      "401: AuthenticationError 401 fault 401 application/json req_",
      "403: PermissionDeniedError 403 fault 403 application/json req_",
      "404: NotFoundError 404 fault 404 application/json req_",
      "409: ConflictError 409 fault 409 application/json req_",
      "422: UnprocessableEntityError 422 fault 422 application/json req_",
      "429: RateLimitError 429 fault 429 application/json req_",
      "500: InternalServerError 500 fault 500 application/json req_",
      "connection: APIConnectionError undefined undefined",
      "timeout: APIConnectionTimeoutError true",
      "abort: APIUserAbortError true",
      "construction: SGPClientError",
    ]);
  });
});
