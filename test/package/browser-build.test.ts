/**
 * dist/index.browser.js, the build package.json's `browser` condition gives bundlers, leaves out
 * what only other runtimes need. Loaded here in Node, with a fetch the test supplies.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type * as Package from "../../src/index.js";
import { assertBuilt, DIST } from "../helpers/dist.js";
import { json, recordingFetch } from "../helpers/recording-fetch.js";

let browserBuild: typeof Package;

beforeAll(async () => {
  assertBuilt();
  const url = pathToFileURL(join(DIST, "index.browser.js")).href;
  browserBuild = (await import(url)) as typeof Package;
});

describe("the browser build", () => {
  it("reads no environment variable", () => {
    vi.stubEnv("SGP_API_KEY", "from-the-environment");
    expect(() => new browserBuild.SGPClient()).toThrow(
      "Missing API key: pass `apiKey` to new SGPClient({ apiKey }).",
    );
  });

  it("sends no user-agent, which browsers do not let scripts set", async () => {
    const { fetch, calls } = recordingFetch(() => json(200, { id: "mi_1" }));
    const client = new browserBuild.SGPClient({ apiKey: "k", fetch });
    await client.modelGroups.models.create("g", "m");
    expect(calls[0]?.headers.has("user-agent")).toBe(false);
    expect(calls[0]?.headers.get("x-api-key")).toBe("k");
  });

  it("follows no redirect, even a same-origin one: it fails with the 3xx", async () => {
    const { fetch, calls } = recordingFetch(
      () => new Response(null, { status: 302, headers: { location: "/elsewhere" } }),
    );
    const client = new browserBuild.SGPClient({ apiKey: "k", fetch, maxRetries: 0 });
    const error = await client.modelGroups.models.create("g", "m").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(browserBuild.APIError);
    expect((error as Package.APIError).status).toBe(302);
    expect(calls).toHaveLength(1);
  });
});
