/**
 * What a resource method returns, as in the Stainless SDKs: the data with `_request_id`,
 * `withResponse()` and `asResponse()`.
 */
import { describe, expect, it } from "vitest";
import SGPClient, {
  APIConnectionTimeoutError,
  APIUserAbortError,
  InternalServerError,
  NotFoundError,
} from "../../src/index.js";
import { modelInstance, sendJson, startServer } from "../helpers/http-server.js";

function clientFor(origin: string, options: { timeout?: number } = {}): SGPClient {
  return new SGPClient(
    { apiKey: "k", baseURL: origin, ...options },
    { sleep: async () => {}, random: () => 0 },
  );
}

describe("the awaited data", () => {
  it("carries the request id as _request_id, not enumerable", async () => {
    const server = await startServer((_req, res) =>
      sendJson(res, 200, modelInstance(), { "x-request-id": "req_7" }),
    );
    const instance = await clientFor(server.origin).modelGroups.models.create("g", "m");
    expect(instance._request_id).toBe("req_7");
    expect(Object.keys(instance)).not.toContain("_request_id");
    expect(JSON.parse(JSON.stringify(instance))).toEqual(modelInstance());
  });

  it("has a null _request_id and request_id when the server sends none", async () => {
    const server = await startServer((_req, res) => sendJson(res, 200, modelInstance()));
    const { data, request_id } = await clientFor(server.origin)
      .modelGroups.models.create("g", "m")
      .withResponse();
    expect([data._request_id, request_id]).toEqual([null, null]);
  });
});

describe("asResponse()", () => {
  it("gives the raw response with its body unread, for the caller to read", async () => {
    const server = await startServer((_req, res) =>
      sendJson(res, 200, modelInstance(), { "x-request-id": "req_r" }),
    );
    const response = await clientFor(server.origin)
      .modelGroups.models.create("g", "m")
      .asResponse();
    expect(response.status).toBe(200);
    expect(response.bodyUsed).toBe(false);
    expect(response.headers.get("x-request-id")).toBe("req_r");
    expect(await response.json()).toEqual(modelInstance());
  });

  it("retries until the final answer's headers, then never again", async () => {
    const server = await startServer((_req, res, i) => {
      if (i === 0) return sendJson(res, 503, {});
      // Headers and part of the body, then the connection drops.
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"id": "mi_1", ');
      setImmediate(() => res.socket?.destroy());
    });
    const response = await clientFor(server.origin)
      .modelGroups.models.create("g", "m")
      .asResponse();
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect(server.received).toHaveLength(2);
  });

  it("leaves the timeout behind with the headers: a slow body is the caller's to read", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("{");
      // The rest comes once the client has had the headers for longer than its timeout.
      setTimeout(() => res.end('"id":"mi_1"}'), 60);
    });
    const response = await clientFor(server.origin, { timeout: 20 })
      .modelGroups.models.create("g", "m")
      .asResponse();
    await expect(response.json()).resolves.toEqual({ id: "mi_1" });
  });

  it("still times out before the headers arrive", async () => {
    const server = await startServer(() => {});
    const call = clientFor(server.origin, { timeout: 20 }).modelGroups.models.create("g", "m", {
      maxRetries: 0,
    });
    await expect(call.asResponse()).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it("lets the caller's signal abort reading the body", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("{");
    });
    const controller = new AbortController();
    const response = await clientFor(server.origin)
      .modelGroups.models.create("g", "m", { signal: controller.signal })
      .asResponse();
    const reading = response.text();
    controller.abort();
    await expect(reading).rejects.toThrow();
  });

  it("rejects with the APIError of an error status, after retries, as awaiting does", async () => {
    const server = await startServer((_req, res, i) =>
      i < 3 ? sendJson(res, 503, { detail: "busy" }) : sendJson(res, 404, {}),
    );
    const client = clientFor(server.origin);
    await expect(client.modelGroups.models.create("g", "m").asResponse()).rejects.toBeInstanceOf(
      InternalServerError,
    );
    await expect(client.modelGroups.models.create("g", "m").asResponse()).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("rejects with APIUserAbortError when aborted before the answer", async () => {
    const server = await startServer(() => {});
    const controller = new AbortController();
    const call = clientFor(server.origin).modelGroups.models.create("g", "m", {
      signal: controller.signal,
    });
    const response = call.asResponse();
    controller.abort();
    await expect(response).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
