import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library and its testing subpath, as ESM (.js) and CommonJS (.cjs) with declarations.
    entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { stripInternal: true } },
    target: "es2022",
    platform: "neutral",
    external: ["openapi-fetch", /^node:/],
    sourcemap: true,
    clean: true,
    outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
  },
  {
    // The CLI, one self-contained ESM file for Node (its shebang comes from src/cli/bin.ts).
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    external: ["openapi-fetch"],
    sourcemap: true,
  },
]);
