/**
 * One function per variant that makes a single call and returns the parsed ModelInstance. The
 * modules are imported by URL so the runner, compiled to a temporary directory, still loads the
 * built package and node_modules of this checkout.
 */
import type { ModuleUrls, Variant } from "./bench-protocol.js";

/** Makes one call; rejects on anything but a parsed 2xx body. */
export type Call = () => Promise<unknown>;

const API_KEY = "sgp-bench-key";
const GROUP_ID = "mg_01hq2r6m3x8v9c4b7n5k2j1h0g";
const INSTANCE_ID = "mi_01hq2r8f5w3t7y6u1i9o0p2a4s";
const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

type SgpClientModule = typeof import("sgp-client");
type OpenapiFetchModule = typeof import("openapi-fetch");
type UndiciModule = typeof import("undici");
type Fetch = NonNullable<ConstructorParameters<SgpClientModule["SGPClient"]>[0]>["fetch"];

async function rawFetch(baseURL: string): Promise<Call> {
  return async () => {
    const url = `${baseURL}/v4/model-groups/${GROUP_ID}/models/${INSTANCE_ID}`;
    const response = await fetch(url, {
      method: "POST",
      headers: { "x-api-key": API_KEY, accept: "application/json" },
    });
    if (!response.ok) throw new Error(`POST ${url}: ${response.status}`);
    return response.json();
  };
}

async function openapiFetch(baseURL: string, modules: ModuleUrls): Promise<Call> {
  const { default: createClient } = (await import(modules.openapiFetch)) as OpenapiFetchModule;
  const client = createClient<import("sgp-client").paths>({
    baseUrl: baseURL,
    headers: { "x-api-key": API_KEY },
  });
  const path = { model_group_id: GROUP_ID, model_instance_id: INSTANCE_ID };
  return async () => {
    const { data, response } = await client.POST(PATH, { params: { path } });
    if (data === undefined) throw new Error(`POST ${PATH}: ${response.status}`);
    return data;
  };
}

async function sgpClient(baseURL: string, modules: ModuleUrls, useUndici: boolean): Promise<Call> {
  const { SGPClient } = (await import(modules.sgpClient)) as SgpClientModule;
  let undiciOptions = {};
  if (useUndici) {
    const { fetch } = (await import(modules.undici)) as UndiciModule;
    // undici's Response is structurally the DOM one; only its type declarations differ. No
    // `dispatcher`: its default Agent already opens a socket per concurrent request, and an
    // `Agent({ connections: 64, pipelining: 1 })` measured no better in trial runs.
    undiciOptions = { fetch: fetch as unknown as Fetch };
  }
  // Defaults otherwise: retries on (2), 60 s timeout, no faults from the server.
  const client = new SGPClient({ apiKey: API_KEY, baseURL, ...undiciOptions });
  return () => client.modelGroups.models.create(GROUP_ID, INSTANCE_ID);
}

/** Builds the call of `variant` against `baseURL`. */
export function createCall(variant: Variant, baseURL: string, modules: ModuleUrls): Promise<Call> {
  switch (variant) {
    case "fetch":
      return rawFetch(baseURL);
    case "openapi-fetch":
      return openapiFetch(baseURL, modules);
    case "sgp-client":
      return sgpClient(baseURL, modules, false);
    case "sgp-client+undici":
      return sgpClient(baseURL, modules, true);
  }
}
