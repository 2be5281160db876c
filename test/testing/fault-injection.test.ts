import { describe, expect, it } from "vitest";
import { createTestServer } from "../../src/testing/index.js";
import { demoPair, fetchAndRead, post, routePath } from "./route-request.js";

function errorText(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `${String(error)} ${cause?.code ?? ""} ${cause?.message ?? ""}`;
}

describe("injectFault on the wire", () => {
  it("answers the next request with a status fault's status, headers and body, once", async () => {
    await using server = await createTestServer();
    server.injectFault({
      status: 503,
      headers: { "Retry-After": "1", "x-should-retry": "true" },
      body: { detail: "overloaded" },
    });
    const faulted = await post(server);
    expect(faulted.response.status).toBe(503);
    expect(Object.fromEntries(faulted.response.headers)).toMatchObject({
      "retry-after": "1",
      "x-should-retry": "true",
      "content-type": "application/json",
      "x-request-id": expect.stringMatching(/^req_/),
    });
    expect(faulted.body).toEqual({ detail: "overloaded" });
    expect((await post(server)).response.status).toBe(200);
  });

  it("sends a string body byte for byte, as HTML when it looks like HTML", async () => {
    await using server = await createTestServer();
    const html = "<html><body>502 Bad Gateway</body></html>";
    server.injectFault({ status: 502, body: html });
    const { response, body } = await post(server);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(body).toBe(html);
  });

  it("sends no body with a 204 fault", async () => {
    await using server = await createTestServer();
    server.injectFault({ status: 204, body: { ignored: true } });
    const { response, body } = await post(server);
    expect(response.status).toBe(204);
    expect(response.headers.get("content-type")).toBeNull();
    expect(body).toBe("");
  });

  it("applies faults `times` times, in FIFO order, to requests of any kind", async () => {
    await using server = await createTestServer();
    server.injectFault({ status: 503 }, 2);
    server.injectFault({ status: 429 });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post(server)).response.status);
    expect(statuses).toEqual([503, 503, 429, 200]);
    server.injectFault({ status: 500 });
    expect((await fetchAndRead(`${server.url}/unknown`)).response.status).toBe(500);
    expect((await fetchAndRead(`${server.url}/unknown`)).response.status).toBe(404);
  });

  it("drops every pending fault on clearFaults()", async () => {
    await using server = await createTestServer();
    server.injectFault({ status: 503 }, 3);
    server.injectFault({ reset: true });
    server.clearFaults();
    expect((await post(server)).response.status).toBe(200);
  });

  it("throws at the caller on a bad fault, and queues nothing", async () => {
    await using server = await createTestServer();
    expect(() => server.injectFault({ status: 99 })).toThrow(RangeError);
    expect(() => server.injectFault({ status: 500 }, 0)).toThrow(/times/);
    expect((await post(server)).response.status).toBe(200);
  });

  it("waits delayMs, then answers normally", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({ delayMs: 20 });
    const { response, body } = await post(server);
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ id: instanceId, model_group_id: groupId });
  });

  it("answers other requests while one is delayed, and close() cancels the delay", async () => {
    const server = await createTestServer();
    server.injectFault({ delayMs: 600_000 });
    let delayedSettled = false;
    const delayed = post(server).finally(() => {
      delayedSettled = true;
    });
    await server.waitForRequests(1);
    expect((await post(server)).response.status).toBe(200);
    expect(delayedSettled).toBe(false);
    await server.close();
    await expect(delayed).rejects.toThrow();
  });

  it("stalls the body after the headers until the client aborts", async () => {
    await using server = await createTestServer();
    server.injectFault({ stallBody: true });
    const controller = new AbortController();
    const response = await fetch(server.url + routePath(...demoPair(server)), {
      method: "POST",
      headers: { "x-api-key": server.apiKey },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const fullLength = Number(response.headers.get("content-length"));
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.value?.byteLength).toBeGreaterThan(0);
    expect(first.value?.byteLength).toBeLessThan(fullLength);
    let restSettled = false;
    const rest = reader.read().finally(() => {
      restSettled = true;
    });
    // A whole other exchange happens while the stalled body stays unfinished.
    expect((await post(server)).response.status).toBe(200);
    expect(restSettled).toBe(false);
    controller.abort();
    await expect(rest).rejects.toThrow(/abort/i);
  });

  it("stalls the body until close(), which resolves", async () => {
    const server = await createTestServer();
    server.injectFault({ stallBody: true });
    const response = await fetch(server.url + routePath(...demoPair(server)), {
      method: "POST",
      headers: { "x-api-key": server.apiKey },
    });
    const text = response.text();
    await server.close();
    await expect(text).rejects.toThrow();
  });

  it("resets the connection without a response", async () => {
    await using server = await createTestServer();
    server.injectFault({ reset: true });
    const error = await post(server).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(errorText(error)).toMatch(/ECONNRESET|other side closed|socket/i);
    expect((await post(server)).response.status).toBe(200);
  });
});
