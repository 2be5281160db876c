import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import SGPClient, { type ClientOptions, type Logger } from "../../src/index.js";
import { modelInstance, sendJson, startServer } from "../helpers/http-server.js";
import { json, recordingFetch, type Responder } from "../helpers/recording-fetch.js";

function captureLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const write =
    (level: string) =>
    (message: string, ...rest: unknown[]) => {
      lines.push(`${level} ${message} ${rest.map((r) => inspect(r)).join(" ")}`);
    };
  return {
    lines,
    error: write("error"),
    warn: write("warn"),
    info: write("info"),
    debug: write("debug"),
  };
}

describe("debug logging", () => {
  it("gives method, URL, attempt, status, duration, request id and the delay before a retry", async () => {
    const logger = captureLogger();
    const { fetch } = recordingFetch(
      () => json(503, {}, { "x-request-id": "req_a" }),
      () => json(200, modelInstance(), { "x-request-id": "req_b" }),
    );
    let clock = 1_000;
    const client = new SGPClient(
      { apiKey: "k", fetch, baseURL: "https://sgp.test", logLevel: "debug", logger },
      { sleep: async () => {}, random: () => 0, now: () => (clock += 5) },
    );
    await client.modelGroups.models.create("mg_1", "mi_1");
    expect(logger.lines).toEqual([
      "debug [sgp-client] POST https://sgp.test/v4/model-groups/mg_1/models/mi_1 attempt 1/3: 503 Service Unavailable in 5 ms (request id req_a); retrying in 500 ms ",
      "debug [sgp-client] POST https://sgp.test/v4/model-groups/mg_1/models/mi_1 attempt 2/3: 200 OK in 5 ms (request id req_b) ",
    ]);
  });

  it("logs timeouts, connection errors and a refused long wait", async () => {
    const logger = captureLogger();
    const server = await startServer((_req, res, i) =>
      i === 0 ? res.socket?.destroy() : sendJson(res, 429, {}, { "retry-after": "600" }),
    );
    const client = new SGPClient(
      { apiKey: "k", baseURL: server.origin, logLevel: "debug", logger },
      { sleep: async () => {} },
    );
    await expect(client.modelGroups.models.create("g", "m")).rejects.toThrow(/429/);
    expect(logger.lines[0]).toMatch(
      /attempt 1\/3: connection error \(.+\) in \d+ ms; retrying in \d+ ms/,
    );
    expect(logger.lines[1]).toMatch(
      /attempt 2\/3: 429 Too Many Requests in \d+ ms; the server asked to wait 600000 ms, more than maxRetryDelay \(60000 ms\): not retrying/,
    );
  });

  it("writes nothing below the level, and nothing at all when off", async () => {
    const run = async (options: ClientOptions) => {
      const logger = captureLogger();
      const { fetch } = recordingFetch(() => json(200, modelInstance()));
      await new SGPClient({
        apiKey: "k",
        fetch,
        logger,
        baseURL: "http://sgp.example.test",
        ...options,
      }).modelGroups.models.create("g", "m");
      return logger.lines.map((line) => line.split(" ")[0]);
    };
    expect(await run({})).toEqual(["warn"]);
    expect(await run({ logLevel: "error" })).toEqual([]);
    expect(await run({ logLevel: "off" })).toEqual([]);
    expect(await run({ logLevel: "debug" })).toEqual(["warn", "debug"]);
  });

  it("reads the level from SGP_LOG and writes to console by default", async () => {
    vi.stubEnv("SGP_LOG", "debug");
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    const { fetch } = recordingFetch(() => json(200, modelInstance()));
    await new SGPClient({ apiKey: "k", fetch }).modelGroups.models.create("g", "m");
    expect(debug).toHaveBeenCalledOnce();
    expect(debug.mock.calls[0]?.[0]).toMatch(
      /^\[sgp-client\] POST https:\/\/api\.egp\.scale\.com\/v4\/model-groups\/g\/models\/m attempt 1\/3: 200/,
    );
  });
});

/** A key with the characters real keys use, different every time. */
function generatedKey(i: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/~";
  let key = `sk-${i}-`;
  for (let n = 0; n < 24 + (i % 17); n++)
    key += alphabet[Math.floor(Math.random() * alphabet.length)];
  return key;
}

/** Everything a caller could print or serialise about an error. */
function everythingAbout(error: unknown): string {
  const parts: string[] = [
    String(error),
    inspect(error, { depth: 10 }),
    JSON.stringify(error) ?? "",
  ];
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    parts.push(e.message, e.stack ?? "", String(e));
  }
  return parts.join("\n");
}

describe("the API key", () => {
  // Servers that echo the key back, in the body, in a header and in a text page.
  const leakyResponders = (key: string): Responder[] => [
    () => json(401, { detail: `Invalid API key ${key}` }, { "x-echo": key }),
    () =>
      new Response(`<html>bad key ${key}</html>`, {
        status: 403,
        headers: { "content-type": "text/html" },
      }),
    () => json(422, { detail: [{ loc: ["header", key], msg: key, type: "x" }] }),
    () => new Response(`<p>${key}</p>`, { status: 200, headers: { "content-type": "text/html" } }),
    () => {
      throw new TypeError("fetch failed", {
        cause: new Error(`socket closed while sending x-api-key: ${key}`),
      });
    },
    () =>
      new Response(null, {
        status: 307,
        headers: { location: `https://elsewhere.test/?k=${key}` },
      }),
  ];

  it("never appears in an error or a log line, across many generated keys", async () => {
    for (let i = 0; i < 40; i++) {
      const key = generatedKey(i);
      for (const responder of leakyResponders(key)) {
        const logger = captureLogger();
        const { fetch } = recordingFetch(responder);
        const client = new SGPClient(
          {
            apiKey: key,
            fetch,
            logLevel: "debug",
            logger,
            baseURL: "http://sgp.example.test",
            maxRetries: 1,
          },
          { sleep: async () => {} },
        );
        const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
        expect(error).toBeInstanceOf(Error);
        const text = everythingAbout(error) + logger.lines.join("\n");
        expect(text).not.toContain(key);
      }
    }
  });

  it("is replaced by [redacted] where the server echoed it, keeping the rest readable", async () => {
    const key = generatedKey(99);
    const { fetch } = recordingFetch(() =>
      json(401, { detail: `Invalid API key ${key}` }, { "x-echo": key }),
    );
    const error = (await new SGPClient({ apiKey: key, fetch }).modelGroups.models
      .create("g", "m")
      .catch((e: unknown) => e)) as {
      message: string;
      error: unknown;
      headers: Headers;
    };
    expect(error.message).toContain("401 Unauthorized — Invalid API key [redacted]");
    expect(error.error).toEqual({ detail: "Invalid API key [redacted]" });
    expect(error.headers.get("x-echo")).toBe("[redacted]");
  });

  it("keeps authorization and cookie values set by the caller out of logs and errors too", async () => {
    const logger = captureLogger();
    const { fetch, calls } = recordingFetch(() => json(503, { detail: "down" }));
    const client = new SGPClient(
      {
        apiKey: "k-1",
        fetch,
        logLevel: "debug",
        logger,
        defaultHeaders: { authorization: "Bearer tok-SECRET-1", cookie: "session=ck-SECRET-2" },
      },
      { sleep: async () => {} },
    );
    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
    expect(calls[0]?.headers.get("authorization")).toBe("Bearer tok-SECRET-1");
    const text = everythingAbout(error) + logger.lines.join("\n");
    expect(logger.lines).toHaveLength(3);
    expect(text).not.toMatch(/SECRET|k-1/);
  });

  it("is absent from option errors and timeouts", async () => {
    const key = generatedKey(7);
    const errors: unknown[] = [];
    try {
      new SGPClient({ apiKey: `${key}\n` + key, fetch: async () => new Response() });
    } catch (error) {
      errors.push(error);
    }
    const server = await startServer(() => {});
    const client = new SGPClient({
      apiKey: key,
      baseURL: server.origin,
      timeout: 20,
      maxRetries: 0,
    });
    errors.push(await client.modelGroups.models.create("g", "m").catch((e: unknown) => e));
    expect(errors).toHaveLength(2);
    for (const error of errors) expect(everythingAbout(error)).not.toContain(key);
  });
});
