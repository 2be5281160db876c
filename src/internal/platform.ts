/**
 * Which build this is. The build for browsers (package.json's `browser` export condition) is made
 * with `__SGP_BROWSER_BUILD__` defined as `true` (tsup.config.ts), so that the bundler drops what
 * only other runtimes need there: reading the environment, following redirects (a browser hides
 * where they go), the user-agent header. Every other build defines it as `false`; run from
 * source (tsx, vitest) it is undefined. Test it as
 * `typeof __SGP_BROWSER_BUILD__ !== "undefined" && __SGP_BROWSER_BUILD__`, which esbuild folds
 * to a constant, so that the code it guards is left out where it is false.
 */
declare global {
  /** True in the browser build only. */
  const __SGP_BROWSER_BUILD__: boolean | undefined;
}

export {};
