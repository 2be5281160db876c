/**
 * What a change to openapi.yaml means for code that calls the API, as a report for reviewers.
 *
 *   npm run spec:diff                         HEAD against the working tree's openapi.yaml
 *   npm run spec:diff -- origin/main          a ref against the working tree
 *   npm run spec:diff -- v1.2.0 HEAD          two refs (or files)
 *   npm run spec:diff -- --format json        the same report for machines
 *   npm run spec:diff -- --fail-on breaking   exit 1 if any change breaks callers
 *
 * Exit codes: 0 report printed; 1 `--fail-on` threshold reached; 2 usage or spec error.
 */
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { failingClasses, parseSpecDiffArgs, USAGE } from "./lib/spec-diff-args.js";
import {
  loadRevision,
  SpecDiffError,
  SPEC_FILE,
  toRevisionSource,
  type Revision,
} from "./lib/spec-diff-load.js";

const root = fileURLToPath(new URL("..", import.meta.url));

async function load(
  arg: string | undefined,
  fallback: "HEAD" | "working tree",
  cwd: string,
): Promise<Revision> {
  if (arg !== undefined) return loadRevision(await toRevisionSource(arg, cwd), cwd);
  if (fallback === "HEAD") return loadRevision({ kind: "ref", ref: "HEAD" }, cwd);
  const revision = await loadRevision({ kind: "file", path: SPEC_FILE }, cwd);
  return { ...revision, label: `\`${SPEC_FILE}\` (working tree)` };
}

async function main(): Promise<number> {
  const options = parseSpecDiffArgs(process.argv.slice(2));
  if (options.isHelp) {
    console.log(USAGE);
    return 0;
  }
  const cwd = process.cwd();
  const base = await load(options.base, "HEAD", cwd);
  const head = await load(options.head, "working tree", cwd);
  // Loaded only now: the type generator pulls in TypeScript (about two seconds), which a usage
  // or loading error should not wait for.
  const { buildSpecDiffReport } = await import("./lib/spec-diff-report.js");
  const { renderJson, renderMarkdown } = await import("./lib/spec-diff-render.js");
  // The generator applies this project's prettier config, whichever revision it formats.
  const report = await buildSpecDiffReport(base, head, join(root, SPEC_FILE));
  process.stdout.write(options.format === "json" ? renderJson(report) : renderMarkdown(report));

  const failing = failingClasses(options.failOn).filter((cls) => report.summary[cls] > 0);
  if (failing.length === 0) return 0;
  const counts = failing.map((cls) => `${report.summary[cls]} ${cls}`).join(" and ");
  const total = failing.reduce((sum, cls) => sum + report.summary[cls], 0);
  console.error(
    `spec:diff: ${counts} change${total === 1 ? "" : "s"} with --fail-on ${options.failOn}: ` +
      "see the report above; " +
      "make the spec change compatible, or agree on it with the API's callers before merging.",
  );
  return 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Only the message: a stack trace would bury the one line that says what to fix.
  const message =
    error instanceof SpecDiffError
      ? error.message
      : `spec:diff: unexpected error: ${String((error as Error).message ?? error).split("\n")[0]}`;
  console.error(message);
  process.exitCode = 2;
}
