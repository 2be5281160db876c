/**
 * The bench server, run in its own process so that its CPU is not counted as the client's:
 * answers `POST /v4/model-groups/{g}/models/{m}` with a fixed ModelInstance over keep-alive
 * connections, and reports its port to the parent over IPC.
 *
 * Usage (by scripts/bench.ts): fork(thisFile, [bodyJson])
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { ServerReady } from "./bench-protocol.js";

const ROUTE_RE = /^\/v4\/model-groups\/[^/?]+\/models\/[^/?]+$/;
// Long enough that no idle connection closes between the warm-up and the measured run.
const KEEP_ALIVE_TIMEOUT_MS = 120_000;

function start(bodyJson: string): void {
  const body = Buffer.from(bodyJson);
  const headers = {
    "content-type": "application/json",
    "content-length": String(body.byteLength),
    // No `connection` header here: only when Node writes it does it add `Keep-Alive: timeout=`,
    // which tells clients to keep idle sockets (undici's own default is 4 s) between rounds.
  };
  const server = createServer((req, res) => {
    // Drain whatever the client sent so the connection stays reusable.
    req.resume();
    if (req.method === "POST" && ROUTE_RE.test(req.url ?? "")) {
      res.writeHead(200, headers);
      res.end(body);
      return;
    }
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ detail: `no route for ${req.method} ${req.url}` }));
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  server.listen(0, "127.0.0.1", () => {
    const ready: ServerReady = { kind: "ready", port: (server.address() as AddressInfo).port };
    process.send?.(ready);
  });
  // The parent going away (even killed) closes the IPC channel: do not outlive it.
  process.on("disconnect", () => process.exit(0));
}

const bodyJson = process.argv[2];
if (bodyJson === undefined || process.send === undefined) {
  console.error("bench-server: start it from scripts/bench.ts (npm run bench), not directly.");
  process.exit(2);
}
start(bodyJson);
