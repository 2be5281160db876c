import { describe, expectTypeOf, it } from "vitest";
import SGPClient, {
  APIPromise,
  UnprocessableEntityError,
  type ModelInstance,
  type ValidationError,
  type WithRequestID,
  type WithResponse,
} from "../../src/index.js";

declare const client: SGPClient;

describe("create", () => {
  it("returns a Promise of ModelInstance with withResponse()", () => {
    const promise = client.modelGroups.models.create("mg_1", "mi_1");
    expectTypeOf(promise).toEqualTypeOf<APIPromise<ModelInstance>>();
    expectTypeOf(promise).toExtend<Promise<ModelInstance>>();
    expectTypeOf(promise.withResponse()).resolves.toEqualTypeOf<
      WithResponse<WithRequestID<ModelInstance>>
    >();
    expectTypeOf(promise.asResponse()).resolves.toEqualTypeOf<Response>();
    expectTypeOf<WithResponse<ModelInstance>["request_id"]>().toEqualTypeOf<string | null>();
    expectTypeOf<WithResponse<ModelInstance>["response"]>().toEqualTypeOf<Response>();
    // As in the Stainless SDKs, the awaited object carries the request id, not enumerable.
    expectTypeOf(promise).resolves.toEqualTypeOf<ModelInstance & { _request_id?: string | null }>();
  });

  it("accepts the per-request options", () => {
    const controller = new AbortController();
    client.modelGroups.models.create("g", "m", {
      signal: controller.signal,
      timeout: 1,
      maxRetries: 0,
      headers: { "x-a": "1", "x-b": null },
    });
  });

  it("refuses misuse at compile time", () => {
    // @ts-expect-error -- ids are strings
    client.modelGroups.models.create(1, "m");
    // @ts-expect-error -- both ids are required
    client.modelGroups.models.create("g");
    // @ts-expect-error -- not a request option
    client.modelGroups.models.create("g", "m", { retries: 3 });
    // @ts-expect-error -- header values are strings or null
    client.modelGroups.models.create("g", "m", { headers: { "x-a": 1 } });
    // @ts-expect-error -- the result has no such field
    void client.modelGroups.models.create("g", "m").then((i) => i.modelType);
  });
});

describe("client.POST", () => {
  const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

  it("is typed from the spec", async () => {
    const { data, error } = await client.POST(PATH, {
      params: { path: { model_group_id: "g", model_instance_id: "m" } },
    });
    expectTypeOf(data).toEqualTypeOf<ModelInstance | undefined>();
    expectTypeOf(error).toEqualTypeOf<
      { detail?: ValidationError[] } | { detail?: string | unknown[] } | undefined
    >();
  });

  it("refuses unknown paths and missing path parameters", () => {
    // @ts-expect-error -- no such path
    void client.POST("/v4/model-groups", {});
    // @ts-expect-error -- model_instance_id is required
    void client.POST(PATH, { params: { path: { model_group_id: "g" } } });
  });
});

describe("options and errors", () => {
  it("refuses unknown or mistyped options", () => {
    // @ts-expect-error -- the option is baseURL
    new SGPClient({ baseUrl: "https://x" });
    // @ts-expect-error -- timeout is in milliseconds
    new SGPClient({ timeout: "5s" });
    // @ts-expect-error -- not a log level
    new SGPClient({ logLevel: "verbose" });
    expectTypeOf(client.withOptions({ timeout: 1 })).toEqualTypeOf<SGPClient>();
  });

  it("types a 422's detail from HTTPValidationError", () => {
    expectTypeOf<UnprocessableEntityError["detail"]>().toEqualTypeOf<
      ValidationError[] | undefined
    >();
  });
});
