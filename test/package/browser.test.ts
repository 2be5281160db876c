/**
 * The built ESM client in a real browser (Chromium through playwright-core): it calls the
 * stand-in across origins when allowed to, and refuses to start in a browser otherwise. The page
 * is bundled with code splitting, as a user's bundler does, so `client.POST` loads its chunk.
 */
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import type * as Testing from "../../src/testing/index.js";
import { assertBuilt, DIST } from "../helpers/dist.js";
import { startServer } from "../helpers/http-server.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const skipReason = hasChromium
  ? ""
  : ` (skipped: ${CHROMIUM} is not installed; apt-get install chromium, as .ci/run does)`;

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * The page's script: it imports the built client and exposes probes that read the stand-in's
 * URL, key and ids from the page's query string and return plain, serialisable results.
 */
const BROWSER_ENTRY = `
import SGPClient, { SGPError } from ${JSON.stringify(join(DIST, "index.js"))};

const query = new URLSearchParams(location.search);
const settings = {
  apiKey: query.get("apiKey"),
  baseURL: query.get("baseURL"),
  groupId: query.get("groupId"),
  instanceId: query.get("instanceId"),
};

function describeError(error) {
  return {
    name: error?.name,
    message: String(error?.message ?? error),
    isSGPError: error instanceof SGPError,
  };
}

const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";
const allowedClient = () =>
  new SGPClient({ apiKey: settings.apiKey, baseURL: settings.baseURL, dangerouslyAllowBrowser: true });
const postTo = (client) =>
  client
    .POST(PATH, {
      params: { path: { model_group_id: settings.groupId, model_instance_id: settings.instanceId } },
    })
    .then(
      ({ data, error, response }) => ({ status: response.status, data, error }),
      (error) => ({ thrown: describeError(error) }),
    );

window.sgpProbes = {
  async create() {
    try {
      const instance = await allowedClient().modelGroups.models.create(settings.groupId, settings.instanceId);
      return { instance };
    } catch (error) {
      return { error: describeError(error) };
    }
  },
  post() {
    return postTo(allowedClient());
  },
  async postTwice() {
    const client = allowedClient();
    return [await postTo(client), await postTo(client)];
  },
  async importsAgainAfterFailure() {
    const attempt = () => import("/probe-module.js").then(() => true, () => false);
    return { first: await attempt(), second: await attempt() };
  },
  construct() {
    try {
      new SGPClient({ apiKey: settings.apiKey, baseURL: settings.baseURL });
      return { constructed: true };
    } catch (error) {
      return { error: describeError(error) };
    }
  },
};
`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>sgp-client in a browser</title>
    <link rel="icon" href="data:,">
  </head>
  <body><script type="module" src="/bundle.js"></script></body>
</html>
`;

interface ProbeError {
  name: string | undefined;
  message: string;
  isSGPError: boolean;
}

interface Probes {
  create(): Promise<{ instance?: { id: string; model_group_id: string }; error?: ProbeError }>;
  post(): Promise<{
    status?: number;
    data?: { id: string; model_group_id: string };
    error?: unknown;
    thrown?: ProbeError;
  }>;
  postTwice(): Promise<
    { status?: number; data?: { id: string }; error?: unknown; thrown?: ProbeError }[]
  >;
  importsAgainAfterFailure(): Promise<{ first: boolean; second: boolean }>;
  construct(): { constructed?: true; error?: ProbeError };
}

declare global {
  interface Window {
    sgpProbes?: Probes;
  }
}

/** The page's script and its chunks, by URL path (`/bundle.js`, `/post-….js`, …). */
type Bundle = Map<string, string>;

async function bundleBrowserEntry(): Promise<Bundle> {
  const result = await build({
    stdin: { contents: BROWSER_ENTRY, resolveDir: DIST, sourcefile: "browser-entry.js" },
    bundle: true,
    splitting: true,
    outdir: "/page", // never written: write is false
    entryNames: "bundle",
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const files = result.outputFiles.map((file) => [`/${basename(file.path)}`, file.text] as const);
  if (!files.some(([path]) => path === "/bundle.js")) throw new Error("esbuild wrote no bundle");
  return new Map(files);
}

/**
 * Serves the page and its scripts from 127.0.0.1:0 until the test ends; returns its origin and
 * the paths requested, in order. Paths in `failOnce` answer 503 the first time they are asked for.
 */
async function servePage(
  bundle: Bundle,
  failOnce: string[] = [],
): Promise<{ origin: string; requested: string[] }> {
  const requested: string[] = [];
  const scripts = new Map([...bundle, ["/probe-module.js", "export default 1;\n"]]);
  const server = await startServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    requested.push(path);
    const script = scripts.get(path);
    if (path === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    } else if (failOnce.includes(path) && requested.indexOf(path) === requested.length - 1) {
      res.writeHead(503, { "content-type": "text/plain" }).end("unavailable, once");
    } else if (script !== undefined) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return { origin: server.origin, requested };
}

/** The chunk with openapi-fetch in it: esbuild heads each module's code with its source file. */
function postChunkOf(bundle: Bundle): string | undefined {
  return [...bundle.keys()].find((path) =>
    bundle.get(path)?.includes("// node_modules/openapi-fetch/"),
  );
}

describe.skipIf(!hasChromium)(`SGPClient in Chromium${skipReason}`, () => {
  let browser: Browser | undefined;
  let bundle: Bundle = new Map();
  let testing: typeof Testing;

  beforeAll(async () => {
    assertBuilt();
    testing = (await import(
      pathToFileURL(join(DIST, "testing", "index.js")).href
    )) as typeof Testing;
    bundle = await bundleBrowserEntry();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Opens the page in a fresh browser context, pointed at the stand-in, once its script has
   * run; the page's errors and console output come back for assertion messages.
   */
  async function openPage(
    server: Testing.TestServer,
    failOnce: string[] = [],
  ): Promise<{ page: Page; log: string[]; requested: string[] }> {
    if (!browser) throw new Error("Chromium did not start; see the beforeAll error");
    const context = await browser.newContext();
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const log: string[] = [];
    page.on("pageerror", (error) => log.push(`pageerror: ${error.message}`));
    page.on("console", (message) => log.push(`console.${message.type()}: ${message.text()}`));
    const query = new URLSearchParams({
      apiKey: server.apiKey,
      baseURL: server.url,
      groupId: server.seeded.modelGroupIds[0] ?? "",
      instanceId: server.seeded.modelInstanceIds[0] ?? "",
    });
    const { origin, requested } = await servePage(bundle, failOnce);
    await page.goto(`${origin}/?${query.toString()}`);
    await page.waitForFunction(() => window.sgpProbes !== undefined);
    return { page, log, requested };
  }

  it("adds a model instance across origins when dangerouslyAllowBrowser is set", async () => {
    await using server = await testing.createTestServer({ cors: true });
    const { page, log } = await openPage(server);
    const pageOrigin = new URL(page.url()).origin;
    expect(pageOrigin).not.toBe(new URL(server.url).origin);

    const result = await page.evaluate(() => window.sgpProbes!.create());

    const context = `page log:\n${log.join("\n")}\nresult: ${JSON.stringify(result)}`;
    expect(result.error, context).toBeUndefined();
    expect(result.instance, context).toMatchObject({
      id: server.seeded.modelInstanceIds[0],
      model_group_id: server.seeded.modelGroupIds[0],
    });
    // x-api-key is not a CORS-safelisted header, so Chromium asks the stand-in first.
    const methods = server.requests.map((request) => request.method);
    expect(methods, context).toEqual(["OPTIONS", "POST"]);
    expect(server.requests[1], context).toMatchObject({
      hasValidApiKey: true,
      headers: { origin: pageOrigin },
      pathParams: {
        model_group_id: server.seeded.modelGroupIds[0],
        model_instance_id: server.seeded.modelInstanceIds[0],
      },
    });
  }, 60_000);

  it("loads openapi-fetch's chunk on the first client.POST, not with the page", async () => {
    await using server = await testing.createTestServer({ cors: true });
    const { page, log, requested } = await openPage(server);
    const postChunk = postChunkOf(bundle);
    const context = (): string =>
      `page log:\n${log.join("\n")}\nrequested: ${requested.join(", ")}`;
    expect(postChunk, context()).toBeDefined();
    expect(requested, context()).not.toContain(postChunk);

    const result = await page.evaluate(() => window.sgpProbes!.post());

    expect(result, context()).toMatchObject({
      status: 200,
      data: {
        id: server.seeded.modelInstanceIds[0],
        model_group_id: server.seeded.modelGroupIds[0],
      },
    });
    expect(requested, context()).toContain(postChunk);
    // The CORS preflight carries no key; the POST carries the right one.
    expect(server.requests.map((request) => [request.method, request.hasValidApiKey])).toEqual([
      ["OPTIONS", false],
      ["POST", true],
    ]);
  }, 60_000);

  it("tries client.POST's chunk again after it failed to load, where the browser refetches", async (ctx) => {
    await using server = await testing.createTestServer({ cors: true });
    const postChunk = postChunkOf(bundle) ?? "(no chunk with openapi-fetch)";
    const { page, log, requested } = await openPage(server, [postChunk, "/probe-module.js"]);
    const context = (): string =>
      `page log:\n${log.join("\n")}\nrequested: ${requested.join(", ")}`;
    // Older browsers keep a failed module fetch for the page's lifetime (whatwg/html#6768);
    // newer ones fetch it again (whatwg/html#10327). Only the latter can recover.
    const probe = await page.evaluate(() => window.sgpProbes!.importsAgainAfterFailure());
    expect(probe.first, context()).toBe(false);
    if (!probe.second)
      ctx.skip("this Chromium keeps a failed module fetch for the page's lifetime");

    const [first, second] = await page.evaluate(() => window.sgpProbes!.postTwice());

    expect(first?.thrown?.message, context()).toMatch(/dynamically imported module/i);
    expect(second, context()).toMatchObject({
      status: 200,
      data: { id: server.seeded.modelInstanceIds[0] },
    });
    expect(
      requested.filter((path) => path === postChunk),
      context(),
    ).toHaveLength(2);
  }, 60_000);

  it("refuses to construct without dangerouslyAllowBrowser, and says why", async () => {
    await using server = await testing.createTestServer({ cors: true });
    const { page, log } = await openPage(server);

    const result = await page.evaluate(() => window.sgpProbes!.construct());

    const context = `page log:\n${log.join("\n")}\nresult: ${JSON.stringify(result)}`;
    expect(result.constructed, context).toBeUndefined();
    expect(result.error, context).toMatchObject({ name: "SGPError", isSGPError: true });
    expect(result.error?.message, context).toMatch(/browser/);
    expect(result.error?.message, context).toContain("dangerouslyAllowBrowser");
    expect(server.requests, context).toEqual([]);
  }, 60_000);
});
