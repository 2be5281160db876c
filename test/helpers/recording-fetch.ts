/** A fetch for unit tests: records each call and answers from a list of responders. */
import { STATUS_CODES } from "node:http";
import type { Fetch } from "../../src/index.js";

export interface RecordedCall {
  url: string;
  method: string;
  headers: Headers;
  init: RequestInit;
}

export type Responder = (call: RecordedCall) => Response | Promise<Response>;

export interface RecordingFetch {
  fetch: Fetch;
  calls: RecordedCall[];
}

/** Answers call n with responders[n] (the last one repeats). */
export function recordingFetch(...responders: Responder[]): RecordingFetch {
  const calls: RecordedCall[] = [];
  const fetch: Fetch = async (url, init) => {
    const call = { url, method: init.method ?? "GET", headers: new Headers(init.headers), init };
    calls.push(call);
    const responder = responders[Math.min(calls.length - 1, responders.length - 1)];
    if (!responder) throw new Error("recordingFetch: no responder");
    return responder(call);
  };
  return { fetch, calls };
}

/** A JSON response, with the reason phrase an HTTP/1.1 server sends. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText: STATUS_CODES[status] ?? "",
    headers: { "content-type": "application/json", ...headers },
  });
}
