/**
 * scripts/spec-diff/scope.ts: the part of two revisions that can hold a change, which is all that
 * api-smart-diff compares and all that is validated.
 */
import { apiCompare } from "api-smart-diff";
import { describe, expect, it } from "vitest";
import { checkRevisions } from "../../../scripts/spec-diff/load.js";
import { scopePair } from "../../../scripts/spec-diff/scope.js";
import {
  addOperations,
  baseRevision,
  editDocument,
  EDITS,
  revisionOf,
  schema,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";
import { SCHEMA_EDITS } from "../../fixtures/spec-diff/schema-edits.js";

const ref = (name: string): Spec => ({ $ref: `#/components/schemas/${name}` });
const returning = (body: Spec): Spec => ({
  get: {
    responses: { "200": { description: "OK", content: { "application/json": { schema: body } } } },
  },
});

/**
 * /a returns A; /b returns B, which holds a C; /c returns nothing from components; /d returns
 * what /b's response is, by a pointer into /b; D is used by nothing, E by nothing but holds a C.
 */
function graph(): Spec {
  return {
    openapi: "3.1.0",
    info: { title: "graph", version: "1" },
    paths: {
      "/a": returning(ref("A")),
      "/b": returning(ref("B")),
      "/c": returning({ type: "string" }),
      "/d": returning({ $ref: "#/paths/~1b/get/responses/200/content/application~1json/schema" }),
    },
    components: {
      schemas: {
        A: { type: "string" },
        B: { type: "object", properties: { c: ref("C") } },
        C: { type: "object", properties: { n: { type: "integer" } } },
        D: { type: "boolean" },
        E: { type: "array", items: ref("C") },
      },
      securitySchemes: { key: { type: "apiKey", in: "header", name: "x-api-key" } },
    },
  };
}

const keysOf = (document: Spec): string[] => [
  ...Object.keys(document.paths ?? {}),
  ...Object.keys(document.components?.schemas ?? {}),
];

describe("scopePair", () => {
  it("keeps what differs, what reaches it and what those reach; validates what differs", () => {
    const base = graph();
    const head = graph();
    head.components.schemas.C.properties.n.type = "number";
    const { compared, changed } = scopePair(base, head);
    expect(keysOf(compared.base)).toEqual(["/b", "/d", "B", "C", "E"]);
    expect(keysOf(compared.head)).toEqual(["/b", "/d", "B", "C", "E"]);
    expect(keysOf(changed.head)).toEqual(["C"]);
    // What the rules read whole stays: the top level and the security schemes.
    expect(compared.head.info).toBe(head.info);
    expect((changed.head as Spec).components.securitySchemes).toBe(head.components.securitySchemes);
  });

  it("keeps a path that is new, and all that it reaches", () => {
    const base = graph();
    const head = graph();
    head.paths["/e"] = returning(ref("D"));
    expect(keysOf(scopePair(base, head).changed.head)).toEqual(["/e", "D"]);
    expect(keysOf(scopePair(base, head).changed.base)).toEqual(["D"]);
  });

  it("keeps the documents whole when a reference names a whole collection", () => {
    const base = graph();
    base.paths["/c"].get["x-all"] = { $ref: "#/components/schemas" };
    const head = structuredClone(base);
    head.components.schemas.D.type = "string";
    expect(scopePair(base, head).compared).toEqual({ base, head });
  });

  it("gives api-smart-diff's own differences, on a spec of many operations sharing schemas", () => {
    const base = editDocument(addOperations(30));
    const sorted = (diffs: unknown[]): string[] => diffs.map((d) => JSON.stringify(d)).sort();
    const kept = [
      EDITS.removeRequiredResponseField,
      EDITS.addResponseEnumValue,
      EDITS.addUnusedSchema,
      EDITS.deprecateOperation,
    ].map((edit) => {
      const head = editDocument(edit, base);
      const { compared } = scopePair(base, head);
      expect(sorted(apiCompare(compared.base, compared.head).diffs)).toEqual(
        sorted(apiCompare(structuredClone(base), structuredClone(head)).diffs),
      );
      return Object.keys((compared.head as Spec).paths).length;
    });
    // ModelInstance and ModelVendor are in every response; the new schema in none.
    expect(kept).toEqual([31, 31, 0, 1]);
  });
});

describe("scopePair's trimming of unchanged fields", () => {
  const sorted = (diffs: unknown[]): string[] => diffs.map((d) => JSON.stringify(d)).sort();
  const differences = (base: Spec, head: Spec): string[] =>
    sorted(apiCompare(structuredClone(base), structuredClone(head)).diffs);

  it("leaves out a field that is the same and reaches no change, and cuts down a required one", () => {
    const base = graph();
    base.components.schemas.B.properties.d = { ...ref("D"), description: "a D" };
    base.components.schemas.B.properties.n = { type: "integer" };
    base.components.schemas.B.required = ["d"];
    const head = structuredClone(base);
    head.components.schemas.C.properties.n.type = "number";
    const { compared } = scopePair(base, head);
    const trimmed = (compared.head as Spec).components.schemas.B;
    expect(trimmed.properties).toEqual({ c: ref("C"), d: { description: "a D" } });
    // D is reached only through the field cut down: no longer compared.
    expect(keysOf(compared.head)).toEqual(["/b", "/d", "B", "C", "E"]);
    expect(head.components.schemas.B.properties.n).toEqual({ type: "integer" });
    expect(differences(compared.base, compared.head)).toEqual(differences(base, head));
  });

  it("keeps a required field whole when the required list changes", () => {
    const base = graph();
    base.components.schemas.B.properties.d = ref("D");
    const head = structuredClone(base);
    head.components.schemas.B.required = ["d"];
    const { compared } = scopePair(base, head);
    expect((compared.head as Spec).components.schemas.B.properties.d).toEqual(ref("D"));
    expect(differences(compared.base, compared.head)).toEqual(differences(base, head));
  });

  // One edit of each kind the trimming meets: a required field removed, added or made
  // required, a field's type, enum, nullability or limit changed, a variant added, a field
  // moved inline, fields reordered.
  it.each([
    "removeRequiredResponseField",
    "addRequiredRequestField",
    "makeResponseFieldRequired",
    "changeResponseFieldType",
    "removeResponseEnumValue",
    "nullableResponseObjectAndItsFields",
    "shortenRequestLimit",
    "addResponseVariant",
    "inlineReferencedSchema",
    "reorderResponseFields",
  ] as const)("gives api-smart-diff's own differences for %s", (name) => {
    const base = baseRevision().document as Spec;
    const head = editDocument(SCHEMA_EDITS[name]);
    const { compared } = scopePair(base, head);
    expect(differences(compared.base, compared.head)).toEqual(differences(base, head));
  });
});

describe("checkRevisions", () => {
  const typo = (spec: Spec): void => {
    schema(spec, "ModelInstance").properties.deployment_count.type = "intger";
  };

  it("refuses a revision whose changed part is not valid OpenAPI, and only that", async () => {
    const valid = revisionOf(editDocument(EDITS.addOptionalResponseField), "valid");
    const broken = revisionOf(editDocument(typo), "broken");
    await expect(checkRevisions(valid, broken)).rejects.toThrow(
      /^spec:diff: openapi\.yaml at `broken` is not a valid OpenAPI 3\.1\.0 document: `type` can be one of .* at #\/components\/schemas\/ModelInstance\/properties\/deployment_count\/type/,
    );
    // The same typo on both sides is no change, and lint:spec's to find.
    const alsoBroken = editDocument(EDITS.addUnusedSchema, broken.document);
    await expect(checkRevisions(broken, revisionOf(alsoBroken, "also"))).resolves.toBeDefined();
  });
});
