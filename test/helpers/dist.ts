/** Where the built package lives, and a clear failure when it has not been built. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./project-copy.js";

export const DIST = join(PROJECT_ROOT, "dist");

const BUILT_FILES = [
  "index.js",
  "index.cjs",
  "index.d.ts",
  "index.d.cts",
  "testing/index.js",
  "testing/index.cjs",
  "cli.js",
];

/** Throws, naming the missing files, unless `npm run build` has written dist/. */
export function assertBuilt(): void {
  const missing = BUILT_FILES.filter((file) => !existsSync(join(DIST, file)));
  if (missing.length) {
    throw new Error(
      `dist/ is missing ${missing.join(", ")}: run npm run build first (npm test does it).`,
    );
  }
}
