/**
 * A TCP server on 127.0.0.1:0 that answers HTTP requests with bytes the test writes itself, for
 * answers node:http refuses to send: control characters in a reason phrase, Latin-1 bytes in a
 * header, a body of any size written as the client reads it. Closed when the test ends.
 */
import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { onTestFinished } from "vitest";

/** Writes the answer to request number `index` (from 0) on `socket`. */
export type RawHandler = (socket: Socket, index: number) => void;

export interface RawServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** How many requests arrived. */
  readonly requests: number;
}

/** Starts the server; each request's head is read before `handler` runs. */
export async function startRawServer(handler: RawHandler): Promise<RawServer> {
  let requests = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    let head = "";
    socket.on("data", function onData(chunk: Buffer) {
      head += chunk.toString("latin1");
      if (!head.includes("\r\n\r\n")) return;
      socket.off("data", onData);
      handler(socket, requests++);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
  };
}

/** An HTTP/1.1 answer as Latin-1 bytes: status line, headers, then a body with its length. */
export function rawAnswer(statusLine: string, headers: Record<string, string>, body = ""): Buffer {
  const bytes = Buffer.from(body, "utf8");
  const lines = [
    `HTTP/1.1 ${statusLine}`,
    ...Object.entries({ ...headers, "content-length": String(bytes.length) }).map(
      ([name, value]) => `${name}: ${value}`,
    ),
    "connection: close",
  ];
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), bytes]);
}

/**
 * Writes `totalBytes` of body after `head`, a chunk at a time as the client reads, stopping when
 * the client goes away: the server never holds more than one chunk.
 */
export function streamBody(socket: Socket, head: string, totalBytes: number): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let written = 0;
  socket.write(head, "latin1");
  const pump = (): void => {
    while (written < totalBytes && !socket.destroyed) {
      written += chunk.length;
      if (!socket.write(chunk)) return void socket.once("drain", pump);
    }
    socket.end();
  };
  pump();
}
