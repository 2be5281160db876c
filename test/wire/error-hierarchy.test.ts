import { createServer, type AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import SGPClient, * as exported from "../../src/index.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  SGPClientError,
} from "../../src/index.js";
import { createTestServer } from "../../src/testing/index.js";

/** A loopback origin that refuses connections: a port that was just free. */
async function refusingOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** What `catch (e) { if (e instanceof APIError) … }` sees for a call. */
async function caught(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    if (error instanceof APIError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("catch (e) { if (e instanceof APIError) }", () => {
  it("catches a refused connection, with status undefined", async () => {
    const client = new SGPClient({ apiKey: "k", baseURL: await refusingOrigin(), maxRetries: 0 });
    const error = await caught(client.modelGroups.models.create("g", "m"));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIError).status).toBeUndefined();
    expect((error as Error).message).toMatch(/no response from 127\.0\.0\.1:\d+ \(ECONNREFUSED/);
  });

  it("catches a timeout", async () => {
    await using server = await createTestServer();
    server.injectFault({ delayMs: 1_000 });
    const client = new SGPClient({ apiKey: server.apiKey, baseURL: server.url, maxRetries: 0 });
    const error = await caught(client.modelGroups.models.create("g", "m", { timeout: 20 }));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIError).status).toBeUndefined();
  });

  it("catches an abort, with the signal's reason as its cause", async () => {
    await using server = await createTestServer();
    server.injectFault({ delayMs: 1_000 });
    const client = new SGPClient({ apiKey: server.apiKey, baseURL: server.url });
    const controller = new AbortController();
    const reason = new Error("the user closed the page");
    const call = client.modelGroups.models.create("g", "m", { signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort(reason);
    const error = await caught(call);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as APIError).status).toBeUndefined();
    expect((error as Error).cause).toBe(reason);
  });
});

describe("the error classes", () => {
  const classes = Object.entries(exported as Record<string, unknown>).filter(
    (entry): entry is [string, typeof SGPClientError] =>
      typeof entry[1] === "function" && entry[1].prototype instanceof SGPClientError,
  );

  it("nest as in the official SDKs", () => {
    expect(APIError.prototype).toBeInstanceOf(SGPClientError);
    expect(APIConnectionTimeoutError.prototype).toBeInstanceOf(APIConnectionError);
    for (const [name, ErrorClass] of classes) {
      if (name !== "APIError") expect(ErrorClass.prototype, name).toBeInstanceOf(APIError);
    }
    expect(classes.length).toBeGreaterThanOrEqual(13);
  });

  it("are static properties of SGPClient, but for the validation error", () => {
    const statics = Object.fromEntries(
      classes.map(([name]) => [name, (SGPClient as unknown as Record<string, unknown>)[name]]),
    );
    const expected = Object.fromEntries(
      classes.filter(([name]) => name !== "APIResponseValidationError"),
    );
    expect({ ...statics, APIResponseValidationError: undefined }).toEqual({
      ...expected,
      APIResponseValidationError: undefined,
    });
    expect(SGPClient.SGPClientError).toBe(SGPClientError);
  });
});
