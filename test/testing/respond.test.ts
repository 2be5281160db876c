import { describe, expect, it } from "vitest";
import {
  corsHeaders,
  detailAnswer,
  jsonAnswer,
  preflightAnswer,
  statusText,
  writeAnswer,
  writeStalledAnswer,
  type Answer,
} from "../../src/testing/respond.js";
import { startServer } from "../helpers/http-server.js";
import { rawRequest } from "../helpers/raw-http.js";

const EXPOSED = "x-request-id, retry-after, retry-after-ms, x-should-retry, x-sgp-stand-in";

/** Starts a loopback server that writes `answer` with `write` to every request. */
async function serving(answer: Answer, write: typeof writeAnswer = writeAnswer): Promise<string> {
  const server = await startServer((_req, res) => write(res, answer));
  return server.origin;
}

describe("statusText", () => {
  it("gives the reason phrase, or Unknown Status for a code Node does not name", () => {
    expect(statusText(404)).toBe("Not Found");
    expect(statusText(599)).toBe("Unknown Status");
  });
});

describe("jsonAnswer and detailAnswer", () => {
  it("serialise the body as JSON, with extra headers after the content-type", () => {
    expect(jsonAnswer(200, { id: "mi_1" })).toEqual({
      status: 200,
      headers: { "content-type": "application/json" },
      body: '{"id":"mi_1"}',
    });
    expect(detailAnswer(503, "Service Unavailable", { "retry-after": "1" })).toEqual({
      status: 503,
      headers: { "content-type": "application/json", "retry-after": "1" },
      body: '{"detail":"Service Unavailable"}',
    });
  });
});

describe("corsHeaders", () => {
  it("sends none when CORS is off", () => {
    expect(corsHeaders(undefined, "https://app.example")).toEqual({});
  });

  it("echoes the request's Origin, with Vary: Origin, when no origin is configured", () => {
    expect(corsHeaders({ origin: undefined }, "https://app.example")).toEqual({
      "access-control-allow-origin": "https://app.example",
      "access-control-expose-headers": EXPOSED,
      vary: "Origin",
    });
  });

  it("allows * without Vary when the request has no Origin", () => {
    expect(corsHeaders({ origin: undefined }, undefined)).toEqual({
      "access-control-allow-origin": "*",
      "access-control-expose-headers": EXPOSED,
    });
  });

  it("allows only the configured origin, whatever the request's", () => {
    expect(corsHeaders({ origin: "https://allowed.example" }, "https://app.example")).toEqual({
      "access-control-allow-origin": "https://allowed.example",
      "access-control-expose-headers": EXPOSED,
    });
  });
});

describe("preflightAnswer", () => {
  it("is a 204 without a body that allows the given methods, OPTIONS and the client's headers", () => {
    const answer = preflightAnswer({ "x-request-id": "req_1" }, ["GET", "POST"]);
    expect(answer).toEqual({
      status: 204,
      headers: {
        "x-request-id": "req_1",
        "access-control-allow-methods": "GET, POST, OPTIONS",
        "access-control-allow-headers": "x-api-key, x-selected-account-id, content-type, accept",
        "access-control-max-age": expect.stringMatching(/^\d+$/),
      },
    });
  });
});

describe("writeAnswer", () => {
  it("sends the body with its content-length", async () => {
    const body = '{"detail":"modèle"}';
    const url = await serving({
      status: 404,
      headers: { "content-type": "application/json" },
      body,
    });
    const response = await rawRequest(url, { path: "/" });
    expect(response.status).toBe(404);
    expect(response.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
    expect(response.body).toBe(body);
  });

  it.each([204, 304])(
    "sends a %i without a body or content-type, whatever it holds",
    async (status) => {
      const url = await serving({
        status,
        headers: { "content-type": "application/json", "x-request-id": "req_1" },
        body: '{"ignored":true}',
      });
      const response = await rawRequest(url, { path: "/" });
      expect(response.status).toBe(status);
      expect(response.headers["content-type"]).toBeUndefined();
      expect(response.headers["x-request-id"]).toBe("req_1");
      expect(response.body).toBe("");
    },
  );
});

describe("writeStalledAnswer", () => {
  it("sends the headers, the full content-length and half the body, then nothing", async () => {
    const body = JSON.stringify({ id: "mi_1", padding: "x".repeat(64) });
    const url = await serving(
      { status: 200, headers: { "content-type": "application/json" }, body },
      writeStalledAnswer,
    );
    const controller = new AbortController();
    const response = await fetch(url, { signal: controller.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(body.length));
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe(body.slice(0, Math.floor(body.length / 2)));
    const rest = reader.read();
    controller.abort();
    await expect(rest).rejects.toThrow(/abort/i);
  });
});
