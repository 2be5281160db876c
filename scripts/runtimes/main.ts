/**
 * `npm run test:runtimes [-- --runtime <id>…]`: fetches the pinned runtimes into a git-ignored
 * cache, builds and packs this project, installs the tarball into a fresh project, then runs
 * the packed-package checks on each runtime against a stand-in served from this Node process.
 * See docs/runtimes.md.
 */
import { basename, join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../../test/helpers/project-copy.js";
import { fetchRuntime } from "./cache.js";
import { checksFor, runCheck } from "./checks.js";
import { build, installConsumer } from "./consumer.js";
import { resultLine, seconds, stepLine, summary, type ResultLine } from "./report.js";
import { RUNTIMES, RUNTIME_IDS, type Runtime, type RuntimeId } from "./runtimes.js";

const CACHE_DIR = join(PROJECT_ROOT, ".cache", "runtimes");

const USAGE = `Usage: npm run test:runtimes [-- --runtime <id> …]

Runs the packed-package checks on ${RUNTIMES.map((runtime) => runtime.label).join(", ")}.
  --runtime, -r <id>   only this runtime (repeatable): ${RUNTIME_IDS.join(", ")}
  --help, -h           this text
`;

class UsageError extends Error {}

function selectRuntimes(argv: string[]): Runtime[] | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        runtime: { type: "string", short: "r", multiple: true },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify .*$/s, ""));
  }
  if (values.help) return undefined;
  const ids = values.runtime ?? [...RUNTIME_IDS];
  const unknown = ids.find((id) => !(RUNTIME_IDS as readonly string[]).includes(id));
  if (unknown !== undefined) {
    throw new UsageError(
      `unknown runtime ${JSON.stringify(unknown)}; choose from ${RUNTIME_IDS.join(", ")}`,
    );
  }
  const selected = RUNTIMES.filter((runtime) => ids.includes(runtime.id));
  const major = process.versions.node.split(".")[0];
  if (selected.some((runtime) => runtime.id === "node20") && major !== "20") {
    throw new UsageError(
      `node20 is the Node that runs this script, and that is ${process.version}: ` +
        "run it with Node 20, or leave node20 out with --runtime",
    );
  }
  return selected;
}

/** Fetches each runtime, printing one line each; a runtime that fails to fetch is a failure. */
async function fetchAll(
  runtimes: Runtime[],
  results: ResultLine[],
): Promise<Map<RuntimeId, string>> {
  const executables = new Map<RuntimeId, string>([["node20", process.execPath]]);
  for (const runtime of runtimes) {
    if (!runtime.pinned) continue;
    const started = performance.now();
    try {
      const fetched = await fetchRuntime(runtime, CACHE_DIR);
      const where = relative(PROJECT_ROOT, fetched.executable);
      const how = fetched.isDownloaded
        ? `downloaded in ${seconds(performance.now() - started)}`
        : "cached";
      console.log(stepLine("fetch", `${runtime.label}: ${how} (${where})`));
      executables.set(runtime.id, fetched.executable);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.log(stepLine("fetch", `${runtime.label}: FAILED`));
      results.push({
        runtime,
        name: "fetch",
        isPassed: false,
        detail: "could not fetch it from npm; is the registry reachable (npm ping)?",
        output: message,
        durationMs: performance.now() - started,
      });
    }
  }
  return executables;
}

async function run(argv: string[]): Promise<number> {
  const runtimes = selectRuntimes(argv);
  if (!runtimes) {
    process.stdout.write(USAGE);
    return 0;
  }
  console.log(`runtimes: ${runtimes.map((runtime) => runtime.label).join(", ")}`);
  const results: ResultLine[] = [];
  const executables = await fetchAll(runtimes, results);

  let started = performance.now();
  await build();
  console.log(stepLine("build", `npm run build (${seconds(performance.now() - started)})`));
  started = performance.now();
  const consumer = await installConsumer();
  try {
    const tarball = basename(consumer.project.tarball);
    console.log(
      stepLine(
        "pack",
        `${tarball}, installed into ${consumer.project.dir} (${seconds(performance.now() - started)})`,
      ),
    );
    const labelWidth = Math.max(...runtimes.map((runtime) => runtime.label.length));
    for (const runtime of runtimes) {
      const executable = executables.get(runtime.id);
      if (executable === undefined) continue;
      for (const check of checksFor(runtime)) {
        const outcome = await runCheck(check, runtime, {
          executable,
          consumerDir: consumer.project.dir,
          paths: consumer.paths,
          createTestServer: consumer.createTestServer,
        });
        const result = { runtime, name: check.name, ...outcome };
        results.push(result);
        console.log(resultLine(result, labelWidth));
      }
    }
  } finally {
    await consumer.project.remove();
  }
  for (const line of summary(results)) console.log(line);
  return results.every((result) => result.isPassed) ? 0 : 1;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`test:runtimes: ${error.message}. Run \`npm run test:runtimes -- --help\`.`);
    process.exitCode = 2;
  } else {
    // Build, pack or install failed: their output says why; nothing ran.
    console.error(`test:runtimes: ${error instanceof Error ? error.message : String(error)}`);
    console.error("Fix that, then run npm run test:runtimes again.");
    process.exitCode = 1;
  }
}
