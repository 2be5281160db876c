/**
 * The client against an independent implementation of openapi.yaml: Prism, which validates each
 * request against the spec (--errors turns a violation into an error response) and answers with
 * the spec's examples. Agreement here means the client sends what the spec says, as an outside
 * tool reads it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import SGPClient, { AuthenticationError } from "../../src/index.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { createSpecValidator, loadSpec } from "../helpers/spec.js";

const validator = createSpecValidator();
let prism: ChildProcess;
let baseURL: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once Prism says it listens; rejects with its output if it exits first. */
function waitUntilListening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`Prism exited with ${code}:\n${output}`)));
  });
}

beforeAll(async () => {
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  prism = spawn(
    join(PROJECT_ROOT, "node_modules/.bin/prism"),
    ["mock", "openapi.yaml", "--host", "127.0.0.1", "--port", String(port), "--errors"],
    { cwd: PROJECT_ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  await waitUntilListening(prism);
}, 60_000);

afterAll(() => {
  // Prism was started in its own process group; stop the whole group by its id.
  if (prism.pid !== undefined && prism.exitCode === null) process.kill(-prism.pid, "SIGTERM");
});

describe("the client against Prism mocking openapi.yaml", () => {
  it("gets a valid ModelInstance, and Prism finds no violation in the request", async () => {
    const client = new SGPClient({ apiKey: "contract-key", baseURL, accountId: "acct_1" });
    const { data, response } = await client.modelGroups.models
      .create("mg_1", "mi/with space")
      .withResponse();
    expect(response.headers.get("sl-violations")).toBeNull();
    expect(validator.schema("ModelInstance", data)).toEqual([]);
    expect(data).toEqual(loadSpec().components.examples.ModelInstanceChatCompletion.value);
  });

  it("gets the same through client.POST", async () => {
    const client = new SGPClient({ apiKey: "contract-key", baseURL });
    const { data, response } = await client.POST(
      "/v4/model-groups/{model_group_id}/models/{model_instance_id}",
      {
        params: { path: { model_group_id: "mg_1", model_instance_id: "mi_1" } },
      },
    );
    expect(response.status).toBe(200);
    expect(validator.schema("ModelInstance", data)).toEqual([]);
  });

  it("surfaces Prism's 401 for a request without a key as AuthenticationError", async () => {
    const client = new SGPClient({
      apiKey: "unused",
      baseURL,
      defaultHeaders: { "x-api-key": null },
      maxRetries: 0,
    });
    const error = await client.modelGroups.models.create("mg_1", "mi_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
  });
});
