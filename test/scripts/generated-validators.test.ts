import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type * as Generated from "../../generated/validators.js";
import type { OperationResponses, Validator } from "../../generated/validators.js";
import { main } from "../../scripts/generate.js";
import { runInProcess } from "../helpers/console-run.js";
import { copyProject, PROJECT_ROOT, type ProjectCopy } from "../helpers/project-copy.js";

/** The module specifiers `code` imports or requires. */
function dependenciesOf(code: string): string[] {
  const file = ts.createSourceFile(
    "validators.js",
    code,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.JS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
        found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      ["require", "import"].includes(node.expression.getText())
    ) {
      found.push(node.arguments[0]?.getText() ?? "");
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("generated/validators.js", () => {
  it("depends on nothing but src/validation/runtime.ts", async () => {
    const code = await readFile(join(PROJECT_ROOT, "generated/validators.js"), "utf8");
    expect(dependenciesOf(code)).toEqual(["../src/validation/runtime.js"]);
  });
});

describe("npm run generate, for the validators", { timeout: 60_000 }, () => {
  let project: ProjectCopy;
  beforeEach(async () => {
    project = await copyProject();
  });
  afterEach(async () => {
    await project.remove();
  });

  /** Edits the copy's spec and runs `npm run generate`'s main on it, in this process. */
  async function regenerate(edit: (spec: string) => string) {
    const specPath = join(project.dir, "openapi.yaml");
    await writeFile(specPath, edit(await readFile(specPath, "utf8")));
    return runInProcess("generate", () => main([], project.dir));
  }

  /** The copy's regenerated module, loaded as src/ loads it. */
  async function loadValidators(): Promise<typeof Generated & Record<string, Validator>> {
    return (await import(
      pathToFileURL(join(project.dir, "generated/validators.js")).href
    )) as typeof Generated & Record<string, Validator>;
  }

  const addNameRule = (rule: string) => (spec: string) =>
    spec.replace(
      "        name:\n          type: string\n          description: The name of the model instance.\n",
      `        name:\n          type: string\n          ${rule}\n          description: The name of the model instance.\n`,
    );

  it("checks what the edited spec says after regenerating", async () => {
    const result = await regenerate((spec) =>
      spec.replace("        - BEDROCK\n", "        - BEDROCK\n        - MISTRAL\n"),
    );
    expect(result.code).toBe(0);
    const { addModelInstanceToModelGroup200: validate } = await loadValidators();
    const example = { id: "i", name: "n", account_id: "a", created_at: "2024-09-12T14:03:27Z" };
    const instance = {
      ...example,
      created_by_user_id: "u",
      deployment_count: 0,
      model_type: "AGENT",
      request_schema: {},
      response_schema: {},
      supports_multi_turn: false,
    };
    expect(validate({ ...instance, model_vendor: "MISTRAL" })).toBe(true);
    expect(validate({ ...instance, model_vendor: "DEEPSEEK" })).toBe(false);
  });

  it("lets extra fields through even where a schema closes its object", async () => {
    const result = await regenerate((spec) =>
      spec.replace(
        "      title: ModelDetails\n",
        "      title: ModelDetails\n      additionalProperties: false\n",
      ),
    );
    expect(result.code).toBe(0);
    const { addModelInstanceToModelGroup200: validate } = await loadValidators();
    validate({ base_model_metadata: { modelDetails: { experts: 8 } } });
    expect(validate.errors?.map((error) => error.instancePath)).not.toContainEqual(
      expect.stringContaining("modelDetails"),
    );
  });

  it("takes ajv's code-point length from runtime.ts, not from ajv", async () => {
    expect((await regenerate(addNameRule("minLength: 2"))).code).toBe(0);
    const code = await readFile(join(project.dir, "generated/validators.js"), "utf8");
    expect(dependenciesOf(code)).toEqual(["../src/validation/runtime.js"]);
    expect(code).toMatch(
      /^import \{ formats, ucs2length \} from "\.\.\/src\/validation\/runtime\.js";$/m,
    );
  });

  it("treats a format runtime.ts does not check as an annotation", async () => {
    expect((await regenerate(addNameRule("format: uri"))).code).toBe(0);
    const { addModelInstanceToModelGroup200: validate } = await loadValidators();
    validate({ name: "not a uri" });
    expect(validate.errors?.filter((error) => error.keyword === "format")).toEqual([]);
  });

  it("exports validators under mapped names where operationIds and schema names are no identifiers", async () => {
    const result = await regenerate((spec) =>
      spec
        .replace("operationId: addModelInstanceToModelGroup", "operationId: model-groups/add-model")
        .replace(
          '$ref: "#/components/schemas/ModelInstance"',
          '$ref: "#/components/schemas/ModelInstance-Output"',
        )
        .replace("\n    ModelInstance:\n", "\n    ModelInstance-Output:\n"),
    );
    expect(result.stderr).toBe("");
    const { ModelGroupsAddModel200: validate, operationResponses } = await loadValidators();
    if (validate === undefined) throw new Error("ModelGroupsAddModel200 is not exported");
    const operation = (operationResponses as Record<string, OperationResponses>)[
      "model-groups/add-model"
    ];
    expect(operation?.responses["200"]).toMatchObject({ name: "ModelInstance-Output", validate });
    expect(validate({ name: 1 })).toBe(false);
    // Errors name the schema as openapi.yaml spells it, which is where a reader looks it up.
    expect(validate.errors?.map((error) => error.parentSchema?.title)).toContain(
      "ModelInstance-Output",
    );
  });

  it("fails, naming the helper, when a schema needs an ajv runtime helper runtime.ts lacks", async () => {
    const result = await regenerate(addNameRule("not: { const: { a: 1 } }"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`needs ajv's runtime helper "equal"`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
