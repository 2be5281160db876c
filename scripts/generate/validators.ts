/**
 * Turns an OpenAPI document into `generated/validators.js` and its declarations: an ajv
 * standalone validator per documented JSON response body, and a table of them per operation and
 * status. Each schema is compiled once, as one function, however many bodies use it. Pure apart
 * from reading the prettier config, like generateTypes.
 */
import Ajv2020, { _ } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { formats, ucs2length } from "../../src/validation/runtime.js";
import { buildAjvDocument, refTo } from "./ajv-document.js";
import { formatDeclarations, printGeneratedModule } from "./output.js";
import { parseSpec, type SpecDocument } from "./spec.js";
import { listResponseBodies } from "./response-bodies.js";
import { declareValidators } from "./validators-declarations.js";
import { declareTable, nameExports } from "./validators-exports.js";

/** Paths of the generated files, relative to the project root. */
export const VALIDATORS_FILE = "generated/validators.js";
export const VALIDATORS_TYPES_FILE = "generated/validators.d.ts";

/** Where the generated module imports its runtime from (src/validation/runtime.ts). */
const RUNTIME_MODULE = "../src/validation/runtime.js";
// ajv's runtime helpers that src/validation/runtime.ts replaces: ajv's module name → the export
// (named through the import, so that renaming it there breaks this file, not the output).
const RUNTIME_HELPERS: Record<string, string> = { ucs2length: ucs2length.name };

/** The generated module and its declarations, formatted. */
export interface GeneratedValidators {
  js: string;
  dts: string;
}

/** The scope that holds the first-error validators, inside the generated file. */
export const FIRST_ERROR_MODULE = "firstError";

/**
 * An ajv instance for the response schemas. `allErrors`: every problem, not the first, so that a
 * body with three problems reports three. That costs time and memory in proportion to the
 * problems, squared where a `$ref` fails in many array items (ajv concatenates each call's
 * errors): response validation runs the first-error validators first, and lists every problem
 * only of a small body (src/validation/check.ts).
 */
function createAjv(
  usedFormats: ReadonlySet<string>,
  allErrors: boolean,
): InstanceType<typeof Ajv2020.default> {
  const ajv = new Ajv2020.default({
    allErrors,
    // `parentSchema` on each error: its `title` names the schema a broken rule belongs to.
    verbose: true,
    // OpenAPI's keywords and `x-` extensions are annotations, not errors.
    strictSchema: false,
    // `type: [string, "null"]`, the spec's nullable fields.
    allowUnionTypes: true,
    // `properties` without `type: object` and the like are common in specs and mean what they
    // say; strict mode would only log them, once for each use.
    strictTypes: false,
    strictTuples: false,
    // A `$ref` becomes a call to the referenced schema's one function, not a copy of its checks:
    // GitHub's `simple-user` is referenced hundreds of times.
    inlineRefs: false,
    // `required` as one loop over the list, not one block per property: the same errors in the
    // same order, in a sixth less code on GitHub's description.
    loopRequired: 2,
    // The all-errors validators are the module's exports; the first-error ones are wrapped in
    // a function scope (CommonJS code, `exports` an object there), so that their names do not clash.
    code: { source: true, esm: allErrors, formats: _`formats` },
  });
  for (const name of usedFormats) {
    // A format without a check in runtime.ts is an annotation (`true`: always valid).
    ajv.addFormat(name, formats[name] ?? true);
  }
  return ajv;
}

/** The standalone code with ajv's `require`s of its runtime replaced by runtime.ts's exports. */
function useOwnRuntime(code: string): { code: string; imports: string[] } {
  const imports = new Set(["formats"]);
  const replaced = code
    .replace(/^"use strict";/, "")
    .replace(/require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g, (_match, helper: string) => {
      const name = RUNTIME_HELPERS[helper];
      if (name === undefined) {
        throw new Error(
          `a response schema needs ajv's runtime helper "${helper}", which src/validation/runtime.ts does not provide; add it there and to RUNTIME_HELPERS in scripts/generate/validators.ts`,
        );
      }
      imports.add(name);
      return name;
    });
  return { code: replaced, imports: [...imports].sort() };
}

/**
 * The validators module and its declarations for the parsed spec `spec`, unformatted: ajv's
 * compilation, all synchronous. `spec` is read, not changed.
 * @throws {Error} a schema does not compile, it needs a runtime helper that
 *   src/validation/runtime.ts lacks, or two responses would share an export name.
 */
export function compileValidators(spec: SpecDocument): GeneratedValidators {
  const bodies = listResponseBodies(spec);
  const { document, formats: usedFormats, targets } = buildAjvDocument(spec, bodies);
  const exports = nameExports(targets);
  const standalone = (allErrors: boolean): { code: string; imports: string[] } => {
    const ajv = createAjv(usedFormats, allErrors);
    ajv.addSchema(document);
    return useOwnRuntime(standaloneCode.default(ajv, exports.refs));
  };
  const all = standalone(true);
  const first = standalone(false);
  const imports = [...new Set([...all.imports, ...first.imports])].sort();
  const js = [
    `import { ${imports.join(", ")} } from "${RUNTIME_MODULE}";`,
    all.code,
    exports.aliases.join("\n"),
    `const ${FIRST_ERROR_MODULE} = (() => { const exports = {};\n${first.code}\nreturn exports; })();`,
    declareTable(bodies, exports, FIRST_ERROR_MODULE),
  ].join("\n");
  const operationIds = [...new Set(bodies.map((body) => body.operationId))];
  return { js, dts: declareValidators(operationIds, [...exports.names.values()]) };
}

/**
 * Generates the validators module and its declarations for the parsed spec `spec`: compiled at
 * once, then printed (esbuild works in a process of its own, so other work can go on meanwhile).
 * @throws {Error} as compileValidators.
 */
export async function generateValidatorsFrom(
  spec: SpecDocument,
  prettierConfigPath: string,
): Promise<GeneratedValidators> {
  const { js, dts } = compileValidators(spec);
  const [printed, formatted] = await Promise.all([
    printGeneratedModule(js),
    formatDeclarations(dts, prettierConfigPath),
  ]);
  return { js: printed, dts: formatted };
}

/**
 * Generates the validators module and its declarations for `specText`.
 * @throws {Error} the spec is not YAML, or as generateValidatorsFrom.
 */
export async function generateValidators(
  specText: string,
  prettierConfigPath: string,
): Promise<GeneratedValidators> {
  return generateValidatorsFrom(parseSpec(specText), prettierConfigPath);
}
