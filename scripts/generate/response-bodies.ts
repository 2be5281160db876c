/**
 * Finds every response the spec documents, per operation and status, and where its JSON body's
 * schema is: what the generated validators check.
 */
import { isRecord } from "../shared/guards.js";

/** One documented response of one operation. */
export interface ResponseBody {
  operationId: string;
  /** Lower-case method, as openapi-fetch's `schemaPath` pairs with it: `post`. */
  method: string;
  /** The path template, as openapi-fetch's `schemaPath` has it. */
  path: string;
  /** The key under `responses`: `200`, `4XX` or `default`. */
  status: string;
  /**
   * JSON pointer to the JSON body's schema in the spec; undefined when the response documents
   * no JSON body (a 204, or only `text/plain`).
   */
  schemaPointer: string | undefined;
  /** The schema's name when it is a `$ref` to `#/components/schemas/<name>`. */
  schemaName: string | undefined;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const SCHEMA_REF = /^\/components\/schemas\/([^/]+)$/;

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping => isRecord(value);

/** A JSON pointer token: `~` and `/` escaped (RFC 6901 §3). */
export const escapeToken = (token: string): string =>
  token.replaceAll("~", "~0").replaceAll("/", "~1");

const unescapeToken = (token: string): string => token.replaceAll("~1", "/").replaceAll("~0", "~");

/** The value at a JSON pointer (RFC 6901, not URI-encoded) in `document`. */
export function valueAt(document: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>(
      (node, token) => (isMapping(node) ? node[unescapeToken(token)] : undefined),
      document,
    );
}

/** The JSON pointer a local `$ref` (`#/components/responses/NotFound`) holds, URI-decoded. */
function pointerOf(ref: string): string {
  if (!ref.startsWith("#/")) throw new Error(`$ref ${ref} is not local to openapi.yaml`);
  return decodeURIComponent(ref.slice(1));
}

// JSON, and JSON-based types such as application/problem+json (RFC 6839 §3.1).
const isJsonMediaType = (mediaType: string): boolean =>
  /^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i.test(mediaType);

function describeBody(
  document: Mapping,
  response: unknown,
  pointer: string,
): Pick<ResponseBody, "schemaPointer" | "schemaName"> {
  let at = pointer;
  let resolved = response;
  if (isMapping(resolved) && typeof resolved["$ref"] === "string") {
    at = pointerOf(resolved["$ref"]);
    resolved = valueAt(document, at);
  }
  const content = isMapping(resolved) ? resolved["content"] : undefined;
  const mediaType = isMapping(content) ? Object.keys(content).find(isJsonMediaType) : undefined;
  const schema =
    mediaType === undefined ? undefined : ((content as Mapping)[mediaType] as Mapping | undefined);
  if (!isMapping(schema) || !isMapping(schema["schema"])) {
    return { schemaPointer: undefined, schemaName: undefined };
  }
  const ref = schema["schema"]["$ref"];
  const name = typeof ref === "string" ? SCHEMA_REF.exec(pointerOf(ref))?.[1] : undefined;
  return {
    schemaPointer: `${at}/content/${escapeToken(mediaType as string)}/schema`,
    schemaName: name === undefined ? undefined : unescapeToken(name),
  };
}

/**
 * Every documented response of every operation, in the spec's order.
 * @throws {Error} an operation has no `operationId`, or a `$ref` leaves the document.
 */
export function listResponseBodies(document: Mapping): ResponseBody[] {
  const bodies: ResponseBody[] = [];
  const paths = isMapping(document["paths"]) ? document["paths"] : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isMapping(item)) continue;
    for (const method of METHODS.filter((m) => isMapping(item[m]))) {
      const operation = item[method] as Mapping;
      const operationId = operation["operationId"];
      if (typeof operationId !== "string") {
        throw new Error(`${method.toUpperCase()} ${path} has no operationId; give it one`);
      }
      const responses = isMapping(operation["responses"]) ? operation["responses"] : {};
      for (const [status, response] of Object.entries(responses)) {
        const pointer = `/paths/${escapeToken(path)}/${method}/responses/${escapeToken(status)}`;
        bodies.push({
          operationId,
          method,
          path,
          status,
          ...describeBody(document, response, pointer),
        });
      }
    }
  }
  return bodies;
}
