import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";

/**
 * In the CommonJS build, client.POST's module is bundled in statically (load-post-static.ts):
 * the lazy chunk only matters to browser bundles, which use the ESM build.
 */
const staticPostInCommonJs: Plugin = {
  name: "static-post-in-commonjs",
  setup(build) {
    if (build.initialOptions.format !== "cjs") return;
    build.onResolve({ filter: /^\.\/load-post\.js$/ }, (args) => ({
      path: `${args.resolveDir}/load-post-static.ts`,
    }));
  },
};

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
    esbuildPlugins: [staticPostInCommonJs],
  },
  {
    // The CLI, one self-contained ESM file for Node (its shebang comes from src/cli/bin.ts).
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    external: ["openapi-fetch"],
    splitting: false,
    sourcemap: true,
  },
]);
