/**
 * scripts/shared/load-spec.ts, in-process: what a spec may hold before any tool resolves it, and
 * the one-line refusals of everything else. The same cases through the real command line are in
 * hostile-cli.test.ts.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  DEFAULT_SPEC_LIMITS,
  limitsFrom,
  MAX_DEPTH,
  parseSpecText,
  readSpecFile,
  SpecInputError,
} from "../../../scripts/shared/load-spec.js";
import { resolveLocalPointer } from "../../../scripts/shared/local-refs.js";
import { BASE_SPEC, editSpec, schema, type Spec } from "../../fixtures/spec-diff/spec-edits.js";

const LIMITS = DEFAULT_SPEC_LIMITS;

/** The one-line message parsing `text` is refused with. */
function refusal(text: string, limits = LIMITS): string {
  let caught: unknown;
  try {
    parseSpecText(text, limits);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SpecInputError);
  const { message } = caught as Error;
  expect(message).not.toMatch(/[\n\r\u001b]/);
  return message;
}

/** The fixture spec with `value` as the example of the field `name` of ModelInstance. */
const withExample = (value: unknown): string =>
  editSpec((spec: Spec) => {
    schema(spec, "ModelInstance").properties.name.example = value;
  });

describe("parseSpecText", () => {
  it("parses the fixture spec", () => {
    expect(parseSpecText(BASE_SPEC, LIMITS)).toMatchObject({ openapi: "3.1.0" });
  });

  it.each([
    ["an absolute path", "/etc/passwd"],
    ["a relative path", "other.yaml#/components/schemas/X"],
    ["a file URL", "file:///etc/passwd"],
    ["an http URL", "http://127.0.0.1:9/x.yaml"],
    ["an anchor, not a pointer", "#ModelInstance"],
  ])("refuses a $ref to %s inside an example value, naming where it stands", (_what, ref) => {
    expect(refusal(withExample({ $ref: ref }))).toBe(
      `has a \`$ref\` to ${JSON.stringify(ref)} at #/components/schemas/ModelInstance/properties/name/example/$ref; only references into the same document ("#/…") are read: bundle a split spec into one file first`,
    );
  });

  it("refuses a $ref out of the document in a parameter, a response or an extension", () => {
    const outside = { $ref: "https://example.invalid/p.yaml" };
    const inParameter = editSpec((spec: Spec) => {
      const operation = spec.paths["/v4/model-groups/{model_group_id}/models/{model_instance_id}"];
      operation.post.parameters.push(outside);
    });
    expect(refusal(inParameter)).toMatch(
      /^has a `\$ref` to .* at #\/paths\/~1v4~1model-groups.*\/post\/parameters\/\d+\/\$ref; /,
    );
    const inExtension = editSpec((spec: Spec) => {
      spec["x-anything"] = { deep: [outside] };
    });
    expect(refusal(inExtension)).toMatch(/ at #\/x-anything\/deep\/0\/\$ref; /);
  });

  it("refuses a $ref that names nothing, or a member of Object.prototype", () => {
    expect(refusal(withExample({ $ref: "#/components/schemas/Nope" }))).toMatch(
      /^has a `\$ref` to "#\/components\/schemas\/Nope", which names nothing in the document, at #\//,
    );
    expect(refusal(withExample({ $ref: "#/components/schemas/constructor" }))).toMatch(
      /which names nothing in the document/,
    );
    expect(refusal(withExample({ $ref: 42 }))).toMatch(/^has a `\$ref` that is not a string at /);
  });

  it("refuses a loop of bare references, and accepts a recursive schema", () => {
    const loop = editSpec((spec: Spec) => {
      spec.components.schemas.A = { $ref: "#/components/schemas/B" };
      spec.components.schemas.B = { $ref: "#/components/schemas/A" };
    });
    expect(refusal(loop)).toMatch(
      /^has a `\$ref` to "#\/components\/schemas\/B", which leads back to itself through other references, at #\/components\/schemas\/A\/\$ref$/,
    );
    const tree = editSpec((spec: Spec) => {
      spec.components.schemas.Tree = {
        type: "object",
        properties: { children: { type: "array", items: { $ref: "#/components/schemas/Tree" } } },
      };
    });
    expect(() => parseSpecText(tree, LIMITS)).not.toThrow();
  });

  it("refuses an externalValue and a discriminator mapping to another file", () => {
    const external = editSpec((spec: Spec) => {
      spec.components.examples ??= {};
      spec.components.examples.Leak = { externalValue: "file:///etc/passwd" };
    });
    expect(refusal(external)).toMatch(
      /^has an `externalValue`, which tools would fetch, at #\/components\/examples\/Leak\/externalValue; /,
    );
    const mapping = (target: string): string =>
      editSpec((spec: Spec) => {
        spec.components.schemas.Pet = {
          oneOf: [{ $ref: "#/components/schemas/ModelInstance" }],
          discriminator: { propertyName: "name", mapping: { dog: target } },
        };
      });
    expect(refusal(mapping("./dog.yaml"))).toMatch(
      /^has a discriminator mapping to "\.\/dog\.yaml" at #\/components\/schemas\/Pet\/discriminator; /,
    );
    expect(() =>
      parseSpecText(mapping("#/components/schemas/ModelInstance"), LIMITS),
    ).not.toThrow();
    expect(() => parseSpecText(mapping("ModelInstance"), LIMITS)).not.toThrow();
  });

  it("refuses a mapping key that is not a plain scalar, which YAML libraries read differently", () => {
    expect(refusal(`${BASE_SPEC}x-keys:\n  ? [$ref]\n  : /etc/passwd\n`)).toBe(
      "has a mapping key that is not a plain scalar at #/x-keys",
    );
  });

  it("counts nodes with aliases expanded, before expanding them", () => {
    const laughs = ['x-l0: &l0 "lol"'];
    for (let level = 1; level < 10; level += 1) {
      laughs.push(
        `x-l${level}: &l${level} [${Array(10)
          .fill(`*l${level - 1}`)
          .join(", ")}]`,
      );
    }
    expect(refusal(`${BASE_SPEC}${laughs.join("\n")}\n`)).toBe(
      "holds more than 1,000,000 YAML nodes with its aliases expanded, the limit (--max-nodes raises it)",
    );
    // 99 aliases of a 2,000-node list: below the yaml package's alias count, 200,000 nodes.
    const items = Array.from({ length: 1000 }, (_, index) => `v${index}`).join(", ");
    const amplified = `${BASE_SPEC}x-a: &a [${items}]\nx-b: [${Array(99).fill("*a").join(", ")}]\n`;
    expect(() => parseSpecText(amplified, LIMITS)).not.toThrow();
    expect(refusal(amplified, { ...LIMITS, maxNodes: 100_000 })).toMatch(
      /^holds more than 100,000 YAML nodes/,
    );
  });

  it("refuses an alias inside the node it names", () => {
    expect(refusal(`${BASE_SPEC}x-self: &s [1, *s]\n`)).toMatch(
      /^(has a YAML alias inside the node it names at #\/x-self\/1|is not valid YAML: .*)$/,
    );
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels, plain or through aliases`, () => {
    const nested = (depth: number): string => `${"[".repeat(depth)}${"]".repeat(depth)}`;
    expect(() =>
      parseSpecText(`${BASE_SPEC}x-deep: ${nested(MAX_DEPTH - 2)}\n`, LIMITS),
    ).not.toThrow();
    expect(refusal(`${BASE_SPEC}x-deep: ${nested(MAX_DEPTH)}\n`)).toMatch(
      /^nests deeper than 100 levels at #\/x-deep\/0\/0\/.*, the limit \(fixed\)$/,
    );
    expect(refusal(`${BASE_SPEC}x-deep: ${nested(10_000)}\n`)).toMatch(
      /^nests deeper than 100 levels/,
    );
    const half = nested(60).replace("[]", "[*a]");
    expect(refusal(`${BASE_SPEC}x-a: &a ${nested(60)}\nx-b: ${half}\n`)).toMatch(
      /^nests deeper than 100 levels through its aliases/,
    );
  });

  it("refuses text over the byte limit, and says how to raise it", () => {
    expect(refusal(BASE_SPEC, { ...LIMITS, maxBytes: 100 })).toMatch(
      /^is [\d,]+ bytes, over the limit of 100 \(--max-bytes raises it\)$/,
    );
  });

  it("writes a key with control characters as escapes in the pointer it names", () => {
    const text = withExample({ "a\u001b[2J\nb": { $ref: "/etc/passwd" } });
    expect(refusal(text)).toContain("/example/a\\u001b[2J\\nb/$ref;");
  });
});

describe("parseSpecText on JSON text", () => {
  /** The fixture spec as JSON, after `edit`. */
  const asJson = (edit: (spec: Spec) => void = () => undefined): string => {
    const spec = parseSpecText(BASE_SPEC, LIMITS) as Spec;
    edit(spec);
    return JSON.stringify(spec);
  };

  it("reads JSON as the YAML it also is, a key named __proto__ included", () => {
    const spec = parseSpecText(BASE_SPEC, LIMITS);
    expect(parseSpecText(JSON.stringify(spec, null, 2), LIMITS)).toEqual(spec);
    const proto = parseSpecText('{"openapi": "3.1.0", "__proto__": {"x": 1}}', LIMITS);
    expect(Object.keys(proto)).toEqual(["openapi", "__proto__"]);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    // A YAML flow mapping is not JSON, and still reads as YAML.
    expect(parseSpecText("{openapi: 3.1.0, info: {title: t}}", LIMITS)).toEqual({
      openapi: "3.1.0",
      info: { title: "t" },
    });
  });

  it("refuses in JSON what it refuses in YAML: references out, too many nodes, depth", () => {
    const outside = asJson((spec) => {
      schema(spec, "ModelInstance").properties.name.example = { $ref: "/etc/passwd" };
    });
    expect(refusal(outside)).toMatch(
      /^has a `\$ref` to "\/etc\/passwd" at #\/components\/schemas\/ModelInstance\/properties\/name\/example\/\$ref; /,
    );
    expect(refusal(asJson(), { ...LIMITS, maxNodes: 400 })).toBe(
      "holds more than 400 YAML nodes with its aliases expanded, the limit (--max-nodes raises it)",
    );
    const deep = (depth: number): string =>
      asJson().replace(/^\{/, `{"x-deep": ${"[".repeat(depth)}${"]".repeat(depth)}, `);
    expect(() => parseSpecText(deep(MAX_DEPTH - 2), LIMITS)).not.toThrow();
    expect(refusal(deep(MAX_DEPTH))).toMatch(
      /^nests deeper than 100 levels at #\/x-deep\/0\/0\/.*, the limit \(fixed\)$/,
    );
    expect(refusal(deep(100_000))).toMatch(/^nests deeper than 100 levels at /);
  });
});

describe("resolveLocalPointer", () => {
  const document = { a: { "b/c": [10, 20], "~": 1, "%": 2, constructor: 3 } };

  it.each([
    ["#", document],
    ["#/a/b~1c/1", 20],
    ["#/a/~0", 1],
    ["#/a/%25", 2],
    ["#/a/constructor", 3],
  ])("resolves %s", (ref, expected) => {
    expect(resolveLocalPointer(document, ref)).toEqual(expected);
  });

  it.each(["#/a/b~1c/2", "#/a/b~1c/01", "#/a/toString", "#/a/%E0%A4%A", "#/x", "/a"])(
    "names nothing at %s",
    (ref) => {
      expect(resolveLocalPointer(document, ref)).toBeUndefined();
    },
  );
});

describe("limitsFrom", () => {
  it("reads --max-bytes and --max-nodes, and refuses what is not a whole number", () => {
    expect(limitsFrom({ "max-bytes": "10", "max-nodes": "20" })).toEqual({
      maxBytes: 10,
      maxNodes: 20,
    });
    expect(limitsFrom({})).toEqual(DEFAULT_SPEC_LIMITS);
    expect(() => limitsFrom({ "max-bytes": "5MB" })).toThrow(
      '--max-bytes must be a whole number from 1, not "5MB"',
    );
  });
});

describe("readSpecFile", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "load-spec-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reads a regular file within the limit", async () => {
    await writeFile(join(dir, "spec.yaml"), stringify({ openapi: "3.1.0" }));
    await expect(readSpecFile(join(dir, "spec.yaml"), 100)).resolves.toBe("openapi: 3.1.0\n");
  });

  it("refuses a file over the limit before reading it", async () => {
    await writeFile(join(dir, "big.yaml"), "x".repeat(101));
    await expect(readSpecFile(join(dir, "big.yaml"), 100)).rejects.toThrow(
      "is 101 bytes, over the limit of 100 (--max-bytes raises it)",
    );
  });

  it("refuses a symbolic link, wherever it points", async () => {
    await symlink("/etc/hostname", join(dir, "link.yaml"));
    await expect(readSpecFile(join(dir, "link.yaml"), 100)).rejects.toThrow(
      "is a symbolic link; only a regular file is read",
    );
  });

  it("refuses a FIFO without waiting for a writer", async () => {
    await promisify(execFile)("mkfifo", [join(dir, "fifo.yaml")]);
    await expect(readSpecFile(join(dir, "fifo.yaml"), 100)).rejects.toThrow(
      "is not a regular file",
    );
  });
});
