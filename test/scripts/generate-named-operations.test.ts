import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateTypes } from "../../scripts/generate/types.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";

const PRETTIER_FROM = join(PROJECT_ROOT, "openapi.yaml");

/** A spec with one GET per operationId, each answering a schema named `Thing`. */
function specWith(operationIds: string[], schemas: string[] = ["Thing"]): string {
  const paths = Object.fromEntries(
    operationIds.map((operationId, i) => [
      `/things/${i}`,
      {
        get: {
          operationId,
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
            },
          },
        },
      },
    ]),
  );
  const components = {
    schemas: Object.fromEntries(schemas.map((name) => [name, { type: "object" }])),
  };
  return JSON.stringify({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths,
    components,
  });
}

describe("operations declared by name", () => {
  it("declares each operation as an interface named after its operationId", async () => {
    const types = await generateTypes(specWith(["getThing", "list-things.v2"]), PRETTIER_FROM);
    expect(types).toContain("getThing: GetThingOperation;");
    expect(types).toContain('"list-things.v2": ListThingsV2Operation;');
    expect(types).toMatch(
      /\/\*\* The operation `getThing` of openapi\.yaml\. \*\/\nexport interface GetThingOperation \{/,
    );
    expect(types).toMatch(/get: operations\["getThing"\];/);
  });

  it("refuses two operationIds that would share a name, naming both", async () => {
    await expect(generateTypes(specWith(["get-thing", "getThing"]), PRETTIER_FROM)).rejects.toThrow(
      /operations "get-thing" and "getThing" would both be the TypeScript type GetThingOperation; rename one of them in openapi\.yaml/,
    );
  });

  it("refuses an operation whose name a schema already has", async () => {
    await expect(
      generateTypes(specWith(["getThing"], ["Thing", "GetThingOperation"]), PRETTIER_FROM),
    ).rejects.toThrow(
      /operation "getThing" would be the TypeScript type GetThingOperation, a name the file has already/,
    );
  });
});
