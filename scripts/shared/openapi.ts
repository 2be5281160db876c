/**
 * Words of the OpenAPI and JSON Schema vocabularies that several tools under scripts/ need.
 */

/** HTTP methods an OpenAPI path item may hold, lower case as in the document. */
export const HTTP_METHODS: readonly string[] = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
];

/** Keys that hold examples: in Schema, Parameter, Media Type and Header objects alike. */
export const EXAMPLE_KEYS: ReadonlySet<string> = new Set(["example", "examples"]);

/** Keys that only document a schema, parameter or operation; they change no value on the wire. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  "description",
  "title",
  "summary",
  "$comment",
  "externalDocs",
  ...EXAMPLE_KEYS,
]);

/** True when `path` (object keys and array indexes) passes through an example. */
export function isInExample(path: ReadonlyArray<string | number>): boolean {
  return path.some((key) => EXAMPLE_KEYS.has(String(key)));
}
