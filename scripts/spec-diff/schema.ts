/**
 * What a JSON Schema means, apart from how it is written: the JSON types it allows, whether it
 * allows `null`, and a canonical form in which two spellings of one schema compare equal
 * (`$ref` or inline, `type` lists in any order, `anyOf: [X]` or `X`).
 */
import { isObject, isRecord } from "../shared/guards.js";
import { isAnnotationKey, isTypeless } from "./keywords.js";
import { isNullOnly, resolveNode } from "./pointer.js";
import { codeSpan } from "./render/escape.js";

/** A schema node as parsed; only objects carry keywords. */
type Schema = Record<string, unknown>;

const COMBINATORS = ["anyOf", "oneOf"] as const;

function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * The JSON types `schema` allows, `null` included (`integer` is listed as itself); undefined
 * when the schema does not limit them.
 */
export function typesOf(document: unknown, schema: unknown): Set<string> | undefined {
  const node = resolveNode(document, schema);
  if (!isRecord(node)) return undefined;
  const { type } = node;
  let types: Set<string> | undefined;
  if (typeof type === "string" || Array.isArray(type)) {
    types = new Set((Array.isArray(type) ? type : [type]).map(String));
  } else if ("const" in node) {
    types = new Set([jsonTypeOf(node["const"])]);
  } else if (Array.isArray(node["enum"])) {
    types = new Set(node["enum"].map(jsonTypeOf));
  } else {
    for (const keyword of COMBINATORS) {
      const variants = node[keyword];
      if (!Array.isArray(variants)) continue;
      const each = variants.map((variant) => typesOf(document, variant));
      if (each.some((set) => set === undefined)) return undefined;
      types = new Set(each.flatMap((set) => [...(set ?? [])]));
    }
    // `allOf` allows what every member allows; members that do not say limit nothing.
    const members = Array.isArray(node["allOf"]) ? node["allOf"] : [];
    for (const member of members) {
      const allowed = typesOf(document, member);
      if (allowed === undefined) continue;
      const previous = types;
      types = new Set(
        previous === undefined ? allowed : [...previous].filter((t) => allowed.has(t)),
      );
    }
  }
  if (types !== undefined && node["nullable"] === true) types.add("null");
  return types;
}

/** True when `schema` allows `null` (a schema that does not limit types allows it too). */
export function acceptsNull(document: unknown, schema: unknown): boolean {
  const types = typesOf(document, schema);
  if (types === undefined) return true;
  const node = resolveNode(document, schema);
  const values = isRecord(node) ? node["enum"] : undefined;
  return types.has("null") && (!Array.isArray(values) || values.includes(null));
}

/**
 * `schema` with `null` taken out of what it allows, `$ref` resolved: `type: [string, "null"]`
 * becomes `type: string`, and `anyOf: [X, {type: "null"}]` becomes X with the outer
 * annotations (a field's own description) kept.
 */
export function withoutNull(document: unknown, schema: unknown): unknown {
  const node = resolveNode(document, schema);
  if (!isRecord(node)) return node;
  const copy: Schema = { ...node };
  // OpenAPI 3.0 writes a nullable reference as `allOf: [$ref]` with `nullable: true`.
  const members = copy["allOf"];
  const isNullableReference =
    copy["nullable"] === true &&
    Array.isArray(members) &&
    members.length === 1 &&
    Object.keys(copy).every((key) => key === "allOf" || key === "nullable" || isAnnotationKey(key));
  delete copy["nullable"];
  if (isNullableReference) {
    const member = resolveNode(document, members[0]);
    const annotations = Object.fromEntries(Object.entries(copy).filter(([key]) => key !== "allOf"));
    return isRecord(member) ? { ...member, ...annotations } : member;
  }
  if (Array.isArray(copy["type"])) {
    const types = copy["type"].filter((type) => type !== "null");
    copy["type"] = types.length === 1 ? types[0] : types;
  }
  if (Array.isArray(copy["enum"])) copy["enum"] = copy["enum"].filter((value) => value !== null);
  for (const keyword of COMBINATORS) {
    const variants = copy[keyword];
    if (!Array.isArray(variants)) continue;
    const kept = variants.filter((variant) => !isNullOnly(resolveNode(document, variant)));
    copy[keyword] = kept;
    const isOnlyWrapper = Object.keys(copy).every((key) => key === keyword || isAnnotationKey(key));
    if (kept.length === 1 && kept.length < variants.length && isOnlyWrapper) {
      const variant = resolveNode(document, kept[0]);
      const annotations = Object.fromEntries(
        Object.entries(copy).filter(([key]) => key !== keyword),
      );
      return isRecord(variant) ? { ...variant, ...annotations } : variant;
    }
  }
  return copy;
}

/**
 * A string equal for two schemas that allow the same values the same way: references
 * followed, annotations dropped, keys sorted, lists whose order means nothing sorted, and
 * one-variant `anyOf`/`oneOf`/`allOf` unwrapped.
 */
export function canonicalSchema(document: unknown, schema: unknown, isTypesOnly = false): string {
  const isDropped = isTypesOnly ? isTypeless : isAnnotationKey;
  return JSON.stringify(canonical(document, schema, new Set(), isDropped));
}

type KeyFilter = (key: string) => boolean;

function canonical(
  document: unknown,
  schema: unknown,
  refs: Set<string>,
  isDropped: KeyFilter,
): unknown {
  if (Array.isArray(schema))
    return schema.map((item) => canonical(document, item, refs, isDropped));
  if (!isObject(schema)) return schema;
  const ref = schema["$ref"];
  if (typeof ref === "string") {
    // A recursive schema is compared by name below its first appearance.
    if (refs.has(ref)) return { $ref: ref };
    return canonical(document, resolveNode(document, schema), new Set([...refs, ref]), isDropped);
  }
  const entries = Object.entries(schema).filter(([key]) => !isDropped(key));
  const kept = Object.fromEntries(entries);
  for (const keyword of ["anyOf", "oneOf", "allOf"]) {
    const variants = kept[keyword];
    if (Array.isArray(variants) && variants.length === 1 && entries.length === 1) {
      return canonical(document, variants[0], refs, isDropped);
    }
  }
  const result: Record<string, unknown> = {};
  for (const [key, value] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    result[key] = canonicalValue(document, key, value, refs, isDropped);
  }
  return result;
}

function canonicalValue(
  document: unknown,
  key: string,
  value: unknown,
  refs: Set<string>,
  isDropped: KeyFilter,
): unknown {
  if (key === "type" && Array.isArray(value)) {
    return value.length === 1 ? value[0] : [...value].map(String).sort();
  }
  if ((key === "enum" || key === "required") && Array.isArray(value)) {
    return value.map((item) => JSON.stringify(item)).sort();
  }
  if (["anyOf", "oneOf", "allOf"].includes(key) && Array.isArray(value)) {
    return value.map((item) => JSON.stringify(canonical(document, item, refs, isDropped))).sort();
  }
  if (key === "properties" && isRecord(value)) {
    const names = Object.keys(value).sort();
    return Object.fromEntries(
      names.map((name) => [name, canonical(document, value[name], refs, isDropped)]),
    );
  }
  return canonical(document, value, refs, isDropped);
}

/**
 * How TypeScript code names the values of `schema` before a change, for reasons such as
 * "breaking for code that assumed `string`": the referenced schema's name, else its types.
 */
export function typeLabel(document: unknown, schema: unknown): string {
  if (isRecord(schema) && typeof schema["$ref"] === "string") {
    return codeSpan(schema["$ref"].split("/").pop() ?? "");
  }
  const types = [...(typesOf(document, schema) ?? [])]
    .filter((type) => type !== "null")
    .map((type) => (type === "integer" ? "number" : type));
  const unique = [...new Set(types)];
  return unique.length > 0 ? codeSpan(unique.join(" | ")) : "the old type";
}
