import type { ServerResponse } from "node:http";
import { createServer, type AddressInfo } from "node:net";
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
import { sleep as realSleep } from "../../src/transport.js";
import { modelInstance, sendJson, startServer, type Handler } from "../helpers/http-server.js";
import { json, recordingFetch } from "../helpers/recording-fetch.js";

const NOW_MS = Date.parse("2026-11-26T12:00:00Z");

/** A client whose waits between attempts are recorded instead of slept. */
async function wireClient(
  handler: Handler,
  options: ClientOptions = {},
  internals: ClientInternals = {},
) {
  const server = await startServer(handler);
  const delays: number[] = [];
  const client = new SGPClient(
    { apiKey: "wire-key", baseURL: server.origin, ...options },
    {
      sleep: async (ms) => {
        delays.push(ms);
      },
      random: () => 0.5,
      now: () => NOW_MS,
      ...internals,
    },
  );
  return { server, client, delays, create: () => client.modelGroups.models.create("mg_1", "mi_1") };
}

function stallBody(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
  res.write('{"id": "mi_');
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("retries", () => {
  it("retries a 503 after the jittered backoff, then returns the 200", async () => {
    const { server, create, delays } = await wireClient((_req, res, i) =>
      i === 0 ? sendJson(res, 503, { detail: "warming up" }) : sendJson(res, 200, modelInstance()),
    );
    await expect(create()).resolves.toEqual(modelInstance());
    expect(server.received).toHaveLength(2);
    expect(delays).toEqual([500 * (1 - 0.25 * 0.5)]);
  });

  it("retries a 503 twice, then throws InternalServerError", async () => {
    const { server, create, delays } = await wireClient((_req, res) =>
      sendJson(res, 503, { detail: "down" }),
    );
    const error = await create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toMatch(/503 Service Unavailable — down/);
    expect(server.received).toHaveLength(3);
    expect(delays).toEqual([437.5, 875]);
  });

  it("sends each attempt as a fresh, complete request", async () => {
    const { server, create } = await wireClient((_req, res, i) =>
      i < 2 ? sendJson(res, 500, {}) : sendJson(res, 200, modelInstance()),
    );
    await create();
    expect(server.received.map((r) => [r.method, r.url, r.headers["x-api-key"]])).toEqual(
      Array(3).fill(["POST", "/v4/model-groups/mg_1/models/mi_1", "wire-key"]),
    );
  });

  it("waits what retry-after-ms asks on a 429", async () => {
    const { create, delays } = await wireClient((_req, res, i) =>
      i === 0
        ? sendJson(res, 429, { detail: "slow down" }, { "retry-after-ms": "250" })
        : sendJson(res, 200, modelInstance()),
    );
    await create();
    expect(delays).toEqual([250]);
  });

  it("waits Retry-After given in seconds", async () => {
    const { create, delays } = await wireClient((_req, res, i) =>
      i === 0
        ? sendJson(res, 503, {}, { "retry-after": "2" })
        : sendJson(res, 200, modelInstance()),
    );
    await create();
    expect(delays).toEqual([2000]);
  });

  it("waits until a Retry-After HTTP date", async () => {
    const date = new Date(NOW_MS + 3_000).toUTCString();
    const { create, delays } = await wireClient((_req, res, i) =>
      i === 0
        ? sendJson(res, 429, {}, { "retry-after": date })
        : sendJson(res, 200, modelInstance()),
    );
    await create();
    expect(delays).toEqual([3000]);
  });

  it("fails at once, saying so, when Retry-After exceeds maxRetryDelay", async () => {
    const { server, create, delays } = await wireClient(
      (_req, res) => sendJson(res, 429, { detail: "quota" }, { "retry-after": "120" }),
      { maxRetryDelay: 30_000 },
    );
    const error = await create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as Error).message).toMatch(
      /429 Too Many Requests — quota\. The server asked to wait 120 s before retrying, longer than maxRetryDelay \(30 s\), so it was not retried/,
    );
    expect(server.received).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("does not retry when the server says x-should-retry: false", async () => {
    const { server, create } = await wireClient((_req, res) =>
      sendJson(res, 503, {}, { "x-should-retry": "false" }),
    );
    await expect(create()).rejects.toBeInstanceOf(InternalServerError);
    expect(server.received).toHaveLength(1);
  });

  it("does not retry a 404", async () => {
    const { server, create } = await wireClient((_req, res) =>
      sendJson(res, 404, { detail: "nope" }),
    );
    await expect(create()).rejects.toThrow(/404 Not Found — nope/);
    expect(server.received).toHaveLength(1);
  });

  it("retries a connection reset mid-response", async () => {
    const { server, create } = await wireClient((_req, res, i) => {
      if (i > 0) return sendJson(res, 200, modelInstance());
      stallBody(res);
      res.socket?.destroy();
    });
    await expect(create()).resolves.toEqual(modelInstance());
    expect(server.received).toHaveLength(2);
  });

  it("throws APIConnectionError with the cause when resets continue", async () => {
    const { server, create } = await wireClient((_req, res) => res.socket?.destroy(), {
      maxRetries: 1,
    });
    const error = await create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toMatch(
      /POST \/v4\/model-groups\/mg_1\/models\/mi_1 failed: no response from 127\.0\.0\.1:\d+ \(.+; 2 attempts\)/,
    );
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(server.received).toHaveLength(2);
  });

  it("reports a refused connection with its code", async () => {
    const listener = createServer();
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    const { port } = listener.address() as AddressInfo;
    await new Promise((resolve) => listener.close(resolve));
    const client = new SGPClient({
      apiKey: "k",
      baseURL: `http://127.0.0.1:${port}`,
      maxRetries: 0,
    });
    await expect(client.modelGroups.models.create("g", "m")).rejects.toThrow(
      /\(ECONNREFUSED: .*; 1 attempt\)/,
    );
  });
});

describe("timeouts", () => {
  it("times out a body that stalls after the headers, on every attempt", async () => {
    const { server, create } = await wireClient((_req, res) => stallBody(res), {
      timeout: 50,
      maxRetries: 1,
    });
    const error = await create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toBe(
      "POST /v4/model-groups/mg_1/models/mi_1 timed out after 50 ms (2 attempts). Raise `timeout` or check the network.",
    );
    expect(server.received).toHaveLength(2);
  });

  it("times out a server that never answers, then succeeds on the retry", async () => {
    const { create } = await wireClient(
      (_req, res, i) => (i === 0 ? undefined : sendJson(res, 200, modelInstance())),
      {
        timeout: 50,
      },
    );
    await expect(create()).resolves.toEqual(modelInstance());
  });
});

describe("aborts", () => {
  it("aborts during a request at once, without retrying", async () => {
    const controller = new AbortController();
    const { server, client } = await wireClient(() => controller.abort());
    const error = await client.modelGroups.models
      .create("g", "m", { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).message).toBe(
      "POST /v4/model-groups/g/models/m was aborted by the caller's signal.",
    );
    expect(server.received).toHaveLength(1);
  });

  it("aborts during the wait between attempts", async () => {
    const controller = new AbortController();
    const sleeping = deferred();
    const { server, client } = await wireClient(
      (_req, res) => sendJson(res, 503, {}),
      {},
      {
        sleep: (ms, signal) => {
          sleeping.resolve();
          return realSleep(ms, signal);
        },
      },
    );
    const result = client.modelGroups.models
      .create("g", "m", { signal: controller.signal })
      .catch((e: unknown) => e);
    await sleeping.promise;
    controller.abort();
    expect(await result).toBeInstanceOf(APIUserAbortError);
    expect(server.received).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const { fetch, calls } = recordingFetch(() => json(200, modelInstance()));
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
    const { server, create } = await wireClient((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end(
        "<html><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
      );
    });
    const error = (await create().catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toContain(
      "502 Bad Gateway — <html><body><center><h1>502 Bad Gateway</h1>",
    );
    expect(server.received).toHaveLength(3);
  });

  it("turns a 200 with an HTML body into an APIError, not a SyntaxError", async () => {
    const { server, create } = await wireClient((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<!DOCTYPE html><html><head><title>Corporate proxy login</title></head></html>");
    });
    const error = (await create().catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(200);
    expect(error.message).toMatch(
      /failed: 200 OK\. The response body is not a ModelInstance as JSON: "<!DOCTYPE html><html><head><title>Corporate proxy login/,
    );
    expect(server.received).toHaveLength(1);
  });
});
