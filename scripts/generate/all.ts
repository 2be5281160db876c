/**
 * Every file of generated/ from the text of the spec: what `npm run generate` writes, what
 * `generate:check` compares, and what the generate benchmark times.
 */
import { parseSpec } from "./spec.js";
import { generateStandIn, STAND_IN_FILE } from "./stand-in.js";
import { GENERATED_FILE, generateTypesFrom } from "./types.js";
import { generateValidatorsFrom, VALIDATORS_FILE, VALIDATORS_TYPES_FILE } from "./validators.js";

/** One file of generated/: its path relative to the project root, and the bytes it must hold. */
export interface GeneratedFile {
  file: string;
  text: string;
}

/**
 * Generates every file of generated/ from `specText`, parsed once. `prettierConfigPath` is a
 * file inside the project whose prettier config applies.
 * @throws {Error} the spec is not YAML, or cannot be turned into types or validators.
 */
export async function generateAll(
  specText: string,
  prettierConfigPath: string,
): Promise<GeneratedFile[]> {
  const spec = parseSpec(specText);
  // The validators are compiled first, at once (a large spec's ajv instance is then free before
  // openapi-typescript starts), and printed by esbuild in a process of its own while the
  // declarations are built here: two cores, two jobs. They only read the spec, while
  // openapi-typescript hands it to a bundler whose treatment of the object is not ours to promise.
  // The stand-in's data comes from its own parse, for the same reason.
  const [validators, types, standIn] = await Promise.all([
    generateValidatorsFrom(spec, prettierConfigPath),
    generateTypesFrom(spec, prettierConfigPath),
    generateStandIn(specText, prettierConfigPath),
  ]);
  return [
    { file: GENERATED_FILE, text: types },
    { file: VALIDATORS_FILE, text: validators.js },
    { file: VALIDATORS_TYPES_FILE, text: validators.dts },
    { file: STAND_IN_FILE, text: standIn },
  ];
}
