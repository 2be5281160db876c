/** What every generated file shares: the banner and the formatting. */
import { transform } from "esbuild";
import { format, resolveConfig } from "prettier";

export const BANNER = `/**
 * Generated from openapi.yaml by scripts/generate.ts. Do not edit by hand:
 * change openapi.yaml, then run \`npm run generate\`.
 */
`;

/**
 * The banner and the TypeScript declarations `code`, formatted with the project's prettier
 * config, as the committed file has it. `prettierConfigPath` is a file inside the project whose
 * prettier config applies.
 */
export async function formatDeclarations(
  code: string,
  prettierConfigPath: string,
): Promise<string> {
  const options = (await resolveConfig(prettierConfigPath)) ?? {};
  // Babel's TypeScript parser, not the typescript-estree one: the same output (prettier prints
  // both trees alike), in half the time on GitHub's 6 MB of declarations (6.5 s against 12 s).
  return format(`${BANNER}\n${code}`, { ...options, parser: "babel-ts" });
}

/**
 * The banner and the JavaScript module `code`, printed by esbuild: one statement per line,
 * indented. Prettier takes 20–50 s and over a gigabyte on the 8 MB of validators a spec the size
 * of GitHub's compiles to; esbuild takes under a second. esbuild drops comments, so the
 * documentation is in the module's declaration file.
 */
export async function printGeneratedModule(code: string): Promise<string> {
  const { code: printed } = await transform(code, {
    format: "esm",
    // Nothing to lower: the validators run where the package runs (Node 20, current browsers).
    target: "es2022",
  });
  return `${BANNER}\n${printed}`;
}
