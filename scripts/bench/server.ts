/**
 * The bench server, answering every `POST` to one model-group path with what the built
 * `sgp-client/testing` stand-in answers there (a seeded ModelInstance), over keep-alive
 * connections. It runs in the bench's own process; every client runs in a process of its own.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { RunnerConfig } from "./variants.js";

/** A listening bench server, with what runners need to call it. */
export type BenchServer = Pick<RunnerConfig, "baseURL" | "groupId" | "instanceId"> & {
  bodyBytes: number;
  close(): void;
};

/** Idle sockets must outlive the other variants' turns; Node's default is 5 s. */
const KEEP_ALIVE_TIMEOUT_MS = 120_000;

/** What the stand-in at `testingUrl` (dist/testing) answers for its seeded demo pair. */
async function askStandIn(testingUrl: string): Promise<{ ids: string[]; body: Buffer }> {
  type Testing = typeof import("sgp-client/testing");
  const { createTestServer, TEST_API_KEY } = (await import(testingUrl)) as Testing;
  const standIn = await createTestServer();
  const ids = [standIn.seeded.modelGroupIds[0] ?? "", standIn.seeded.modelInstanceIds[0] ?? ""];
  const init = { method: "POST", headers: { "x-api-key": TEST_API_KEY } };
  const response = await fetch(`${standIn.url}/v4/model-groups/${ids[0]}/models/${ids[1]}`, init);
  const body = Buffer.from(await response.arrayBuffer());
  await standIn.close();
  if (!response.ok) throw new Error(`the stand-in answered ${response.status}: ${String(body)}`);
  return { ids, body };
}

/** Serves the stand-in's answer on 127.0.0.1, port 0. */
export async function startServer(testingUrl: string): Promise<BenchServer> {
  const {
    ids: [groupId = "", instanceId = ""],
    body,
  } = await askStandIn(testingUrl);
  const path = `/v4/model-groups/${groupId}/models/${instanceId}`;
  const notFound = Buffer.from(JSON.stringify({ detail: "Not Found" }));
  const server = createServer((req, res) => {
    req.resume();
    const payload = req.method === "POST" && req.url === path ? body : notFound;
    // No `connection` header: Node then sends `Keep-Alive: timeout=…`, which clients honour.
    res.writeHead(payload === body ? 200 : 404, {
      "content-type": "application/json",
      "content-length": payload.byteLength,
      "x-request-id": "req_bench",
    });
    res.end(payload);
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = (): void => void server.close().closeAllConnections();
  return { baseURL, groupId, instanceId, bodyBytes: body.byteLength, close };
}
