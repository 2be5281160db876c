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

describe("logging", () => {
  const URL = "https://sgp.test/v4/model-groups/mg_1/models/mi_1";

  function flakyClient(logLevel: ClientOptions["logLevel"], logger: Logger): SGPClient {
    const { fetch } = recordingFetch(
      () => json(503, {}, { "x-request-id": "req_a" }),
      () => json(200, modelInstance(), { "x-request-id": "req_b" }),
    );
    let clock = 1_000;
    return new SGPClient(
      { apiKey: "k", fetch, baseURL: "https://sgp.test", logLevel, logger },
      { sleep: async () => {}, random: () => 0, now: () => (clock += 5) },
    );
  }

  it("logs each retry at info: attempt, reason and wait, with fields a logger can ship", async () => {
    const calls: [string, unknown][] = [];
    const record = (message: string, fields?: unknown): void => void calls.push([message, fields]);
    const logger = { error: record, warn: record, info: record, debug: record };
    await flakyClient("info", logger).modelGroups.models.create("mg_1", "mi_1");
    expect(calls).toEqual([
      [
        `[sgp-client] POST ${URL} attempt 1/3 failed (503 Service Unavailable); retrying in 500 ms`,
        {
          method: "POST",
          url: URL,
          attempt: 1,
          attempts: 3,
          status: 503,
          requestId: "req_a",
          durationMs: 5,
          delayMs: 500,
          reason: "503 Service Unavailable",
        },
      ],
    ]);
  });

  it("logs each request and response at debug, with headers redacted by name", async () => {
    const logger = captureLogger();
    await flakyClient("debug", logger).modelGroups.models.create("mg_1", "mi_1");
    const messages = logger.lines.map((line) => line.slice(0, line.indexOf(" {")));
    expect(messages).toEqual([
      `debug [sgp-client] POST ${URL} attempt 1/3: sending`,
      `debug [sgp-client] POST ${URL} attempt 1/3: 503 Service Unavailable in 5 ms (request id req_a)`,
      `info [sgp-client] POST ${URL} attempt 1/3 failed (503 Service Unavailable); retrying in 500 ms`,
      `debug [sgp-client] POST ${URL} attempt 2/3: sending`,
      `debug [sgp-client] POST ${URL} attempt 2/3: 200 OK in 5 ms (request id req_b)`,
    ]);
    expect(logger.lines[0]).toContain("'x-api-key': '[redacted]'");
    expect(logger.lines[4]).toContain("'x-request-id': 'req_b'");
    expect(logger.lines[4]).toContain("durationMs: 5");
  });

  it("logs timeouts, connection errors and a refused long wait", async () => {
    const logger = captureLogger();
    const server = await startServer((_req, res, i) =>
      i === 0 ? res.socket?.destroy() : sendJson(res, 429, {}, { "retry-after": "600" }),
    );
    const client = new SGPClient(
      { apiKey: "k", baseURL: server.origin, logLevel: "info", logger },
      { sleep: async () => {} },
    );
    await expect(client.modelGroups.models.create("g", "m")).rejects.toThrow(/429/);
    expect(logger.lines[0]).toMatch(
      /attempt 1\/3 failed \(connection error \(.+\)\); retrying in \d+ ms/,
    );
    expect(logger.lines[1]).toMatch(
      /attempt 2\/3: 429 Too Many Requests, and the server asked to wait 600000 ms, more than maxRetryDelay \(60000 ms\): not retrying/,
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
    expect(await run({ logLevel: "info" })).toEqual(["warn"]);
    expect(await run({ logLevel: "error" })).toEqual([]);
    expect(await run({ logLevel: "off" })).toEqual([]);
    expect(await run({ logLevel: "debug" })).toEqual(["warn", "debug", "debug"]);
  });

  it("formats nothing for a level that is off: the response is never looked at for a log", async () => {
    let reads = 0;
    const fetch = async (): Promise<Response> => {
      const response = json(503, {});
      return new Proxy(response, {
        get(target, key) {
          if (key === "statusText") reads++;
          const value = Reflect.get(target, key, target) as unknown;
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    };
    const client = new SGPClient(
      { apiKey: "k", fetch, logLevel: "warn", maxRetries: 1 },
      { sleep: async () => {} },
    );
    await client.modelGroups.models.create("g", "m").catch(() => undefined);
    // Read once, for the error's message; never for a log line.
    expect(reads).toBe(1);
  });

  it("reads the level from SGP_LOG and writes to console by default", async () => {
    vi.stubEnv("SGP_LOG", "debug");
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    const { fetch } = recordingFetch(() => json(200, modelInstance()));
    await new SGPClient({ apiKey: "k", fetch }).modelGroups.models.create("g", "m");
    expect(debug).toHaveBeenCalledTimes(2);
    expect(debug.mock.calls[1]?.[0]).toMatch(
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
    // Per attempt: sending and the answer at debug; per retry, one info line.
    expect(logger.lines).toHaveLength(8);
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
