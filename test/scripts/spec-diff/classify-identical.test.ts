import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Revision } from "../../../scripts/spec-diff/load.js";
import { buildSpecDiffReport, classifyChanges } from "../../../scripts/spec-diff/report.js";
import { EDITS, operation, revisionOf, type Spec } from "../../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../../helpers/project-copy.js";
import { SPEC_PATH } from "../../helpers/spec.js";

// Rebilly's API description (1 MB of YAML, OpenAPI 3.0), shipped in @redocly/openapi-core for
// its own benchmark: a large third-party spec, written by hand.
const REBILLY_PATH = join(
  createRequire(import.meta.url).resolve("@redocly/openapi-core/package.json"),
  "../src/benchmark/benches/rebilly.yaml",
);

/** `value` with the keys of every mapping in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reversed(item)]),
  );
}

/** `document` with the first `$ref` to a component schema under `paths` written inline. */
function withOneReferenceInline(document: Spec): { document: Spec; name: string } {
  const copy = structuredClone(document);
  let name = "";
  const visit = (node: unknown): void => {
    if (name !== "" || typeof node !== "object" || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      const ref = (child as { $ref?: unknown } | null)?.$ref;
      if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
        name = ref.slice("#/components/schemas/".length);
        (node as Record<string, unknown>)[key] = structuredClone(copy.components.schemas[name]);
        return;
      }
      visit(child);
    }
  };
  visit(copy.paths);
  return { document: copy, name };
}

/** A revision whose text is `document` written as JSON (quoting every key) in key order. */
const asJson = (document: Spec, name: string): Revision => revisionOf(document, name);

function loaded(path: string | URL, name: string): Revision {
  const text = readFileSync(path, "utf8");
  return { label: `\`${name}\``, spec: name, text, document: parse(text) as Spec };
}

describe("comparing a document with itself", () => {
  it("finds no change in the project's spec against itself", async () => {
    const spec = loaded(SPEC_PATH, "openapi.yaml");
    const report = await buildSpecDiffReport(spec, spec, join(PROJECT_ROOT, "openapi.yaml"));
    expect(report.changes).toEqual([]);
    expect(report.typescript.isChanged).toBe(false);
  });

  it("finds no change in the project's spec rewritten: keys reordered, quoted, a $ref inline", async () => {
    const spec = loaded(SPEC_PATH, "openapi.yaml");
    const { document, name } = withOneReferenceInline(reversed(spec.document) as Spec);
    expect(name).not.toBe("");
    const report = await buildSpecDiffReport(
      spec,
      asJson(document, "rewritten.json"),
      join(PROJECT_ROOT, "openapi.yaml"),
    );
    expect(report.changes).toEqual([]);
  });

  it("finds no change in Rebilly's 1 MB spec rewritten: keys reordered, quoted, a $ref inline", () => {
    const spec = loaded(REBILLY_PATH, "rebilly.yaml");
    expect(
      classifyChanges(spec, asJson(reversed(spec.document) as Spec, "reordered.json")),
    ).toEqual([]);
    const { document, name } = withOneReferenceInline(spec.document);
    expect(name).not.toBe("");
    expect(classifyChanges(spec, asJson(document, "inline.json"))).toEqual([]);
  }, 120_000);

  it("does not pair up paths whose templates differ only in parameter names", () => {
    // GitHub's spec has `/orgs/{org}/attestations/{subject_digest}` and `…/{attestation_id}`;
    // api-smart-diff paired them across revisions and reported renames nobody made.
    const withTwinPaths = (spec: Spec): void => {
      const get = (name: string): Spec => ({
        get: {
          operationId: `get_${name}`,
          parameters: [{ name, in: "path", required: true, schema: { type: "string" } }],
          responses: { "204": { description: "Nothing." } },
        },
      });
      spec.paths["/v4/attestations/{subject_digest}"] = get("subject_digest");
      spec.paths["/v4/attestations/{attestation_id}"] = get("attestation_id");
    };
    const spec = parse(readFileSync(SPEC_PATH, "utf8")) as Spec;
    withTwinPaths(spec);
    const edited = structuredClone(spec);
    EDITS.deprecateOperation(edited);
    expect(operation(edited).deprecated).toBe(true);
    const changes = classifyChanges(revisionOf(spec, "base"), revisionOf(edited, "head"));
    expect(changes.map((change) => change.message)).toEqual(["operation deprecated"]);
  });
});
