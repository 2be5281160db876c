/**
 * The part of the spec ajv compiles: `components.schemas` and each response body's schema, at
 * the JSON pointers they have in openapi.yaml, without the keywords that only annotate.
 */
import { isRecord } from "../shared/guards.js";
import { type ResponseBody, valueAt } from "./response-bodies.js";

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping => isRecord(value);

/** The `$id` of the document, which the validators' `$ref`s start with. */
export const DOCUMENT_ID = "openapi.yaml";

// Keywords that never change whether a body is valid. Left out, the generated validators do not
// change when a description does, and do not carry the spec's prose.
const ANNOTATIONS = new Set([
  "title",
  "description",
  "example",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
  // OpenAPI's own: `discriminator` only names the property that picks a `oneOf` branch.
  "discriminator",
  "externalDocs",
  "xml",
]);
const CLOSING = new Set(["additionalProperties", "unevaluatedProperties"]);
// Where a schema holds other schemas (JSON Schema 2020-12 §10, and draft 7's spellings).
const SCHEMA_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_VALUES = new Set([
  "items",
  "additionalItems",
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

/** The document ajv compiles, and the `format`s its schemas use. */
export interface AjvDocument {
  document: Mapping;
  formats: Set<string>;
}

function stripAnnotations(schema: unknown, formats: Set<string>): unknown {
  if (!isMapping(schema)) return schema; // `true` and `false` are schemas too
  const strip = (sub: unknown): unknown => stripAnnotations(sub, formats);
  const kept: Mapping = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) || keyword.startsWith("x-")) continue;
    // Extra properties pass whatever the spec says: the API may add fields (issue 11).
    if (CLOSING.has(keyword) && value === false) continue;
    if (keyword === "format" && typeof value === "string") formats.add(value);
    kept[keyword] =
      SCHEMA_MAPS.has(keyword) && isMapping(value)
        ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strip(sub)]))
        : (SCHEMA_LISTS.has(keyword) || SCHEMA_VALUES.has(keyword)) && Array.isArray(value)
          ? value.map(strip)
          : SCHEMA_VALUES.has(keyword)
            ? strip(value)
            : value;
  }
  return kept;
}

function setAt(document: Mapping, pointer: string, value: unknown): void {
  const tokens = pointer
    .split("/")
    .slice(1)
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
  const last = tokens.pop() as string;
  let node = document;
  for (const token of tokens) {
    node[token] ??= {};
    node = node[token] as Mapping;
  }
  node[last] = value;
}

/**
 * Builds the document ajv compiles from the spec. Each of `components.schemas` gets its name as
 * `title`, the one annotation kept: a broken rule's `parentSchema.title` then names the schema
 * it belongs to ("not in openapi.yaml's ModelVendor").
 */
export function buildAjvDocument(spec: Mapping, bodies: readonly ResponseBody[]): AjvDocument {
  const formats = new Set<string>();
  const document: Mapping = { $id: DOCUMENT_ID };
  const components = isMapping(spec["components"]) ? spec["components"] : {};
  const schemas = isMapping(components["schemas"]) ? components["schemas"] : {};
  for (const [name, schema] of Object.entries(schemas)) {
    const stripped = stripAnnotations(schema, formats);
    setAt(
      document,
      `/components/schemas/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`,
      isMapping(stripped) ? { title: name, ...stripped } : stripped,
    );
  }
  for (const { schemaPointer } of bodies) {
    if (schemaPointer === undefined) continue;
    setAt(document, schemaPointer, stripAnnotations(valueAt(spec, schemaPointer), formats));
  }
  return { document, formats };
}

/** `openapi.yaml#/paths/~1v4~1…`: a JSON pointer as a `$ref` into the document (RFC 6901 §6). */
export function refTo(pointer: string): string {
  return `${DOCUMENT_ID}#${pointer.split("/").map(encodeURIComponent).join("/")}`;
}
