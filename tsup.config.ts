import { defineConfig, type Options } from "tsup";

/**
 * `require("sgp-client")` is the class itself, as in the official SDKs' CommonJS builds, with
 * `.default`, `.SGPClient` and every other named export hanging off it.
 */
const CLASS_AS_COMMONJS_EXPORT = `
module.exports = Object.assign(module.exports.SGPClient, module.exports);
Object.defineProperty(module.exports, "__esModule", { value: true });`;

/** What every library entry shares: ESM (.js) and CommonJS (.cjs) with declarations and maps. */
const library: Options = {
  format: ["esm", "cjs"],
  dts: { compilerOptions: { stripInternal: true } },
  target: "es2022",
  platform: "neutral",
  external: ["openapi-fetch", "sgp-client", /^node:/],
  // esbuild embeds each source in its map, so stack traces read without the unshipped src/.
  sourcemap: true,
  outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
  // Every build but the browser one keeps what only non-browser runtimes need (platform.ts).
  define: { __SGP_BROWSER_BUILD__: "false" },
};

export default defineConfig([
  {
    ...library,
    entry: { index: "src/index.ts" },
    clean: true,
    footer: ({ format }) => (format === "cjs" ? { js: CLASS_AS_COMMONJS_EXPORT } : {}),
  },
  {
    // The same entry for browsers (the `browser` export condition), without the code only other
    // runtimes need: environment variables, following redirects, the user-agent header.
    ...library,
    entry: { "index.browser": "src/index.ts" },
    format: ["esm"],
    dts: false,
    define: { __SGP_BROWSER_BUILD__: "true" },
  },
  {
    // The Node-only stand-in, a separate build so that the footer above stays the index's own.
    ...library,
    entry: { "testing/index": "src/testing/index.ts" },
  },
  {
    // Opt-in response validation, with the generated validators. It imports `sgp-client` by
    // name (external), so its APIResponseValidationError is the one the package exports.
    ...library,
    entry: { "validation/index": "src/validation/index.ts" },
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
    define: { __SGP_BROWSER_BUILD__: "false" },
  },
]);
