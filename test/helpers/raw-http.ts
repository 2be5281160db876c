/**
 * Sends one HTTP request with its path exactly as given, for paths that fetch would normalise
 * (`..`, `%2e%2e`): the WHATWG URL parser resolves dot segments, node:http does not.
 */
import { request, type IncomingHttpHeaders } from "node:http";

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequestInit {
  method?: string;
  /** The request target, sent byte for byte. */
  path: string;
  headers?: Record<string, string>;
}

/** Sends a request to `baseUrl` (scheme, host and port only) on a fresh connection. */
export function rawRequest(baseUrl: string, init: RawRequestInit): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname.replace(/^\[|\]$/g, ""),
        port,
        method: init.method ?? "GET",
        path: init.path,
        headers: init.headers ?? {},
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}
