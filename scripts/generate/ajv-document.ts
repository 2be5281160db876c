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

/** The document ajv compiles, the `format`s its schemas use, and what to compile for each body. */
export interface AjvDocument {
  document: Mapping;
  formats: Set<string>;
  /**
   * The JSON pointer ajv compiles for each body that has a JSON schema: the component's when the
   * body only references one (`$ref: "#/components/schemas/ModelInstance"`), else the body's own.
   * Bodies that share a component then share its one compiled function.
   */
  targets: Map<ResponseBody, string>;
}

/** What stripping found on the way: the formats and the `$ref`s the schema uses. */
interface Found {
  formats: Set<string>;
  refs: string[];
}

function stripAnnotations(schema: unknown, found: Found): unknown {
  if (!isMapping(schema)) return schema; // `true` and `false` are schemas too
  const strip = (sub: unknown): unknown => stripAnnotations(sub, found);
  const kept: [string, unknown][] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) || keyword.startsWith("x-")) continue;
    // Extra properties pass whatever the spec says: the API may add fields (issue 11).
    if (CLOSING.has(keyword) && value === false) continue;
    if (keyword === "format" && typeof value === "string") found.formats.add(value);
    if (keyword === "$ref" && typeof value === "string") found.refs.push(value);
    kept.push([
      keyword,
      SCHEMA_MAPS.has(keyword) && isMapping(value)
        ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strip(sub)]))
        : (SCHEMA_LISTS.has(keyword) || SCHEMA_VALUES.has(keyword)) && Array.isArray(value)
          ? value.map(strip)
          : SCHEMA_VALUES.has(keyword)
            ? strip(value)
            : value,
    ]);
  }
  // fromEntries defines each key, `__proto__` included, rather than assigning it: the spec's
  // keys are outside text, and an assigned `__proto__` would swap the object's prototype.
  return Object.fromEntries(kept);
}

function setAt(document: Mapping, pointer: string, value: unknown): void {
  const tokens = pointer
    .split("/")
    .slice(1)
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
  const last = tokens.pop() as string;
  let node = document;
  for (const token of tokens) {
    // Own keys only: a path or schema named `__proto__` would otherwise walk into, and write
    // onto, Object.prototype.
    if (!Object.hasOwn(node, token)) defineKey(node, token, {});
    node = node[token] as Mapping;
  }
  defineKey(node, last, value);
}

function defineKey(node: Mapping, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

const COMPONENT_REF = /^#\/components\/schemas\/([^/]+)(\/.*)?$/;

/** The component a local `$ref` points into (`#/components/schemas/X/properties/y` → X). */
function componentOf(ref: string): { name: string; isWhole: boolean } | undefined {
  const match = COMPONENT_REF.exec(ref);
  if (match === null) return undefined;
  let token: string;
  try {
    token = decodeURIComponent(match[1] as string);
  } catch {
    return undefined; // not a pointer ajv resolves either; it reports the `$ref`
  }
  return {
    name: token.replaceAll("~1", "/").replaceAll("~0", "~"),
    isWhole: match[2] === undefined,
  };
}

const componentPointer = (name: string): string =>
  `/components/schemas/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;

/**
 * Builds the document ajv compiles from the spec: each body's schema, and the components they
 * reach through `$ref`s, no others, so that only what response validation uses is compiled. Each
 * component gets its name as `title`, the one annotation kept: a broken rule's
 * `parentSchema.title` then names the schema it belongs to ("not in openapi.yaml's ModelVendor").
 */
export function buildAjvDocument(spec: Mapping, bodies: readonly ResponseBody[]): AjvDocument {
  const found: Found = { formats: new Set(), refs: [] };
  const document: Mapping = { $id: DOCUMENT_ID };
  const targets = new Map<ResponseBody, string>();
  for (const body of bodies) {
    if (body.schemaPointer === undefined) continue;
    const stripped = stripAnnotations(valueAt(spec, body.schemaPointer), found);
    const keys = isMapping(stripped) ? Object.keys(stripped) : [];
    const only =
      keys.length === 1 && keys[0] === "$ref" ? (stripped as Mapping)["$ref"] : undefined;
    const component = typeof only === "string" ? componentOf(only) : undefined;
    if (component?.isWhole) {
      targets.set(body, componentPointer(component.name));
    } else {
      setAt(document, body.schemaPointer, stripped);
      targets.set(body, body.schemaPointer);
    }
  }
  const components = isMapping(spec["components"]) ? spec["components"] : {};
  const schemas = isMapping(components["schemas"]) ? components["schemas"] : {};
  const added = new Set<string>();
  // Every `$ref` found so far, and those of each component added: the components reachable.
  for (let index = 0; index < found.refs.length; index++) {
    const name = componentOf(found.refs[index] as string)?.name;
    if (name === undefined || added.has(name) || !Object.hasOwn(schemas, name)) continue;
    added.add(name);
    const stripped = stripAnnotations(schemas[name], found);
    setAt(
      document,
      componentPointer(name),
      isMapping(stripped) ? { title: name, ...stripped } : stripped,
    );
  }
  return { document, formats: found.formats, targets };
}

/** `openapi.yaml#/paths/~1v4~1…`: a JSON pointer as a `$ref` into the document (RFC 6901 §6). */
export function refTo(pointer: string): string {
  return `${DOCUMENT_ID}#${pointer.split("/").map(encodeURIComponent).join("/")}`;
}
