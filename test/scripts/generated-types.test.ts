import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { diffLines } from "diff";
import ts from "typescript";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/generate.js";
import { runInProcess } from "../helpers/console-run.js";
import { copyProject, PROJECT_ROOT, type ProjectCopy } from "../helpers/project-copy.js";

/**
 * How the compiler prints the type of each `declare const` in `source`, a module next to the
 * tests that imports the committed generated/schema.d.ts: what an editor hover shows.
 */
function printedTypes(source: string): Record<string, string> {
  const fileName = join(PROJECT_ROOT, "test/scripts/__hover__.ts");
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
  const { getSourceFile, fileExists, readFile: read } = host;
  host.getSourceFile = (name, ...rest) =>
    name === fileName
      ? ts.createSourceFile(name, source, ts.ScriptTarget.ES2022)
      : getSourceFile(name, ...rest);
  host.fileExists = (name) => name === fileName || fileExists(name);
  host.readFile = (name) => (name === fileName ? source : read(name));
  const program = ts.createProgram([fileName], options, host);
  const problems = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(problems).toEqual([]);
  const checker = program.getTypeChecker();
  const printed: Record<string, string> = {};
  for (const statement of program.getSourceFile(fileName)!.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      printed[declaration.name.getText()] = checker.typeToString(
        checker.getTypeAtLocation(declaration.name),
      );
    }
  }
  return printed;
}

describe(
  "generated/schema.d.ts, as editors and compiler errors print it",
  { timeout: 60_000 },
  () => {
    it("names ModelInstance, the 200 body, and the model_type and model_vendor properties", () => {
      const printed = printedTypes(`
      import type { components, operations, ModelInstance } from "../../generated/schema.js";
      type AddModel = operations["addModelInstanceToModelGroup"];
      declare const schema: components["schemas"]["ModelInstance"];
      declare const created: AddModel["responses"][200]["content"]["application/json"];
      declare const modelType: ModelInstance["model_type"];
      declare const modelVendor: ModelInstance["model_vendor"];
    `);
      expect(printed).toEqual({
        schema: "ModelInstance",
        created: "ModelInstance",
        modelType: "ModelType",
        // Optional and nullable in openapi.yaml: the name stays, with `| null`.
        modelVendor: "ModelVendor | null | undefined",
      });
    });

    it("names every schema of components.schemas after itself", async () => {
      const text = await readFile(join(PROJECT_ROOT, "generated/schema.d.ts"), "utf8");
      const names = [
        .../schemas: \{\n([^}]*)\};/.exec(text)![1]!.matchAll(/^\s+(\w+): \w+;$/gm),
      ].map((m) => m[1]!);
      expect(names).toContain("ModelVendor");
      const printed = printedTypes(
        `import type { components } from "../../generated/schema.js";\n` +
          names
            .map((name) => `declare const ${name}: components["schemas"]["${name}"];`)
            .join("\n"),
      );
      expect(printed).toEqual(Object.fromEntries(names.map((name) => [name, name])));
    });
  },
);

describe("npm run generate, for the types", { timeout: 60_000 }, () => {
  let project: ProjectCopy;
  beforeEach(async () => {
    project = await copyProject();
  });
  afterEach(async () => {
    await project.remove();
  });

  /** `npm run generate`'s main, in this process, on the copy. */
  const generate = () => runInProcess("generate", () => main([], project.dir));

  async function regenerate(
    edit: (spec: string) => string,
  ): Promise<{ before: string; after: string }> {
    const specPath = join(project.dir, "openapi.yaml");
    const schemaPath = join(project.dir, "generated/schema.d.ts");
    const before = await readFile(schemaPath, "utf8");
    await writeFile(specPath, edit(await readFile(specPath, "utf8")));
    const result = await generate();
    expect(result.stderr).toBe("");
    return { before, after: await readFile(schemaPath, "utf8") };
  }

  it("turns a one-line spec edit into a one-line type diff", async () => {
    const { before, after } = await regenerate((spec) =>
      spec.replace("        - BEDROCK\n", "        - BEDROCK\n        - MISTRAL\n"),
    );
    const changed = diffLines(before, after).filter((part) => part.added || part.removed);
    expect(changed).toEqual([expect.objectContaining({ added: true, value: '  | "MISTRAL"\n' })]);
  });

  it("declares a new schema by name, with its nullable references kept nullable", async () => {
    const { after } = await regenerate((spec) =>
      spec
        .replace(
          "  schemas:\n",
          "  schemas:\n    Tag:\n      type: object\n      properties:\n        label:\n          type: string\n",
        )
        .replace(
          "      properties:\n        name:\n",
          '      properties:\n        tag:\n          anyOf:\n            - $ref: "#/components/schemas/Tag"\n            - type: "null"\n        name:\n',
        ),
    );
    expect(after).toMatch(/^export interface Tag \{\n\s+label\?: string;\n\}$/m);
    expect(after).toMatch(/export interface ModelInstance \{\n\s+tag\?: Tag \| null;\n/);
    expect(after).toMatch(/^\s+Tag: Tag;$/m);
    expect(after).not.toContain('components["schemas"]');
  });

  it("refuses two schema names that map to one type name in one line naming both", async () => {
    const specPath = join(project.dir, "openapi.yaml");
    const spec = await readFile(specPath, "utf8");
    await writeFile(
      specPath,
      spec.replace("  schemas:\n", "  schemas:\n    Model-Type:\n      type: string\n"),
    );
    const result = await generate();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `schemas "Model-Type" and "ModelType" would both be the TypeScript type ModelType; rename one of them in components.schemas\n`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
