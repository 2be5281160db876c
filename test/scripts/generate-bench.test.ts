import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseGenerateBenchArgs, UsageError } from "../../scripts/bench/generate/args.js";
import { withoutResponseExamples } from "../../scripts/bench/generate/response-examples.js";
import { shapeOf } from "../../scripts/bench/generate/validators-shape.js";
import { renderReport, type Run, type SpecResult } from "../../scripts/bench/generate/report.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { describeRun, runProcess } from "../helpers/run-process.js";

const MiB = 1024 * 1024;

describe("parseGenerateBenchArgs", () => {
  it("reads the rounds and a spec file", () => {
    expect(parseGenerateBenchArgs(["--rounds", "3", "--spec=x.json"])).toEqual({
      rounds: 3,
      spec: "x.json",
      isHelp: false,
    });
    expect(parseGenerateBenchArgs([])).toEqual({ rounds: 2, spec: undefined, isHelp: false });
  });

  it("refuses an unknown option or a bad count in one line", () => {
    expect(() => parseGenerateBenchArgs(["--bogus"])).toThrow(UsageError);
    expect(() => parseGenerateBenchArgs(["--bogus"])).toThrow(
      /^Unknown option '--bogus'; --help lists the options$/,
    );
    expect(() => parseGenerateBenchArgs(["--rounds", "0"])).toThrow(
      /^--rounds takes a whole number ≥ 1, not "0"$/,
    );
  });
});

describe("shapeOf", () => {
  it("counts validator functions, the distinct ones, and the components compiled", () => {
    const code = [
      `const schema1 = { "title": "User", "type": "object" };`,
      `const schema2 = { "type": "string" };`,
      `function validate1(data) {`,
      `}`,
      `function validate2(data) {`,
      `}`,
      `function validate2(data) {`,
      `}`,
    ].join("\n");
    expect(shapeOf(code)).toEqual({ functions: 3, distinctFunctions: 2, components: 1 });
  });

  it("counts each set of the module, the first-error one indented in its scope", () => {
    const set = (indent: string) =>
      [
        `${indent}const schema1 = { "title": "User", "type": "object" };`,
        `${indent}function validate1(data) {`,
        `${indent}}`,
      ].join("\n");
    const code = [set(""), "const firstError = (() => {", set("  "), "})();"].join("\n");
    expect(shapeOf(code)).toEqual({ functions: 2, distinctFunctions: 2, components: 1 });
  });
});

const run = (wallMs: number, workMs: number, rssMiB: number, helperMiB = 0): Run => ({
  wallMs,
  workMs,
  maxRssBytes: rssMiB * MiB,
  helperPeakRssBytes: helperMiB * MiB,
  heapLimitBytes: 4096 * MiB,
  outputs: {},
});

describe("renderReport", () => {
  const result = (generate: Run, hasTargets = true): SpecResult => ({
    label: "spec.json",
    hasTargets,
    bytes: 2 * MiB,
    schemas: 10,
    operations: 4,
    rounds: [
      {
        openapiTypescript: run(4_000, 3_000, 400),
        generate: {
          ...generate,
          validators: { functions: 5, distinctFunctions: 5, components: 4 },
        },
        load: [1.5, 2.25],
      },
    ],
  });

  it("prints each round's figures and ratios, the load, and the targets as met", () => {
    const report = renderReport([result(run(12_000, 9_000, 1_000, 200))]);
    expect(report).toContain("spec.json: 2.0 MiB, 10 schemas, 4 operations");
    expect(report).toMatch(
      /4\.0 s, 3\.0 s, 400 MiB\s+12\.0 s, 9\.0 s, 1000 MiB \+ 200 MiB\s+3\.00\s+3\.00\s+3\.00\s+1\.50 → 2\.25/,
    );
    expect(report).toContain("5 functions, 5 distinct; 4 of 10 schemas compiled");
    expect(report).toMatch(/time under 5× .*\(worst 3\.00×\)  met$/m);
    expect(report).toMatch(/memory under 5× .*\(worst 3\.00×\)  met$/m);
  });

  it("prints no verdict for a spec the targets are not stated for", () => {
    const report = renderReport([result(run(12_000, 16_000, 1_900, 200), false)]);
    expect(report).toContain("targets: not checked on this spec");
    expect(report).not.toContain("target:");
  });

  it("counts esbuild's memory and the stricter of wall and work time against the targets", () => {
    const report = renderReport([result(run(12_000, 16_000, 1_900, 200))]);
    expect(report).toMatch(/time under 5× .*\(worst 5\.33×\)  NOT MET$/m);
    expect(report).toMatch(/memory under 5× .*\(worst 5\.25×\)  NOT MET$/m);
  });
});

describe("npm run bench:generate", () => {
  it(
    "measures both processes on a given spec and prints the figures and the targets",
    { timeout: 120_000 },
    async () => {
      const tsx = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
      const result = await runProcess(
        tsx,
        ["scripts/bench/generate/main.ts", "--spec", "openapi.yaml", "--rounds", "1"],
        { cwd: PROJECT_ROOT, killAfterMs: 110_000 },
      );
      expect(result.code, describeRun(result)).toBe(0);
      expect(result.stdout).toMatch(/^openapi\.yaml: [\d.]+ KiB, \d+ schemas, 1 operations$/m);
      expect(result.stdout).toMatch(/generated\/validators\.js: (\d+) functions, \1 distinct/);
      expect(result.stdout).toMatch(/^ {2}target: time under 5× .*  (met|NOT MET)$/m);
      expect(result.stderr).toContain("bench:generate: openapi.yaml: round 1 of 1");
    },
  );

  it("exits 2 on a bad option, saying which", { timeout: 60_000 }, async () => {
    const tsx = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
    const result = await runProcess(tsx, ["scripts/bench/generate/main.ts", "--rounds", "x"], {
      cwd: PROJECT_ROOT,
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`bench:generate: --rounds takes a whole number ≥ 1, not "x"`);
  });
});

describe("withoutResponseExamples", () => {
  it("drops the examples of responses, the operations' own and shared ones, and nothing else", () => {
    const media = () => ({
      schema: { type: "string", example: "kept" },
      example: "x",
      examples: {},
    });
    const document = {
      paths: {
        "/a": {
          parameters: [{ name: "p", in: "query", example: "kept" }],
          get: {
            requestBody: { content: { "application/json": media() } },
            responses: { "200": { content: { "application/json": media() } } },
          },
        },
      },
      components: { responses: { NotFound: { content: { "application/json": media() } } } },
    };
    const stripped = { schema: { type: "string", example: "kept" } };
    expect(withoutResponseExamples(document)).toEqual({
      paths: {
        "/a": {
          parameters: [{ name: "p", in: "query", example: "kept" }],
          get: {
            requestBody: { content: { "application/json": media() } },
            responses: { "200": { content: { "application/json": stripped } } },
          },
        },
      },
      components: { responses: { NotFound: { content: { "application/json": stripped } } } },
    });
    expect(document.paths["/a"].get.responses["200"].content["application/json"]).toHaveProperty(
      "example",
    );
  });
});
