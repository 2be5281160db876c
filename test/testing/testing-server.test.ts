import { afterEach, describe, expect, it } from "vitest";
import {
  createTestServer,
  TEST_API_KEY,
  type Fault,
  type TestServer,
  type TestServerOptions,
} from "../../src/testing/index.js";
import type { ModelInstance, ModelType } from "../../src/types.js";
import { rawRequest } from "../helpers/raw-http.js";
import { createSpecValidator } from "../helpers/spec.js";

const spec = createSpecValidator();
const servers: TestServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(options?: TestServerOptions): Promise<TestServer> {
  const server = await createTestServer(options);
  servers.push(server);
  return server;
}

interface Validated {
  response: Response;
  body: unknown;
}

/** Fetches, reads the body, and checks every JSON body against openapi.yaml. */
async function callAndValidate(url: string, init: RequestInit = {}): Promise<Validated> {
  const response = await fetch(url, init);
  const text = await response.text();
  const isJson = response.headers.get("content-type")?.startsWith("application/json") === true;
  const body: unknown = isJson ? JSON.parse(text) : text;
  if (isJson) expect(spec.response(response.status, body)).toEqual([]);
  return { response, body };
}

/** Parses and validates the JSON body of a raw response. */
function validateRaw(status: number, text: string): unknown {
  const body: unknown = JSON.parse(text);
  expect(spec.response(status, body)).toEqual([]);
  return body;
}

function routePath(groupId: string, instanceId: string): string {
  return `/v4/model-groups/${encodeURIComponent(groupId)}/models/${encodeURIComponent(instanceId)}`;
}

function addTo(
  server: TestServer,
  groupId: string,
  instanceId: string,
  headers: Record<string, string> = { "x-api-key": server.apiKey },
): Promise<Validated> {
  return callAndValidate(server.url + routePath(groupId, instanceId), { method: "POST", headers });
}

function demoPair(server: TestServer): [string, string] {
  const [groupId] = server.seeded.modelGroupIds;
  const [instanceId] = server.seeded.modelInstanceIds;
  if (groupId === undefined || instanceId === undefined) throw new Error("no seed data");
  return [groupId, instanceId];
}

async function statusOf(url: string, init?: RequestInit): Promise<number> {
  return (await callAndValidate(url, init)).response.status;
}

function errorText(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `${String(error)} ${cause?.code ?? ""} ${cause?.message ?? ""}`;
}

describe("createTestServer", () => {
  it("listens on 127.0.0.1 at a free port and accepts TEST_API_KEY by default", async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.apiKey).toBe(TEST_API_KEY);
    expect(TEST_API_KEY).toBe("sgp-test-key");
  });

  it("accepts every configured key and exposes the first", async () => {
    const server = await start({ apiKeys: ["key-a", "key-b"] });
    const [groupId, instanceId] = demoPair(server);
    expect(server.apiKey).toBe("key-a");
    expect(
      (await addTo(server, groupId, instanceId, { "x-api-key": "key-b" })).response.status,
    ).toBe(200);
    expect(
      (await addTo(server, groupId, instanceId, { "x-api-key": TEST_API_KEY })).response.status,
    ).toBe(401);
  });

  it("rejects an empty key list before listening", async () => {
    await expect(createTestServer({ apiKeys: [] })).rejects.toThrow(TypeError);
    await expect(createTestServer({ apiKeys: [""] })).rejects.toThrow(/apiKeys/);
  });

  it("brackets an IPv6 host in its url", async ({ skip }) => {
    const server = await start({ host: "::1" }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT") return skip();
      throw error;
    });
    expect(server.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
    expect(await statusOf(`${server.url}/`)).toBe(404);
  });

  it("rejects when the port is taken", async () => {
    const server = await start();
    const port = Number(new URL(server.url).port);
    await expect(createTestServer({ port })).rejects.toThrow(/EADDRINUSE/);
  });

  it("seeds model instances that conform to the ModelInstance schema", async () => {
    const server = await start();
    expect(server.seeded.modelGroupIds.length).toBeGreaterThanOrEqual(2);
    expect(server.seeded.modelInstanceIds.length).toBeGreaterThanOrEqual(5);
    const instances = server.seeded.modelInstanceIds.map((id) => server.getModelInstance(id));
    for (const instance of instances) {
      expect(spec.schema("ModelInstance", instance)).toEqual([]);
      expect(instance?.id).toMatch(/^mi_/);
      expect(instance?.created_at).toMatch(/Z$/);
    }
    expect(server.seeded.modelGroupIds.every((id) => id.startsWith("mg_"))).toBe(true);
    const types = new Set(instances.map((instance) => instance?.model_type));
    const vendors = new Set(instances.map((instance) => instance?.model_vendor));
    expect([...types]).toEqual(
      expect.arrayContaining(["CHAT_COMPLETION", "COMPLETION", "EMBEDDING", "RERANKING", "AGENT"]),
    );
    expect([...vendors]).toEqual(
      expect.arrayContaining(["OPENAI", "ANTHROPIC", "COHERE", "VERTEX_AI", "LLMENGINE"]),
    );
    expect(instances.some((instance) => instance?.base_model_metadata?.modelDetails)).toBe(true);
  });

  it("seeds the same data on every start, and none with seed: false", async () => {
    const first = await start();
    const second = await start();
    expect(second.seeded).toEqual(first.seeded);
    const [, instanceId] = demoPair(first);
    expect(second.getModelInstance(instanceId)).toEqual(first.getModelInstance(instanceId));
    const empty = await start({ seed: false });
    expect(empty.seeded).toEqual({ modelGroupIds: [], modelInstanceIds: [] });
    expect(empty.getModelInstance(instanceId)).toBeUndefined();
  });
});

describe("POST /v4/model-groups/{model_group_id}/models/{model_instance_id}", () => {
  it("adds the instance to the group and answers 200 with the ModelInstance", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    const { response, body } = await addTo(server, groupId, instanceId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{24}$/);
    expect(body).toMatchObject({ id: instanceId, model_group_id: groupId });
    expect(server.getModelInstance(instanceId)?.model_group_id).toBe(groupId);
  });

  it("is idempotent: adding again answers the same body", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    const first = await addTo(server, groupId, instanceId);
    const second = await addTo(server, groupId, instanceId);
    expect(second.response.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.response.headers.get("x-request-id")).not.toBe(
      first.response.headers.get("x-request-id"),
    );
  });

  it("answers 401 to a missing or empty x-api-key", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    for (const headers of [{}, { "x-api-key": "" }]) {
      const { response, body } = await addTo(server, groupId, instanceId, headers);
      expect(response.status).toBe(401);
      expect(body).toEqual({ detail: expect.stringMatching(/missing/i) });
    }
  });

  it("answers 401 to an unaccepted key without echoing it", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    const key = "sk-wrong-key-1234";
    const { response, body } = await addTo(server, groupId, instanceId, { "x-api-key": key });
    expect(response.status).toBe(401);
    expect(body).toEqual({ detail: expect.stringMatching(/not accepted/) });
    expect(JSON.stringify(body)).not.toContain(key);
  });

  it("checks the key before the group exists", async () => {
    const server = await start();
    const { response } = await addTo(server, "mg_missing", "mi_missing", {});
    expect(response.status).toBe(401);
  });

  it("answers 404 to an unknown group, then to an unknown instance", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    const group = await addTo(server, "mg_missing", instanceId);
    expect(group.response.status).toBe(404);
    expect(group.body).toEqual({ detail: "Model group mg_missing not found" });
    const instance = await addTo(server, groupId, "mi_missing");
    expect(instance.response.status).toBe(404);
    expect(instance.body).toEqual({ detail: "Model instance mi_missing not found" });
  });

  it("answers 404 Not Found to unknown paths", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    const headers = { "x-api-key": server.apiKey };
    for (const path of [
      "/",
      "/v4/nope",
      `${routePath(groupId, instanceId)}/`,
      "/v3/model-groups/g/models/m",
    ]) {
      const { response, body } = await callAndValidate(server.url + path, {
        method: "POST",
        headers,
      });
      expect(response.status).toBe(404);
      expect(body).toEqual({ detail: "Not Found" });
    }
  });

  it("answers 405 with Allow: POST to other methods on the route", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    for (const method of ["GET", "PUT", "DELETE", "OPTIONS"]) {
      const { response, body } = await callAndValidate(
        server.url + routePath(groupId, instanceId),
        {
          method,
          headers: { "x-api-key": server.apiKey },
        },
      );
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
      expect(body).toEqual({ detail: "Method Not Allowed" });
    }
  });

  it("answers 422 with FastAPI's validation body to empty path parameters", async () => {
    const server = await start();
    const { response, body } = await callAndValidate(`${server.url}/v4/model-groups//models/`, {
      method: "POST",
      headers: { "x-api-key": server.apiKey },
    });
    expect(response.status).toBe(422);
    expect(body).toEqual({
      detail: [
        { loc: ["path", "model_group_id"], msg: expect.any(String), type: "string_too_short" },
        { loc: ["path", "model_instance_id"], msg: expect.any(String), type: "string_too_short" },
      ],
    });
  });

  it("ignores the query string and drains a request body", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    const url = `${server.url}${routePath(groupId, instanceId)}?model_group_id=other`;
    const { response, body } = await callAndValidate(url, {
      method: "POST",
      headers: { "x-api-key": server.apiKey, "content-type": "application/json" },
      body: JSON.stringify({ ignored: "x".repeat(100_000) }),
    });
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ model_group_id: groupId });
    expect(server.requests[0]?.rawPath).toBe(
      `${routePath(groupId, instanceId)}?model_group_id=other`,
    );
  });
});

describe("path decoding", () => {
  const awkwardIds = ["a/b", "what?", "x#y", "100%", "with space", "modèle-日本-✓", "a%2Fb"];

  it.each(awkwardIds)("round-trips the id %j, keeping rawPath encoded", async (id) => {
    const server = await start();
    server.addModelGroup({ id });
    server.addModelInstance({ id });
    const { response, body } = await addTo(server, id, id);
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ id, model_group_id: id });
    const [request] = server.requests;
    expect(request?.rawPath).toBe(routePath(id, id));
    expect(request?.pathParams).toEqual({ model_group_id: id, model_instance_id: id });
  });

  it("treats %2e%2e and a literal .. as the id '..', not a step up", async () => {
    const server = await start();
    server.addModelGroup({ id: ".." });
    server.addModelInstance({ id: "." });
    const headers = { "x-api-key": server.apiKey };
    for (const path of ["/v4/model-groups/%2e%2e/models/%2E", "/v4/model-groups/../models/."]) {
      const response = await rawRequest(server.url, { method: "POST", path, headers });
      expect(response.status).toBe(200);
      expect(validateRaw(response.status, response.body)).toMatchObject({
        id: ".",
        model_group_id: "..",
      });
    }
    expect(server.requests.map((request) => request.rawPath)).toEqual([
      "/v4/model-groups/%2e%2e/models/%2E",
      "/v4/model-groups/../models/.",
    ]);
  });

  it("does not mistake an id that decodes to the route for the route", async () => {
    const server = await start();
    const response = await rawRequest(server.url, {
      method: "POST",
      path: "/v4/model-groups%2Fg%2Fmodels%2Fm",
      headers: { "x-api-key": server.apiKey },
    });
    expect(response.status).toBe(404);
    expect(validateRaw(response.status, response.body)).toEqual({ detail: "Not Found" });
  });

  it.each(["%zz", "%E9", "%"])("answers 400 to the malformed escape %j", async (segment) => {
    const server = await start();
    const [groupId] = demoPair(server);
    const response = await rawRequest(server.url, {
      method: "POST",
      path: `/v4/model-groups/${groupId}/models/${segment}`,
      headers: { "x-api-key": server.apiKey },
    });
    expect(response.status).toBe(400);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(validateRaw(response.status, response.body)).toEqual({ detail: expect.any(String) });
    expect(server.requests[0]?.pathParams).toBeUndefined();
  });
});

describe("faults", () => {
  it("answers a status fault with its headers and JSON body, once", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({
      status: 503,
      headers: { "Retry-After": "1", "x-should-retry": "true" },
      body: { detail: "overloaded" },
    });
    const faulted = await addTo(server, groupId, instanceId);
    expect(faulted.response.status).toBe(503);
    expect(faulted.response.headers.get("retry-after")).toBe("1");
    expect(faulted.response.headers.get("x-should-retry")).toBe("true");
    expect(faulted.response.headers.get("content-type")).toBe("application/json");
    expect(faulted.response.headers.get("x-request-id")).toMatch(/^req_/);
    expect(faulted.body).toEqual({ detail: "overloaded" });
    expect((await addTo(server, groupId, instanceId)).response.status).toBe(200);
  });

  it("sends a string body as-is, as HTML or plain text unless headers say otherwise", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    const html = "<html><body>502 Bad Gateway</body></html>";
    server.injectFault({ status: 502, body: html });
    server.injectFault({ status: 504, body: "upstream timed out" });
    server.injectFault({
      status: 500,
      headers: { "Content-Type": "application/problem+json" },
      body: '{"title":"boom"}',
    });
    const gateway = await addTo(server, groupId, instanceId);
    expect(gateway.response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(gateway.body).toBe(html);
    const timeout = await addTo(server, groupId, instanceId);
    expect(timeout.response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(timeout.body).toBe("upstream timed out");
    const problem = await addTo(server, groupId, instanceId);
    expect(problem.response.headers.get("content-type")).toBe("application/problem+json");
    expect(problem.body).toBe('{"title":"boom"}');
  });

  it("sends { detail: <status text> } when a status fault has no body", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({ status: 429 });
    server.injectFault({ status: 599 });
    expect((await addTo(server, groupId, instanceId)).body).toEqual({
      detail: "Too Many Requests",
    });
    expect((await addTo(server, groupId, instanceId)).body).toEqual({ detail: "Unknown Status" });
  });

  it("sends no body with a 204 fault", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({ status: 204, body: { ignored: true } });
    const { response, body } = await addTo(server, groupId, instanceId);
    expect(response.status).toBe(204);
    expect(response.headers.get("content-type")).toBeNull();
    expect(body).toBe("");
  });

  it("applies faults `times` times, in FIFO order, to requests of any kind", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({ status: 503 }, 2);
    server.injectFault({ status: 429 });
    const url = server.url + routePath(groupId, instanceId);
    const init = { method: "POST", headers: { "x-api-key": server.apiKey } };
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push(await statusOf(url, init));
    expect(statuses).toEqual([503, 503, 429, 200]);
    server.injectFault({ status: 500 });
    expect(await statusOf(`${server.url}/unknown`)).toBe(500);
    expect(await statusOf(`${server.url}/unknown`)).toBe(404);
  });

  it("drops every pending fault on clearFaults()", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({ status: 503 }, 3);
    server.injectFault({ reset: true });
    server.clearFaults();
    expect((await addTo(server, groupId, instanceId)).response.status).toBe(200);
  });

  it.each<[string, Fault, number | undefined]>([
    ["a status below 200", { status: 99 }, undefined],
    ["a fractional status", { status: 500.5 }, undefined],
    ["a negative delay", { delayMs: -1 }, undefined],
    ["a delay beyond Node's timer range", { delayMs: 2 ** 31 }, undefined],
    ["a NaN delay", { delayMs: Number.NaN }, undefined],
    ["an unknown shape", {} as Fault, undefined],
    ["stallBody: false", { stallBody: false } as unknown as Fault, undefined],
    ["reset: false", { reset: false } as unknown as Fault, undefined],
    ["a bad header name", { status: 500, headers: { "bad header": "x" } }, undefined],
    ["a bad header value", { status: 500, headers: { "x-a": "line\nbreak" } }, undefined],
    ["times = 0", { status: 500 }, 0],
    ["fractional times", { status: 500 }, 1.5],
  ])("throws on %s when injected", async (_name, fault, times) => {
    const server = await start();
    expect(() => server.injectFault(fault, times)).toThrow();
  });

  it("throws on null", async () => {
    const server = await start();
    expect(() => server.injectFault(null as unknown as Fault)).toThrow(TypeError);
  });

  it("waits delayMs, then answers normally", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({ delayMs: 20 });
    const { response, body } = await addTo(server, groupId, instanceId);
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ id: instanceId, model_group_id: groupId });
  });

  it("answers other requests while one is delayed, and close() cancels the delay", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({ delayMs: 600_000 });
    let delayedSettled = false;
    const delayed = addTo(server, groupId, instanceId).finally(() => {
      delayedSettled = true;
    });
    await server.waitForRequests(1);
    expect((await addTo(server, groupId, instanceId)).response.status).toBe(200);
    expect(delayedSettled).toBe(false);
    await server.close();
    await expect(delayed).rejects.toThrow();
  });

  it("stalls the body after the headers until the client aborts", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({ stallBody: true });
    const controller = new AbortController();
    const response = await fetch(server.url + routePath(groupId, instanceId), {
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
    expect((await addTo(server, groupId, instanceId)).response.status).toBe(200);
    expect(restSettled).toBe(false);
    controller.abort();
    await expect(rest).rejects.toThrow(/abort/i);
  });

  it("stalls the body until close(), which resolves", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({ stallBody: true });
    const response = await fetch(server.url + routePath(groupId, instanceId), {
      method: "POST",
      headers: { "x-api-key": server.apiKey },
    });
    const text = response.text();
    await server.close();
    await expect(text).rejects.toThrow();
  });

  it("resets the connection without a response", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({ reset: true });
    const error = await fetch(server.url + routePath(groupId, instanceId), {
      method: "POST",
      headers: { "x-api-key": server.apiKey },
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(errorText(error)).toMatch(/ECONNRESET|other side closed|socket/i);
    expect((await addTo(server, groupId, instanceId)).response.status).toBe(200);
  });
});

describe("recorded requests", () => {
  it("records each request with credentials redacted", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    const { response } = await addTo(server, groupId, instanceId, {
      "x-api-key": server.apiKey,
      authorization: "Bearer secret-token",
      cookie: "session=secret-cookie",
      "x-selected-account-id": "acct_123",
      "X-Custom": "kept",
    });
    const [request] = server.requests;
    expect(request).toMatchObject({
      method: "POST",
      rawPath: routePath(groupId, instanceId),
      pathParams: { model_group_id: groupId, model_instance_id: instanceId },
      hasValidApiKey: true,
      accountId: "acct_123",
      requestId: response.headers.get("x-request-id"),
    });
    expect(request?.headers).toMatchObject({
      "x-api-key": "[redacted]",
      authorization: "[redacted]",
      cookie: "[redacted]",
      "x-custom": "kept",
    });
    const serialized = JSON.stringify(server.requests);
    for (const secret of [server.apiKey, "secret-token", "secret-cookie"]) {
      expect(serialized).not.toContain(secret);
    }
  });

  it("records invalid keys, unknown paths and absent account ids too", async () => {
    const server = await start();
    await callAndValidate(`${server.url}/elsewhere`, { headers: { "x-api-key": "nope" } });
    const [request] = server.requests;
    expect(request?.method).toBe("GET");
    expect(request?.hasValidApiKey).toBe(false);
    expect(request?.headers["x-api-key"]).toBe("[redacted]");
    expect(request && "pathParams" in request).toBe(false);
    expect(request && "accountId" in request).toBe(false);
  });

  it("gives frozen snapshots, and forgets them on clearRequests()", async () => {
    const server = await start();
    await callAndValidate(`${server.url}/`);
    const snapshot = server.requests;
    expect(Object.isFrozen(snapshot[0])).toBe(true);
    server.clearRequests();
    expect(server.requests).toEqual([]);
    expect(snapshot).toHaveLength(1);
  });

  it("waits for requests, and rejects the wait when the server closes", async () => {
    const server = await start();
    const waiting = server.waitForRequests(2);
    await callAndValidate(`${server.url}/one`);
    await callAndValidate(`${server.url}/two`);
    expect((await waiting).map((request) => request.rawPath)).toEqual(["/one", "/two"]);
    expect(await server.waitForRequests(1)).toHaveLength(2);
    const never = server.waitForRequests(3);
    await server.close();
    await expect(never).rejects.toThrow(/closed/);
    await expect(server.waitForRequests(3)).rejects.toThrow(/closed/);
  });
});

describe("CORS", () => {
  const preflight = {
    method: "OPTIONS",
    headers: {
      origin: "https://app.example",
      "access-control-request-method": "POST",
      "access-control-request-headers": "x-api-key",
    },
  };

  it("answers a preflight with 204 and echoes the Origin when cors is true", async () => {
    const server = await start({ cors: true });
    const [groupId, instanceId] = demoPair(server);
    server.injectFault({ status: 503 });
    const response = await fetch(server.url + routePath(groupId, instanceId), preflight);
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "access-control-allow-origin": "https://app.example",
      "access-control-allow-methods": "POST, OPTIONS",
      "access-control-allow-headers": "x-api-key, x-selected-account-id, content-type, accept",
      "access-control-max-age": expect.stringMatching(/^\d+$/),
      vary: "Origin",
    });
    expect(await response.text()).toBe("");
    // The preflight took no fault: the actual request gets it, with the CORS headers.
    const faulted = await addTo(server, groupId, instanceId, {
      "x-api-key": server.apiKey,
      origin: "https://app.example",
    });
    expect(faulted.response.status).toBe(503);
    expect(faulted.response.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(faulted.response.headers.get("access-control-expose-headers")).toBe(
      "x-request-id, retry-after, retry-after-ms, x-should-retry",
    );
  });

  it("answers preflights on any path", async () => {
    const server = await start({ cors: true });
    expect((await fetch(`${server.url}/anything`, preflight)).status).toBe(204);
  });

  it("allows * when cors is true and the request has no Origin", async () => {
    const server = await start({ cors: true });
    const [groupId, instanceId] = demoPair(server);
    const { response } = await addTo(server, groupId, instanceId);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("vary")).toBeNull();
  });

  it("allows only the configured origin", async () => {
    const server = await start({ cors: { origin: "https://allowed.example" } });
    const [groupId, instanceId] = demoPair(server);
    const preflighted = await fetch(server.url + routePath(groupId, instanceId), preflight);
    expect(preflighted.headers.get("access-control-allow-origin")).toBe("https://allowed.example");
    const { response } = await addTo(server, groupId, instanceId, {
      "x-api-key": server.apiKey,
      origin: "https://app.example",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://allowed.example");
    expect(response.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });

  it("echoes the Origin when cors is an object without origin", async () => {
    const server = await start({ cors: {} });
    const response = await fetch(`${server.url}/`, preflight);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://app.example");
  });

  it("answers OPTIONS with 405 and sends no CORS headers when cors is off", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    const { response, body } = await callAndValidate(
      server.url + routePath(groupId, instanceId),
      preflight,
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(body).toEqual({ detail: "Method Not Allowed" });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("close", () => {
  it("resolves with stalled and keep-alive connections open, and twice", async () => {
    const server = await start();
    const [groupId, instanceId] = demoPair(server);
    await addTo(server, groupId, instanceId); // leaves an idle keep-alive connection
    server.injectFault({ stallBody: true });
    const stalled = await fetch(server.url + routePath(groupId, instanceId), {
      method: "POST",
      headers: { "x-api-key": server.apiKey },
    });
    const stalledBody = stalled.text();
    await server.close();
    await server.close();
    await expect(stalledBody).rejects.toThrow();
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
  });

  it("closes on Symbol.asyncDispose, as with await using", async () => {
    let url = "";
    {
      await using server = await createTestServer();
      url = server.url;
      expect(await statusOf(`${url}/`)).toBe(404);
    }
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });
});

describe("store", () => {
  it("adds groups with given or generated ids and returns copies", async () => {
    const server = await start({ seed: false });
    const generated = server.addModelGroup();
    expect(generated).toEqual({ id: expect.stringMatching(/^mg_/), name: expect.any(String) });
    const named = server.addModelGroup({ id: "mg_custom", name: "custom", accountId: "acct_x" });
    expect(named).toEqual({ id: "mg_custom", name: "custom" });
    named.id = "mg_mutated";
    const instance = server.addModelInstance();
    expect((await addTo(server, "mg_custom", instance.id)).response.status).toBe(200);
    expect((await addTo(server, "mg_mutated", instance.id)).response.status).toBe(404);
    expect((await addTo(server, generated.id, instance.id)).response.status).toBe(200);
  });

  it("fills realistic defaults for every required ModelInstance field", async () => {
    const server = await start({ seed: false });
    const types: ModelType[] = [
      "CHAT_COMPLETION",
      "COMPLETION",
      "EMBEDDING",
      "RERANKING",
      "AGENT",
      "GENERIC",
    ];
    for (const model_type of types) {
      const instance = server.addModelInstance({ model_type });
      expect(spec.schema("ModelInstance", instance)).toEqual([]);
      expect(instance.id).toMatch(/^mi_/);
      expect(instance.model_type).toBe(model_type);
    }
    expect(spec.schema("ModelInstance", server.addModelInstance())).toEqual([]);
  });

  it("keeps given fields, ignores explicit undefined ones and accepts unknown enum values", async () => {
    const server = await start({ seed: false });
    const instance = server.addModelInstance({
      id: "mi_given",
      name: "my-model",
      model_vendor: "BEDROCK",
      deployment_count: 7,
      display_name: undefined,
      created_at: undefined,
    } as unknown as Partial<ModelInstance>);
    expect(instance).toMatchObject({
      id: "mi_given",
      name: "my-model",
      model_vendor: "BEDROCK",
      deployment_count: 7,
    });
    expect("display_name" in instance).toBe(false);
    expect(instance.created_at).toMatch(/Z$/);
    const future = server.addModelInstance({
      model_type: "VISION" as ModelType,
      model_vendor: "MISTRAL" as never,
    });
    expect(server.getModelInstance(future.id)).toMatchObject({
      model_type: "VISION",
      model_vendor: "MISTRAL",
    });
  });

  it("returns copies that do not change the store when mutated", async () => {
    const server = await start({ seed: false });
    const added = server.addModelInstance({ id: "mi_copy", name: "original" });
    added.name = "changed";
    added.request_schema["type"] = "array";
    const read = server.getModelInstance("mi_copy");
    expect(read?.name).toBe("original");
    expect(read?.request_schema["type"]).toBe("object");
    if (read) read.name = "changed again";
    expect(server.getModelInstance("mi_copy")?.name).toBe("original");
    expect(server.getModelInstance("mi_unknown")).toBeUndefined();
  });

  it("replaces an entity added again with the same id, and never reuses a taken id", async () => {
    const server = await start({ seed: false });
    server.addModelInstance({ id: "mi_added_0002", name: "first" });
    expect(server.addModelInstance({ id: "mi_added_0002", name: "second" }).name).toBe("second");
    expect(server.getModelInstance("mi_added_0002")?.name).toBe("second");
    server.addModelGroup({ id: "mg_added_0001" });
    const generatedGroup = server.addModelGroup();
    expect(generatedGroup.id).not.toBe("mg_added_0001");
    const generated = server.addModelInstance();
    expect(generated.id).not.toBe("mi_added_0002");
  });

  it("throws on an empty id", async () => {
    const server = await start();
    expect(() => server.addModelGroup({ id: "" })).toThrow(/group\.id/);
    expect(() => server.addModelInstance({ id: "" })).toThrow(/instance\.id/);
  });

  it("keeps each server's store and faults to itself", async () => {
    const one = await start();
    const two = await start();
    one.addModelInstance({ id: "mi_only_one" });
    one.injectFault({ status: 500 });
    expect(two.getModelInstance("mi_only_one")).toBeUndefined();
    expect(await statusOf(`${two.url}/`)).toBe(404);
    expect(two.requests).toHaveLength(1);
    expect(one.requests).toHaveLength(0);
  });
});
