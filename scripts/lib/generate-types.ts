/**
 * Turns the text of an OpenAPI document into the contents of `generated/schema.d.ts`.
 * Pure apart from reading the project's prettier config: the same spec text always gives the
 * same bytes, so `generate:check` and `spec:diff` can run it in memory.
 */
import openapiTS, { astToString } from "openapi-typescript";
import { format, resolveConfig } from "prettier";
import { parse } from "yaml";

export const BANNER = `/**
 * Generated from openapi.yaml by scripts/generate.ts. Do not edit by hand:
 * change openapi.yaml, then run \`npm run generate\`.
 */
`;

/** Path of the generated file, relative to the project root. */
export const GENERATED_FILE = "generated/schema.d.ts";

/**
 * Generates the formatted declaration file for `specText`.
 * `prettierConfigPath` is a file inside the project whose prettier config applies.
 */
export async function generateTypes(specText: string, prettierConfigPath: string): Promise<string> {
  // Parse ourselves so that a YAML error names openapi.yaml rather than an internal stream.
  const document: unknown = parse(specText);
  if (typeof document !== "object" || document === null) {
    throw new Error("the spec is not a YAML mapping");
  }
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    // Named exports (`ModelInstance`, `ModelVendor`, …) next to `components`, so that src/ and
    // users import a name instead of spelling `components["schemas"]["ModelInstance"]`.
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
  });
  const prettierOptions = (await resolveConfig(prettierConfigPath)) ?? {};
  return format(BANNER + "\n" + astToString(ast), {
    ...prettierOptions,
    parser: "typescript",
  });
}
