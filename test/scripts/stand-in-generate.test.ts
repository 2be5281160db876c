import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { transform } from "esbuild";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { generateStandIn, STAND_IN_FILE } from "../../scripts/generate/stand-in.js";
import { readStandInSpec } from "../../scripts/generate/stand-in-examples.js";
import type * as StandIn from "../../generated/stand-in.js";
import { main } from "../../scripts/generate.js";
import { runInProcess } from "../helpers/console-run.js";
import { copyProject, PROJECT_ROOT } from "../helpers/project-copy.js";
import { loadSpec } from "../helpers/spec.js";

type JsonObject = Record<string, any>;

const PRETTIER_CONFIG = join(PROJECT_ROOT, "openapi.yaml");

/** A small spec with one path: a GET with a header and two examples, a DELETE without content. */
function widgetSpec(): JsonObject {
  return {
    openapi: "3.1.0",
    info: { title: "widgets", version: "1" },
    paths: {
      "/widgets/{widget_id}": {
        delete: { operationId: "deleteWidget", responses: { "204": { description: "Gone" } } },
        get: {
          operationId: "getWidget",
          responses: {
            "200": {
              description: "The widget",
              headers: {
                "X-Rate-Limit-Remaining": {
                  schema: { type: "integer", minimum: 0 },
                  example: 99,
                },
                "Content-Length": { schema: { type: "integer" }, example: 3 },
                "X-Request-Id": { schema: { type: "string" }, example: "req_fixed" },
              },
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Widget" },
                  examples: {
                    small: { $ref: "#/components/examples/SmallWidget" },
                    inline: { value: { id: "w_2", size: 2 } },
                  },
                },
              },
            },
            default: { $ref: "#/components/responses/Problem" },
          },
        },
      },
    },
    components: {
      schemas: {
        Widget: {
          type: "object",
          required: ["id"],
          properties: { id: { type: "string" }, size: { type: "integer" } },
        },
      },
      responses: {
        Problem: {
          description: "A problem",
          content: { "text/plain": { schema: { type: "string" }, example: "boom" } },
        },
      },
      examples: { SmallWidget: { value: { id: "w_1", size: 1 } } },
    },
  };
}

/** Evaluates a generated module, as the stand-in imports it. */
async function load(code: string): Promise<typeof StandIn> {
  const { code: js } = await transform(code, { loader: "ts", format: "esm" });
  return import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`);
}

const failureOf = (spec: JsonObject): string => {
  try {
    readStandInSpec(spec);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the spec was accepted");
};

describe("the stand-in generator", () => {
  it("writes openapi.yaml's templates, methods, operationIds and examples, as committed", async () => {
    const committed = await readFile(join(PROJECT_ROOT, STAND_IN_FILE), "utf8");
    const specText = await readFile(join(PROJECT_ROOT, "openapi.yaml"), "utf8");
    expect(await generateStandIn(specText, PRETTIER_CONFIG)).toBe(committed);
    const { standInPaths } = await load(committed);
    const spec = loadSpec();
    expect(standInPaths.map((path) => path.template)).toEqual(Object.keys(spec.paths));
    for (const { template, operations } of standInPaths) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.operationId).toBe(spec.paths[template][method.toLowerCase()].operationId);
      }
    }
  });

  it("serves each example with its status and the headers the stand-in does not write itself", async () => {
    const module = await load(await generateStandIn(stringify(widgetSpec()), PRETTIER_CONFIG));
    const [widgets] = module.standInPaths;
    expect(Object.keys(widgets?.operations ?? {})).toEqual(["GET", "DELETE"]);
    const headers = { "x-rate-limit-remaining": "99" };
    expect(widgets?.operations["GET"]).toEqual({
      operationId: "getWidget",
      examples: [
        {
          name: "small",
          status: "200",
          headers,
          contentType: "application/json",
          body: { id: "w_1", size: 1 },
        },
        {
          name: "inline",
          status: "200",
          headers,
          contentType: "application/json",
          body: { id: "w_2", size: 2 },
        },
      ],
    });
    expect(widgets?.operations["DELETE"]?.examples).toEqual([{ status: "204", headers: {} }]);
    expect(module.schemaExamples).toEqual({
      Widget: [{ name: "SmallWidget", value: { id: "w_1", size: 1 } }],
    });
  });

  it("keeps a __proto__ key an ordinary property of the example", async () => {
    const spec = widgetSpec();
    const body = JSON.parse('{"id":"w_1","__proto__":{"polluted":true}}');
    spec["components"].examples.SmallWidget.value = body;
    const module = await load(await generateStandIn(stringify(spec), PRETTIER_CONFIG));
    const served = module.standInPaths[0]?.operations["GET"]?.examples[0]?.body as JsonObject;
    expect(JSON.stringify(served)).toBe('{"id":"w_1","__proto__":{"polluted":true}}');
    expect(Object.getPrototypeOf(served)).toBe(Object.prototype);
  });

  it.each<[string, (spec: JsonObject) => void, RegExp]>([
    [
      "an example that does not match its schema",
      (spec) => void (spec["components"].examples.SmallWidget.value = { size: "big" }),
      /^the example "small" of GET \/widgets\/\{widget_id\} 200 does not match its schema: must have required property 'id'; fix the example or the schema in openapi\.yaml$/,
    ],
    [
      "a header example that does not match its schema",
      (spec) =>
        void (spec["paths"]["/widgets/{widget_id}"].get.responses["200"].headers[
          "X-Rate-Limit-Remaining"
        ].example = -1),
      /^the example of GET \/widgets\/\{widget_id\} 200 header "X-Rate-Limit-Remaining" does not match its schema: must be >= 0/,
    ],
    [
      "a header example that would split the response",
      (spec) => {
        const header =
          spec["paths"]["/widgets/{widget_id}"].get.responses["200"].headers[
            "X-Rate-Limit-Remaining"
          ];
        header.schema = { type: "string" };
        header.example = "1\r\nSet-Cookie: session=stolen";
      },
      /header "X-Rate-Limit-Remaining" cannot be sent as an HTTP header$/,
    ],
    [
      "an externalValue, which it never reads",
      (spec) =>
        void (spec["components"].examples.SmallWidget = {
          externalValue: join(PROJECT_ROOT, "package.json"),
        }),
      /^the example "small" of GET .* has an externalValue; give it a value: the generator never reads a file or URL that the spec names$/,
    ],
    [
      "a $ref that leaves the spec",
      (spec) =>
        void (spec["paths"]["/widgets/{widget_id}"].get.responses["200"].content[
          "application/json"
        ].examples.small = { $ref: "https://example.invalid/widget.json" }),
      /\$ref "https:\/\/example\.invalid\/widget\.json" must point into #\/components\/examples\//,
    ],
    [
      "a $ref cycle",
      (spec) => {
        spec["components"].examples.SmallWidget = { $ref: "#/components/examples/Loop" };
        spec["components"].examples.Loop = { $ref: "#/components/examples/SmallWidget" };
      },
      /must point into #\/components\/examples\/, in a few hops$/,
    ],
    [
      "a number JSON cannot carry",
      (spec) => void (spec["components"].examples.SmallWidget.value = { id: "w", size: Infinity }),
      /^the example "small" of .* holds Infinity, which JSON cannot carry$/,
    ],
    [
      "an operation without an operationId",
      (spec) => delete spec["paths"]["/widgets/{widget_id}"].delete.operationId,
      /^DELETE \/widgets\/\{widget_id\} has no operationId; give it one$/,
    ],
  ])("refuses %s, in one line", (_what, edit, message) => {
    const spec = widgetSpec();
    edit(spec);
    const failure = failureOf(spec);
    expect(failure).toMatch(message);
    expect(failure).not.toContain("\n");
  });

  it("never prints the spec's control characters raw", () => {
    const spec = widgetSpec();
    const examples =
      spec["paths"]["/widgets/{widget_id}"].get.responses["200"].content["application/json"]
        .examples;
    examples["\u001b]0;owned\u0007\u009b2J"] = { value: { size: 1 } };
    const failure = failureOf(spec);
    expect(failure).toContain("\\u001b]0;owned\\u0007\\u009b2J");
    expect(failure).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe("npm run generate, on a bad example", { timeout: 60_000 }, () => {
  it("exits 1 with one line naming the example, and writes nothing", async () => {
    const project = await copyProject();
    try {
      const specPath = join(project.dir, "openapi.yaml");
      const spec = await readFile(specPath, "utf8");
      // The first model_type of components.examples, whatever its value, made one no enum has.
      await writeFile(specPath, spec.replace(/(\n {8}model_type: )\w+\n/, "$1NOT_A_MODEL_TYPE\n"));
      const before = await readFile(join(project.dir, STAND_IN_FILE), "utf8");
      // npm run generate's main, in this process; test/scripts/generate.test.ts runs the command.
      const result = await runInProcess("generate", () => main([], project.dir));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /the example "\w+" of POST \/v4\/model-groups\/\{model_group_id\}\/models\/\{model_instance_id\} 200 does not match its schema at \/model_type: must be equal to one of the allowed values/,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(await readFile(join(project.dir, STAND_IN_FILE), "utf8")).toBe(before);
    } finally {
      await project.remove();
    }
  });
});
