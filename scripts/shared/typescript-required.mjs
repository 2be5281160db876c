// TypeScript loaded with `require`, as an ES module's default export: what worker-bundle.ts makes
// of `import ts from "typescript"` in the bundles, sparing the ES module loader's scan of
// TypeScript's 9 MB for named exports.
import { createRequire } from "node:module";

export default createRequire(import.meta.url)("typescript");
