/**
 * Looks up nodes of an OpenAPI document along the paths api-smart-diff reports. Those paths run
 * through the dereferenced view of the document, so the walk follows local `$ref`s as it goes.
 */
import { isObject } from "../shared/guards.js";

/** A path into a JSON document: object keys and array indexes. */
export type JsonPath = ReadonlyArray<string | number>;

// Longer chains of `$ref` to `$ref` than this are treated as a cycle and not followed.
const MAX_REF_HOPS = 32;

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

/** The one variant of `anyOf`/`oneOf` that is not `null`, when the others all are. */
function nonNullVariant(root: unknown, node: Record<string, unknown>): unknown {
  for (const keyword of ["anyOf", "oneOf"]) {
    const variants = node[keyword];
    if (!Array.isArray(variants)) continue;
    const others = variants.filter((variant) => !isNullOnly(followRefs(root, variant)));
    if (others.length === 1 && others.length < variants.length) return followRefs(root, others[0]);
  }
  return undefined;
}

/** True for a schema that allows only `null`: `{type: "null"}`, `{const: null}`, `{enum: [null]}`. */
export function isNullOnly(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  const { type, enum: values } = schema;
  const isNullType = type === "null" || (Array.isArray(type) && type.every((t) => t === "null"));
  const isNullValue =
    ("const" in schema && schema["const"] === null) ||
    (Array.isArray(values) && values.length > 0 && values.every((value) => value === null));
  return isNullType || isNullValue;
}

function walk(root: unknown, path: JsonPath, shouldFollowRefs: boolean): unknown {
  let node: unknown = root;
  for (let index = 0; index < path.length; index++) {
    const key = path[index] as string | number;
    if (shouldFollowRefs) node = followRefs(root, node);
    if (!isObject(node)) return undefined;
    if (key in node) {
      node = (node as Record<string | number, unknown>)[key];
      continue;
    }
    if (!shouldFollowRefs) return undefined;
    if (key === "allOf" && typeof path[index + 1] === "number") {
      // api-smart-diff merges the siblings of a `$ref`, and those of an `anyOf` into each
      // variant, as `allOf: [node, siblings]` in either order. The document has no such step:
      // what the path goes on to name is in the node at hand.
      index += 1;
      continue;
    }
    // A field made nullable with `anyOf: [X, {type: "null"}]` is still X for paths below it.
    const variant = nonNullVariant(root, node);
    if (!isObject(variant) || !(key in variant)) return undefined;
    node = (variant as Record<string | number, unknown>)[key];
  }
  return shouldFollowRefs ? followRefs(root, node) : node;
}

/**
 * The node at `path` in `document`, following local `$ref`s on the way, and passing through an
 * `anyOf`/`oneOf` whose only other variant is `null`; undefined if absent.
 */
export function resolveAt(document: unknown, path: JsonPath): unknown {
  return walk(document, path, true);
}

/** `node` itself, or what its local `$ref` points to in `document`. */
export function resolveNode(document: unknown, node: unknown): unknown {
  return followRefs(document, node);
}

/**
 * Where the node at `path` is written: the JSON pointer of its definition, after following
 * each local `$ref` on the way (`/components/schemas/AddOptions/properties/priority` for a
 * field reached through a request body's `$ref`). Undefined if the path leaves the document.
 */
export function definitionOf(document: unknown, path: JsonPath): string | undefined {
  let pointer: JsonPath = [];
  let node: unknown = document;
  const follow = (): void => {
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      if (!isObject(node) || typeof node["$ref"] !== "string" || !node["$ref"].startsWith("#")) {
        return;
      }
      pointer = fromJsonPointer(node["$ref"].slice(1));
      node = walk(document, pointer, false);
    }
  };
  for (const key of path) {
    follow();
    if (!isObject(node) || !(key in node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
    pointer = [...pointer, key];
  }
  follow();
  return toJsonPointer(pointer);
}

/** Formats `path` as an RFC 6901 JSON pointer: `/paths/~1v4~1…/post/responses/200`. */
export function toJsonPointer(path: JsonPath): string {
  return path.map((key) => "/" + String(key).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** Parses an RFC 6901 JSON pointer (without the leading `#`) into a path. */
export function fromJsonPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .split("/")
    .slice(1)
    .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The node at `path` as written, a `$ref` not followed, for naming what it refers to. */
export function nodeAt(document: unknown, path: JsonPath): unknown {
  const key = path[path.length - 1];
  if (key === undefined) return document;
  const parent = resolveAt(document, path.slice(0, -1));
  return isObject(parent) && key in parent
    ? (parent as Record<string | number, unknown>)[key]
    : resolveAt(document, path);
}
