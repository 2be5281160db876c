/**
 * The size budget: how much `sgp-client` adds to a browser bundle that makes one create call,
 * minified and gzipped, resolved through package.json's exports map as a user's bundler would.
 *
 *   npx tsx scripts/size.ts   print the size (and bare openapi-fetch's); exit 1 above the budget
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type BuildOptions, type Plugin } from "esbuild";

/**
 * 10 KB (10,240 bytes) minified and gzipped (level 9): one browser bundle, without code
 * splitting, of `import SGPClient from "sgp-client"` plus one `create` call, openapi-fetch
 * included. It was 8 KB (issue #10); issue #19 set 10 KB, for every HTTP method and the
 * hardening of issues #17–#21. openapi-fetch alone is about 2.6 KB; the rest is what the client
 * promises: options checked by name, retries, timeouts that cover the body, a size limit,
 * redirect checks, redaction, escaping, structured logs and typed errors. The one place it is set.
 */
export const BUDGET_BYTES = 10_240;

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PACKAGE_NAME = "sgp-client";
const RESOLVING_AS_SELF = Symbol("resolving sgp-client as a self-reference");

const CLIENT_ENTRY = `import SGPClient from "sgp-client";
const c = new SGPClient({ apiKey: "k", dangerouslyAllowBrowser: true });
c.modelGroups.models.create("g", "m").then((instance) => console.log(instance.id));
`;

/** The same call made with openapi-fetch alone, for comparison. */
const OPENAPI_FETCH_ENTRY = `import createClient from "openapi-fetch";
const c = createClient({ baseUrl: "https://api.egp.scale.com" });
c.POST("/v4/model-groups/{model_group_id}/models/{model_instance_id}", {
  params: { path: { model_group_id: "g", model_instance_id: "m" } },
}).then(({ data }) => console.log(data));
`;

/** A file in the bundle and how many minified bytes it contributes. */
export interface BundleInput {
  /** Relative to the project root, e.g. `dist/index.js`. */
  path: string;
  bytes: number;
}

/** What {@link measureSize} found. */
export interface SizeReport {
  /** The one bundle, minified, then gzipped (level 9). */
  bytes: number;
  /** openapi-fetch plus the same call, measured the same way. */
  openapiFetchBytes: number;
  budgetBytes: number;
  /** The files in the bundle, largest contribution first. */
  inputs: BundleInput[];
}

/**
 * Resolves `sgp-client` and its subpaths from `packageRoot` as a self-reference: Node and esbuild
 * resolve a package's own name only through its `exports` map, with the build's conditions.
 */
function dependencyPlugin(
  packageRoot: string,
  resolved: Map<string, string>,
  isResolveOnly = false,
): Plugin {
  return {
    name: "sgp-client-as-dependency",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^sgp-client(\/|$)/ }, async (args) => {
        if (args.pluginData === RESOLVING_AS_SELF) return undefined;
        const result = await pluginBuild.resolve(args.path, {
          kind: args.kind,
          resolveDir: packageRoot,
          pluginData: RESOLVING_AS_SELF,
        });
        if (result.errors.length) return { errors: result.errors };
        resolved.set(args.path, result.path);
        if (isResolveOnly) return { path: result.path, external: true };
        return { path: result.path, sideEffects: result.sideEffects };
      });
    },
  };
}

function browserBuild(contents: string, plugins: Plugin[]): BuildOptions {
  return {
    stdin: { contents, resolveDir: ROOT, sourcefile: "size-entry.js", loader: "js" },
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    conditions: ["browser"],
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    // The project's own tsconfig.json maps `sgp-client` to src/ for its tests; a user's does not.
    tsconfigRaw: "{}",
    plugins,
  };
}

interface Bundle {
  bytes: number;
  inputs: BundleInput[];
}

/** Bundles `contents` into one file, as a user's bundler would for a page, and measures it. */
async function bundle(contents: string, plugins: Plugin[] = []): Promise<Bundle> {
  const options = { ...browserBuild(contents, plugins), outfile: "size-out.js" };
  const result = await build({ ...options, write: false, metafile: true });
  const [output] = Object.values(result.metafile.outputs);
  const [file] = result.outputFiles;
  if (output === undefined || file === undefined) throw new Error("esbuild wrote no bundle");
  return {
    bytes: gzipSync(file.contents, { level: 9 }).length,
    inputs: Object.entries(output.inputs)
      .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
      .filter((input) => input.path !== "size-entry.js")
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/**
 * Where a bundler targeting browsers resolves `specifier` (`sgp-client` or a subpath) to, through
 * the exports map of the package at `packageRoot`; an absolute path.
 */
export async function resolveAsDependency(specifier: string, packageRoot = ROOT): Promise<string> {
  const resolved = new Map<string, string>();
  const entry = `import ${JSON.stringify(specifier)};`;
  await build(browserBuild(entry, [dependencyPlugin(packageRoot, resolved, true)]));
  const path = resolved.get(specifier);
  if (path === undefined) throw new Error(`${specifier} did not resolve`);
  return path;
}

/** Bundles sgp-client (built, from dist/) and bare openapi-fetch for the browser and measures both. */
export async function measureSize(): Promise<SizeReport> {
  if (!existsSync(join(ROOT, "dist", "index.js"))) {
    throw new Error("dist/index.js is missing: run npm run build first");
  }
  const client = await bundle(CLIENT_ENTRY, [dependencyPlugin(ROOT, new Map())]);
  const openapiFetch = await bundle(OPENAPI_FETCH_ENTRY);
  return { ...client, openapiFetchBytes: openapiFetch.bytes, budgetBytes: BUDGET_BYTES };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KB`;
}

/**
 * One line: `size: sgp-client + one create call = 7.90 KB (8090 B) min+gz, one bundle (…)`.
 */
export function formatSize(report: SizeReport): string {
  return (
    `size: ${PACKAGE_NAME} + one create call = ${kilobytes(report.bytes)} (${report.bytes} B) ` +
    `min+gz, one bundle (budget ${kilobytes(report.budgetBytes)}; bare openapi-fetch ` +
    `${kilobytes(report.openapiFetchBytes)})`
  );
}

/** The largest inputs, minified before gzip, one per line, for an over-budget message. */
export function formatLargestInputs(report: SizeReport, count = 8): string {
  return report.inputs
    .slice(0, count)
    .map((input) => `  ${String(input.bytes).padStart(7)} B min  ${input.path}`)
    .join("\n");
}

async function main(): Promise<number> {
  let report: SizeReport;
  try {
    report = await measureSize();
  } catch (error) {
    console.error(`size: ${(error as Error).message}`);
    return 1;
  }
  console.log(formatSize(report));
  if (report.bytes <= report.budgetBytes) return 0;
  console.error(
    `size: ${report.bytes - report.budgetBytes} bytes over budget; shrink what these contribute, then rerun npx tsx scripts/size.ts:\n` +
      formatLargestInputs(report),
  );
  return 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
