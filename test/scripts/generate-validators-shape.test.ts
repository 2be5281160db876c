import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Generated from "../../generated/validators.js";
import { modesOf, shapeOf } from "../../scripts/bench/generate/validators-shape.js";
import { generateValidators } from "../../scripts/generate/validators.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const notFound = { $ref: "#/components/responses/NotFound" };
const json = (schema: unknown) => ({
  description: "ok",
  content: { "application/json": { schema } },
});

/**
 * Three operations whose bodies share `simple-user` (directly, through an inline body, and
 * through a shared response), next to schemas no response reaches.
 */
const SPEC = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/users/{id}": {
      get: {
        operationId: "users/get",
        responses: { "200": json(ref("simple-user")), "404": notFound },
      },
      put: {
        operationId: "users/update",
        requestBody: { content: { "application/json": { schema: ref("user-update") } } },
        responses: { "200": json(ref("simple-user")), "404": notFound },
      },
    },
    "/teams": {
      get: {
        operationId: "teams/list",
        responses: {
          "200": json({
            type: "array",
            items: { type: "object", properties: { lead: ref("simple-user") } },
          }),
          "404": notFound,
        },
      },
    },
  },
  components: {
    responses: { NotFound: json(ref("basic-error")) },
    schemas: {
      "simple-user": {
        type: "object",
        required: ["login"],
        properties: { login: { type: "string" }, plan: ref("plan") },
      },
      plan: { type: "string", enum: ["free", "pro"] },
      "basic-error": { type: "object", properties: { message: { type: "string" } } },
      "user-update": { type: "object", properties: { login: { type: "string" } } },
      unused: { type: "integer" },
    },
  },
};

// The module imports its runtime as `../src/validation/runtime.js`, relative to generated/.
const RUNTIME = /"\.\.\/src\/validation\/runtime\.js"/;

describe("generated validators for a spec whose bodies share schemas", { timeout: 60_000 }, () => {
  let js: string;
  let dir: string;
  let module: Record<string, Generated.Validator> & {
    operationResponses: Record<string, Generated.OperationResponses>;
  };
  beforeAll(async () => {
    ({ js } = await generateValidators(JSON.stringify(SPEC), join(PROJECT_ROOT, "openapi.yaml")));
    // Inside the project, so that the module resolves the project's packages; .cache/ is
    // git-ignored and absent from a fresh clone.
    await mkdir(join(PROJECT_ROOT, ".cache"), { recursive: true });
    dir = await mkdtemp(join(PROJECT_ROOT, ".cache", "validators-"));
    const runtime = pathToFileURL(join(PROJECT_ROOT, "src/validation/runtime.ts")).href;
    await writeFile(join(dir, "validators.js"), js.replace(RUNTIME, JSON.stringify(runtime)));
    module = await import(pathToFileURL(join(dir, "validators.js")).href);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes each schema's function once per mode, however many bodies use it", () => {
    const { functions, distinctFunctions } = shapeOf(js);
    expect(functions).toBeGreaterThan(0);
    expect(distinctFunctions).toBe(functions);
    for (const code of modesOf(js)) {
      expect(code.match(/"title": "simple-user"/g)).toHaveLength(1);
      expect(code.match(/"title": "basic-error"/g)).toHaveLength(1);
    }
  });

  it("compiles only the schemas a response reaches", () => {
    for (const code of modesOf(js))
      expect(code.match(/^\s*const schema\d+ = \{ "title": /gm)).toHaveLength(3);
    expect(shapeOf(js).components).toBe(3);
    expect(js).not.toContain('"title": "user-update"');
    expect(js).not.toContain('"title": "unused"');
  });

  it("gives bodies of the same schema the same function, under each response's export name", () => {
    expect(module.UsersGet200).toBe(module.UsersUpdate200);
    expect(module.UsersGet404).toBe(module.TeamsList404);
    const usersUpdate = module.operationResponses["users/update"]?.responses["200"];
    const usersGet = module.operationResponses["users/get"]?.responses["200"];
    expect(usersUpdate).toEqual({
      name: "simple-user",
      validate: module.UsersGet200,
      validateFirst: usersGet?.validateFirst,
    });
    expect(usersUpdate?.validateFirst).not.toBe(usersUpdate?.validate);
  });

  it("checks a shared schema the same way from each place that uses it", () => {
    const validateTeams = module.TeamsList200!;
    const validateUser = module.UsersUpdate200!;
    expect(validateUser({ login: "octocat", plan: "pro" })).toBe(true);
    expect(validateTeams([{ lead: { login: "octocat", plan: "pro" } }])).toBe(true);
    expect(validateUser({ plan: "gold" })).toBe(false);
    expect(validateUser.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([
      ["", "required"],
      ["/plan", "enum"],
    ]);
    expect(validateTeams([{ lead: { plan: "gold" } }])).toBe(false);
    expect(validateTeams.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([
      ["/0/lead", "required"],
      ["/0/lead/plan", "enum"],
    ]);
    expect(validateTeams.errors?.[1]?.parentSchema?.title).toBe("plan");
  });
});

describe("generated validators for a spec with keys named __proto__", { timeout: 60_000 }, () => {
  it("generates the module and writes nothing onto Object.prototype", async () => {
    // JSON.parse, like the YAML parser, makes `__proto__` an own key of the parsed object.
    const text = `{
      "openapi": "3.1.0",
      "info": { "title": "t", "version": "1" },
      "paths": {
        "__proto__": {
          "get": {
            "operationId": "proto",
            "responses": {
              "200": {
                "description": "ok",
                "content": { "application/json": { "schema": {
                  "type": "object",
                  "properties": { "__proto__": { "$ref": "#/components/schemas/__proto__" } }
                } } }
              }
            }
          }
        }
      },
      "components": { "schemas": { "__proto__": { "type": "string" } } }
    }`;
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const { js } = await generateValidators(text, join(PROJECT_ROOT, "openapi.yaml"));
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(js).toContain('"proto": { method: "get", path: "__proto__"');
  });
});
