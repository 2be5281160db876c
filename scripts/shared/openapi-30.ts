/**
 * OpenAPI 3.0 documents rewritten as OpenAPI 3.1, for the tools that read only 3.1: the three
 * Schema Object keywords whose meaning changed (OpenAPI 3.1 §4.8.24, JSON Schema 2020-12).
 *
 * - `nullable: true` becomes `"null"` in `type` (and `null` in `enum`); where the schema has no
 *   `type` of its own (a `$ref`, an `allOf`), it becomes `anyOf: [the schema, { type: "null" }]`.
 *   3.0 ignores a `$ref`'s siblings, but writers put `nullable` there to mean "or null", and
 *   openapi-typescript reads it so; the rewrite keeps that meaning.
 * - `exclusiveMinimum: true` with `minimum: n` becomes `exclusiveMinimum: n` (the same for the
 *   maximum); `false` is dropped.
 * - A schema's `example: v` becomes `examples: [v]`. `example` on a Parameter or Media Type Object
 *   is still valid 3.1 and is left alone.
 */
import { escapeControl } from "../../src/internal/escape.js";
import { isRecord } from "./guards.js";

type Mapping = Record<string, unknown>;

// Where a schema holds other schemas: maps of them, lists of them, single ones (2020-12 §10).
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_VALUES = new Set([
  "items",
  "additionalProperties",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
]);
// Maps whose keys are names the document's author chose: a header or callback named `schema`
// is not a Schema Object.
const NAMED_MAPS = new Set(["headers", "callbacks", "links", "examples", "securitySchemes"]);
// Keywords a nullable `$ref` or `allOf` keeps beside the `anyOf` that replaces it: they describe
// the value, null or not.
const OUTER_KEYWORDS = new Set([
  "title",
  "description",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "examples",
  "externalDocs",
]);

/** True for a document that says `openapi: 3.0.x`. */
export function isOpenAPI30(document: unknown): boolean {
  return isRecord(document) && /^3\.0\.\d+$/.test(String(document["openapi"]));
}

// Objects are built with Object.fromEntries, which defines each key: a key is outside text, and
// an assigned `__proto__` would swap the new object's prototype instead of copying the key.

function convertChildren(schema: Mapping): Mapping {
  return Object.fromEntries(
    Object.entries(schema).map(([keyword, value]) => [
      keyword,
      SCHEMA_MAPS.has(keyword) && isRecord(value)
        ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, convertSchema(sub)]))
        : SCHEMA_LISTS.has(keyword) && Array.isArray(value)
          ? value.map(convertSchema)
          : SCHEMA_VALUES.has(keyword)
            ? convertSchema(value)
            : value,
    ]),
  );
}

function convertBounds(schema: Mapping): void {
  for (const [exclusive, inclusive] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof schema[exclusive] !== "boolean") continue;
    if (schema[exclusive] === true && typeof schema[inclusive] === "number") {
      schema[exclusive] = schema[inclusive];
      delete schema[inclusive];
    } else {
      delete schema[exclusive];
    }
  }
}

function makeNullable(schema: Mapping): Mapping {
  const { type, enum: values } = schema;
  if (Array.isArray(values) && !values.includes(null)) schema["enum"] = [...values, null];
  if (typeof type === "string") return { ...schema, type: [type, "null"] };
  if (Array.isArray(type))
    return type.includes("null") ? schema : { ...schema, type: [...type, "null"] };
  // No `type`: `{}` and an `enum` (now with null) already allow null; a reference or a
  // composition does not, unless it is one branch of an `anyOf` with null.
  if (!("$ref" in schema || "allOf" in schema || "oneOf" in schema || "anyOf" in schema)) {
    return schema;
  }
  const entries = Object.entries(schema);
  const outer = Object.fromEntries(entries.filter(([keyword]) => OUTER_KEYWORDS.has(keyword)));
  const inner = Object.fromEntries(entries.filter(([keyword]) => !OUTER_KEYWORDS.has(keyword)));
  return { ...outer, anyOf: [inner, { type: "null" }] };
}

/**
 * One 3.0 Schema Object (and every schema inside it) as 3.1. A value that is not an object
 * (`true`, `false`, a broken entry) is returned as it is.
 */
export function convertSchema(schema: unknown): unknown {
  if (!isRecord(schema)) return schema;
  const converted = convertChildren(schema);
  convertBounds(converted);
  if ("example" in converted) {
    if (!("examples" in converted)) converted["examples"] = [converted["example"]];
    delete converted["example"];
  }
  const isNullable = converted["nullable"] === true;
  delete converted["nullable"];
  return isNullable ? makeNullable(converted) : converted;
}

/** Every Schema Object outside other schemas, converted; the rest of the document copied. */
function convertDocumentPart(node: unknown, key: string | undefined): unknown {
  if (Array.isArray(node)) return node.map((item) => convertDocumentPart(item, undefined));
  if (!isRecord(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([name, value]) => {
      // Examples are data, and an extension's content is its owner's: neither holds schemas.
      const isOpaque = name === "example" || name === "examples" || name.startsWith("x-");
      const isSchema = (name === "schema" && !NAMED_MAPS.has(key ?? "")) || key === "schemas";
      return [
        name,
        isOpaque ? value : isSchema ? convertSchema(value) : convertDocumentPart(value, name),
      ];
    }),
  );
}

/**
 * The OpenAPI 3.0.x document `document` as OpenAPI 3.1.0, as a new object (the input is not
 * changed). A 3.1 document is returned as it is.
 * @throws {Error} the document is neither 3.0.x nor 3.1.x.
 */
export function toOpenAPI31(document: Mapping): Mapping {
  const version = String(document["openapi"]);
  if (/^3\.1\.\d+$/.test(version)) return document;
  if (!isOpenAPI30(document)) {
    throw new Error(
      `openapi is ${escapeControl(JSON.stringify(version))}; only OpenAPI 3.0.x and 3.1.x documents are read`,
    );
  }
  return { ...(convertDocumentPart(document, undefined) as Mapping), openapi: "3.1.0" };
}
