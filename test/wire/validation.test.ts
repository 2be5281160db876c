import createClient from "openapi-fetch";
import SGPClient, {
  APIError,
  APIResponseValidationError,
  UnprocessableEntityError,
  type Logger,
  type paths,
} from "sgp-client";
import { createTestServer, type TestServer } from "sgp-client/testing";
import { responseValidation } from "../../src/validation/index.js";
import { describe, expect, it } from "vitest";

type Body = Record<string, unknown>;

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  return {
    lines,
    error: record("error"),
    warn: record("warn"),
    info: record("info"),
    debug: record("debug"),
  };
}

/** A client of `server` whose responses are checked in `mode`, logging to a recording logger. */
function validatingClient(server: TestServer, mode: "warn" | "error") {
  const logger = recordingLogger();
  const client = new SGPClient({
    apiKey: server.apiKey,
    baseURL: server.url,
    logger,
    maxRetries: 0,
  });
  client.use(responseValidation({ mode }));
  return { client, logger };
}

/** Makes the next response a 200 whose body is a valid model instance after `drift`. */
function serveDrifted(server: TestServer, drift: (body: Body) => Body): Body {
  const body = drift({ ...server.addModelInstance() });
  server.injectFault({ status: 200, body });
  return body;
}

function without(field: string): (body: Body) => Body {
  return ({ [field]: _omitted, ...rest }) => rest;
}

const DRIFTS = [
  {
    drift: "null where openapi.yaml forbids it",
    edit: (body: Body) => ({ ...body, name: null }),
    mismatches: [{ pointer: "/name", message: "null is not a string" }],
  },
  {
    drift: "a missing required field",
    edit: without("created_at"),
    mismatches: [
      { pointer: "/created_at", message: "missing; openapi.yaml's ModelInstance requires it" },
    ],
  },
  {
    drift: "a new enum value",
    edit: (body: Body) => ({ ...body, model_vendor: "MISTRAL" }),
    mismatches: [
      { pointer: "/model_vendor", message: `"MISTRAL" is not in openapi.yaml's ModelVendor` },
    ],
  },
  {
    drift: "a wrong type",
    edit: (body: Body) => ({ ...body, deployment_count: "2" }),
    mismatches: [{ pointer: "/deployment_count", message: `"2" is not an integer` }],
  },
  {
    drift: "a timestamp without a time zone",
    edit: (body: Body) => ({ ...body, created_at: "2024-09-12T14:03:27" }),
    mismatches: [
      {
        pointer: "/created_at",
        message: `"2024-09-12T14:03:27" is not an RFC 3339 date-time with a time zone (2024-09-12T14:03:27Z)`,
      },
    ],
  },
  {
    drift: "a wrong type in a nullable field",
    edit: (body: Body) => ({ ...body, model_vendor: 42 }),
    mismatches: [
      {
        pointer: "/model_vendor",
        message: "42 is not openapi.yaml's ModelVendor (a string) or null",
      },
    ],
  },
];

describe("responseValidation, warn mode", () => {
  it.each(DRIFTS)(
    "logs $drift once, naming the field, and passes the body on",
    async ({ edit, mismatches }) => {
      await using server = await createTestServer();
      const { client, logger } = validatingClient(server, "warn");
      const [group, instance] = [
        server.seeded.modelGroupIds[0] ?? "",
        server.seeded.modelInstanceIds[0] ?? "",
      ];
      const body = serveDrifted(server, edit);

      await expect(client.modelGroups.models.create(group, instance)).resolves.toEqual(body);

      const [{ pointer, message }] = mismatches as [{ pointer: string; message: string }];
      expect(logger.lines).toEqual([
        `warn [sgp-client] POST /v4/model-groups/${group}/models/${instance} returned a 200 body that does not match openapi.yaml, which may be out of date: ${pointer.slice(1)}: ${message}`,
      ]);
    },
  );

  it("lets an extra field through without a word", async () => {
    await using server = await createTestServer();
    const { client, logger } = validatingClient(server, "warn");
    const body = serveDrifted(server, (b) => ({ ...b, fine_tuned: true }));
    await expect(client.modelGroups.models.create("g", "m")).resolves.toEqual(body);
    expect(logger.lines).toEqual([]);
  });

  it("logs a drifted 422 body and still throws UnprocessableEntityError", async () => {
    await using server = await createTestServer();
    const { client, logger } = validatingClient(server, "warn");
    server.injectFault({
      status: 422,
      body: { detail: [{ loc: ["path", "model_group_id"], msg: 42 }] },
    });
    await expect(client.modelGroups.models.create("g", "m")).rejects.toBeInstanceOf(
      UnprocessableEntityError,
    );
    expect(logger.lines.map((line) => line.replace(/^.*out of date: /, ""))).toEqual([
      "detail[0].type: missing; openapi.yaml's ValidationError requires it",
      "detail[0].msg: 42 is not a string",
    ]);
  });

  it("logs a body that is not JSON, then lets the client report it as before", async () => {
    await using server = await createTestServer();
    const { client, logger } = validatingClient(server, "warn");
    server.injectFault({ status: 200, body: "<html>Bad gateway</html>" });
    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).not.toBeInstanceOf(APIResponseValidationError);
    expect(logger.lines).toEqual([
      expect.stringMatching(
        /out of date: the body: not JSON \("<html>Bad gateway<\/html>"\), but openapi\.yaml documents a ModelInstance as JSON$/,
      ),
    ]);
  });
});

describe("responseValidation, error mode", () => {
  it.each(DRIFTS)("throws APIResponseValidationError for $drift", async ({ edit, mismatches }) => {
    await using server = await createTestServer();
    const { client, logger } = validatingClient(server, "error");
    const body = serveDrifted(server, edit);

    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);

    expect(error).toBeInstanceOf(APIResponseValidationError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 200, error: body, mismatches });
    expect((error as Error).message).toContain("POST /v4/model-groups/g/models/m");
    expect(logger.lines).toEqual([]);
  });

  it("returns a body with an extra field", async () => {
    await using server = await createTestServer();
    const { client } = validatingClient(server, "error");
    const body = serveDrifted(server, (b) => ({ ...b, fine_tuned: true }));
    await expect(client.modelGroups.models.create("g", "m")).resolves.toEqual(body);
  });

  it("reports every problem of a body with three", async () => {
    await using server = await createTestServer();
    const { client } = validatingClient(server, "error");
    serveDrifted(server, (b) => ({ ...without("id")(b), name: 7, model_type: "SPEECH" }));
    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
    expect((error as APIResponseValidationError).mismatches.map((m) => m.pointer)).toEqual([
      "/id",
      "/name",
      "/model_type",
    ]);
  });

  it("throws for a drifted 422 body, with status 422 and both mismatches", async () => {
    await using server = await createTestServer();
    const { client } = validatingClient(server, "error");
    const body = { detail: [{ loc: ["path", "model_group_id"], msg: 42 }] };
    server.injectFault({ status: 422, body });
    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIResponseValidationError);
    expect(error).toMatchObject({
      status: 422,
      error: body,
      mismatches: [
        {
          pointer: "/detail/0/type",
          message: "missing; openapi.yaml's ValidationError requires it",
        },
        { pointer: "/detail/0/msg", message: "42 is not a string" },
      ],
    });
  });

  it("lists a few mismatches of a 422 with 100,000 broken items, in a short message", async () => {
    await using server = await createTestServer();
    const { client } = validatingClient(server, "error");
    const detail = Array.from({ length: 100_000 }, () => ({ loc: ["body"], msg: "bad" }));
    server.injectFault({ status: 422, body: { detail } });
    const error = (await client.modelGroups.models
      .create("g", "m")
      .catch((e: unknown) => e)) as APIResponseValidationError;
    expect(error).toBeInstanceOf(APIResponseValidationError);
    expect(error.total).toBeUndefined();
    expect(error.mismatches).toEqual([
      { pointer: "/detail/0/type", message: "missing; openapi.yaml's ValidationError requires it" },
    ]);
    expect(error.message).toMatch(
      /: \/detail\/0\/type: missing; .*; and maybe more \(the body is too large to count them\)\. /,
    );
    expect(error.message.length).toBeLessThan(500);
  });

  it("counts the mismatches of a small body beyond the three its message quotes", async () => {
    await using server = await createTestServer();
    const { client } = validatingClient(server, "error");
    const detail = Array.from({ length: 12 }, () => ({ loc: ["body"], msg: "bad" }));
    server.injectFault({ status: 422, body: { detail } });
    const error = (await client.modelGroups.models
      .create("g", "m")
      .catch((e: unknown) => e)) as APIResponseValidationError;
    expect(error.total).toBe(12);
    expect(error.mismatches).toHaveLength(10);
    expect(error.message).toContain(
      "/detail/2/type: missing; openapi.yaml's ValidationError requires it; and 9 more.",
    );
  });

  it("throws for a body that is not JSON, with the text as the body", async () => {
    await using server = await createTestServer();
    const { client } = validatingClient(server, "error");
    server.injectFault({ status: 200, body: "<html>Bad gateway</html>" });
    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIResponseValidationError);
    expect(error).toMatchObject({
      error: "<html>Bad gateway</html>",
      mismatches: [
        {
          pointer: "",
          message: `not JSON ("<html>Bad gateway</html>"), but openapi.yaml documents a ModelInstance as JSON`,
        },
      ],
    });
  });

  it("makes client.POST throw too", async () => {
    await using server = await createTestServer();
    const { client } = validatingClient(server, "error");
    serveDrifted(server, (b) => ({ ...b, model_vendor: "MISTRAL" }));
    const call = client.POST("/v4/model-groups/{model_group_id}/models/{model_instance_id}", {
      params: { path: { model_group_id: "g", model_instance_id: "m" } },
    });
    await expect(call).rejects.toBeInstanceOf(APIResponseValidationError);
  });

  it("works on a plain openapi-fetch client", async () => {
    await using server = await createTestServer();
    const client = createClient<paths>({
      baseUrl: server.url,
      headers: { "x-api-key": server.apiKey },
    });
    client.use(responseValidation({ mode: "error" }));
    serveDrifted(server, (b) => ({ ...b, deployment_count: "2" }));
    const call = client.POST("/v4/model-groups/{model_group_id}/models/{model_instance_id}", {
      params: { path: { model_group_id: "g", model_instance_id: "m" } },
    });
    await expect(call).rejects.toMatchObject({
      name: "APIResponseValidationError",
      mismatches: [{ pointer: "/deployment_count", message: `"2" is not an integer` }],
    });
  });
});
