import { describe, expect, it } from "vitest";
import SGPClient, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  InternalServerError,
  RateLimitError,
  type ClientOptions,
} from "../../src/index.js";
import type { ClientInternals } from "../../src/client.js";
import { sleep as realSleep } from "../../src/internal/transport.js";
import { createTestServer } from "../../src/testing/index.js";
import { json, recordingFetch } from "../helpers/recording-fetch.js";

const NOW_MS = Date.parse("2026-11-26T12:00:00Z");

/**
 * The stand-in, and a client of it whose waits between attempts are recorded instead of slept.
 * `create()` adds the seeded demo instance to the seeded demo group; `await using` closes it.
 */
async function wireClient(options: ClientOptions = {}, internals: ClientInternals = {}) {
  const server = await createTestServer();
  const delays: number[] = [];
  const client = new SGPClient(
    { apiKey: server.apiKey, baseURL: server.url, ...options },
    {
      sleep: async (ms) => {
        delays.push(ms);
      },
      random: () => 0.5,
      now: () => NOW_MS,
      ...internals,
    },
  );
  const [groupId = "", instanceId = ""] = [
    server.seeded.modelGroupIds[0],
    server.seeded.modelInstanceIds[0],
  ];
  const create = (): Promise<unknown> => client.modelGroups.models.create(groupId, instanceId);
  const path = `/v4/model-groups/${groupId}/models/${instanceId}`;
  const instance = server.getModelInstance(instanceId);
  return { server, client, delays, create, path, instance, [Symbol.asyncDispose]: server.close };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("retries", () => {
  it("retries a 503 after the jittered backoff, then returns the 200", async () => {
    await using wire = await wireClient();
    wire.server.injectFault({ status: 503, body: { detail: "warming up" } });
    await expect(wire.create()).resolves.toMatchObject({ id: wire.instance?.id });
    expect(wire.server.requests).toHaveLength(2);
    expect(wire.delays).toEqual([500 * (1 - 0.25 * 0.5)]);
  });

  it("retries a 503 twice, then throws InternalServerError", async () => {
    await using wire = await wireClient();
    wire.server.injectFault({ status: 503, body: { detail: "down" } }, 3);
    const error = await wire.create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toMatch(/503 Service Unavailable — down/);
    expect(wire.server.requests).toHaveLength(3);
    expect(wire.delays).toEqual([437.5, 875]);
  });

  it("sends each attempt as a fresh, complete request", async () => {
    await using wire = await wireClient();
    wire.server.injectFault({ status: 500 }, 2);
    await wire.create();
    expect(
      wire.server.requests.map((r) => [r.method, r.rawPath, r.hasValidApiKey, r.headers.accept]),
    ).toEqual(Array(3).fill(["POST", wire.path, true, "application/json"]));
  });

  it("waits what retry-after-ms asks on a 429", async () => {
    await using wire = await wireClient();
    wire.server.injectFault({ status: 429, headers: { "retry-after-ms": "250" } });
    await wire.create();
    expect(wire.delays).toEqual([250]);
  });

  it("waits Retry-After given in seconds", async () => {
    await using wire = await wireClient();
    wire.server.injectFault({ status: 503, headers: { "retry-after": "2" } });
    await wire.create();
    expect(wire.delays).toEqual([2000]);
  });

  it("waits until a Retry-After HTTP date", async () => {
    await using wire = await wireClient();
    const date = new Date(NOW_MS + 3_000).toUTCString();
    wire.server.injectFault({ status: 429, headers: { "retry-after": date } });
    await wire.create();
    expect(wire.delays).toEqual([3000]);
  });

  it("fails at once, saying so, when Retry-After exceeds maxRetryDelay", async () => {
    await using wire = await wireClient({ maxRetryDelay: 30_000 });
    wire.server.injectFault({
      status: 429,
      headers: { "retry-after": "120" },
      body: { detail: "quota" },
    });
    const error = await wire.create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as Error).message).toMatch(
      /429 Too Many Requests — quota\. The server asked to wait 120 s before retrying, longer than maxRetryDelay \(30 s\), so it was not retried/,
    );
    expect(wire.server.requests).toHaveLength(1);
    expect(wire.delays).toEqual([]);
  });

  it("does not retry when the server says x-should-retry: false", async () => {
    await using wire = await wireClient();
    wire.server.injectFault({ status: 503, headers: { "x-should-retry": "false" } });
    await expect(wire.create()).rejects.toBeInstanceOf(InternalServerError);
    expect(wire.server.requests).toHaveLength(1);
  });

  it("does not retry a 404", async () => {
    await using wire = await wireClient();
    await expect(wire.client.modelGroups.models.create("mg_none", "mi_none")).rejects.toThrow(
      /404 Not Found — Model group mg_none not found/,
    );
    expect(wire.server.requests).toHaveLength(1);
  });

  it("retries a connection reset", async () => {
    await using wire = await wireClient();
    wire.server.injectFault({ reset: true });
    await expect(wire.create()).resolves.toMatchObject({ id: wire.instance?.id });
    expect(wire.server.requests).toHaveLength(2);
  });

  it("throws APIConnectionError with the cause when resets continue", async () => {
    await using wire = await wireClient({ maxRetries: 1 });
    wire.server.injectFault({ reset: true }, 2);
    const error = await wire.create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^POST ${wire.path} failed: no response from 127\\.0\\.0\\.1:\\d+ \\(.+; 2 attempts\\)\\.$`,
      ),
    );
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(wire.server.requests).toHaveLength(2);
  });
});

describe("timeouts", () => {
  it("times out a body that stalls after the headers, on every attempt", async () => {
    await using wire = await wireClient({ timeout: 50, maxRetries: 1 });
    wire.server.injectFault({ stallBody: true }, 2);
    const error = await wire.create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toBe(
      `POST ${wire.path} timed out after 50 ms (2 attempts). Raise \`timeout\` or check the network.`,
    );
    expect(wire.server.requests).toHaveLength(2);
  });

  it("times out a server that does not answer, then succeeds on the retry", async () => {
    await using wire = await wireClient({ timeout: 50 });
    wire.server.injectFault({ delayMs: 60_000 });
    await expect(wire.create()).resolves.toMatchObject({ id: wire.instance?.id });
    expect(wire.server.requests).toHaveLength(2);
  });
});

describe("aborts", () => {
  it("aborts during a request at once, without retrying", async () => {
    await using wire = await wireClient();
    wire.server.injectFault({ delayMs: 60_000 });
    const controller = new AbortController();
    const call = wire.client.modelGroups.models
      .create("g", "m", { signal: controller.signal })
      .catch((e: unknown) => e);
    await wire.server.waitForRequests(1);
    controller.abort();
    const error = await call;
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).message).toBe(
      "POST /v4/model-groups/g/models/m was aborted by the caller's signal.",
    );
    expect(wire.server.requests).toHaveLength(1);
  });

  it("aborts during the wait between attempts", async () => {
    const controller = new AbortController();
    const sleeping = deferred();
    await using wire = await wireClient(
      {},
      {
        sleep: (ms, signal) => {
          sleeping.resolve();
          return realSleep(ms, signal);
        },
      },
    );
    wire.server.injectFault({ status: 503 });
    const call = wire.client.modelGroups.models
      .create("g", "m", { signal: controller.signal })
      .catch((e: unknown) => e);
    await sleeping.promise;
    controller.abort();
    expect(await call).toBeInstanceOf(APIUserAbortError);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const { fetch, calls } = recordingFetch(() => json(200, {}));
    const client = new SGPClient({ apiKey: "k", fetch });
    const error = await client.modelGroups.models
      .create("g", "m", { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(calls).toHaveLength(0);
  });
});

describe("bodies that are not JSON", () => {
  it("turns an HTML 502 into InternalServerError with an excerpt after retrying", async () => {
    await using wire = await wireClient();
    wire.server.injectFault(
      {
        status: 502,
        body: "<html><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
      },
      3,
    );
    const error = (await wire.create().catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toContain(
      "502 Bad Gateway — <html><body><center><h1>502 Bad Gateway</h1>",
    );
    expect(wire.server.requests).toHaveLength(3);
  });

  it("turns a 200 with an HTML body into an APIError, not a SyntaxError", async () => {
    await using wire = await wireClient();
    wire.server.injectFault({
      status: 200,
      body: "<!DOCTYPE html><html><head><title>Corporate proxy login</title></head></html>",
    });
    const error = (await wire.create().catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(200);
    expect(error.message).toMatch(
      /failed: 200 OK\. The response body is not a JSON object: "<!DOCTYPE html><html><head><title>Corporate proxy login/,
    );
    expect(wire.server.requests).toHaveLength(1);
  });
});
