/** The clients the bench compares, each built into a function that makes one call. */
import type { paths } from "sgp-client";

/** The variants, in the order of the report. */
export const VARIANTS = [
  "fetch",
  "openapi-fetch",
  "openapi-fetch+timer",
  "create",
  "client.POST",
  "create+undici",
] as const;

/** One of {@link VARIANTS}. */
export type Variant = (typeof VARIANTS)[number];

/**
 * What a runner is started with. `modules` are `file:` URLs of the built package (dist/, never
 * src/), openapi-fetch and undici: the runner, compiled to a temporary directory, imports them.
 */
export interface RunnerConfig {
  variant: Variant;
  baseURL: string;
  groupId: string;
  instanceId: string;
  modules: { sgpClient: string; openapiFetch: string; undici: string };
}

/** Makes one call; rejects on anything but a parsed 2xx body. */
export type Call = () => Promise<unknown>;

const API_KEY = "sgp-bench-key";
const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

/** A typed POST's data; throws on its error, so that a broken variant stops the bench. */
const dataOf = ({ data, error }: { data?: unknown; error?: unknown }): unknown =>
  data ?? Promise.reject(new Error(`POST failed: ${JSON.stringify(error)}`));

/** Builds the call of `config.variant`. */
export async function createCall(config: RunnerConfig): Promise<Call> {
  const { variant, baseURL, groupId, instanceId, modules } = config;
  const path = { model_group_id: groupId, model_instance_id: instanceId };
  if (variant === "fetch") {
    const url = `${baseURL}/v4/model-groups/${groupId}/models/${instanceId}`;
    const init = { method: "POST", headers: { "x-api-key": API_KEY, accept: "application/json" } };
    return async () => {
      const response = await fetch(url, init);
      if (!response.ok) throw new Error(`POST ${url}: ${response.status}`);
      return response.json();
    };
  }
  if (variant === "openapi-fetch" || variant === "openapi-fetch+timer") {
    const openapiFetch = (await import(modules.openapiFetch)) as typeof import("openapi-fetch");
    const client = openapiFetch.default<paths>({ baseUrl: baseURL });
    client.use({ onRequest: ({ request }) => void request.headers.set("x-api-key", API_KEY) });
    if (variant === "openapi-fetch") {
      return async () => dataOf(await client.POST(PATH, { params: { path } }));
    }
    // The least any client with a timeout pays: a timer per call, and its AbortSignal on the
    // request, armed until the body is read (the same 60 s as SGPClient's default).
    return async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      try {
        return dataOf(await client.POST(PATH, { params: { path }, signal: controller.signal }));
      } finally {
        clearTimeout(timer);
      }
    };
  }
  const { SGPClient } = (await import(modules.sgpClient)) as typeof import("sgp-client");
  const undici =
    variant === "create+undici" && ((await import(modules.undici)) as typeof import("undici"));
  // undici's fetch is the DOM one at runtime; only its type declarations differ.
  const fetchOption = undici ? { fetch: undici.fetch as unknown as typeof fetch } : {};
  // Otherwise the defaults (2 retries, 60 s timeout): the server never faults, so none retries.
  const client = new SGPClient({ apiKey: API_KEY, baseURL, ...fetchOption });
  if (variant === "client.POST") {
    return async () => dataOf(await client.POST(PATH, { params: { path } }));
  }
  return () => client.modelGroups.models.create(groupId, instanceId);
}
