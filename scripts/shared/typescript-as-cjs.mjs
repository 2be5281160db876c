// Preloaded by the spec:diff command (`tsx --import ./scripts/shared/typescript-as-cjs.mjs`): makes
// every `import ts from "typescript"` load TypeScript with `require`. Node's ESM loader scans the
// source of a CommonJS package for its named exports before importing it; for TypeScript's 9 MB
// that scan takes longer than compiling it (about 0.8 s of the 1.3 s TypeScript took to load).
// Everything here imports TypeScript's default export only, which `require` gives as it is.
import { register } from "node:module";

register("./typescript-as-cjs-hooks.mjs", import.meta.url);
