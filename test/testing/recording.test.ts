import { describe, expect, it } from "vitest";
import { createTestServer } from "../../src/testing/index.js";
import { loadSpec } from "../helpers/spec.js";
import { demoPair, fetchAndRead, post, ROUTE, routePath } from "./route-request.js";

describe("recorded requests", () => {
  it("records each request with credentials redacted", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = demoPair(server);
    const { response } = await post(server, [groupId, instanceId], {
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
      operationId: loadSpec().paths[ROUTE].post.operationId,
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
    await using server = await createTestServer();
    await fetchAndRead(`${server.url}/elsewhere`, { headers: { "x-api-key": "nope" } });
    const [request] = server.requests;
    expect(request?.method).toBe("GET");
    expect(request?.hasValidApiKey).toBe(false);
    expect(request?.headers["x-api-key"]).toBe("[redacted]");
    expect(request && "pathParams" in request).toBe(false);
    expect(request && "operationId" in request).toBe(false);
    expect(request && "accountId" in request).toBe(false);
  });

  it("gives frozen snapshots, and forgets them on clearRequests()", async () => {
    await using server = await createTestServer();
    await fetchAndRead(`${server.url}/`);
    const snapshot = server.requests;
    expect(Object.isFrozen(snapshot[0])).toBe(true);
    server.clearRequests();
    expect(server.requests).toEqual([]);
    expect(snapshot).toHaveLength(1);
  });

  it("waits for requests, and rejects the wait when the server closes", async () => {
    const server = await createTestServer();
    const waiting = server.waitForRequests(2);
    await fetchAndRead(`${server.url}/one`);
    await fetchAndRead(`${server.url}/two`);
    expect((await waiting).map((request) => request.rawPath)).toEqual(["/one", "/two"]);
    expect(await server.waitForRequests(1)).toHaveLength(2);
    const never = server.waitForRequests(3);
    await server.close();
    await expect(never).rejects.toThrow(/closed/);
    await expect(server.waitForRequests(3)).rejects.toThrow(/closed/);
  });
});
