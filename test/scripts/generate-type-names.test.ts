import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { generateTypes } from "../../scripts/generate/types.js";
import {
  assignTypeNames,
  isTypeName,
  toTypeName,
  TypeNameError,
} from "../../scripts/shared/type-names.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { loadSpec } from "../helpers/spec.js";

describe("toTypeName", () => {
  it.each(["ModelInstance", "HTTPValidationError", "modelDetails", "$x", "_2fa", "Modèle"])(
    "keeps %s, already a usable type name",
    (name) => {
      expect(toTypeName(name)).toBe(name);
    },
  );

  it.each([
    ["ModelInstance-Input", "ModelInstanceInput"],
    ["ModelInstance-Output", "ModelInstanceOutput"],
    ["network-policies", "NetworkPolicies"],
    ["simple.user", "SimpleUser"],
    ["model instance", "ModelInstance"],
    ["repos/get-content", "ReposGetContent"],
    ["HTTP-error", "HTTPError"],
    ["a_b-c", "A_bC"],
    ["modèle-de-base", "ModèleDeBase"],
  ])("capitalizes the pieces of %s: %s", (name, typeName) => {
    expect(toTypeName(name)).toBe(typeName);
    expect(isTypeName(typeName)).toBe(true);
  });

  it.each([
    ["2fa", "_2fa"],
    ["2fa-codes", "_2faCodes"],
    ["404", "_404"],
  ])("puts _ before %s, which starts with a digit: %s", (name, typeName) => {
    expect(toTypeName(name)).toBe(typeName);
  });

  it.each([
    ["string", "String"],
    ["default", "Default"],
    ["type", "Type"],
  ])("capitalizes the keyword %s: %s", (name, typeName) => {
    expect(isTypeName(name)).toBe(false);
    expect(toTypeName(name)).toBe(typeName);
  });

  it("refuses a name with no letter or digit, quoting it with its control characters escaped", () => {
    expect(() => toTypeName("--")).toThrow(TypeNameError);
    expect(() => toTypeName("\u001b]--")).toThrow(
      /^"\\u001b\]--" has no letter or digit to make a TypeScript type name from; rename it$/,
    );
  });
});

describe("assignTypeNames", () => {
  it("maps each name by itself, whatever other names are present", () => {
    const alone = assignTypeNames(["ModelInstance-Input"]);
    const withOthers = assignTypeNames(["a-b", "ModelInstance-Input", "ModelInstance-Output"]);
    expect(alone.get("ModelInstance-Input")).toBe("ModelInstanceInput");
    expect(withOthers.get("ModelInstance-Input")).toBe("ModelInstanceInput");
    expect([...withOthers.values()]).toEqual(["AB", "ModelInstanceInput", "ModelInstanceOutput"]);
  });

  it("refuses two schema names that map to one type name, in one line naming both", () => {
    const assign = () => assignTypeNames(["ModelInstance-Input", "ModelInstanceInput"]);
    expect(assign).toThrow(TypeNameError);
    expect(assign).toThrow(
      /^schemas "ModelInstance-Input" and "ModelInstanceInput" would both be the TypeScript type ModelInstanceInput; rename one of them in components\.schemas$/,
    );
  });

  it("refuses a name that maps to one the generated file declares or uses itself", () => {
    expect(() => assignTypeNames(["model-instance"], new Set(["ModelInstance"]))).toThrow(
      /^schema "model-instance" would be the TypeScript type ModelInstance, which the generated file already declares or uses; rename it in components\.schemas$/,
    );
    expect(() => assignTypeNames(["paths"], new Set(["paths"]))).toThrow(/schema "paths"/);
  });

  it("refuses a name with no letter or digit, saying where to rename it", () => {
    expect(() => assignTypeNames(["***"])).toThrow(
      /^schema "\*\*\*" has no letter or digit .* in components\.schemas$/,
    );
  });
});

/** How the compiler prints the type of each `declare const` in `source`, next to `schema.d.ts`. */
function printedTypes(declarations: string, source: string): Record<string, string> {
  const dir = join(PROJECT_ROOT, "test/scripts/__virtual__");
  const files = new Map([
    [join(dir, "schema.d.ts"), declarations],
    [join(dir, "probe.ts"), source],
  ]);
  const options: ts.CompilerOptions = {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    lib: ["lib.es2022.d.ts"],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.getSourceFile = (name, ...rest) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile(name, ...rest)
      : ts.createSourceFile(name, text, ts.ScriptTarget.ES2022);
  };
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.directoryExists = (name) => name === dir || (directoryExists?.(name) ?? false);
  const program = ts.createProgram([join(dir, "probe.ts")], options, host);
  const problems = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(problems).toEqual([]);
  const checker = program.getTypeChecker();
  const printed: Record<string, string> = {};
  for (const statement of program.getSourceFile(join(dir, "probe.ts"))!.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const { name } of statement.declarationList.declarations) {
      printed[name.getText()] = checker.typeToString(checker.getTypeAtLocation(name));
    }
  }
  return printed;
}

describe("generateTypes with component names that are not identifiers", { timeout: 60_000 }, () => {
  // FastAPI with pydantic v2 names a model's two sides `X-Input` and `X-Output`.
  const ADDED = {
    "ModelInstance-Input": { type: "object", properties: { name: { type: "string" } } },
    "network-policies": { description: "Network policies.", type: "string", enum: ["open"] },
    "simple.user": { type: "object", properties: { login: { type: "string" } } },
    "model group": { type: "object", properties: { id: { type: "string" } } },
    "2fa": { type: "boolean" },
    string: { type: "string" },
    Holder: {
      type: "object",
      properties: Object.fromEntries(
        [
          "ModelInstance-Input",
          "network-policies",
          "simple.user",
          "model group",
          "2fa",
          "string",
        ].map((name, index) => [
          `p${index}`,
          { $ref: `#/components/schemas/${encodeURIComponent(name)}` },
        ]),
      ),
    },
  };
  let declarations: string;
  beforeAll(async () => {
    const spec = loadSpec();
    spec.components.schemas = { ...spec.components.schemas, ...ADDED };
    declarations = await generateTypes(JSON.stringify(spec), join(PROJECT_ROOT, "openapi.yaml"));
  });

  it("declares each under its mapped name, with the original name in a JSDoc line", () => {
    expect(declarations).toMatch(
      /\/\*\*\n \* `ModelInstance-Input` in openapi\.yaml\.\n \*\/\nexport interface ModelInstanceInput \{/,
    );
    expect(declarations).toMatch(
      /\/\*\*\n \* `network-policies` in openapi\.yaml\.\n \* @description Network policies\.\n[^/]*\*\/\nexport type NetworkPolicies = "open";/,
    );
    expect(declarations).toMatch(
      /`simple\.user` in openapi\.yaml\.\n \*\/\nexport interface SimpleUser \{/,
    );
    expect(declarations).toMatch(
      /`model group` in openapi\.yaml\.\n \*\/\nexport interface ModelGroup \{/,
    );
    expect(declarations).toMatch(/`2fa` in openapi\.yaml\.\n \*\/\nexport type _2fa = boolean;/);
    expect(declarations).toMatch(
      /`string` in openapi\.yaml\.\n \*\/\nexport type String = string;/,
    );
  });

  it("leaves names that need no mapping without the extra JSDoc line", () => {
    expect(declarations).not.toContain("`ModelInstance` in openapi.yaml");
    expect(declarations).not.toContain("`Holder` in openapi.yaml");
  });

  it('resolves components["schemas"] by the spec\'s names, and references by the mapped names', () => {
    const names = Object.keys(ADDED);
    const printed = printedTypes(
      declarations,
      `import type { components, Holder } from "./schema.js";\n` +
        names
          .map((name, i) => `declare const s${i}: components["schemas"][${JSON.stringify(name)}];`)
          .join("\n") +
        `\ndeclare const reference: Holder["p0"];`,
    );
    expect(printed).toEqual({
      s0: "ModelInstanceInput",
      s1: '"open"',
      s2: "SimpleUser",
      s3: "ModelGroup",
      s4: "boolean",
      s5: "string",
      s6: "Holder",
      reference: "ModelInstanceInput | undefined",
    });
  });

  it("refuses two names that map to one type name, naming both", async () => {
    const spec = loadSpec();
    spec.components.schemas = { ...spec.components.schemas, "Model-Instance": { type: "string" } };
    await expect(
      generateTypes(JSON.stringify(spec), join(PROJECT_ROOT, "openapi.yaml")),
    ).rejects.toThrow(
      'schemas "ModelInstance" and "Model-Instance" would both be the TypeScript type ModelInstance; rename one of them in components.schemas',
    );
  });

  it("quotes a name that would end the JSDoc comment, keeping the file one declaration per schema", async () => {
    const spec = loadSpec();
    spec.components.schemas = {
      ...spec.components.schemas,
      "x*/ export declare const injected: 1; /*": { type: "string" },
    };
    const text = await generateTypes(JSON.stringify(spec), join(PROJECT_ROOT, "openapi.yaml"));
    expect(text).toContain("`x*\\/ export declare const injected: 1; /*` in openapi.yaml.");
    expect(text).not.toMatch(/^export declare const injected/m);
    const file = ts.createSourceFile("schema.d.ts", text, ts.ScriptTarget.ES2022);
    expect(file.statements.some((s) => ts.isVariableStatement(s))).toBe(false);
  });
});
