import createClient from "openapi-fetch";
import SGPClient, {
  APIResponseValidationError,
  SGPClientError,
  type ClientOptions,
  type paths,
} from "sgp-client";
import { createTestServer, type TestServer } from "sgp-client/testing";
import { describe, expect, it, vi } from "vitest";
import { responseValidation } from "../../src/validation/index.js";

function recordingLogger(): {
  lines: string[];
  warn(m: string): void;
  error(): void;
  info(): void;
  debug(): void;
} {
  const lines: string[] = [];
  return {
    lines,
    warn: (m) => void lines.push(m),
    error: () => {},
    info: () => {},
    debug: () => {},
  };
}

function clientOf(server: TestServer, options: ClientOptions = {}): SGPClient {
  return new SGPClient({ apiKey: server.apiKey, baseURL: server.url, maxRetries: 0, ...options });
}

function serveVendor(server: TestServer, model_vendor: unknown, times = 1): void {
  server.injectFault({ status: 200, body: { ...server.addModelInstance(), model_vendor } }, times);
}

describe("responseValidation warnings", () => {
  it("log a mismatch once per client, and once more for another client", async () => {
    await using server = await createTestServer();
    const logger = recordingLogger();
    const middleware = responseValidation({ mode: "warn" });
    const first = clientOf(server, { logger }).use(middleware);
    const second = clientOf(server, { logger }).use(middleware);
    serveVendor(server, "MISTRAL", 4);
    await first.modelGroups.models.create("g", "m");
    await first.modelGroups.models.create("g", "m");
    expect(logger.lines).toHaveLength(1);
    await second.modelGroups.models.create("g", "m");
    await second.modelGroups.models.create("g", "m");
    expect(logger.lines).toHaveLength(2);
  });

  it("log one line for one rule at one place, whatever value breaks it", async () => {
    await using server = await createTestServer();
    const logger = recordingLogger();
    const client = clientOf(server, { logger }).use(responseValidation({ mode: "warn" }));
    serveVendor(server, "MISTRAL");
    serveVendor(server, "DEEPSEEK");
    await client.modelGroups.models.create("g", "m");
    await client.modelGroups.models.create("g", "m");
    expect(logger.lines).toEqual([
      expect.stringContaining(`"MISTRAL" is not in openapi.yaml's ModelVendor`),
    ]);
  });

  it("log a drift in every item of a list once", async () => {
    await using server = await createTestServer();
    const logger = recordingLogger();
    const client = clientOf(server, { logger }).use(responseValidation({ mode: "warn" }));
    const item = { loc: ["path", "model_group_id"], msg: "too short" };
    server.injectFault({ status: 422, body: { detail: [item, item, item] } });
    await expect(client.modelGroups.models.create("g", "m")).rejects.toThrow();
    expect(logger.lines).toEqual([
      expect.stringMatching(
        /detail\[0\]\.type: missing; openapi\.yaml's ValidationError requires it$/,
      ),
    ]);
  });

  it("follow the client's logLevel", async () => {
    await using server = await createTestServer();
    const logger = recordingLogger();
    const client = clientOf(server, { logger, logLevel: "off" }).use(
      responseValidation({ mode: "warn" }),
    );
    serveVendor(server, "MISTRAL");
    await client.modelGroups.models.create("g", "m");
    expect(logger.lines).toEqual([]);
  });

  it("go to the logger option rather than the client's logger", async () => {
    await using server = await createTestServer();
    const [clientLogger, ownLogger] = [recordingLogger(), recordingLogger()];
    const client = clientOf(server, { logger: clientLogger }).use(
      responseValidation({ mode: "warn", logger: ownLogger }),
    );
    serveVendor(server, "MISTRAL");
    await client.modelGroups.models.create("g", "m");
    expect(clientLogger.lines).toEqual([]);
    expect(ownLogger.lines).toEqual([
      expect.stringMatching(/^\[sgp-client\] POST .*model_vendor: "MISTRAL"/),
    ]);
  });

  it("go to console.warn on a plain openapi-fetch client, once per middleware", async () => {
    await using server = await createTestServer();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const client = createClient<paths>({
      baseUrl: server.url,
      headers: { "x-api-key": server.apiKey },
    });
    client.use(responseValidation({ mode: "warn" }));
    serveVendor(server, "MISTRAL", 2);
    const call = () =>
      client.POST("/v4/model-groups/{model_group_id}/models/{model_instance_id}", {
        params: { path: { model_group_id: "g", model_instance_id: "m" } },
      });
    const { data } = await call();
    await call();
    expect(data).toMatchObject({ model_vendor: "MISTRAL" });
    expect(warn.mock.calls).toEqual([
      [expect.stringMatching(/^\[sgp-client\] POST .*out of date: model_vendor: "MISTRAL"/)],
    ]);
  });

  it("never quote the API key, should the server echo it", async () => {
    await using server = await createTestServer();
    const logger = recordingLogger();
    const client = clientOf(server, { logger }).use(responseValidation({ mode: "warn" }));
    serveVendor(server, server.apiKey);
    await client.modelGroups.models.create("g", "m");
    expect(logger.lines).toEqual([expect.stringContaining(`model_vendor: "[redacted]" is not in`)]);
    expect(logger.lines.join("\n")).not.toContain(server.apiKey);
  });
});

describe("responseValidation", () => {
  it("keeps an echoed API key out of the error, its body, mismatches and headers", async () => {
    await using server = await createTestServer();
    const client = clientOf(server).use(responseValidation({ mode: "error" }));
    server.injectFault({
      status: 200,
      headers: { "x-echo": `key=${server.apiKey}` },
      body: { ...server.addModelInstance(), model_vendor: server.apiKey },
    });
    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIResponseValidationError);
    const { message, error: body, mismatches, headers } = error as APIResponseValidationError;
    expect(headers?.get("x-echo")).toBe("key=[redacted]");
    expect(body).toMatchObject({ model_vendor: "[redacted]" });
    expect(JSON.stringify({ message, body, mismatches })).not.toContain(server.apiKey);
  });

  it("leaves a 204 alone, which has no body to check", async () => {
    await using server = await createTestServer();
    const logger = recordingLogger();
    const client = clientOf(server, { logger }).use(responseValidation({ mode: "error" }));
    server.injectFault({ status: 204 });
    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(APIResponseValidationError);
    expect(logger.lines).toEqual([]);
  });

  it("leaves an operation openapi.yaml does not describe alone", async () => {
    await using server = await createTestServer();
    const client = createClient<Record<string, never>>({ baseUrl: server.url });
    client.use(responseValidation({ mode: "error" }));
    server.injectFault({ status: 200, body: { id: 1 } });
    const post = client.POST as unknown as (path: string) => Promise<{ response: Response }>;
    const { response } = await post("/v4/elsewhere");
    expect(response.status).toBe(200);
  });

  it("refuses a mode other than warn or error, naming it", () => {
    expect(() => responseValidation({ mode: "loud" as "warn" })).toThrow(SGPClientError);
    expect(() => responseValidation({ mode: "loud" as "warn" })).toThrow(
      /`mode` must be "warn" or "error", got "loud"/,
    );
  });

  it("refuses a logger without warn", () => {
    expect(() => responseValidation({ mode: "warn", logger: {} as Console })).toThrow(
      /`logger` must have a `warn/,
    );
  });
});
