/** Requests to the stand-in's add-model route, for the wire tests of `sgp-client/testing`. */
import { HTTP_METHODS } from "../../scripts/shared/openapi.js";
import type { TestServer } from "../../src/testing/index.js";
import { loadSpec } from "../helpers/spec.js";

/** The path template of the add-model route, whose handler the stand-in's store backs. */
export const ROUTE = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";
/** The add-model operation, as the spec validator names it. */
export const ROUTE_OPERATION = { method: "POST", path: ROUTE } as const;

/** The methods openapi.yaml declares for `template`, upper case, in the stand-in's order. */
export function declaredMethods(template: string = ROUTE): string[] {
  const item: Record<string, unknown> = loadSpec().paths[template] ?? {};
  return HTTP_METHODS.filter((method) => method in item).map((method) => method.toUpperCase());
}

/** Methods openapi.yaml does not declare for `template`: the stand-in answers them 405. */
export function undeclaredMethods(template: string = ROUTE): string[] {
  const declared = declaredMethods(template);
  return HTTP_METHODS.map((method) => method.toUpperCase()).filter(
    (method) => !declared.includes(method),
  );
}

/** The route's path for two ids, each percent-encoded as a client would. */
export function routePath(groupId: string, instanceId: string): string {
  return `/v4/model-groups/${encodeURIComponent(groupId)}/models/${encodeURIComponent(instanceId)}`;
}

/** The first seeded group and instance. */
export function demoPair(server: TestServer): [string, string] {
  const [groupId] = server.seeded.modelGroupIds;
  const [instanceId] = server.seeded.modelInstanceIds;
  if (groupId === undefined || instanceId === undefined) throw new Error("no seed data");
  return [groupId, instanceId];
}

/** A response with its body read: parsed when it is JSON, else the text. */
export interface ReadResponse {
  response: Response;
  body: unknown;
}

/** Fetches `url` and reads the whole body. */
export async function fetchAndRead(url: string, init: RequestInit = {}): Promise<ReadResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  const isJson = response.headers.get("content-type")?.startsWith("application/json") === true;
  return { response, body: isJson ? (JSON.parse(text) as unknown) : text };
}

/** POSTs to the route with the server's key unless `headers` say otherwise. */
export function post(
  server: TestServer,
  [groupId, instanceId]: [string, string] = demoPair(server),
  headers: Record<string, string> = { "x-api-key": server.apiKey },
): Promise<ReadResponse> {
  return fetchAndRead(server.url + routePath(groupId, instanceId), { method: "POST", headers });
}
