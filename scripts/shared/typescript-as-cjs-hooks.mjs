// The resolve hook of typescript-as-cjs.mjs: the bare specifier `typescript` becomes a module
// whose default export is `require("typescript")`.
const REQUIRED = new URL("./typescript-required.mjs", import.meta.url).href;

/** @type {import("node:module").ResolveHook} */
export async function resolve(specifier, context, next) {
  if (specifier === "typescript" && context.parentURL !== REQUIRED) {
    return { url: REQUIRED, shortCircuit: true };
  }
  return next(specifier, context);
}
