/**
 * Turns the text of an OpenAPI document into `generated/stand-in.ts`: what the
 * `sgp-client/testing` stand-in serves, so that it needs no YAML parser at run time. Per path
 * template, its operations; per operation, the examples of its responses (status, headers,
 * body); and the `components.examples` of each named schema, which seed its store. Pure apart
 * from reading the prettier config, like generateTypes.
 */
import { isRecord } from "../shared/guards.js";
import { formatDeclarations } from "./output.js";
import { parseSpec } from "./spec.js";
import {
  readStandInSpec,
  type ComponentExample,
  type ExampleAnswer,
  type StandInSpec,
} from "./stand-in-examples.js";

/** Path of the generated file, relative to the project root. */
export const STAND_IN_FILE = "generated/stand-in.ts";

// The declarations the data below is typed with; fixed text, so they are here verbatim.
const DECLARATIONS = `
/** One answer the stand-in can give for an operation, from an example in openapi.yaml. */
export interface StandInExample {
  /** The example's name in openapi.yaml (\`example\` for a lone \`example\`); none for a response without content. */
  readonly name?: string;
  /** The response's key in openapi.yaml: \`200\`, \`2XX\`, \`default\`, … */
  readonly status: string;
  /** The response's header examples, by lower-case name, as they are sent. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body's media type; none for a response without content. */
  readonly contentType?: string;
  /** The body, a JSON value checked against its schema when this file was generated. */
  readonly body?: unknown;
}

/** One operation of a path template. */
export interface StandInOperation {
  readonly operationId: string;
  /** Every example of every response of the operation, in openapi.yaml's order. */
  readonly examples: readonly StandInExample[];
}

/** One path template of openapi.yaml and its operations, by upper-case method. */
export interface StandInPath {
  readonly template: string;
  readonly operations: Readonly<Record<string, StandInOperation>>;
}

/** An example of openapi.yaml's \`components.examples\`, with its name there. */
export interface NamedExample {
  readonly name: string;
  readonly value: unknown;
}
`;

/**
 * A JSON value as a JavaScript literal. A `__proto__` key is written computed: a literal
 * `"__proto__":` would set the object's prototype instead of a property (ECMA-262 §B.3.1).
 */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (isRecord(value)) {
    const entries = Object.entries(value).map(
      ([key, item]) => `${keyLiteral(key)}: ${literal(item)}`,
    );
    return `{${entries.join(", ")}}`;
  }
  return JSON.stringify(value);
}

const keyLiteral = (key: string): string =>
  key === "__proto__" ? `["__proto__"]` : JSON.stringify(key);

/** The module's code: the component examples once each, then the tables that use them. */
function emit({ paths, schemaExamples }: StandInSpec): string {
  const constants = new Map<ComponentExample, string>();
  const constantOf = (component: ComponentExample): string => {
    const known = constants.get(component);
    if (known !== undefined) return known;
    const name = `componentExample${constants.size}`;
    constants.set(component, name);
    return name;
  };
  const exampleCode = (answer: ExampleAnswer): string => {
    const fields = [
      ...(answer.name === undefined ? [] : [`name: ${JSON.stringify(answer.name)}`]),
      `status: ${JSON.stringify(answer.status)}`,
      `headers: ${literal(answer.headers)}`,
      ...(answer.contentType === undefined
        ? []
        : [`contentType: ${JSON.stringify(answer.contentType)}`]),
      ...(answer.body === undefined
        ? []
        : [
            `body: ${"inline" in answer.body ? literal(answer.body.inline) : constantOf(answer.body.component)}`,
          ]),
    ];
    return `{ ${fields.join(", ")} }`;
  };
  const pathsCode = paths.map(({ template, operations }) => {
    const byMethod = operations.map(
      ({ method, operationId, answers }) =>
        `${JSON.stringify(method)}: { operationId: ${JSON.stringify(operationId)}, examples: [${answers.map(exampleCode).join(", ")}] }`,
    );
    return `{ template: ${JSON.stringify(template)}, operations: { ${byMethod.join(", ")} } }`;
  });
  const seedCode = [...schemaExamples].map(
    ([schema, list]) =>
      `${keyLiteral(schema)}: [${list.map((component) => `{ name: ${JSON.stringify(component.name)}, value: ${constantOf(component)} }`).join(", ")}]`,
  );
  const constantsCode = [...constants].map(
    ([component, name]) => `const ${name}: unknown = ${literal(component.value)};`,
  );
  return `${DECLARATIONS}
${constantsCode.join("\n\n")}

/** Every path template of openapi.yaml, in its order, with what the stand-in can answer there. */
export const standInPaths: readonly StandInPath[] = [${pathsCode.join(", ")}];

/**
 * The \`components.examples\` that a response uses with a named schema (\`$ref\` to
 * \`components.schemas\`), by that schema's name, in the order \`components.examples\` lists them.
 */
export const schemaExamples: Readonly<Record<string, readonly NamedExample[]>> = { ${seedCode.join(", ")} };
`;
}

/**
 * Generates the formatted stand-in module for `specText`.
 * `prettierConfigPath` is a file inside the project whose prettier config applies.
 * @throws {Error} one line: the spec is not YAML, or an example does not match its schema or
 *   cannot be served (see readStandInSpec).
 */
export async function generateStandIn(
  specText: string,
  prettierConfigPath: string,
): Promise<string> {
  const code = emit(readStandInSpec(parseSpec(specText)));
  return formatDeclarations(code, prettierConfigPath);
}
