// `npm run spec:diff`: runs main.ts from its precompiled bundle (worker-bundle.ts) when that is
// up to date, which spares registering tsx's loader (a quarter of a second of every run). When
// a source changed, or on the first run, tsx builds the bundle first. Plain JavaScript, so that
// the common case loads no TypeScript loader at all.
import { pathToFileURL } from "node:url";
import { freshBundle } from "./bundle-cache.mjs";

/** The command's bundle, built through tsx when it is missing or stale. */
async function mainBundle() {
  const fresh = await freshBundle("main");
  if (fresh !== undefined) return fresh;
  const { register } = await import("tsx/esm/api");
  const unregister = register();
  try {
    const { bundleOf } = await import("./worker-bundle.ts");
    return await bundleOf("main");
  } finally {
    await unregister();
  }
}

let path;
try {
  path = await mainBundle();
} catch (error) {
  // One line, as main.ts would say it: a stack trace would bury what to do.
  const reason = String(error?.message ?? error).split("\n")[0];
  console.error(
    `spec:diff: could not build itself with esbuild (${reason}); run \`npm ci\` and try again`,
  );
  process.exitCode = 2;
}
if (path !== undefined) await import(pathToFileURL(path).href);
