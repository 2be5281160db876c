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
 * stdout carries the report and nothing else, so that a workflow can capture it.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { firstLine } from "../shared/errors.js";
import { failureMessage, parseSpecDiffArgs, USAGE } from "./args.js";
import { SpecDiffError } from "./error.js";
import { loadRevisions, SPEC_FILE } from "./load.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

async function main(): Promise<number> {
  const options = parseSpecDiffArgs(process.argv.slice(2));
  if (options.isHelp) {
    console.log(USAGE);
    return 0;
  }
  const { base, head } = await loadRevisions(options, process.cwd());
  // Loaded only now: the type generator pulls in TypeScript (about two seconds), which a usage
  // or loading error should not wait for.
  const { buildSpecDiffReport } = await import("./report.js");
  const { renderMarkdown } = await import("./render/markdown.js");
  const { renderJson } = await import("./render/json.js");
  // The generator applies this project's prettier config, whichever revision it formats.
  const report = await buildSpecDiffReport(base, head, join(root, SPEC_FILE));
  process.stdout.write(options.format === "json" ? renderJson(report) : renderMarkdown(report));
  const failure = failureMessage(report.summary, options.failOn);
  if (failure === undefined) return 0;
  console.error(failure);
  return 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Only the message: a stack trace would bury the one line that says what to fix.
  console.error(
    error instanceof SpecDiffError
      ? error.message
      : `spec:diff: unexpected error: ${firstLine(error)}`,
  );
  process.exitCode = 2;
}
