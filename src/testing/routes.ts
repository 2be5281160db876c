import type { HTTPValidationError } from "../types.js";
import { detailAnswer, jsonAnswer, type Answer } from "./respond.js";
import type { ModelStore } from "./store.js";
import type { PathParams } from "./types.js";

/** What a raw request path is, for routing. */
export type PathMatch =
  { kind: "route"; params: PathParams } | { kind: "unknown" } | { kind: "malformed" };

/** What the route needs to know about a request. */
export interface RouteRequest {
  method: string;
  match: PathMatch;
  apiKey: string | undefined;
  accepted: ReadonlySet<string>;
  /** The `x-selected-account-id` header, when sent. */
  accountId: string | undefined;
}

/**
 * Matches a raw request target against `/v4/model-groups/{model_group_id}/models/{model_instance_id}`.
 * Each segment is percent-decoded on its own, after splitting on `/`, so that an encoded `/`
 * (`%2F`) stays inside its id and `%2e%2e` is an id, not a step up (RFC 3986 §2.4, §3.3).
 * An empty id does not match, as in Starlette, whose `{param}` matches `[^/]+`: FastAPI answers
 * `/v4/model-groups//models/x` with its 404, never with a 422.
 */
export function matchPath(rawPath: string): PathMatch {
  const queryStart = rawPath.indexOf("?");
  const pathname = queryStart === -1 ? rawPath : rawPath.slice(0, queryStart);
  let segments: string[];
  try {
    segments = pathname.split("/").map((segment) => decodeURIComponent(segment));
  } catch {
    return { kind: "malformed" };
  }
  const [root, version, groups, groupId, models, instanceId, ...rest] = segments;
  const isRoute =
    root === "" &&
    version === "v4" &&
    groups === "model-groups" &&
    models === "models" &&
    groupId !== undefined &&
    groupId !== "" &&
    instanceId !== undefined &&
    instanceId !== "" &&
    rest.length === 0;
  return isRoute
    ? { kind: "route", params: { model_group_id: groupId, model_instance_id: instanceId } }
    : { kind: "unknown" };
}

/** The 401 answer for a missing or unaccepted key; it never echoes the key. */
function authFailure(
  apiKey: string | undefined,
  accepted: ReadonlySet<string>,
): Answer | undefined {
  if (apiKey === undefined || apiKey === "") {
    return detailAnswer(401, "Missing API key: send it in the x-api-key header");
  }
  return accepted.has(apiKey) ? undefined : detailAnswer(401, "The x-api-key sent is not accepted");
}

/**
 * FastAPI's 422 for an empty `x-selected-account-id`, which openapi.yaml declares with
 * `minLength: 1`, in pydantic v2's item shape (as openapi.yaml's 422 example shows it).
 */
function headerFailure(accountId: string | undefined): Answer | undefined {
  if (accountId !== "") return undefined;
  const body: HTTPValidationError = {
    detail: [
      {
        type: "string_too_short",
        loc: ["header", "x-selected-account-id"],
        msg: "String should have at least 1 character",
        input: accountId,
        ctx: { min_length: 1 },
      },
    ],
  };
  return jsonAnswer(422, body);
}

/** Answers a request: 400 for a malformed path, 404 for an unknown one, else the route. */
export function answerRequest(request: RouteRequest, store: ModelStore): Answer {
  const { match } = request;
  if (match.kind === "malformed") {
    return detailAnswer(400, "The request path holds a malformed percent-encoding");
  }
  if (match.kind === "unknown") return detailAnswer(404, "Not Found");
  // The order FastAPI checks things in: route, method, the auth dependency, then parameters.
  if (request.method !== "POST") {
    return detailAnswer(405, "Method Not Allowed", { allow: "POST" });
  }
  const { params } = match;
  const failure = authFailure(request.apiKey, request.accepted) ?? headerFailure(request.accountId);
  if (failure) return failure;
  const result = store.addToGroup(params.model_group_id, params.model_instance_id);
  if (result === "group-not-found") {
    return detailAnswer(404, `Model group ${params.model_group_id} not found`);
  }
  if (result === "instance-not-found") {
    return detailAnswer(404, `Model instance ${params.model_instance_id} not found`);
  }
  return jsonAnswer(200, result);
}
