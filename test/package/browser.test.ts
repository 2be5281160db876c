/**
 * The built ESM client in a real browser (Chromium through playwright-core): it calls the
 * stand-in across origins when allowed to, and refuses to start in a browser otherwise. The page
 * is one bundle, openapi-fetch included, as a user's bundler makes it.
 *
 * Chromium is `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. Without it, CI (`CI=true`)
 * fails with the command that installs it, so a runner without a browser never passes silently;
 * elsewhere the tests are skipped, and the run's output says why.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import type * as Testing from "../../src/testing/index.js";
import { assertBuilt, DIST } from "../helpers/dist.js";
import { startServer } from "../helpers/http-server.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const isCI = ["true", "1"].includes(process.env["CI"]?.toLowerCase() ?? "");
const MISSING_CHROMIUM =
  `${CHROMIUM} is not installed: install it with \`sudo apt-get install -y chromium\` ` +
  "(what .ci/run does), or set CHROMIUM_PATH to a Chromium executable";

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
import SGPClient, { SGPClientError } from ${JSON.stringify(join(DIST, "index.browser.js"))};

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
    isSGPError: error instanceof SGPClientError,
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
  async withMiddleware() {
    const client = allowedClient().use({
      // A header the stand-in's CORS policy allows, so the preflight lets it through.
      onRequest: ({ request }) => void request.headers.set("x-selected-account-id", "acct_page"),
    });
    try {
      return { instance: await client.modelGroups.models.create(settings.groupId, settings.instanceId) };
    } catch (error) {
      return { error: describeError(error) };
    }
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
  withMiddleware(): Promise<{ instance?: { id: string }; error?: ProbeError }>;
  construct(): { constructed?: true; error?: ProbeError };
}

declare global {
  interface Window {
    sgpProbes?: Probes;
  }
}

/** The page's script, bundled into one file as a user's bundler would. */
async function bundleBrowserEntry(): Promise<string> {
  const result = await build({
    stdin: { contents: BROWSER_ENTRY, resolveDir: DIST, sourcefile: "browser-entry.js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error("esbuild wrote no bundle");
  return file.text;
}

/** Serves the page and its script from 127.0.0.1:0 until the test ends; returns its origin. */
async function servePage(bundle: string): Promise<string> {
  const server = await startServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    } else if (path === "/bundle.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(bundle);
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return server.origin;
}

// Registered only without Chromium, so that a run with it counts no skipped test.
if (!hasChromium) {
  describe("Chromium for the browser tests", () => {
    if (isCI) {
      it("is installed on CI", () => {
        throw new Error(`CI=true, but ${MISSING_CHROMIUM}.`);
      });
    } else {
      it("is installed here, else the browser tests are skipped", (context) => {
        // A skip note alone stays inside the reporter's data; this line reaches the run's output.
        console.warn(`Skipping the browser tests: ${MISSING_CHROMIUM}.`);
        context.skip(MISSING_CHROMIUM);
      });
    }
  });
}

describe.skipIf(!hasChromium)("SGPClient in Chromium", () => {
  let browser: Browser | undefined;
  let bundle = "";
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
  async function openPage(server: Testing.TestServer): Promise<{ page: Page; log: string[] }> {
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
    await page.goto(`${await servePage(bundle)}/?${query.toString()}`);
    await page.waitForFunction(() => window.sgpProbes !== undefined);
    return { page, log };
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

  it("calls client.POST across origins, with the key on the POST and not the preflight", async () => {
    await using server = await testing.createTestServer({ cors: true });
    const { page, log } = await openPage(server);

    const result = await page.evaluate(() => window.sgpProbes!.post());

    const context = `page log:\n${log.join("\n")}\nresult: ${JSON.stringify(result)}`;
    expect(result, context).toMatchObject({
      status: 200,
      data: {
        id: server.seeded.modelInstanceIds[0],
        model_group_id: server.seeded.modelGroupIds[0],
      },
    });
    expect(server.requests.map((request) => [request.method, request.hasValidApiKey])).toEqual([
      ["OPTIONS", false],
      ["POST", true],
    ]);
  }, 60_000);

  it("runs middleware in the page: it gets a Request it can change", async () => {
    await using server = await testing.createTestServer({ cors: true });
    const { page, log } = await openPage(server);

    const result = await page.evaluate(() => window.sgpProbes!.withMiddleware());

    const context = `page log:\n${log.join("\n")}\nresult: ${JSON.stringify(result)}`;
    expect(result.instance?.id, context).toBe(server.seeded.modelInstanceIds[0]);
    expect(server.requests.at(-1)?.accountId, context).toBe("acct_page");
  }, 60_000);

  it("refuses to construct without dangerouslyAllowBrowser, and says why", async () => {
    await using server = await testing.createTestServer({ cors: true });
    const { page, log } = await openPage(server);

    const result = await page.evaluate(() => window.sgpProbes!.construct());

    const context = `page log:\n${log.join("\n")}\nresult: ${JSON.stringify(result)}`;
    expect(result.constructed, context).toBeUndefined();
    expect(result.error, context).toMatchObject({ name: "SGPClientError", isSGPError: true });
    expect(result.error?.message, context).toMatch(/browser/);
    expect(result.error?.message, context).toContain("dangerouslyAllowBrowser");
    expect(server.requests, context).toEqual([]);
  }, 60_000);
});
