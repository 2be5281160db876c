/**
 * The names the generated validators module exports: one per response with a JSON body, and the
 * table of them by operation and status.
 */
import { quoteName, toTypeName } from "../shared/type-names.js";
import { refTo } from "./ajv-document.js";
import type { ResponseBody } from "./response-bodies.js";

/**
 * `addModelInstanceToModelGroup` + `422` → `addModelInstanceToModelGroup422`; an operationId that
 * is no identifier is mapped as schema names are: `repos/get-content` + `200` → `ReposGetContent200`.
 */
function exportName({ operationId, status }: ResponseBody): string {
  const suffix = status === "default" ? "Default" : status.toUpperCase();
  return toTypeName(`${operationId}${suffix}`);
}

/** `"get-x" 200`, for a message: the operationId comes from outside. */
const describeResponse = ({ operationId, status }: ResponseBody): string =>
  `${quoteName(operationId)} ${quoteName(status)}`;

/** What the module exports, as {@link nameExports} decides it. */
export interface Exports {
  /** Each body's export name. */
  names: Map<ResponseBody, string>;
  /** The names ajv's standalone code exports, each with the `$ref` it compiles. */
  refs: Record<string, string>;
  /** `export const B = A;` for each further body whose schema another already exports. */
  aliases: string[];
  /** Each export name's first export of the same schema: the name ajv's code defines. */
  canonical: Map<string, string>;
}

/**
 * Names the export of each body in `targets` (body → the JSON pointer ajv compiles for it).
 * @throws {Error} two responses would share an export name, naming both.
 */
export function nameExports(targets: ReadonlyMap<ResponseBody, string>): Exports {
  const names = new Map<ResponseBody, string>();
  const owners = new Map<string, ResponseBody>();
  // No prototype: an export may be named `__proto__` (operationId `__proto__`, status ``).
  const refs: Record<string, string> = Object.create(null);
  // The export that names each pointer first; later ones alias it. ajv's standalone code emits a
  // function again for each further export naming it (ajv 8.20: `validateCode` marks it started,
  // never completed; issue #1361 fixed this for references, not exports): GitHub's shared 404
  // body would be written out 1,500 times.
  const firstExports = new Map<string, string>();
  const aliases: string[] = [];
  const canonical = new Map<string, string>();
  for (const [body, pointer] of targets) {
    const name = exportName(body);
    const owner = owners.get(name);
    if (owner !== undefined) {
      throw new Error(
        `responses ${describeResponse(owner)} and ${describeResponse(body)} would both be exported as ${name}; make their operationIds differ`,
      );
    }
    owners.set(name, body);
    names.set(body, name);
    const first = firstExports.get(pointer);
    if (first === undefined) {
      firstExports.set(pointer, name);
      refs[name] = refTo(pointer);
    } else {
      aliases.push(`export const ${name} = ${first};`);
    }
    canonical.set(name, first ?? name);
  }
  return { names, refs, aliases, canonical };
}

/**
 * `export const operationResponses = { … }`: every operation's responses by status, each with
 * its all-errors validator and, from `firstErrorModule`, its first-error one.
 */
export function declareTable(
  bodies: readonly ResponseBody[],
  { names, canonical }: Pick<Exports, "names" | "canonical">,
  firstErrorModule: string,
): string {
  const operations = new Map<string, ResponseBody[]>();
  for (const body of bodies) {
    const responses = operations.get(body.operationId);
    if (responses === undefined) operations.set(body.operationId, [body]);
    else responses.push(body);
  }
  const entries = [...operations].map(([operationId, responses]) => {
    const { method, path } = responses[0] as ResponseBody;
    const byStatus = responses.map((body) => {
      const name = names.get(body);
      const schema =
        body.schemaName === undefined ? "" : `name: ${JSON.stringify(body.schemaName)}, `;
      const first = name === undefined ? "" : `${firstErrorModule}.${canonical.get(name) ?? name}`;
      return `${JSON.stringify(body.status)}: ${name === undefined ? "null" : `{ ${schema}validate: ${name}, validateFirst: ${first} }`}`;
    });
    return `${JSON.stringify(operationId)}: { method: ${JSON.stringify(method)}, path: ${JSON.stringify(path)}, responses: { ${byStatus.join(", ")} } }`;
  });
  return `export const operationResponses = { ${entries.join(", ")} };\n`;
}
