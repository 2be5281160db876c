import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import SGPClient, {
  APIPromise,
  SGPClient as NamedSGPClient,
  SGPClientError,
  VERSION,
  type ClientOptions,
} from "../../src/index.js";
import { modelInstance, sendJson, startServer } from "../helpers/http-server.js";
import { json, recordingFetch } from "../helpers/recording-fetch.js";

function setup(options: ClientOptions = {}) {
  const recorder = recordingFetch(() => json(200, modelInstance(), { "x-request-id": "req_1" }));
  return {
    client: new SGPClient({ apiKey: "key-1", fetch: recorder.fetch, ...options }),
    ...recorder,
  };
}

describe("SGPClient", () => {
  it("is the default and a named export", () => {
    expect(NamedSGPClient).toBe(SGPClient);
  });

  it("sends VERSION, which matches package.json, in the user-agent", async () => {
    const pkg = JSON.parse(
      readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
    ) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    const { client, calls } = setup();
    await client.modelGroups.models.create("g", "m");
    expect(calls[0]?.headers.get("user-agent")).toBe(`sgp-client/${pkg.version}`);
  });
});

describe("headers", () => {
  it("sends the key, accept, user-agent and account, then defaultHeaders, then per-request headers", async () => {
    const { client, calls } = setup({
      accountId: "acct_1",
      defaultHeaders: { "x-team": "ml", accept: "application/json; charset=utf-8", "x-gone": "1" },
    });
    await client.modelGroups.models.create("g", "m", {
      headers: { "x-team": "search", "x-gone": null },
    });
    const headers = Object.fromEntries(calls[0]?.headers ?? []);
    expect(headers).toEqual({
      "x-api-key": "key-1",
      accept: "application/json; charset=utf-8",
      "user-agent": `sgp-client/${VERSION}`,
      "x-selected-account-id": "acct_1",
      "x-team": "search",
    });
  });

  it("lets a null header remove the client's own, e.g. the account", async () => {
    const { client, calls } = setup({ accountId: "acct_1" });
    await client.modelGroups.models.create("g", "m", {
      headers: { "x-selected-account-id": null },
    });
    expect(calls[0]?.headers.has("x-selected-account-id")).toBe(false);
  });

  it("leaves a header as it is when the later layer gives undefined, and matches names in any case", async () => {
    const { client, calls } = setup({ defaultHeaders: { "x-team": "ml" } });
    await client.modelGroups.models.create("g", "m", {
      headers: { "x-team": undefined, "X-API-KEY": "key-2" },
    });
    expect(calls[0]?.headers.get("x-team")).toBe("ml");
    expect(calls[0]?.headers.get("x-api-key")).toBe("key-2");
  });

  it("gives each call its own headers, so a fetch that edits them cannot change the next call", async () => {
    const seen: (string | null)[] = [];
    const fetch = async (_url: string, init: RequestInit): Promise<Response> => {
      const headers = init.headers as Headers;
      seen.push(headers.get("x-trace"));
      headers.set("x-trace", "set by the first call");
      return json(200, modelInstance());
    };
    const client = new SGPClient({ apiKey: "k", fetch });
    await client.modelGroups.models.create("g", "m");
    await client.modelGroups.models.create("g", "m");
    expect(seen).toEqual([null, null]);
  });

  it("sends no body and no content-type", async () => {
    const { client, calls } = setup();
    await client.modelGroups.models.create("g", "m");
    expect(calls[0]?.method).toBe("POST");
    expect(calls[0]?.init.body).toBeUndefined();
    expect(calls[0]?.headers.has("content-type")).toBe(false);
  });

  it("refuses a bad per-request header before sending", async () => {
    const { client, calls } = setup();
    await expect(
      client.modelGroups.models.create("g", "m", { headers: { "x-a": "a\r\nb" } }),
    ).rejects.toThrow(
      /Invalid option `headers`: header "x-a" needs a valid name and a string value without line breaks/,
    );
    expect(calls).toHaveLength(0);
  });
});

describe("modelGroups.models.create", () => {
  it("resolves to the ModelInstance", async () => {
    const { client } = setup();
    await expect(client.modelGroups.models.create("mg_1", "mi_1")).resolves.toEqual(
      modelInstance(),
    );
  });

  it("returns an APIPromise that is a Promise, with withResponse()", async () => {
    const { client, calls } = setup();
    const promise = client.modelGroups.models.create("mg_1", "mi_1");
    expect(promise).toBeInstanceOf(Promise);
    expect(promise).toBeInstanceOf(APIPromise);
    const { data, response, request_id } = await promise.withResponse();
    expect(data).toEqual(modelInstance());
    expect(response.status).toBe(200);
    expect(request_id).toBe("req_1");
    expect(await promise).toEqual(data);
    expect(calls).toHaveLength(1);
  });

  it("gives withResponse() the response as received, its body already read into data", async () => {
    const server = await startServer((_req, res) =>
      sendJson(res, 200, modelInstance(), { "x-request-id": "req_w" }),
    );
    const client = new SGPClient({ apiKey: "k", baseURL: server.origin });
    const { data, response, request_id } = await client.modelGroups.models
      .create("g", "m")
      .withResponse();
    expect(data).toEqual(modelInstance());
    expect(response.url).toBe(`${server.origin}/v4/model-groups/g/models/m`);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.bodyUsed).toBe(true);
    expect(request_id).toBe("req_w");
  });

  it("supports catch and finally like any promise", async () => {
    const recorder = recordingFetch(() => json(404, { detail: "nope" }));
    const client = new SGPClient({ apiKey: "k", fetch: recorder.fetch });
    const onFinally = vi.fn();
    const caught = await client.modelGroups.models
      .create("g", "m")
      .finally(onFinally)
      .catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(SGPClientError);
    expect(onFinally).toHaveBeenCalledOnce();
    await expect(client.modelGroups.models.create("g", "m").catch(() => "handled")).resolves.toBe(
      "handled",
    );
  });

  it("applies per-request timeout and maxRetries", async () => {
    const recorder = recordingFetch(() => json(503, { detail: "busy" }));
    const client = new SGPClient({ apiKey: "k", fetch: recorder.fetch }, { sleep: async () => {} });
    await expect(
      client.modelGroups.models.create("g", "m", { maxRetries: 0, timeout: 1000 }),
    ).rejects.toThrow(/503/);
    expect(recorder.calls).toHaveLength(1);
    await expect(client.modelGroups.models.create("g", "m")).rejects.toThrow(/503/);
    expect(recorder.calls).toHaveLength(4);
  });

  it.each([
    [{ timeout: -1 }, /`timeout`/],
    [{ maxRetries: 0.5 }, /`maxRetries`/],
    [{ signal: "stop" }, /Invalid option `signal`: expected an AbortSignal, received "stop"/],
    ["fast", /Invalid option `options`: expected an object, received "fast"/],
  ])("refuses request options %j before sending", async (options, message) => {
    const { client, calls } = setup();
    await expect(client.modelGroups.models.create("g", "m", options as never)).rejects.toThrow(
      message,
    );
    expect(calls).toHaveLength(0);
  });
});

describe("client.POST", () => {
  const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

  it("is openapi-fetch's typed call, with the client's auth and account header", async () => {
    const { client, calls } = setup({ accountId: "acct_1" });
    const { data, error, response } = await client.POST(PATH, {
      params: { path: { model_group_id: "g", model_instance_id: "m" } },
    });
    expect(error).toBeUndefined();
    expect(data?.id).toBe("mi_1");
    expect(response.status).toBe(200);
    expect(calls[0]?.headers.get("x-api-key")).toBe("key-1");
    expect(calls[0]?.headers.get("x-selected-account-id")).toBe("acct_1");
  });

  it("retries like create, and resolves an error status to { error }", async () => {
    const recorder = recordingFetch(
      () => json(503, { detail: "busy" }),
      () => json(404, { detail: "Model group g not found" }),
    );
    const client = new SGPClient({ apiKey: "k", fetch: recorder.fetch }, { sleep: async () => {} });
    const result = await client.POST(PATH, {
      params: { path: { model_group_id: "g", model_instance_id: "m" } },
    });
    expect(result.error).toEqual({ detail: "Model group g not found" });
    expect(result.response.status).toBe(404);
    expect(recorder.calls).toHaveLength(2);
  });

  it("refuses a per-request baseUrl on another origin instead of sending the key there", async () => {
    const { client, calls } = setup();
    await expect(
      client.POST(PATH, {
        baseUrl: "https://elsewhere.test",
        params: { path: { model_group_id: "g", model_instance_id: "m" } },
      }),
    ).rejects.toThrow(
      /POST \/v4\/model-groups\/g\/models\/m: refusing to send the API key to https:\/\/elsewhere\.test, which is not baseURL's origin \(https:\/\/api\.egp\.scale\.com\)/,
    );
    expect(calls).toHaveLength(0);
  });

  it("turns a JSON-labelled body that does not parse into an SGPClientError", async () => {
    const recorder = recordingFetch(
      () => new Response("{oops", { headers: { "content-type": "application/json" } }),
    );
    const client = new SGPClient({ apiKey: "k", fetch: recorder.fetch });
    const error = await client
      .POST(PATH, { params: { path: { model_group_id: "g", model_instance_id: "m" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SGPClientError);
    expect((error as Error).message).toMatch(/response body is not valid JSON/);
  });
});

describe("every openapi-fetch method", () => {
  const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

  it.each(METHODS)("%s goes through the client's auth, retries and messages", async (method) => {
    const recorder = recordingFetch(
      () => json(503, {}),
      () => new Response("{oops", { headers: { "content-type": "application/json" } }),
    );
    const client = new SGPClient({ apiKey: "k", fetch: recorder.fetch }, { sleep: async () => {} });
    // Only POST is in openapi.yaml today; the others are typed for the paths that have them.
    const call = client[method] as (url: string) => Promise<unknown>;
    const outcome = await call("/v4/things/{id}").catch((e: unknown) => e);
    expect(recorder.calls.map((c) => [c.method, c.headers.get("x-api-key")])).toEqual([
      [method, "k"],
      [method, "k"],
    ]);
    if (method === "HEAD") return; // openapi-fetch reads no body of a HEAD
    expect(outcome).toBeInstanceOf(SGPClientError);
    expect((outcome as Error).message).toBe(
      `${method} /v4/things/{id}: the response body is not valid JSON.`,
    );
  });
});

describe("resource methods", () => {
  it("name their real method in messages, whatever the verb", async () => {
    const recorder = recordingFetch(() => json(404, { detail: "gone" }));
    const client = new SGPClient({ apiKey: "k", fetch: recorder.fetch });
    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^POST \/v4\/model-groups\/g\/models\/m failed: 404/);
  });

  it("take per-request headers as a Headers object and per-request fetchOptions", async () => {
    const { client, calls } = setup({ fetchOptions: { keepalive: false, mode: "cors" } });
    await client.modelGroups.models.create("g", "m", {
      headers: new Headers({ "x-trace": "t-1" }),
      fetchOptions: { keepalive: true },
    });
    expect(calls[0]?.headers.get("x-trace")).toBe("t-1");
    expect(calls[0]?.init).toMatchObject({ keepalive: true, mode: "cors" });
  });

  it("refuses per-request fetchOptions that would take over the client's own fields", async () => {
    const { client, calls } = setup();
    await expect(
      client.modelGroups.models.create("g", "m", { fetchOptions: { redirect: "follow" } }),
    ).rejects.toThrow(/Invalid option `fetchOptions`: redirect belong to the client/);
    expect(calls).toHaveLength(0);
  });
});

describe("withOptions", () => {
  it("derives a client with changed options, keeping the key, fetch and base URL", async () => {
    const { client, calls } = setup({ baseURL: "http://127.0.0.1:9/api", accountId: "acct_1" });
    const quick = client.withOptions({ timeout: 5_000, maxRetries: 0 });
    expect([quick.timeout, quick.maxRetries, quick.baseURL]).toEqual([
      5_000,
      0,
      "http://127.0.0.1:9/api",
    ]);
    expect([client.timeout, client.maxRetries]).toEqual([60_000, 2]);
    await quick.modelGroups.models.create("g", "m");
    expect(calls[0]?.url).toBe("http://127.0.0.1:9/api/v4/model-groups/g/models/m");
    expect(calls[0]?.headers.get("x-api-key")).toBe("key-1");
    expect(calls[0]?.headers.get("x-selected-account-id")).toBe("acct_1");
  });

  it("keeps the key, base URL and account that came from the environment", async () => {
    vi.stubEnv("SGP_API_KEY", "env-key");
    vi.stubEnv("SGP_BASE_URL", "http://127.0.0.1:7/env");
    vi.stubEnv("SGP_ACCOUNT_ID", "acct_env");
    const recorder = recordingFetch(() => json(200, modelInstance()));
    const client = new SGPClient({ fetch: recorder.fetch });
    vi.unstubAllEnvs();
    await client.withOptions({ timeout: 1000 }).modelGroups.models.create("g", "m");
    expect(recorder.calls[0]?.url).toBe("http://127.0.0.1:7/env/v4/model-groups/g/models/m");
    expect(recorder.calls[0]?.headers.get("x-api-key")).toBe("env-key");
    expect(recorder.calls[0]?.headers.get("x-selected-account-id")).toBe("acct_env");
  });
});

describe("transport hygiene", () => {
  const logger = () => ({ error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() });

  it("warns once that an http:// baseURL off loopback sends the key unencrypted", () => {
    const log = logger();
    new SGPClient({ apiKey: "k", baseURL: "http://sgp.internal.test", logger: log });
    expect(log.warn).toHaveBeenCalledOnce();
    expect(log.warn.mock.calls[0]?.[0]).toMatch(
      /http:\/\/sgp\.internal\.test uses http:\/\/: the API key travels unencrypted/,
    );
  });

  it.each(["https://api.egp.scale.com/v4", "https://proxy.test/sgp/v4/"])(
    "warns that a baseURL ending with the API version (%s) doubles it, saying what is requested",
    (baseURL) => {
      const log = logger();
      new SGPClient({ apiKey: "k", baseURL, logger: log });
      expect(log.warn).toHaveBeenCalledOnce();
      const base = baseURL.replace(/\/$/, "");
      expect(log.warn.mock.calls[0]?.[0]).toBe(
        `[sgp-client] baseURL ends with an API version, which paths start with: requests go to ${base}/v4/…; drop it.`,
      );
    },
  );

  it.each([
    "http://127.0.0.1:5003",
    "http://localhost:1",
    "http://[::1]:1",
    "https://api.egp.scale.com",
  ])("does not warn for %s", (baseURL) => {
    const log = logger();
    new SGPClient({ apiKey: "k", baseURL, logger: log });
    expect(log.warn).not.toHaveBeenCalled();
  });

  it("refuses to run in a browser unless dangerouslyAllowBrowser is set", async () => {
    vi.stubGlobal("window", { document: {} });
    vi.stubGlobal("navigator", { userAgent: "Mozilla/5.0" });
    expect(() => new SGPClient({ apiKey: "k" })).toThrow(
      /running in a browser, where anyone using the page can read the API key/,
    );
    const recorder = recordingFetch(() => json(200, modelInstance()));
    const client = new SGPClient({
      apiKey: "k",
      fetch: recorder.fetch,
      dangerouslyAllowBrowser: true,
    });
    await client.modelGroups.models.create("g", "m");
    // Browsers do not let scripts set user-agent; sending it would only force a CORS preflight.
    expect(recorder.calls[0]?.headers.has("user-agent")).toBe(false);
  });

  it("treats a web worker as a browser", () => {
    vi.stubGlobal("importScripts", () => {});
    expect(() => new SGPClient({ apiKey: "k" })).toThrow(/dangerouslyAllowBrowser/);
  });
});

describe("over the wire", () => {
  it("talks to a real server with a base path", async () => {
    const server = await startServer((_req, res) =>
      sendJson(res, 200, modelInstance({ id: "mi_wire" })),
    );
    const client = new SGPClient({ apiKey: "wire-key", baseURL: `${server.origin}/public/` });
    const instance = await client.modelGroups.models.create("mg_1", "mi_wire");
    expect(instance.id).toBe("mi_wire");
    expect(server.received[0]).toMatchObject({
      method: "POST",
      url: "/public/v4/model-groups/mg_1/models/mi_wire",
      headers: { "x-api-key": "wire-key", accept: "application/json" },
    });
  });
});
