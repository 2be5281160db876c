import { describe, expect, it } from "vitest";
import SGPClient, { APIResponseValidationError, type Middleware } from "../../src/index.js";
import { createTestServer, type TestServer } from "../../src/testing/index.js";

const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

/** A client of `server` that never waits between attempts. */
function clientOf(server: TestServer): SGPClient {
  return new SGPClient(
    { apiKey: server.apiKey, baseURL: server.url },
    { sleep: async () => {}, random: () => 0 },
  );
}

function seededIds(server: TestServer): { groupId: string; instanceId: string } {
  const [groupId = "", instanceId = ""] = [
    server.seeded.modelGroupIds[0],
    server.seeded.modelInstanceIds[0],
  ];
  return { groupId, instanceId };
}

describe("client.use", () => {
  it("runs middleware on create and client.POST alike", async () => {
    await using server = await createTestServer();
    const { groupId, instanceId } = seededIds(server);
    const client = clientOf(server).use({
      onRequest: ({ request }) => void request.headers.set("x-trace", "t-1"),
    });
    await client.modelGroups.models.create(groupId, instanceId);
    await client.POST(PATH, {
      params: { path: { model_group_id: groupId, model_instance_id: instanceId } },
    });
    expect(server.requests.map((request) => request.headers["x-trace"])).toEqual(["t-1", "t-1"]);
  });

  it("runs once per call, outside the retries: onRequest before the first attempt, onResponse with the final response", async () => {
    await using server = await createTestServer();
    const { groupId, instanceId } = seededIds(server);
    const seen: string[] = [];
    const client = clientOf(server).use({
      onRequest: () => void seen.push("request"),
      onResponse: ({ response }) => void seen.push(`response ${response.status}`),
    });
    server.injectFault({ status: 503 }, 2);
    await client.modelGroups.models.create(groupId, instanceId);
    expect(server.requests).toHaveLength(3);
    expect(seen).toEqual(["request", "response 200"]);
  });

  it("hands onRequest a real Request, and takes the one it returns", async () => {
    await using server = await createTestServer();
    const { groupId, instanceId } = seededIds(server);
    const client = clientOf(server).use({
      onRequest: ({ request }) => {
        expect(request).toBeInstanceOf(Request);
        return new Request(request, {
          headers: { ...Object.fromEntries(request.headers), "x-new": "1" },
        });
      },
    });
    await expect(client.modelGroups.models.create(groupId, instanceId)).resolves.toMatchObject({
      id: instanceId,
    });
    expect(server.requests[0]?.headers["x-new"]).toBe("1");
    expect(server.requests[0]?.headers["x-api-key"]).toBe("[redacted]");
  });

  it("lets onResponse read the body from a clone, leaving it for the call", async () => {
    await using server = await createTestServer();
    const { groupId, instanceId } = seededIds(server);
    const ids: unknown[] = [];
    const client = clientOf(server).use({
      onResponse: async ({ response }) =>
        void ids.push(((await response.clone().json()) as { id: unknown }).id),
    });
    const instance = await client.modelGroups.models.create(groupId, instanceId);
    expect(ids).toEqual([instance.id]);
  });

  it("lets an error thrown by onResponse reject the call, as sgp-client/validation's error mode does", async () => {
    await using server = await createTestServer();
    const { groupId, instanceId } = seededIds(server);
    const refusal: Middleware = {
      onResponse: ({ response }) => {
        throw new APIResponseValidationError({
          what: "POST /x",
          response,
          body: undefined,
          mismatches: [{ pointer: "/model_vendor", message: "is not in ModelVendor" }],
        });
      },
    };
    const client = clientOf(server).use(refusal);
    await expect(client.modelGroups.models.create(groupId, instanceId)).rejects.toThrow(
      APIResponseValidationError,
    );
  });

  it("stops running middleware after eject", async () => {
    await using server = await createTestServer();
    const { groupId, instanceId } = seededIds(server);
    const trace: Middleware = {
      onRequest: ({ request }) => void request.headers.set("x-trace", "t"),
    };
    const client = clientOf(server).use(trace);
    client.eject(trace);
    await client.modelGroups.models.create(groupId, instanceId);
    expect(server.requests[0]?.headers["x-trace"]).toBeUndefined();
  });

  it("carries middleware over to a client made by withOptions", async () => {
    await using server = await createTestServer();
    const { groupId, instanceId } = seededIds(server);
    const client = clientOf(server)
      .use({ onRequest: ({ request }) => void request.headers.set("x-trace", "t") })
      .withOptions({ timeout: 5_000 });
    await client.modelGroups.models.create(groupId, instanceId);
    expect(server.requests[0]?.headers["x-trace"]).toBe("t");
  });
});
