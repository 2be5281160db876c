/** What every generated file shares: the spec parsed the same way, the banner, the formatting. */
import { format, resolveConfig } from "prettier";
import { parse } from "yaml";

export const BANNER = `/**
 * Generated from openapi.yaml by scripts/generate.ts. Do not edit by hand:
 * change openapi.yaml, then run \`npm run generate\`.
 */
`;

/**
 * Parses the spec's YAML into a mapping.
 * @throws {Error} the text is not YAML (the message has the line and column), or not a mapping.
 */
export function parseSpec(specText: string): Record<string, unknown> {
  // Parsed here so that a YAML error names openapi.yaml rather than an internal stream.
  const document: unknown = parse(specText);
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new Error("the spec is not a YAML mapping");
  }
  return document as Record<string, unknown>;
}

/**
 * The banner and `code`, formatted with the project's prettier config, as the committed file
 * has it. `prettierConfigPath` is a file inside the project whose prettier config applies.
 */
export async function formatGenerated(
  code: string,
  prettierConfigPath: string,
  parser: "typescript" | "babel",
): Promise<string> {
  const options = (await resolveConfig(prettierConfigPath)) ?? {};
  return format(`${BANNER}\n${code}`, { ...options, parser });
}
