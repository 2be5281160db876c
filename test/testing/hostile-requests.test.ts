import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../src/testing/index.js";
import { demoPair, post, routePath } from "./route-request.js";

/** Writes `bytes` on a fresh connection and resolves with everything the server sends back. */
function exchange(server: TestServer, bytes: string): Promise<string> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("latin1")));
    socket.end(bytes);
  });
}

describe("the stand-in, sent hostile requests", () => {
  it("refuses a request with both Content-Length and Transfer-Encoding, and runs nothing smuggled in it", async () => {
    await using server = await createTestServer();
    const smuggled = "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n";
    const reply = await exchange(
      server,
      `POST ${routePath(...demoPair(server))} HTTP/1.1\r\nHost: x\r\nx-api-key: ${server.apiKey}\r\n` +
        `Content-Length: ${5 + smuggled.length}\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n${smuggled}`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(server.requests.map((request) => request.rawPath)).not.toContain("/smuggled");
    expect((await post(server)).response.status).toBe(200);
  });

  it("drains a 16 MiB body it does not read, and answers", async () => {
    await using server = await createTestServer();
    const huge = await fetch(server.url + routePath(...demoPair(server)), {
      method: "POST",
      headers: { "x-api-key": server.apiKey, "content-type": "application/octet-stream" },
      body: new Uint8Array(16 * 1024 * 1024),
    });
    expect(huge.status).toBe(200);
    expect(await huge.json()).toMatchObject({ id: demoPair(server)[1] });
    expect((await post(server)).response.status).toBe(200);
  });

  it("answers headers beyond Node's limit with 431, and keeps serving", async () => {
    await using server = await createTestServer();
    const reply = await exchange(
      server,
      `GET / HTTP/1.1\r\nHost: x\r\nx-padding: ${"a".repeat(32 * 1024)}\r\n\r\n`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 431 /);
    expect((await post(server)).response.status).toBe(200);
  });

  it("answers a request line that is not HTTP with 400, and keeps serving", async () => {
    await using server = await createTestServer();
    expect(await exchange(server, "\u001b[2J NOT HTTP\r\n\r\n")).toMatch(/^HTTP\/1\.1 400 /);
    expect((await post(server)).response.status).toBe(200);
  });
});
