/**
 * `client.POST`: openapi-fetch's typed POST over the client's transport. The client imports this
 * module on the first `client.POST`, not with the package: `create` does not need openapi-fetch,
 * which would otherwise be most of a browser bundle.
 */
import * as openapiFetch from "openapi-fetch";
import type { Client } from "openapi-fetch";
import { SGPError } from "./errors.js";
import type { HeaderValue } from "./options.js";
import { serializePath } from "./path.js";
import type { Outgoing, Send } from "./transport.js";
import type { paths } from "./types.js";

/** The type of `client.POST`. */
export type Post = Client<paths>["POST"];

/** What `client.POST` needs from its client. */
export interface PostContext extends Pick<Outgoing, "timeoutMs" | "maxRetries"> {
  send: Send;
  baseURL: string;
  /** The only origin that may receive the request, and so the API key. */
  origin: string;
  headers: Record<string, HeaderValue>;
}

// In the CommonJS build, Node's interop makes the default import openapi-fetch's whole exports
// object (it sets __esModule, which Node ignores); its `default` is then createClient.
const createClient = ((openapiFetch.default as { default?: typeof openapiFetch.default }).default ??
  openapiFetch.default) as typeof openapiFetch.default;

/**
 * `send` as the fetch openapi-fetch calls: it takes openapi-fetch's Request and returns a
 * Response whose body is the text `send` already read, for openapi-fetch to parse.
 */
export function toFetch(context: PostContext): (request: Request) => Promise<Response> {
  const { send, origin, timeoutMs, maxRetries } = context;
  return async (request) => {
    const { method, url, headers, signal } = request;
    // A path like `@host/…` would move the request, and the key, to another host.
    const target = new URL(url);
    const what = `${method} ${target.pathname}`;
    if (target.origin !== origin) {
      throw new SGPError(
        `${what}: refusing to send the API key to ${target.origin}, which is not baseURL's origin (${origin}).`,
      );
    }
    const body = request.body ? await request.arrayBuffer() : undefined;
    const outgoing = { method, url, what, headers, body, signal, timeoutMs, maxRetries };
    const { response, text } = await send(outgoing);
    // 204, 205 and 304 cannot have a body (Fetch spec: null body status).
    const copy = new Response([204, 205, 304].includes(response.status) ? null : text, response);
    Object.defineProperty(copy, "url", { value: response.url });
    return copy;
  };
}

/** Builds `client.POST`. */
export function createPost(context: PostContext): Post {
  const api = createClient<paths>({
    baseUrl: context.baseURL,
    fetch: toFetch(context),
    headers: context.headers,
    pathSerializer: serializePath,
  });
  // openapi-fetch's JSON parser throws a bare SyntaxError on a JSON-labelled body that does not
  // parse; callers get an SGPError saying so instead.
  const post = api.POST as (url: string, init: unknown) => Promise<unknown>;
  return ((url: string, init: unknown) =>
    post(url, init).catch((error: unknown) => {
      throw error instanceof SyntaxError
        ? new SGPError(`POST ${url}: the response body is not valid JSON (${error.message}).`, {
            cause: error,
          })
        : error;
    })) as Post;
}
