import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  BUDGET_BYTES,
  formatLargestInputs,
  formatSize,
  measureSize,
  resolveAsDependency,
} from "../../scripts/size.js";
import { assertBuilt, DIST } from "../helpers/dist.js";

describe("measureSize", () => {
  it("keeps sgp-client plus one create call, in one bundle, within the min+gz budget", async () => {
    assertBuilt();
    const report = await measureSize();
    console.log(formatSize(report));
    expect(
      report.bytes,
      `${formatSize(report)}\nlargest inputs:\n${formatLargestInputs(report)}`,
    ).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("bundles the browser build with openapi-fetch, and nothing from src/", async () => {
    assertBuilt();
    const report = await measureSize();
    const paths = report.inputs.map((input) => input.path);
    expect(paths).toContain("dist/index.browser.js");
    expect(paths).toContain("node_modules/openapi-fetch/dist/index.mjs");
    expect(paths.filter((path) => path.startsWith("src/"))).toEqual([]);
    expect(report.openapiFetchBytes).toBeGreaterThan(0);
    expect(report.bytes).toBeGreaterThan(report.openapiFetchBytes);
  });
});

describe("resolveAsDependency", () => {
  it("resolves sgp-client to the exports map's browser entry", async () => {
    assertBuilt();
    await expect(resolveAsDependency("sgp-client")).resolves.toBe(join(DIST, "index.browser.js"));
  });

  it("resolves sgp-client/validation, a subpath only the exports map knows", async () => {
    assertBuilt();
    await expect(resolveAsDependency("sgp-client/validation")).resolves.toBe(
      join(DIST, "validation", "index.js"),
    );
  });

  it("does not resolve the Node-only sgp-client/testing for a browser", async () => {
    assertBuilt();
    await expect(resolveAsDependency("sgp-client/testing")).rejects.toThrow();
  });

  it("prefers an exports map's browser condition over import", async () => {
    const root = await mkdtemp(join(tmpdir(), "sgp-client-exports-"));
    onTestFinished(() => rm(root, { recursive: true, force: true }));
    const manifest = {
      name: "sgp-client",
      type: "module",
      exports: { ".": { browser: "./browser.js", import: "./node.js" } },
    };
    await writeFile(join(root, "package.json"), JSON.stringify(manifest));
    await writeFile(join(root, "browser.js"), "export {};\n");
    await writeFile(join(root, "node.js"), "export {};\n");
    await expect(resolveAsDependency("sgp-client", root)).resolves.toBe(join(root, "browser.js"));
  });
});
