import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createTestServer } from "../../src/testing/index.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";

function runExample(
  file: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", `examples/${file}`],
      { cwd: PROJECT_ROOT, env: { PATH: process.env["PATH"] ?? "", ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("examples", { timeout: 30_000 }, () => {
  it("runs the seed's example, import line changed, against a local server", async () => {
    await using server = await createTestServer();
    server.addModelGroup({ id: "model_group_id" });
    server.addModelInstance({ id: "model_instance_id" });
    const result = await runExample("seed-example.ts", {
      SGP_API_KEY: server.apiKey,
      SGP_BASE_URL: server.url,
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("model_instance_id\n");
    expect(result.code).toBe(0);
    expect(server.requests).toMatchObject([
      {
        method: "POST",
        rawPath: "/v4/model-groups/model_group_id/models/model_instance_id",
        hasValidApiKey: true,
      },
    ]);
  });

  it("runs the error-handling example against the stand-in's fault injection", async () => {
    const result = await runExample("error-handling.ts", {});
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")).toEqual([
      expect.stringMatching(/^retried: mi_\w+ added to mg_\w+ after 3 attempts$/),
      "rate limited: 429, retry after 120 s",
      expect.stringMatching(
        /^not found: POST \/v4\/model-groups\/mg_does_not_exist\/models\/mi_\w+ failed: 404 Not Found — Model group mg_does_not_exist not found/,
      ),
      expect.stringMatching(/^timed out: POST .* timed out after 200 ms \(1 attempt\)\./),
      "",
    ]);
  });
});
