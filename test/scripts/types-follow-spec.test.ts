/**
 * The generated declarations say what openapi.yaml says, field by field: every property of every
 * object schema is there, optional exactly when the spec does not require it, nullable exactly
 * when its schema admits null; every enum has exactly the spec's values. The expectations are
 * read from openapi.yaml, so a spec edit needs no edit here, and a failure names the field.
 */
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { createSpecValidator, loadSpec } from "../helpers/spec.js";

type JsonObject = Record<string, any>;

const spec = loadSpec();
const validator = createSpecValidator(spec);
const schemas = Object.entries(spec.components.schemas as Record<string, JsonObject>);

/** What the compiler makes of `probes`: each probe's printed type, by name. */
function printProbes(probes: Record<string, string>): Record<string, string> {
  const fileName = join(PROJECT_ROOT, "test/scripts/__probes__.ts");
  const source = [
    `import type { components } from "../../generated/schema.js";`,
    `type S = components["schemas"];`,
    `type Optional<T, K extends keyof T> = {} extends Pick<T, K> ? "optional" : "required";`,
    `type Nullable<T, K extends keyof T> = null extends Required<T>[K] ? "nullable" : "not nullable";`,
    `type Field<T, K extends string> = K extends keyof T ? \`\${Optional<T, K>}, \${Nullable<T, K>}\` : "missing";`,
    ...Object.entries(probes).map(([name, type]) => `export declare const ${name}: ${type};`),
  ].join("\n");
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    lib: ["lib.es2022.d.ts"],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.getSourceFile = (name, ...rest) =>
    name === fileName
      ? ts.createSourceFile(name, source, ts.ScriptTarget.ES2022)
      : getSourceFile(name, ...rest);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const program = ts.createProgram([fileName], options, host);
  const problems = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  if (problems.length > 0) throw new Error(`the probes do not compile:\n${problems.join("\n")}`);
  const checker = program.getTypeChecker();
  const printed: Record<string, string> = {};
  for (const statement of program.getSourceFile(fileName)!.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const { name } of statement.declarationList.declarations) {
      printed[name.getText()] = checker.typeToString(checker.getTypeAtLocation(name));
    }
  }
  return printed;
}

const literal = (value: unknown): string => JSON.stringify(value);

/** Per object schema and property: the probe, and what openapi.yaml says it must print. */
const fieldCases = schemas.flatMap(([schema, { properties, required = [] }]) =>
  Object.keys((properties ?? {}) as JsonObject).map((property, index) => {
    const pointer = `/components/schemas/${schema}/properties/${property}`;
    const optional = required.includes(property) ? "required" : "optional";
    const nullable = validator.at(pointer, null).length === 0 ? "nullable" : "not nullable";
    return {
      what: `${schema}.${property}`,
      probe: [
        `field_${schemas.findIndex(([name]) => name === schema)}_${index}`,
        `Field<S[${literal(schema)}], ${literal(property)}>`,
      ],
      expected: `"${optional}, ${nullable}"`,
    };
  }),
);

/** Per object schema: the properties the generated type has beyond openapi.yaml's. */
const extraCases = schemas
  .filter(([, schema]) => schema.properties !== undefined)
  .map(([schema, { properties }], index) => ({
    what: schema,
    probe: [
      `extra_${index}`,
      `Exclude<keyof S[${literal(schema)}], ${Object.keys(properties).map(literal).join(" | ")}>`,
    ],
  }));

/** Per enum schema: its values, and the values the generated union has beyond them. */
const enumCases = schemas
  .filter(([, schema]) => Array.isArray(schema.enum))
  .map(([schema, { enum: values }], index) => ({
    what: schema,
    probes: {
      [`missing_${index}`]: `Exclude<${values.map(literal).join(" | ")}, S[${literal(schema)}]>`,
      [`surplus_${index}`]: `Exclude<S[${literal(schema)}], ${values.map(literal).join(" | ")}>`,
    },
  }));

describe("generated/schema.d.ts, against openapi.yaml", () => {
  let printed: Record<string, string> = {};
  beforeAll(() => {
    printed = printProbes({
      ...Object.fromEntries(fieldCases.map(({ probe }) => probe)),
      ...Object.fromEntries(extraCases.map(({ probe }) => probe)),
      ...Object.assign({}, ...enumCases.map(({ probes }) => probes)),
    });
  }, 60_000);

  it("has every property, optional and nullable exactly as the spec says", () => {
    expect(fieldCases.length).toBeGreaterThan(0);
    const wrong = fieldCases
      .filter(({ probe, expected }) => printed[probe[0]!] !== expected)
      .map(({ what, probe, expected }) => `${what}: ${printed[probe[0]!]}, not ${expected}`);
    expect(wrong).toEqual([]);
  });

  it("has no property the spec does not declare", () => {
    const wrong = extraCases
      .filter(({ probe }) => printed[probe[0]!] !== "never")
      .map(({ what, probe }) => `${what} has ${printed[probe[0]!]} too`);
    expect(wrong).toEqual([]);
  });

  it("has exactly the spec's values in every enum", () => {
    expect(enumCases.length).toBeGreaterThan(0);
    const wrong = enumCases.flatMap(({ what, probes }) =>
      Object.entries(probes)
        .filter(([name]) => printed[name] !== "never")
        .map(([name]) => `${what}: ${name.split("_")[0]} ${printed[name]}`),
    );
    expect(wrong).toEqual([]);
  });
});
