import { describe, expect, it } from "vitest";
import type { StandInExample, StandInOperation } from "../../generated/stand-in.js";
import { compilePaths, matchPath, type CompiledPath } from "../../src/testing/paths.js";
import {
  answerRequest,
  chooseExample,
  exampleAnswer,
  type RouteRequest,
} from "../../src/testing/routes.js";
import { SEED_GROUPS, SEED_INSTANCES } from "../../src/testing/seed.js";
import { ModelStore } from "../../src/testing/store.js";
import { createSpecValidator, standInAnswerProblems } from "../helpers/spec.js";
import { declaredMethods, ROUTE, routePath, undeclaredMethods } from "./route-request.js";

const spec = createSpecValidator();
const KEY = "sgp-test-key";
const GROUP_ID = SEED_GROUPS[0].id;
const INSTANCE_ID = SEED_INSTANCES[0]!.id;

type Overrides = Partial<Omit<RouteRequest, "match">> & { path?: string; paths?: CompiledPath[] };

/** Answers one request against `store`, and checks it against openapi.yaml as the setup does. */
function answer(
  overrides: Overrides = {},
  store = new ModelStore(true),
): { status: number; headers: Record<string, string>; body: unknown } {
  const { path = routePath(GROUP_ID, INSTANCE_ID), paths, method = "POST", ...request } = overrides;
  const match = matchPath(method, path, paths);
  const result = answerRequest(
    { method, match, apiKey: KEY, accepted: new Set([KEY]), accountId: undefined, ...request },
    store,
  );
  const reached = match.kind === "route" && match.operation !== undefined;
  if (paths === undefined) {
    const observed = {
      method,
      rawPath: path,
      source: "route" as const,
      ...(reached ? { operation: { method, path: ROUTE } } : {}),
      status: result.status,
      headers: result.headers,
      body: result.body,
    };
    expect(standInAnswerProblems(spec, observed)).toEqual([]);
  }
  const isJson = result.headers["content-type"] === "application/json";
  const body: unknown = isJson ? JSON.parse(result.body ?? "") : result.body;
  return { status: result.status, headers: result.headers, body };
}

describe("answerRequest, on the add-model route", () => {
  it("adds the instance to the group and answers 200 with the ModelInstance", () => {
    const store = new ModelStore(true);
    const { status, body, headers } = answer({}, store);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: INSTANCE_ID, model_group_id: GROUP_ID });
    expect(store.getInstance(INSTANCE_ID)?.model_group_id).toBe(GROUP_ID);
    expect(headers["x-sgp-stand-in"]).toBeUndefined();
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

  it.each(undeclaredMethods())(
    "answers %s, which openapi.yaml does not declare there, with 405 and its Allow, before the key",
    (method) => {
      const { status, headers, body } = answer({ method, apiKey: undefined });
      expect(status).toBe(405);
      expect(headers["allow"]).toBe(declaredMethods().join(", "));
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

/** An example answer as generated/stand-in.ts holds one. */
function example(status: string, name?: string, body: unknown = { name }): StandInExample {
  return {
    ...(name === undefined ? {} : { name }),
    status,
    headers: { "x-rate-limit-remaining": "99" },
    ...(name === undefined ? {} : { contentType: "application/json", body }),
  };
}

const operation = (...examples: StandInExample[]): StandInOperation => ({
  operationId: "listWidgets",
  examples,
});

describe("an operation without a handler", () => {
  it("serves the first example of its lowest 2xx status, exact codes before ranges", () => {
    const chosen = chooseExample(
      operation(
        example("default", "error"),
        example("2XX", "ranged"),
        example("201", "created"),
        example("200", "first"),
        example("200", "second"),
        example("422", "invalid"),
      ),
    );
    expect(chosen?.name).toBe("first");
    expect(chooseExample(operation(example("2XX", "ranged"), example("404", "gone")))?.name).toBe(
      "ranged",
    );
  });

  it("answers with the example's status, headers and JSON body, and says which example", () => {
    const answered = exampleAnswer(operation(example("201", "created", { id: "w_1" })), "POST /w");
    expect(answered).toEqual({
      status: 201,
      headers: {
        "x-rate-limit-remaining": "99",
        "x-sgp-stand-in": "example created",
        "content-type": "application/json",
      },
      body: '{"id":"w_1"}',
    });
  });

  it("encodes an example name that is not a valid header value", () => {
    const answered = exampleAnswer(operation(example("200", "naïve\r\nx: y")), "GET /w");
    expect(answered.headers["x-sgp-stand-in"]).toBe("example na%C3%AFve%0D%0Ax%3A%20y");
  });

  it("answers a response without content with its status alone", () => {
    expect(exampleAnswer(operation(example("204")), "DELETE /w")).toEqual({
      status: 204,
      headers: { "x-rate-limit-remaining": "99", "x-sgp-stand-in": "response 204" },
    });
  });

  it("answers 501, naming the operation, when openapi.yaml gives it no 2xx example", () => {
    const answered = exampleAnswer(operation(example("404", "gone")), "GET /widgets");
    expect(answered.status).toBe(501);
    expect(JSON.parse(answered.body ?? "")).toEqual({
      detail: expect.stringContaining("no example of a 2xx response of GET /widgets"),
    });
  });

  it("answers through the router: auth first, then the example", () => {
    const paths = compilePaths([
      { template: "/widgets", operations: { GET: operation(example("200", "list", [])) } },
    ]);
    expect(answer({ method: "GET", path: "/widgets", paths, apiKey: undefined }).status).toBe(401);
    expect(answer({ method: "GET", path: "/widgets", paths })).toMatchObject({
      status: 200,
      body: [],
      headers: { "x-sgp-stand-in": "example list" },
    });
    expect(answer({ method: "POST", path: "/widgets", paths })).toMatchObject({
      status: 405,
      headers: { allow: "GET" },
    });
  });
});
