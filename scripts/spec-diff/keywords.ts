/**
 * Which schema keywords matter to whom: those that only document (annotations), and those the
 * generated types do not show (typeless).
 */
import { ANNOTATION_KEYWORDS } from "../shared/openapi.js";

/**
 * True for a key that documents a schema without constraining values: `x-` extensions too,
 * except `x-extensible-enum`, a list of values the API takes.
 */
export function isAnnotationKey(key: string | number): boolean {
  const name = String(key);
  return ANNOTATION_KEYWORDS.has(name) || (name.startsWith("x-") && name !== "x-extensible-enum");
}

/**
 * Schema keywords that do not show in the generated types (openapi-typescript 7 with this
 * project's options): limits, formats, encodings, access modes and documentation. A change to
 * one has no site; its rule says what it means, and that the types do not show it
 * (test/scripts/spec-diff/typeless.test.ts checks each against the generator).
 */
export const TYPELESS_KEYWORDS: ReadonlySet<string> = new Set([
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "contains",
  "minContains",
  "maxContains",
  "propertyNames",
  "dependentRequired",
  "dependentSchemas",
  "unevaluatedProperties",
  "not",
  "if",
  "then",
  "else",
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  "readOnly",
  "writeOnly",
  "deprecated",
  "xml",
  "x-extensible-enum",
]);

/** True for a keyword whose change the generated types do not show. */
export function isTypeless(keyword: string | number | undefined): boolean {
  return (
    keyword !== undefined && (TYPELESS_KEYWORDS.has(String(keyword)) || isAnnotationKey(keyword))
  );
}
