/**
 * Real node:http servers on 127.0.0.1:0 for wire tests. Each records what it received and is
 * closed, with every connection, when the test ends.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { onTestFinished } from "vitest";

export interface ReceivedRequest {
  method: string;
  /** The request target exactly as sent, still percent-encoded. */
  url: string;
  headers: IncomingMessage["headers"];
}

export type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  received: ReceivedRequest[];
}

/** Starts a server that hands request number `index` (from 0) to `handler`. */
export async function startServer(handler: Handler): Promise<LoopbackServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    handler(req, res, received.length - 1);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, received };
}

/** Answers JSON with a status and headers. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** A valid ModelInstance as the API sends it. */
export function modelInstance(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "mi_1",
    name: "gpt-4o",
    model_type: "CHAT_COMPLETION",
    model_vendor: "OPENAI",
    created_at: "2024-09-12T14:03:27Z",
    account_id: "acct_1",
    created_by_user_id: "user_1",
    request_schema: {},
    response_schema: {},
    deployment_count: 0,
    supports_multi_turn: true,
    model_group_id: "mg_1",
    ...overrides,
  };
}
