/**
 * V8's code cache for the CommonJS modules the worker loads, TypeScript's 9 MB above all, kept in
 * `.cache/spec-diff/` by v8-compile-cache: after the first run, TypeScript loads in about half
 * the time (160 ms against 300 ms). V8 checks each cached entry against the source and its own
 * version and flags, and compiles afresh when one does not match. Imported first by worker.ts,
 * for its effect.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { OUT_DIR } from "./bundle-cache.mjs";

process.env["V8_COMPILE_CACHE_CACHE_DIR"] = join(OUT_DIR, `v8-${process.version}-${process.arch}`);
createRequire(import.meta.url)("v8-compile-cache");
