/**
 * The client against a hostile server on 127.0.0.1: a key echoed back in every form, terminal
 * escapes in every field, bodies too large to hold, and waits and ports no retry can help with.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import SGPClient, {
  APIConnectionError,
  APIError,
  AuthenticationError,
  ResponseTooLargeError,
  UnprocessableEntityError,
  type Logger,
} from "../../src/index.js";
import { modelInstance, sendJson, startServer } from "../helpers/http-server.js";
import { rawAnswer, startRawServer, streamBody } from "../helpers/raw-server.js";

// Control characters that must never reach a terminal: C0, DEL and C1.
const CONTROL_RE = /[\0-\x1f\x7f-\x9f]/;
const KEY = "sk-live/Tq+8x=Zb0_hostile";

/** Every string in a log call's arguments, fields and header values included. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [String(value)];
  return Object.entries(value).flatMap(([key, item]) => [key, ...stringsIn(item)]);
}

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const write = (message: string, ...rest: unknown[]): void => {
    lines.push(stringsIn([message, ...rest]).join(" "));
  };
  return { logger: { error: write, warn: write, info: write, debug: write }, lines };
}

function clientFor(origin: string, apiKey = KEY, logger?: Logger): SGPClient {
  return new SGPClient(
    { apiKey, baseURL: origin, maxRetries: 0, ...(logger && { logLevel: "debug", logger }) },
    { sleep: async () => {} },
  );
}

/** Everything a caller could print about an error: message, stack, inspect, JSON, causes. */
function everythingAbout(error: unknown): string {
  const parts = [String(error), inspect(error, { depth: 10 }), JSON.stringify(error) ?? ""];
  for (let e: unknown = error; e instanceof Error; e = e.cause)
    parts.push(e.message, e.stack ?? "");
  return parts.join("\n");
}

describe("a server that echoes the key", () => {
  it.each([
    ["the reason phrase", rawAnswer(`401 Unauthorized key ${KEY}`, {}, '{"detail":"no"}')],
    [
      "the request id",
      rawAnswer("401 Unauthorized", { "x-request-id": `req_${KEY}` }, '{"detail":"no"}'),
    ],
    [
      "the body, URL-encoded and base64",
      rawAnswer(
        "401 Unauthorized",
        { "content-type": "application/json" },
        JSON.stringify({ detail: `got ${encodeURIComponent(KEY)} or ${btoa(KEY)}` }),
      ),
    ],
  ])("keeps it out of the error and every log line when it echoes it in %s", async (_, answer) => {
    const server = await startRawServer((socket) => socket.end(answer));
    const { logger, lines } = capture();
    const error = await clientFor(server.origin, KEY, logger)
      .modelGroups.models.create("g", "m")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const text = everythingAbout(error) + lines.join("\n");
    for (const form of [KEY, encodeURIComponent(KEY), btoa(KEY), btoa(KEY).replace(/=+$/, "")]) {
      expect(text).not.toContain(form);
    }
    expect((error as Error).message).toContain("[redacted]");
  });

  it("redacts secret headers in logs by name, whatever the key's length", async () => {
    const server = await startServer((_req, res) => sendJson(res, 200, modelInstance()));
    const { logger, lines } = capture();
    await clientFor(server.origin, "k", logger).modelGroups.models.create("g", "m");
    expect(lines[0]).toContain("x-api-key [redacted]");
    expect(lines.join("\n")).not.toMatch(/x-api-key k\b/);
  });
});

describe("a short test key", () => {
  it.each(["k", "a", ":", "e"])(
    "%j never mangles the server's words, its request id or its parsed body",
    async (apiKey) => {
      const detail = "The x-api-key sent is not accepted";
      const requestId = "req_d5e5c3721fa4c4e1";
      const server = await startServer((_req, res) =>
        sendJson(res, 401, { detail }, { "x-request-id": requestId }),
      );
      const error = (await clientFor(server.origin, apiKey)
        .modelGroups.models.create("g", "m")
        .catch((e: unknown) => e)) as AuthenticationError;
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error.message).toBe(
        `POST /v4/model-groups/g/models/m failed: 401 Unauthorized — ${detail} (request id ${requestId})`,
      );
      expect(error.error).toEqual({ detail });
      expect(error.requestID).toBe(requestId);
    },
  );
});

describe("terminal escapes from the server", () => {
  it("reach no message or log line raw: reason phrase, request id, body", async () => {
    const server = await startRawServer((socket) =>
      socket.end(
        rawAnswer(
          "503 Busy \x1b]0;pwned\x07 \xc2\x9b2J",
          { "x-request-id": "req_\xc2\x9b31m", "content-type": "application/json" },
          JSON.stringify({ detail: "\x1b]8;;https://evil.test\x1b\\click\x1b]8;;\x1b\\" }),
        ),
      ),
    );
    const { logger, lines } = capture();
    const error = (await clientFor(server.origin, KEY, logger)
      .modelGroups.models.create("g", "m")
      .catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.message).not.toMatch(CONTROL_RE);
    expect(error.message).toContain("\\u001b]0;pwned\\u0007");
    expect(error.message).toContain("\\u001b]8;;https://evil.test");
    for (const line of lines) expect(line).not.toMatch(CONTROL_RE);
    // The parsed body stays as the server sent it: it is data, not output.
    expect((error.error as { detail: string }).detail).toMatch(/^\x1b\]8;;/);
  });
});

describe("bodies too large to hold", () => {
  const MiB = 1024 * 1024;

  it.each([
    ["declared by Content-Length", true, 500 * MiB],
    ["streamed without a length", false, 700 * MiB],
  ])("refuses one %s after one attempt, with bounded memory", async (_, hasLength, size) => {
    const server = await startRawServer((socket) =>
      streamBody(
        socket,
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n" +
          (hasLength ? `content-length: ${size}\r\n` : "transfer-encoding: identity\r\n") +
          "connection: close\r\n\r\n",
        size,
      ),
    );
    const client = new SGPClient(
      { apiKey: KEY, baseURL: server.origin },
      { sleep: async () => {} },
    );
    const before = process.memoryUsage().rss;
    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
    const grownBytes = process.memoryUsage().rss - before;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(
      /200\. The response body is .*more than maxResponseSize \(10485760 bytes\); it was not read, nor retried\. Raise `maxResponseSize`/,
    );
    expect(server.requests).toBe(1);
    expect(grownBytes).toBeLessThan(64 * MiB);
  });

  it("honours a smaller maxResponseSize", async () => {
    const server = await startServer((_req, res) => sendJson(res, 200, modelInstance()));
    const client = new SGPClient({ apiKey: KEY, baseURL: server.origin, maxResponseSize: 100 });
    await expect(client.modelGroups.models.create("g", "m")).rejects.toBeInstanceOf(
      ResponseTooLargeError,
    );
  });

  it("quotes at most three of a 422's validation errors, then how many more", async () => {
    const detail = Array.from({ length: 10_000 }, (_, i) => ({
      loc: ["body", `f${i}`],
      msg: "Field required",
      type: "missing",
    }));
    const server = await startServer((_req, res) => sendJson(res, 422, { detail }));
    const error = (await clientFor(server.origin)
      .modelGroups.models.create("g", "m")
      .catch((e: unknown) => e)) as UnprocessableEntityError;
    expect(error.message).toBe(
      "POST /v4/model-groups/g/models/m failed: 422 Unprocessable Entity — body.f0: Field required; body.f1: Field required; body.f2: Field required; and 9997 more",
    );
    expect(error.detail).toHaveLength(10_000);
  });
});

describe("retries that cannot help", () => {
  it.each(["-5", "1.5", "soon"])(
    "ignores Retry-After: %s and waits the backoff instead",
    async (retryAfter) => {
      const server = await startServer((_req, res, i) =>
        i === 0
          ? sendJson(res, 503, {}, { "retry-after": retryAfter })
          : sendJson(res, 200, modelInstance()),
      );
      const waits: number[] = [];
      const client = new SGPClient(
        { apiKey: KEY, baseURL: server.origin },
        { sleep: async (ms) => void waits.push(ms), random: () => 0 },
      );
      await client.modelGroups.models.create("g", "m");
      expect(waits).toEqual([500]);
    },
  );

  it.each([1, 9])("makes one attempt at port %i, which fetch refuses", async (port) => {
    const waits: number[] = [];
    const client = new SGPClient(
      { apiKey: KEY, baseURL: `http://127.0.0.1:${port}` },
      { sleep: async (ms) => void waits.push(ms) },
    );
    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/bad port; 1 attempt\)\.$/);
    expect(waits).toEqual([]);
  });
});
