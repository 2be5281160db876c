/**
 * The tarball as npm would publish it: exactly the files that should ship, source maps that
 * resolve inside it, a publish dry run that passes without reaching any registry but a local
 * stand-in, and a user-agent that carries the shipped package.json's version.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startServer } from "../helpers/http-server.js";
import { packAndInstall, type ConsumerProject } from "../helpers/pack.js";
import { childEnv, describeRun, runProcess } from "../helpers/run-process.js";

/** Everything outside dist/ that ships; npm adds package.json, README and LICENSE by itself. */
const TOP_LEVEL_FILES = ["CHANGELOG.md", "LICENSE", "README.md", "openapi.yaml", "package.json"];
/** Built code with its source map, and declarations: at dist/'s root or an entry's folder. */
const DIST_FILE =
  /^dist\/(?:(?:testing|validation)\/)?[\w-]+(?:\.[\w-]+)*\.(?:c?js(?:\.map)?|d\.c?ts)$/;
/** A compiled test or type test, which has no place in the tarball whatever its folder. */
const TEST_FILE = /\.(?:test|spec|test-d)\./;
/** The tests that start Node or npm: a second or two each, more on a busy machine. */
const CHILD_PROCESS_TIMEOUT_MS = 60_000;
/** Settings that could let npm authenticate, or publish for real, if a test leaked them. */
const CREDENTIAL_VARIABLES = /^(?:npm_token|node_auth_token|npm_id_token|actions_id_token_.*)$/i;

interface Manifest {
  name: string;
  version: string;
  [field: string]: unknown;
}

interface SourceMap {
  sources: string[];
  sourceRoot?: string;
  sourcesContent?: (string | null)[];
}

let consumer: ConsumerProject | undefined;
let files: string[] = [];
let manifest: Manifest;

function installed(): ConsumerProject {
  if (!consumer) throw new Error("the pack-and-install step failed; see the beforeAll error");
  return consumer;
}

/** A shipped file's text, read from the installed copy of the tarball. */
function readShipped(file: string): Promise<string> {
  return readFile(join(installed().dir, "node_modules", "sgp-client", file), "utf8");
}

/** Every path in a package.json field (exports, bin, main, types…), without a leading `./`. */
function pointedAt(value: unknown): string[] {
  if (typeof value === "string") return [value.replace(/^\.\//, "")];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(pointedAt);
}

beforeAll(async () => {
  consumer = await packAndInstall();
  const list = await runProcess("tar", ["-tzf", consumer.tarball], { cwd: consumer.dir });
  if (list.code !== 0) throw new Error(`tar could not list the tarball\n${describeRun(list)}`);
  files = list.stdout
    .split("\n")
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ""))
    .sort();
  manifest = JSON.parse(await readShipped("package.json")) as Manifest;
}, 300_000);

afterAll(async () => {
  await consumer?.remove();
});

describe("the packed tarball", () => {
  it("holds dist/ and the five top-level files, and nothing else", () => {
    expect(files.filter((file) => !file.startsWith("dist/"))).toEqual(TOP_LEVEL_FILES);
    const dist = files.filter((file) => file.startsWith("dist/"));
    expect(dist.filter((file) => !DIST_FILE.test(file) || TEST_FILE.test(file))).toEqual([]);
    expect(dist).toEqual(expect.arrayContaining(["dist/index.js", "dist/index.cjs"]));
  });

  it("holds every file package.json points at", () => {
    const fields = ["main", "module", "types", "typesVersions", "exports", "bin"];
    const targets = [...new Set(fields.flatMap((field) => pointedAt(manifest[field])))];
    expect(targets).toEqual(expect.arrayContaining(["dist/index.js", "package.json"]));
    expect(targets.filter((target) => !files.includes(target))).toEqual([]);
  });

  it("ships source maps whose every source is embedded or shipped", async () => {
    const maps = files.filter((file) => file.endsWith(".map"));
    expect(maps.length).toBeGreaterThan(0);
    const unresolved: string[] = [];
    for (const file of maps) {
      const map = JSON.parse(await readShipped(file)) as SourceMap;
      map.sources.forEach((source, index) => {
        if (typeof map.sourcesContent?.[index] === "string") return;
        const path = posix.join(posix.dirname(file), map.sourceRoot ?? "", source);
        if (!files.includes(path)) unresolved.push(`${file}: ${source}`);
      });
    }
    expect(unresolved).toEqual([]);
  });

  it("points every sourceMappingURL at a shipped map", async () => {
    const code = files.filter((file) => /\.c?js$/.test(file));
    const dangling: string[] = [];
    for (const file of code) {
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(await readShipped(file))?.[1];
      if (url === undefined || url.startsWith("data:")) continue;
      const path = posix.join(posix.dirname(file), url);
      if (!files.includes(path)) dangling.push(`${file}: ${url}`);
    }
    expect(dangling).toEqual([]);
  });

  it("ships the MIT license and a changelog entry for its own version", async () => {
    expect(manifest.license).toBe("MIT");
    expect(await readShipped("LICENSE")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} \S/);
    expect(await readShipped("CHANGELOG.md")).toContain(`\n## ${manifest.version}\n`);
  });

  it(
    "sends the shipped package.json's version in the user-agent",
    async () => {
      const script = `import SGPClient, { VERSION } from "sgp-client";
import { createTestServer } from "sgp-client/testing";

const server = await createTestServer();
try {
  const client = new SGPClient({ apiKey: server.apiKey, baseURL: server.url });
  const [groupId] = server.seeded.modelGroupIds;
  const [instanceId] = server.seeded.modelInstanceIds;
  await client.modelGroups.models.create(groupId, instanceId);
  console.log(JSON.stringify({ VERSION, userAgent: server.requests[0]?.headers["user-agent"] }));
} finally {
  await server.close();
}
`;
      const { dir } = installed();
      await writeFile(join(dir, "user-agent.mjs"), script);
      const run = await runProcess(process.execPath, ["user-agent.mjs"], { cwd: dir });
      expect(run.code, describeRun(run)).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        VERSION: manifest.version,
        userAgent: `sgp-client/${manifest.version}`,
      });
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );

  it(
    "passes npm publish --dry-run, and the registry it talks to receives no upload",
    async () => {
      // A local stand-in for the registry, where the package does not exist yet: npm 11 reads the
      // package's published versions even in a dry run, which must neither need the network nor
      // depend on what is on npmjs.com today.
      const registry = await startServer((_req, res) => sendJson(res, 404, { error: "Not found" }));
      const { dir, tarball } = installed();
      const userconfig = join(dir, "empty.npmrc");
      await writeFile(userconfig, "");
      const env = Object.fromEntries(
        Object.entries(childEnv()).filter(([name]) => !CREDENTIAL_VARIABLES.test(name)),
      );
      const run = await runProcess(
        "npm",
        [
          "publish",
          tarball,
          "--dry-run",
          "--json",
          "--ignore-scripts",
          "--no-update-notifier",
          "--registry",
          `${registry.origin}/`,
          "--userconfig",
          userconfig,
        ],
        { cwd: dir, env },
      );
      expect(run.code, describeRun(run)).toBe(0);
      const report = JSON.parse(run.stdout) as Record<
        string,
        { id: string; files: { path: string }[] }
      >;
      const published = report[manifest.name];
      expect(published?.id).toBe(`${manifest.name}@${manifest.version}`);
      expect(published?.files.map((file) => file.path).sort()).toEqual(files);
      expect(registry.received.filter((request) => request.method !== "GET")).toEqual([]);
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );
});
