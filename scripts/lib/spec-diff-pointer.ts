/**
 * Looks up nodes of an OpenAPI document along the paths api-smart-diff reports. Those paths run
 * through the dereferenced view of the document, so the walk follows local `$ref`s as it goes.
 */

/** A path into a JSON document: object keys and array indexes. */
export type JsonPath = ReadonlyArray<string | number>;

// Longer chains of `$ref` to `$ref` than this are treated as a cycle and not followed.
const MAX_REF_HOPS = 32;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function followRefs(root: unknown, node: unknown): unknown {
  let current = node;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    if (!isObject(current) || typeof current["$ref"] !== "string") return current;
    const ref = current["$ref"];
    if (!ref.startsWith("#")) return current;
    current = walk(root, fromJsonPointer(ref.slice(1)), false);
  }
  return current;
}

function walk(root: unknown, path: JsonPath, shouldFollowRefs: boolean): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (shouldFollowRefs) node = followRefs(root, node);
    if (!isObject(node)) return undefined;
    if (key in node) {
      node = (node as Record<string | number, unknown>)[key];
    } else if (key === "allOf" && shouldFollowRefs && typeof node["$ref"] === "string") {
      // api-smart-diff rewrites `{ $ref, …siblings }` as `allOf: [target, siblings]`.
      const { $ref, ...siblings } = node;
      node = [{ $ref }, siblings];
    } else {
      return undefined;
    }
  }
  return shouldFollowRefs ? followRefs(root, node) : node;
}

/** The node at `path` in `document`, following local `$ref`s on the way; undefined if absent. */
export function resolveAt(document: unknown, path: JsonPath): unknown {
  return walk(document, path, true);
}

/** `node` itself, or what its local `$ref` points to in `document`. */
export function resolveNode(document: unknown, node: unknown): unknown {
  return followRefs(document, node);
}

/** Formats `path` as an RFC 6901 JSON pointer: `/paths/~1v4~1…/post/responses/200`. */
export function toJsonPointer(path: JsonPath): string {
  return path.map((key) => "/" + String(key).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

function fromJsonPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .split("/")
    .slice(1)
    .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"));
}
