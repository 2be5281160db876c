/**
 * Turns the text of an OpenAPI document into `generated/validators.js` and its declarations:
 * one ajv standalone validator per documented JSON response body, and a table of them per
 * operation and status. Pure apart from reading the prettier config, like generateTypes.
 */
import Ajv2020, { _ } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { formats, ucs2length } from "../../src/validation/runtime.js";
import { toTypeName } from "../shared/type-names.js";
import { buildAjvDocument, refTo } from "./ajv-document.js";
import { formatGenerated, parseSpec } from "./output.js";
import { listResponseBodies, type ResponseBody } from "./response-bodies.js";
import { declareValidators } from "./validators-declarations.js";

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

/**
 * `addModelInstanceToModelGroup` + `422` → `addModelInstanceToModelGroup422`; an operationId that
 * is no identifier is mapped as schema names are: `repos/get-content` + `200` → `ReposGetContent200`.
 */
function exportName({ operationId, status }: ResponseBody): string {
  const suffix = status === "default" ? "Default" : status.toUpperCase();
  return toTypeName(`${operationId}${suffix}`);
}

function createAjv(usedFormats: ReadonlySet<string>): InstanceType<typeof Ajv2020.default> {
  const ajv = new Ajv2020.default({
    // Every problem, not the first: a body with three problems reports three.
    allErrors: true,
    // `parentSchema` on each error: its `title` names the schema a broken rule belongs to.
    verbose: true,
    // OpenAPI's keywords and `x-` extensions are annotations, not errors.
    strictSchema: false,
    // `type: [string, "null"]`, the spec's nullable fields.
    allowUnionTypes: true,
    code: { source: true, esm: true, formats: _`formats` },
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

function table(bodies: readonly ResponseBody[], names: ReadonlyMap<ResponseBody, string>): string {
  const operations = new Map<string, ResponseBody[]>();
  for (const body of bodies) {
    operations.set(body.operationId, [...(operations.get(body.operationId) ?? []), body]);
  }
  const entries = [...operations].map(([operationId, responses]) => {
    const { method, path } = responses[0] as ResponseBody;
    const byStatus = responses.map((body) => {
      const name = names.get(body);
      const schema =
        body.schemaName === undefined ? "" : `name: ${JSON.stringify(body.schemaName)}, `;
      return `${JSON.stringify(body.status)}: ${name === undefined ? "null" : `{ ${schema}validate: ${name} }`}`;
    });
    return `${JSON.stringify(operationId)}: { method: ${JSON.stringify(method)}, path: ${JSON.stringify(path)}, responses: { ${byStatus.join(", ")} } }`;
  });
  return `
/** Every operation's documented responses by status; null where no JSON body is documented. */
export const operationResponses = { ${entries.join(", ")} };
`;
}

/**
 * Generates the validators module and its declarations for `specText`.
 * @throws {Error} the spec is not YAML, a schema does not compile, or it needs a runtime helper
 *   that src/validation/runtime.ts lacks.
 */
export async function generateValidators(
  specText: string,
  prettierConfigPath: string,
): Promise<GeneratedValidators> {
  const spec = parseSpec(specText);
  const bodies = listResponseBodies(spec);
  const { document, formats: usedFormats } = buildAjvDocument(spec, bodies);
  const ajv = createAjv(usedFormats);
  ajv.addSchema(document);
  const names = new Map<ResponseBody, string>();
  for (const body of bodies) {
    if (body.schemaPointer === undefined) continue;
    const name = exportName(body);
    if ([...names.values()].includes(name)) {
      throw new Error(
        `two responses would both be exported as ${name}; make their operationIds differ`,
      );
    }
    ajv.addSchema({ $ref: refTo(body.schemaPointer) }, name);
    names.set(body, name);
  }
  const refs = Object.fromEntries([...names.values()].map((name) => [name, name]));
  const { code, imports } = useOwnRuntime(standaloneCode.default(ajv, refs));
  const js = `import { ${imports.join(", ")} } from "${RUNTIME_MODULE}";\n${code}\n${table(bodies, names)}`;
  const operationIds = [...new Set(bodies.map((body) => body.operationId))];
  const dts = declareValidators(operationIds, [...names.values()]);
  return {
    js: await formatGenerated(js, prettierConfigPath, "babel"),
    dts: await formatGenerated(dts, prettierConfigPath, "typescript"),
  };
}
