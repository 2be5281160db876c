import { describe, expect, it } from "vitest";
import SGPClient, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SGPClientError,
  UnprocessableEntityError,
} from "../../src/index.js";
import { json, recordingFetch, type Responder } from "../helpers/recording-fetch.js";

async function failure(responder: Responder): Promise<unknown> {
  const { fetch } = recordingFetch(responder);
  const client = new SGPClient({ apiKey: "k", fetch, maxRetries: 0 });
  return client.modelGroups.models.create("g-1", "m-2").then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );
}

describe("status → error class", () => {
  it.each([
    [400, BadRequestError, "BadRequestError"],
    [401, AuthenticationError, "AuthenticationError"],
    [403, PermissionDeniedError, "PermissionDeniedError"],
    [404, NotFoundError, "NotFoundError"],
    [409, ConflictError, "ConflictError"],
    [422, UnprocessableEntityError, "UnprocessableEntityError"],
    [429, RateLimitError, "RateLimitError"],
    [500, InternalServerError, "InternalServerError"],
    [503, InternalServerError, "InternalServerError"],
    [418, APIError, "APIError"],
  ])("%i throws %s", async (status, ErrorClass, name) => {
    const error = await failure(() => json(status, { detail: "why" }, { "x-request-id": "req_9" }));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(SGPClientError);
    expect(error).toMatchObject({ name, status, error: { detail: "why" }, requestID: "req_9" });
    expect((error as APIError).headers?.get("content-type")).toBe("application/json");
  });

  it("says what failed in the caller's terms: method, path, status, status text and detail", async () => {
    const error = await failure(() =>
      json(404, { detail: "model group not found" }, { "x-request-id": "req_7" }),
    );
    expect((error as Error).message).toBe(
      "POST /v4/model-groups/g-1/models/m-2 failed: 404 Not Found — model group not found (request id req_7)",
    );
  });

  it("types and summarises FastAPI validation errors on a 422", async () => {
    const body = {
      detail: [
        { loc: ["path", "model_instance_id"], msg: "String too short", type: "string_too_short" },
      ],
    };
    const error = (await failure(() => json(422, body))) as UnprocessableEntityError;
    expect(error.detail).toEqual(body.detail);
    expect(error.message).toContain("— path.model_instance_id: String too short");
  });

  it("leaves detail undefined on a 422 without FastAPI's list", async () => {
    const error = (await failure(() => json(422, { detail: "bad" }))) as UnprocessableEntityError;
    expect(error.detail).toBeUndefined();
  });

  it("keeps a text error body as text and quotes a short excerpt", async () => {
    const html = `<html><body><h1>502 Bad Gateway</h1>${"x".repeat(500)}</body></html>`;
    const error = (await failure(
      () =>
        new Response(html, {
          status: 502,
          statusText: "Bad Gateway",
          headers: { "content-type": "text/html" },
        }),
    )) as APIError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.error).toBe(html);
    expect(error.message).toMatch(
      /^POST \/v4\/model-groups\/g-1\/models\/m-2 failed: 502 Bad Gateway — <html><body><h1>502 Bad Gateway<\/h1>x+…$/,
    );
    expect(error.message.length).toBeLessThan(300);
  });

  it.each([
    [{ detail: { code: "E1" } }, '— {"code":"E1"}'],
    [{ detail: ["plain"] }, "— plain"],
    [{ message: "no detail" }, "failed: 409 Conflict"],
  ])("renders detail %j readably", async (body, expected) => {
    const error = (await failure(() => json(409, body))) as APIError;
    expect(error.message).toContain(expected);
  });

  it.each(["x-request-id", "request-id", "x-amzn-requestid"])(
    "reads the request id from %s",
    async (header) => {
      const error = (await failure(() => json(500, {}, { [header]: "rid" }))) as APIError;
      expect(error.requestID).toBe("rid");
    },
  );
});

describe("success bodies that are not a ModelInstance", () => {
  it("an HTML page with a 200 is an APIError with an excerpt, not a SyntaxError", async () => {
    const error = (await failure(
      () =>
        new Response("<!doctype html><title>Sign in</title>", {
          headers: { "content-type": "text/html" },
        }),
    )) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(200);
    expect(error.message).toMatch(
      /failed: 200\. The response body is not a JSON object: "<!doctype html><title>Sign in<\/title>"$/,
    );
  });

  it("an empty 200 is an APIError that says the body is empty", async () => {
    const error = (await failure(
      () => new Response("", { status: 200, headers: { "content-type": "application/json" } }),
    )) as APIError;
    expect(error.message).toMatch(
      /failed: 200\. The response body is empty; expected a JSON object$/,
    );
  });

  it("JSON-labelled text that does not parse is an APIError quoting it", async () => {
    const error = (await failure(
      () => new Response("{truncated", { headers: { "content-type": "application/json" } }),
    )) as APIError;
    expect(error.message).toMatch(/The response body is not a JSON object: "\{truncated"$/);
  });

  it("JSON that is not an object is an APIError", async () => {
    const error = (await failure(() => json(200, ["a"]))) as APIError;
    expect(error.message).toMatch(/The response body is not a JSON object: "\["a"\]"$/);
  });

  it("JSON without a JSON content-type is accepted", async () => {
    const { fetch } = recordingFetch(
      () =>
        new Response(JSON.stringify({ id: "mi_1" }), { headers: { "content-type": "text/plain" } }),
    );
    const client = new SGPClient({ apiKey: "k", fetch });
    await expect(client.modelGroups.models.create("g", "m")).resolves.toEqual({ id: "mi_1" });
  });
});

describe("error class names", () => {
  it("sets a literal name on every class", () => {
    expect(new APIConnectionError("x").name).toBe("APIConnectionError");
    expect(new APIConnectionTimeoutError("x").name).toBe("APIConnectionTimeoutError");
    expect(new APIConnectionTimeoutError("x")).toBeInstanceOf(APIConnectionError);
    expect(new APIUserAbortError("x").name).toBe("APIUserAbortError");
    expect(new SGPClientError("x").name).toBe("SGPClientError");
  });
});
