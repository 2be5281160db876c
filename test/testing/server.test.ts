import { describe, expect, it } from "vitest";
import { createTestServer, TEST_API_KEY } from "../../src/testing/index.js";
import { rawRequest } from "../helpers/raw-http.js";
import { demoPair, fetchAndRead, post, routePath } from "./route-request.js";

describe("createTestServer", () => {
  it("listens on 127.0.0.1 at a free port and accepts TEST_API_KEY by default", async () => {
    await using server = await createTestServer();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.apiKey).toBe(TEST_API_KEY);
    expect(TEST_API_KEY).toBe("sgp-test-key");
    expect((await post(server)).response.status).toBe(200);
  });

  it("accepts every configured key and exposes the first", async () => {
    await using server = await createTestServer({ apiKeys: ["key-a", "key-b"] });
    expect(server.apiKey).toBe("key-a");
    const pair = demoPair(server);
    expect((await post(server, pair, { "x-api-key": "key-b" })).response.status).toBe(200);
    expect((await post(server, pair, { "x-api-key": TEST_API_KEY })).response.status).toBe(401);
  });

  it("rejects an empty key list before listening", async () => {
    await expect(createTestServer({ apiKeys: [] })).rejects.toThrow(TypeError);
    await expect(createTestServer({ apiKeys: [""] })).rejects.toThrow(/apiKeys/);
  });

  it("brackets an IPv6 host in its url", async ({ skip }) => {
    await using server = await createTestServer({ host: "::1" }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT") return skip();
        throw error;
      },
    );
    expect(server.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
    expect((await fetchAndRead(`${server.url}/`)).response.status).toBe(404);
  });

  it("rejects when the port is taken", async () => {
    await using server = await createTestServer();
    const port = Number(new URL(server.url).port);
    await expect(createTestServer({ port })).rejects.toThrow(/EADDRINUSE/);
  });

  it("exposes the seeded ids, and none with seed: false", async () => {
    await using seeded = await createTestServer();
    await using empty = await createTestServer({ seed: false });
    const [, instanceId] = demoPair(seeded);
    expect(seeded.getModelInstance(instanceId)?.id).toBe(instanceId);
    expect(empty.seeded).toEqual({ modelGroupIds: [], modelInstanceIds: [] });
    expect(empty.getModelInstance(instanceId)).toBeUndefined();
  });

  it("keeps each server's store, faults and requests to itself", async () => {
    await using one = await createTestServer();
    await using two = await createTestServer();
    one.addModelInstance({ id: "mi_only_one" });
    one.injectFault({ status: 500 });
    expect(two.getModelInstance("mi_only_one")).toBeUndefined();
    expect((await fetchAndRead(`${two.url}/`)).response.status).toBe(404);
    expect(two.requests).toHaveLength(1);
    expect(one.requests).toHaveLength(0);
  });
});

describe("the route on the wire", () => {
  it("answers 200 with the ModelInstance as JSON, and a fresh request id each time", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = demoPair(server);
    const first = await post(server);
    const second = await post(server);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("content-type")).toBe("application/json");
    expect(first.body).toMatchObject({ id: instanceId, model_group_id: groupId });
    expect(second.body).toEqual(first.body);
    expect(server.getModelInstance(instanceId)?.model_group_id).toBe(groupId);
    const ids = [first, second].map(({ response }) => response.headers.get("x-request-id"));
    expect(ids[0]).toMatch(/^req_[0-9a-f]{24}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it("sends a seeded instance's null fields as null, not dropped", async () => {
    await using server = await createTestServer();
    const [groupId] = demoPair(server);
    const withNulls = server.seeded.modelInstanceIds
      .map((id) => server.getModelInstance(id))
      .find((instance) => instance && Object.values(instance).includes(null));
    expect(withNulls).toBeDefined();
    const { body } = await post(server, [groupId, withNulls!.id]);
    expect(body).toEqual({ ...withNulls, model_group_id: groupId });
  });

  it.each([
    "/v4/model-groups//models/",
    "/v4/model-groups//models/mi_1",
    "/v4/model-groups/mg_1/models/",
  ])("answers the empty id segment in %s with 404 Not Found, as FastAPI does", async (path) => {
    await using server = await createTestServer();
    const response = await rawRequest(server.url, {
      method: "POST",
      path,
      headers: { "x-api-key": server.apiKey },
    });
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toEqual({ detail: "Not Found" });
    expect(server.requests[0]?.pathParams).toBeUndefined();
  });

  it("answers an empty x-selected-account-id with a 422 in pydantic v2's shape", async () => {
    await using server = await createTestServer();
    const { response, body } = await post(server, demoPair(server), {
      "x-api-key": server.apiKey,
      "x-selected-account-id": "",
    });
    expect(response.status).toBe(422);
    expect(body).toEqual({
      detail: [expect.objectContaining({ loc: ["header", "x-selected-account-id"], input: "" })],
    });
    expect(server.requests[0]?.accountId).toBe("");
  });

  it("ignores the query string and drains a request body", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = demoPair(server);
    const path = `${routePath(groupId, instanceId)}?model_group_id=other`;
    const { response, body } = await fetchAndRead(server.url + path, {
      method: "POST",
      headers: { "x-api-key": server.apiKey, "content-type": "application/json" },
      body: JSON.stringify({ ignored: "x".repeat(100_000) }),
    });
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ model_group_id: groupId });
    expect(server.requests[0]?.rawPath).toBe(path);
  });

  it("round-trips awkward ids through fetch, keeping rawPath encoded", async () => {
    await using server = await createTestServer();
    for (const id of ["a/b", "what?", "x#y", "100%", "with space", "modèle-日本-✓", "a%2Fb"]) {
      server.addModelGroup({ id });
      server.addModelInstance({ id });
      const { response, body } = await post(server, [id, id]);
      expect(response.status).toBe(200);
      expect(body).toMatchObject({ id, model_group_id: id });
      expect(server.requests.at(-1)).toMatchObject({
        rawPath: routePath(id, id),
        pathParams: { model_group_id: id, model_instance_id: id },
      });
    }
  });

  it("takes %2e%2e and a literal .. as ids, never normalising the path", async () => {
    await using server = await createTestServer();
    server.addModelGroup({ id: ".." });
    server.addModelInstance({ id: "." });
    const paths = ["/v4/model-groups/%2e%2e/models/%2E", "/v4/model-groups/../models/."];
    for (const path of paths) {
      const headers = { "x-api-key": server.apiKey };
      const response = await rawRequest(server.url, { method: "POST", path, headers });
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({ id: ".", model_group_id: ".." });
    }
    expect(server.requests.map((request) => request.rawPath)).toEqual(paths);
  });

  it("answers 400 as JSON to a malformed escape, recording no path parameters", async () => {
    await using server = await createTestServer();
    const response = await rawRequest(server.url, {
      method: "POST",
      path: `/v4/model-groups/${demoPair(server)[0]}/models/%E9`,
      headers: { "x-api-key": server.apiKey },
    });
    expect(response.status).toBe(400);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(response.body)).toEqual({ detail: expect.any(String) });
    expect(server.requests[0]?.pathParams).toBeUndefined();
  });
});

describe("close", () => {
  it("resolves with stalled and keep-alive connections open, and twice", async () => {
    const server = await createTestServer();
    await post(server); // leaves an idle keep-alive connection
    server.injectFault({ stallBody: true });
    const stalled = await fetch(server.url + routePath(...demoPair(server)), {
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
      expect((await fetchAndRead(`${url}/`)).response.status).toBe(404);
    }
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });
});
