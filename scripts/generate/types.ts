/**
 * Turns the text of an OpenAPI document into the contents of `generated/schema.d.ts`.
 * Pure apart from reading the project's prettier config: the same spec text always gives the
 * same bytes, so `generate:check` and `spec:diff` can run it in memory.
 */
import openapiTS, { astToString, type OpenAPI3, type OpenAPITSOptions } from "openapi-typescript";
// openapi-typescript resolves references through Redocly: this makes it refuse any but the
// document's own, whoever calls it.
import "../shared/redocly-hardening.js";
import { declareOperationsByName } from "./named-operations.js";
import { declareSchemasByName } from "./named-schemas.js";
import { formatDeclarations } from "./output.js";
import { parseSpec, type SpecDocument } from "./spec.js";

export { BANNER } from "./output.js";

/** Path of the generated file, relative to the project root. */
export const GENERATED_FILE = "generated/schema.d.ts";

/** How the generator calls openapi-typescript; the generate benchmark times the same call. */
export const OPENAPI_TS_OPTIONS: OpenAPITSOptions = {
  // Named exports (`ModelInstance`, `ModelVendor`, …) next to `components`, so that src/ and
  // users import a name instead of spelling `components["schemas"]["ModelInstance"]`; the
  // schemas' aliases become declarations in declareSchemasByName, the parameters' stay aliases.
  rootTypes: true,
  // …named exactly as the schemas are (`ModelInstance`, not `SchemaModelInstance`).
  rootTypesNoSchemaPrefix: true,
  // …and keeping the spec's casing (`HTTPValidationError`, not `HttpValidationError`).
  rootTypesKeepCasing: true,
  // Keep the spec's property order: a one-line spec edit gives a one-line generated diff.
  alphabetize: false,
  // Literal path templates as keys: openapi-fetch matches `client.POST("/v4/…/{id}")` on them.
  pathParamsAsTypes: false,
  // Unions, not TS enums or runtime arrays: the output stays a types-only `.d.ts`.
  enum: false,
  enumValues: false,
  // No index signature on every object: a typo in a field name stays a compile error.
  additionalProperties: false,
  // Warnings surface through the thrown error or the lint step, not as console noise.
  silent: true,
};

/**
 * Generates the formatted declaration file for `specText`.
 * `prettierConfigPath` is a file inside the project whose prettier config applies.
 * @throws {Error} the spec is not YAML, or as generateTypesFrom.
 */
export async function generateTypes(specText: string, prettierConfigPath: string): Promise<string> {
  return generateTypesFrom(parseSpec(specText), prettierConfigPath);
}

/**
 * Generates the formatted declaration file for the parsed spec `spec`, which it hands to
 * openapi-typescript and its Redocly bundler: run it after anything else that reads `spec`.
 * @throws {Error} the spec is not a document openapi-typescript can read, or two schema names map
 *   to one type name.
 */
export async function generateTypesFrom(
  spec: SpecDocument,
  prettierConfigPath: string,
): Promise<string> {
  const ast = await openapiTS(spec as unknown as OpenAPI3, OPENAPI_TS_OPTIONS);
  // Editors and compiler errors print a type by the name of its declaration, so every schema
  // gets one: `APIPromise<ModelInstance>` rather than `APIPromise<{ name: string; … }>`.
  // …and every operation too, so that a typed call's hover names it.
  const named = declareOperationsByName(declareSchemasByName(ast));
  return formatDeclarations(astToString(named), prettierConfigPath);
}
