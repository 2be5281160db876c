import { describe, expect, it } from "vitest";
import { createLog } from "../src/log.js";
import { createTransport, type TransportConfig } from "../src/transport.js";
import { json, recordingFetch } from "./helpers/recording-fetch.js";
import SGPClient from "../src/index.js";
import { modelInstance } from "./helpers/http-server.js";

function config(fetch: TransportConfig["fetch"]): TransportConfig {
  return {
    fetch,
    fetchOptions: {},
    origin: "https://sgp.test",
    timeoutMs: 1000,
    maxRetries: 2,
    maxRetryDelayMs: 60_000,
    log: createLog("off", console),
    secret: "k",
    sleep: async () => {},
    random: () => 0,
    now: () => 0,
    isCopyNeeded: true,
  };
}

describe("createTransport", () => {
  it("sends a request body again, whole, on every attempt", async () => {
    const bodies: string[] = [];
    const { fetch } = recordingFetch(
      async (call) => {
        bodies.push(new TextDecoder().decode(call.init.body as ArrayBuffer));
        return json(503, {});
      },
      async (call) => {
        bodies.push(new TextDecoder().decode(call.init.body as ArrayBuffer));
        return json(200, {});
      },
    );
    const transport = createTransport(config(fetch));
    const response = await transport(
      new Request("https://sgp.test/x", { method: "POST", body: '{"a":1}' }),
    );
    expect(response.status).toBe(200);
    expect(bodies).toEqual(['{"a":1}', '{"a":1}']);
  });

  it("returns a fully read copy that keeps status, headers and url", async () => {
    const original = json(201, { ok: true }, { "x-request-id": "r" });
    Object.defineProperty(original, "url", { value: "https://sgp.test/x" });
    const transport = createTransport(config(async () => original));
    const response = await transport(new Request("https://sgp.test/x", { method: "POST" }));
    expect([response.status, response.headers.get("x-request-id"), response.url]).toEqual([
      201,
      "r",
      "https://sgp.test/x",
    ]);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("passes a 204 through without a body", async () => {
    const transport = createTransport(config(async () => new Response(null, { status: 204 })));
    const response = await transport(new Request("https://sgp.test/x", { method: "POST" }));
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });
});

describe("fetchOptions", () => {
  it("reach fetch on every request, beside the client's own fields", async () => {
    const dispatcher = { name: "custom dispatcher" };
    const { fetch, calls } = recordingFetch(() => json(200, modelInstance()));
    const client = new SGPClient({
      apiKey: "k",
      fetch,
      fetchOptions: { keepalive: true, dispatcher },
    });
    await client.modelGroups.models.create("g", "m");
    expect(calls[0]?.init).toMatchObject({
      keepalive: true,
      dispatcher,
      method: "POST",
      redirect: "manual",
    });
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });
});

describe("the fetch option", () => {
  it("is called as a plain function, as a browser's fetch requires", async () => {
    const thisValues: unknown[] = [];
    const fetch = function (this: unknown): Promise<Response> {
      // A browser's fetch throws "Illegal invocation" when called on another object.
      thisValues.push(this);
      return Promise.resolve(json(200, modelInstance()));
    };
    await new SGPClient({ apiKey: "k", fetch }).modelGroups.models.create("g", "m");
    expect(thisValues).toEqual([undefined]);
  });
});
