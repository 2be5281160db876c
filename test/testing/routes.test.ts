import { describe, expect, it } from "vitest";
import { answerRequest, matchPath, type RouteRequest } from "../../src/testing/routes.js";
import { SEED_GROUPS, SEED_INSTANCES } from "../../src/testing/seed.js";
import { ModelStore } from "../../src/testing/store.js";
import { createSpecValidator } from "../helpers/spec.js";

const spec = createSpecValidator();
const KEY = "sgp-test-key";
const GROUP_ID = SEED_GROUPS[0].id;
const INSTANCE_ID = SEED_INSTANCES[0]!.id;

function routePath(groupId: string, instanceId: string): string {
  return `/v4/model-groups/${encodeURIComponent(groupId)}/models/${encodeURIComponent(instanceId)}`;
}

/** Answers one request against `store`, and parses and spec-checks the JSON body. */
function answer(
  overrides: Partial<RouteRequest> & { path?: string } = {},
  store = new ModelStore(true),
): { status: number; headers: Record<string, string>; body: unknown } {
  const { path = routePath(GROUP_ID, INSTANCE_ID), ...request } = overrides;
  const result = answerRequest(
    {
      method: "POST",
      match: matchPath(path),
      apiKey: KEY,
      accepted: new Set([KEY]),
      accountId: undefined,
      ...request,
    },
    store,
  );
  expect(result.headers["content-type"]).toBe("application/json");
  const body: unknown = JSON.parse(result.body ?? "");
  expect(spec.response(result.status, body)).toEqual([]);
  return { status: result.status, headers: result.headers, body };
}

describe("matchPath", () => {
  it("takes the two ids from the route and ignores the query string", () => {
    expect(matchPath("/v4/model-groups/mg_1/models/mi_1?model_group_id=other")).toEqual({
      kind: "route",
      params: { model_group_id: "mg_1", model_instance_id: "mi_1" },
    });
  });

  it.each(["a/b", "what?", "x#y", "100%", "with space", "modèle-日本-✓", "a%2Fb"])(
    "decodes the encoded id %j back to itself",
    (id) => {
      expect(matchPath(routePath(id, id))).toEqual({
        kind: "route",
        params: { model_group_id: id, model_instance_id: id },
      });
    },
  );

  it("treats %2e%2e and a literal .. as the id '..', not a step up", () => {
    const params = { model_group_id: "..", model_instance_id: "." };
    expect(matchPath("/v4/model-groups/%2e%2e/models/%2E")).toEqual({ kind: "route", params });
    expect(matchPath("/v4/model-groups/../models/.")).toEqual({ kind: "route", params });
  });

  it.each([
    "/",
    "/v4/nope",
    "/v4/model-groups/g/models/m/",
    "/v3/model-groups/g/models/m",
    "/v4/model-groups%2Fg%2Fmodels%2Fm",
    "/v4/model-groups//models/m",
    "/v4/model-groups/g/models/",
    "/v4/model-groups//models/",
  ])("does not match %j, as Starlette's router would not", (path) => {
    expect(matchPath(path)).toEqual({ kind: "unknown" });
  });

  it.each(["%zz", "%E9", "%"])("calls the escape %j malformed", (segment) => {
    expect(matchPath(`/v4/model-groups/g/models/${segment}`)).toEqual({ kind: "malformed" });
  });
});

describe("answerRequest", () => {
  it("adds the instance to the group and answers 200 with the ModelInstance", () => {
    const store = new ModelStore(true);
    const { status, body } = answer({}, store);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: INSTANCE_ID, model_group_id: GROUP_ID });
    expect(store.getInstance(INSTANCE_ID)?.model_group_id).toBe(GROUP_ID);
  });

  it("is idempotent: adding again answers the same body", () => {
    const store = new ModelStore(true);
    expect(answer({}, store)).toEqual(answer({}, store));
  });

  it.each([undefined, ""])("answers 401 to the missing API key %j", (apiKey) => {
    expect(answer({ apiKey })).toMatchObject({
      status: 401,
      body: { detail: expect.stringMatching(/missing/i) },
    });
  });

  it("answers 401 to an unaccepted key without echoing it", () => {
    const key = "sk-wrong-key-1234";
    const { status, body } = answer({ apiKey: key });
    expect(status).toBe(401);
    expect(body).toEqual({ detail: expect.stringMatching(/not accepted/) });
    expect(JSON.stringify(body)).not.toContain(key);
  });

  it("checks the key before the group exists", () => {
    expect(answer({ apiKey: undefined, path: routePath("mg_missing", "mi_missing") }).status).toBe(
      401,
    );
  });

  it("answers 404 to an unknown group, then to an unknown instance", () => {
    expect(answer({ path: routePath("mg_missing", INSTANCE_ID) })).toMatchObject({
      status: 404,
      body: { detail: "Model group mg_missing not found" },
    });
    expect(answer({ path: routePath(GROUP_ID, "mi_missing") })).toMatchObject({
      status: 404,
      body: { detail: "Model instance mi_missing not found" },
    });
  });

  it("answers 404 Not Found to a path that is not the route, an empty id included", () => {
    for (const path of [
      "/",
      "/v4/model-groups//models/x",
      `/v4/model-groups/${GROUP_ID}/models/`,
    ]) {
      expect(answer({ path, apiKey: undefined })).toMatchObject({
        status: 404,
        body: { detail: "Not Found" },
      });
    }
  });

  it("answers 400 to a malformed percent-encoding", () => {
    expect(answer({ path: "/v4/model-groups/g/models/%zz" })).toMatchObject({
      status: 400,
      body: { detail: expect.stringMatching(/percent-encoding/) },
    });
  });

  it.each(["GET", "PUT", "DELETE", "OPTIONS"])(
    "answers %s on the route with 405 and Allow: POST, before checking the key",
    (method) => {
      const { status, headers, body } = answer({ method, apiKey: undefined });
      expect(status).toBe(405);
      expect(headers["allow"]).toBe("POST");
      expect(body).toEqual({ detail: "Method Not Allowed" });
    },
  );

  it("answers an empty x-selected-account-id with FastAPI's 422 in pydantic v2's shape", () => {
    expect(answer({ accountId: "" })).toEqual({
      status: 422,
      headers: { "content-type": "application/json" },
      body: {
        detail: [
          {
            type: "string_too_short",
            loc: ["header", "x-selected-account-id"],
            msg: "String should have at least 1 character",
            input: "",
            ctx: { min_length: 1 },
          },
        ],
      },
    });
  });

  it("checks the key before the account header, and takes any non-empty account", () => {
    expect(answer({ accountId: "", apiKey: undefined }).status).toBe(401);
    expect(answer({ accountId: "acct_1" }).status).toBe(200);
  });
});
