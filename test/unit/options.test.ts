import { describe, expect, it, vi } from "vitest";
import SGPClient, { DEFAULTS, SGPClientError, type ClientOptions } from "../../src/index.js";
import { json, recordingFetch } from "../helpers/recording-fetch.js";
import { modelInstance } from "../helpers/http-server.js";

function client(options: ClientOptions = {}) {
  const recorder = recordingFetch(() => json(200, modelInstance()));
  return { client: new SGPClient({ apiKey: "k", fetch: recorder.fetch, ...options }), ...recorder };
}

function constructError(options: unknown): SGPClientError {
  try {
    new SGPClient(options as ClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(SGPClientError);
    return error as SGPClientError;
  }
  throw new Error("the constructor did not throw");
}

describe("apiKey", () => {
  it("is required, and the error says how to provide it", () => {
    expect(constructError({}).message).toMatch(/Missing API key: pass `apiKey`.*SGP_API_KEY/);
  });

  it("treats an empty or blank key as missing", () => {
    vi.stubEnv("SGP_API_KEY", "   ");
    expect(constructError({ apiKey: "" }).message).toMatch(/Missing API key/);
  });

  it("falls back to SGP_API_KEY, trimmed", async () => {
    vi.stubEnv("SGP_API_KEY", "  env-key \n");
    const recorder = recordingFetch(() => json(200, modelInstance()));
    await new SGPClient({ fetch: recorder.fetch }).modelGroups.models.create("g", "m");
    expect(recorder.calls[0]?.headers.get("x-api-key")).toBe("env-key");
  });

  it("prefers the option over SGP_API_KEY", async () => {
    vi.stubEnv("SGP_API_KEY", "env-key");
    const { client: c, calls } = client({ apiKey: "option-key" });
    await c.modelGroups.models.create("g", "m");
    expect(calls[0]?.headers.get("x-api-key")).toBe("option-key");
  });

  it("refuses a key with a line break without printing the key", () => {
    const error = constructError({ apiKey: "abc\ndef-secret" });
    expect(error.message).toMatch(/holds a line break or control character/);
    expect(error.message).not.toContain("secret");
  });

  it("refuses a non-string key", () => {
    expect(constructError({ apiKey: 42 }).message).toMatch(/`apiKey`: expected a string/);
  });
});

describe("baseURL", () => {
  it("defaults to the production URL", () => {
    expect(new SGPClient({ apiKey: "k" }).baseURL).toBe(DEFAULTS.baseURL);
    expect(DEFAULTS.baseURL).toBe("https://api.egp.scale.com");
  });

  it("reads SGP_BASE_URL, then SGP_CLIENT_BASE_URL", () => {
    vi.stubEnv("SGP_CLIENT_BASE_URL", "http://127.0.0.1:2");
    expect(new SGPClient({ apiKey: "k" }).baseURL).toBe("http://127.0.0.1:2");
    vi.stubEnv("SGP_BASE_URL", "http://127.0.0.1:1");
    expect(new SGPClient({ apiKey: "k" }).baseURL).toBe("http://127.0.0.1:1");
    expect(new SGPClient({ apiKey: "k", baseURL: "http://127.0.0.1:3" }).baseURL).toBe(
      "http://127.0.0.1:3",
    );
  });

  it("keeps a base path, whatever the trailing slashes", async () => {
    for (const baseURL of ["http://127.0.0.1:5003/public", "http://127.0.0.1:5003/public///"]) {
      const { client: c, calls } = client({ baseURL });
      await c.modelGroups.models.create("g", "m");
      expect(calls[0]?.url).toBe("http://127.0.0.1:5003/public/v4/model-groups/g/models/m");
    }
  });

  it.each([
    "api.egp.scale.com",
    "ftp://example.test",
    "",
    "http://user:pw@127.0.0.1",
    "https://x.test/?q=1",
    7,
  ])("refuses %j, naming the option and the expected value", (baseURL) => {
    expect(constructError({ apiKey: "k", baseURL }).message).toMatch(
      /Invalid option `baseURL`: expected an absolute http\(s\) URL without query or credentials/,
    );
  });
});

describe("accountId", () => {
  it("is sent as x-selected-account-id, from the option or SGP_ACCOUNT_ID", async () => {
    vi.stubEnv("SGP_ACCOUNT_ID", "acct_env");
    const fromEnv = client();
    await fromEnv.client.modelGroups.models.create("g", "m");
    expect(fromEnv.calls[0]?.headers.get("x-selected-account-id")).toBe("acct_env");
    const fromOption = client({ accountId: "acct_opt" });
    await fromOption.client.modelGroups.models.create("g", "m");
    expect(fromOption.calls[0]?.headers.get("x-selected-account-id")).toBe("acct_opt");
  });

  it("is not sent when unset", async () => {
    const { client: c, calls } = client();
    await c.modelGroups.models.create("g", "m");
    expect(calls[0]?.headers.has("x-selected-account-id")).toBe(false);
  });

  it("refuses an empty account id", () => {
    expect(constructError({ apiKey: "k", accountId: " " }).message).toMatch(
      /`accountId`: expected a non-empty string/,
    );
  });
});

describe("option validation", () => {
  it.each([
    [{ timeout: 0 }, /`timeout`: expected a number of milliseconds ≥ 1, received 0/],
    [{ timeout: Number.NaN }, /`timeout`/],
    [{ timeout: "5s" }, /`timeout`: .*received "5s"/],
    [{ maxRetries: -1 }, /`maxRetries`: expected an integer ≥ 0/],
    [{ maxRetries: 1.5 }, /`maxRetries`: expected an integer ≥ 0/],
    [{ maxRetryDelay: -1 }, /`maxRetryDelay`/],
    [{ defaultHeaders: "x" }, /`defaultHeaders`: expected an object/],
    [
      { defaultHeaders: { "bad header": "x" } },
      /`defaultHeaders`: header "bad header" needs a valid name/,
    ],
    [
      { defaultHeaders: { "x-a": "line\nbreak" } },
      /`defaultHeaders`: header "x-a" needs a valid name and a string value without line breaks \(or null, to remove it\)/,
    ],
    [{ defaultHeaders: { "x-a": 5 } }, /header "x-a" needs/],
    [{ fetch: "nope" }, /`fetch`: expected a function/],
    [
      { fetchOptions: { redirect: "follow", signal: null } },
      /`fetchOptions`: signal, redirect belong to the client; use `defaultHeaders` for headers/,
    ],
    [{ fetchOptions: [] }, /`fetchOptions`: expected an object/],
    [
      { logLevel: "verbose" },
      /`logLevel`: expected off \| error \| warn \| info \| debug, received "verbose"/,
    ],
    [
      { logger: { info() {} } },
      /`logger`: expected an object with error, warn, info and debug methods/,
    ],
    [{ dangerouslyAllowBrowser: "yes" }, /`dangerouslyAllowBrowser`: expected a boolean/],
    [{ baseUrl: "http://x" }, /Unknown option `baseUrl`. Did you mean `baseURL`\?/],
    [{ retries: 3 }, /Unknown option `retries`. Known options: apiKey, baseURL/],
  ])("refuses %j with a message naming the option", (options, message) => {
    expect(constructError({ apiKey: "k", ...options }).message).toMatch(message);
  });

  it("refuses options that are not an object", () => {
    expect(constructError("k").message).toMatch(/`options`: expected an object/);
  });

  it("warns once about an unknown SGP_LOG level and carries on at the default level", () => {
    vi.stubEnv("SGP_LOG", "verbose\x1b]0;x\x07");
    const lines: string[] = [];
    const record = (message: string): void => void lines.push(message);
    const logger = { error: record, warn: record, info: record, debug: record };
    const client = new SGPClient({ apiKey: "k", logger });
    expect(client).toBeInstanceOf(SGPClient);
    expect(lines).toEqual([
      '[sgp-client] SGP_LOG is "verbose\\u001b]0;x\\u0007", which is not a log level (off, error, warn, info, debug); using "warn".',
    ]);
  });

  it("lets a logLevel passed in code win over SGP_LOG, without reading it", () => {
    vi.stubEnv("SGP_LOG", "loud");
    const warn = vi.fn();
    const logger = { error: warn, warn, info: warn, debug: warn };
    new SGPClient({ apiKey: "k", logLevel: "off", logger });
    expect(warn).not.toHaveBeenCalled();
  });

  it("exposes the resolved timeout and retries, defaults included", () => {
    const c = new SGPClient({ apiKey: "k" });
    expect([c.timeout, c.maxRetries]).toEqual([60_000, 2]);
    expect(DEFAULTS).toMatchObject({
      timeout: 60_000,
      maxRetries: 2,
      maxRetryDelay: 60_000,
      logLevel: "warn",
    });
  });

  it("reads no environment where process.env does not exist", () => {
    vi.stubEnv("SGP_API_KEY", "env-key");
    const env = process.env;
    try {
      // @ts-expect-error -- simulating a runtime without process.env
      process.env = undefined;
      expect(() => new SGPClient()).toThrow(/Missing API key/);
    } finally {
      process.env = env;
    }
  });

  it("treats a refused read of the environment as unset, as Deno without --allow-env refuses it", () => {
    const descriptor = Object.getOwnPropertyDescriptor(process, "env")!;
    const notCapable = (): never => {
      throw Object.assign(new Error('Requires env access to "SGP_LOG"'), { name: "NotCapable" });
    };
    try {
      Object.defineProperty(process, "env", { get: notCapable, configurable: true });
      const client = new SGPClient({ apiKey: "k", baseURL: "https://sgp.test" });
      expect(client.baseURL).toBe("https://sgp.test");
      expect(() => new SGPClient()).toThrow(/Missing API key/);
    } finally {
      Object.defineProperty(process, "env", descriptor);
    }
  });

  it("needs a fetch when the runtime has none", () => {
    vi.stubGlobal("fetch", undefined);
    expect(constructError({ apiKey: "k" }).message).toMatch(
      /`fetch`: expected a function \(this runtime has no global fetch; pass one, e.g. undici's\), received undefined/,
    );
  });
});
