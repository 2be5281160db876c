import { describe, expect, it } from "vitest";
import SGPClient, { APIError, SGPClientError } from "../../src/index.js";
import { modelInstance, sendJson, startServer } from "../helpers/http-server.js";
import { recordingFetch } from "../helpers/recording-fetch.js";

const PATH = "/v4/model-groups/mg_1/models/mi_1";

function redirect(status: number, location: string) {
  return (_req: unknown, res: import("node:http").ServerResponse) => {
    res.writeHead(status, { location, "content-length": "0" });
    res.end();
  };
}

describe("redirects", () => {
  it("does not follow a 307 to another origin, so the key never reaches it", async () => {
    const other = await startServer((_req, res) => sendJson(res, 200, modelInstance()));
    const api = await startServer(redirect(307, `${other.origin}${PATH}`));
    const client = new SGPClient({ apiKey: "secret-key-307", baseURL: api.origin });
    const error = (await client.modelGroups.models
      .create("mg_1", "mi_1")
      .catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(307);
    expect(error.message).toBe(
      `POST ${PATH} failed: 307 Temporary Redirect. It redirects to another origin (${other.origin}), not followed so that the API key is not sent there; if the API moved, set baseURL to its new address`,
    );
    expect(other.received).toEqual([]);
    expect(api.received).toHaveLength(1);
  });

  it("treats localhost and 127.0.0.1 as different origins", async () => {
    const api = await startServer((req, res) =>
      redirect(308, `http://localhost:${req.socket.localPort}${PATH}`)(req, res),
    );
    const client = new SGPClient({ apiKey: "k", baseURL: api.origin });
    await expect(client.modelGroups.models.create("mg_1", "mi_1")).rejects.toThrow(
      /another origin \(http:\/\/localhost:\d+\)/,
    );
    expect(api.received).toHaveLength(1);
  });

  it("follows a same-origin 302, with the key, as fetch would (POST becomes GET)", async () => {
    const api = await startServer((req, res) =>
      req.url === PATH
        ? redirect(302, `/moved${PATH}`)(req, res)
        : sendJson(res, 200, modelInstance()),
    );
    const client = new SGPClient({ apiKey: "k-302", baseURL: api.origin, accountId: "acct_1" });
    await expect(client.modelGroups.models.create("mg_1", "mi_1")).resolves.toEqual(
      modelInstance(),
    );
    expect(
      api.received.map((r) => [
        r.method,
        r.url,
        r.headers["x-api-key"],
        r.headers["x-selected-account-id"],
      ]),
    ).toEqual([
      ["POST", PATH, "k-302", "acct_1"],
      ["GET", `/moved${PATH}`, "k-302", "acct_1"],
    ]);
  });

  it("keeps POST on a same-origin 307 and 308", async () => {
    const api = await startServer((req, res, i) =>
      i === 0
        ? redirect(307, `/a${PATH}`)(req, res)
        : i === 1
          ? redirect(308, `/b${PATH}`)(req, res)
          : sendJson(res, 200, modelInstance()),
    );
    const client = new SGPClient({ apiKey: "k", baseURL: api.origin });
    await client.modelGroups.models.create("mg_1", "mi_1");
    expect(api.received.map((r) => [r.method, r.url])).toEqual([
      ["POST", PATH],
      ["POST", `/a${PATH}`],
      ["POST", `/b${PATH}`],
    ]);
  });

  it("stops after 5 redirects", async () => {
    const api = await startServer((req, res, i) => redirect(302, `/loop/${i}`)(req, res));
    const client = new SGPClient({ apiKey: "k", baseURL: api.origin });
    await expect(client.modelGroups.models.create("mg_1", "mi_1")).rejects.toThrow(
      /302 Found\. More than 5 redirects$/,
    );
    expect(api.received).toHaveLength(6);
  });

  it("returns a redirect without Location as the error it is", async () => {
    const api = await startServer((_req, res) => {
      res.writeHead(301);
      res.end();
    });
    const client = new SGPClient({ apiKey: "k", baseURL: api.origin });
    const error = (await client.modelGroups.models
      .create("mg_1", "mi_1")
      .catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(301);
  });

  it("refuses a redirect the runtime hides (a browser's opaque redirect)", async () => {
    const opaque = {
      type: "opaqueredirect",
      status: 0,
      headers: new Headers(),
      body: null,
    } as unknown as Response;
    const { fetch, calls } = recordingFetch(() => opaque);
    const client = new SGPClient({ apiKey: "k", fetch });
    const error = await client.modelGroups.models.create("mg_1", "mi_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SGPClientError);
    expect((error as Error).message).toMatch(
      /was redirected, and this runtime hides where to: refused, so the API key cannot reach another origin/,
    );
    expect(calls[0]?.init.redirect).toBe("manual");
    expect(calls).toHaveLength(1);
  });
});
