import { describe, expect, it } from "vitest";
import SGPClient, { SGPClientError } from "../../src/index.js";
import { createLog } from "../../src/internal/log.js";
import { createRedactor } from "../../src/internal/redact.js";
import { LightRequest, type ClientRequest } from "../../src/internal/request.js";
import { createTransport, type TransportConfig } from "../../src/internal/transport.js";
import { modelInstance } from "../helpers/http-server.js";
import { json, recordingFetch } from "../helpers/recording-fetch.js";

function config(fetch: TransportConfig["fetch"]): TransportConfig {
  return {
    fetch,
    fetchOptions: {},
    origin: "https://sgp.test",
    timeoutMs: 1000,
    maxRetries: 2,
    maxRetryDelayMs: 60_000,
    log: createLog("off", console),
    redactor: createRedactor("k"),
    maxResponseSizeBytes: 10 * 1024 * 1024,
    sleep: async () => {},
    random: () => 0,
    now: () => 0,
  };
}

function request(init: RequestInit = {}): ClientRequest {
  return new LightRequest("https://sgp.test/x", {
    method: "POST",
    headers: new Headers(),
    ...init,
  }) as unknown as ClientRequest;
}

describe("createTransport", () => {
  it("returns the final response, its body read in full and served again by text() and json()", async () => {
    const transport = createTransport(config(async () => json(201, { ok: true })));
    const response = await transport(request());
    expect(response.status).toBe(201);
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).resolves.toBe('{"ok":true}');
    await expect(response.json()).resolves.toEqual({ ok: true });
  });

  it("gives clone() a fresh response with the same status, headers, url and body", async () => {
    const transport = createTransport(
      config(async () => json(200, { ok: true }, { "x-request-id": "r" })),
    );
    const copy = (await transport(request())).clone();
    expect([copy.status, copy.headers.get("x-request-id"), copy.url]).toEqual([
      200,
      "r",
      "https://sgp.test/x",
    ]);
    expect(await copy.arrayBuffer()).toEqual(new TextEncoder().encode('{"ok":true}').buffer);
  });

  it("clones a 204 without a body", async () => {
    const transport = createTransport(config(async () => new Response(null, { status: 204 })));
    const copy = (await transport(request())).clone();
    expect([copy.status, copy.body]).toEqual([204, null]);
  });

  it("rejects json() on a body that is not JSON with a SyntaxError, as Response.json() does", async () => {
    const transport = createTransport(config(async () => new Response("<html>oops</html>")));
    const response = await transport(request());
    await expect(response.json()).rejects.toBeInstanceOf(SyntaxError);
    await expect(response.text()).resolves.toBe("<html>oops</html>");
  });

  it("sends a request body again, whole, on every attempt, from a runtime's Request too", async () => {
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
    const real = new Request("https://sgp.test/x", { method: "POST", body: '{"a":1}' });
    const response = await transport(real as unknown as ClientRequest);
    expect(response.status).toBe(200);
    expect(bodies).toEqual(['{"a":1}', '{"a":1}']);
  });

  it("refuses a URL on another origin, before anything is sent", async () => {
    const { fetch, calls } = recordingFetch(() => json(200, {}));
    const transport = createTransport(config(fetch));
    const elsewhere = new LightRequest("https://sgp.test.evil.example/x", {
      method: "POST",
      headers: new Headers(),
    }) as unknown as ClientRequest;
    await expect(transport(elsewhere)).rejects.toThrow(SGPClientError);
    await expect(transport(elsewhere)).rejects.toThrow(
      /refusing to send the API key to https:\/\/sgp\.test\.evil\.example/,
    );
    expect(calls).toHaveLength(0);
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
