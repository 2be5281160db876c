// TypeScript loaded with `require`, as an ES module's default export (typescript-as-cjs.mjs).
import { createRequire } from "node:module";

export default createRequire(import.meta.url)("typescript");
