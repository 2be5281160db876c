import { describe, expect, it } from "vitest";
import { createLog } from "../../src/log.js";
import { toFetch, type PostContext } from "../../src/post.js";
import { createTransport, type Send, type TransportConfig } from "../../src/transport.js";
import { json, recordingFetch } from "../helpers/recording-fetch.js";
import SGPClient from "../../src/index.js";
import { modelInstance } from "../helpers/http-server.js";

function config(fetch: TransportConfig["fetch"]): TransportConfig {
  return {
    fetch,
    fetchOptions: {},
    origin: "https://sgp.test",
    maxRetryDelayMs: 60_000,
    log: createLog("off", console),
    secret: "k",
    sleep: async () => {},
    random: () => 0,
    now: () => 0,
  };
}

const DEFAULTS = { timeoutMs: 1000, maxRetries: 2 };

function postContext(send: Send): PostContext {
  return {
    ...DEFAULTS,
    send,
    baseURL: "https://sgp.test",
    origin: "https://sgp.test",
    headers: {},
  };
}

describe("createTransport", () => {
  it("returns the final response with its body text, read in full", async () => {
    const send = createTransport(config(async () => json(201, { ok: true })));
    const { response, text } = await send({
      ...DEFAULTS,
      method: "POST",
      url: "https://sgp.test/x",
      what: "POST /x",
      headers: new Headers(),
    });
    expect([response.status, text]).toEqual([201, '{"ok":true}']);
  });
});

describe("toFetch", () => {
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
    const transport = toFetch(postContext(createTransport(config(fetch))));
    const response = await transport(
      new Request("https://sgp.test/x", { method: "POST", body: '{"a":1}' }),
    );
    expect(response.status).toBe(200);
    expect(bodies).toEqual(['{"a":1}', '{"a":1}']);
  });

  it("returns a fully read copy that keeps status, headers and url", async () => {
    const original = json(201, { ok: true }, { "x-request-id": "r" });
    Object.defineProperty(original, "url", { value: "https://sgp.test/x" });
    const transport = toFetch(postContext(createTransport(config(async () => original))));
    const response = await transport(new Request("https://sgp.test/x", { method: "POST" }));
    expect([response.status, response.headers.get("x-request-id"), response.url]).toEqual([
      201,
      "r",
      "https://sgp.test/x",
    ]);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("passes a 204 through without a body", async () => {
    const send = createTransport(config(async () => new Response(null, { status: 204 })));
    const response = await toFetch(postContext(send))(
      new Request("https://sgp.test/x", { method: "POST" }),
    );
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });
});

describe("loadPost", () => {
  it("gives the same module whether loaded lazily (ESM build) or bundled in (CommonJS build)", async () => {
    const { loadPost } = await import("../../src/load-post.js");
    const { loadPost: loadPostStatic } = await import("../../src/load-post-static.js");
    const [lazy, bundled] = await Promise.all([loadPost(), loadPostStatic()]);
    expect(typeof lazy.createPost).toBe("function");
    expect(bundled.createPost).toBe(lazy.createPost);
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
