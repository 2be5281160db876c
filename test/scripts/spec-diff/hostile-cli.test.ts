/**
 * Hostile specs through the real command lines, as a pull request would bring them: references
 * to files and URLs, inputs built to exhaust memory or time, and names that are also members of
 * Object.prototype. Each run must exit as documented, print at most one line on stderr, show
 * nothing of a canary file, open no connection, and stay under 1 GB of resident memory (its own
 * peak, reported by max-rss.mjs). Durations are not asserted: `--timeout` is, by its exit.
 */
import { readFile, rm, writeFile, mkdtemp } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, type TestContext } from "vitest";
import { pullRequestRepository } from "../../fixtures/version-check/projects.js";
import {
  BASE_SPEC,
  BASE_SPEC_PATH,
  editSpec,
  schema,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";
import { copyProject, PROJECT_ROOT } from "../../helpers/project-copy.js";
import { childEnv, describeRun, runProcess, type ProcessRun } from "../../helpers/run-process.js";

const CANARY = `canary-${process.pid}-${Date.now()}`;
const MAX_RSS_KB = 1024 * 1024;
const MAX_RSS_HELPER = fileURLToPath(new URL("./max-rss.mjs", import.meta.url));
const BASE = fileURLToPath(BASE_SPEC_PATH);
// A hung run fails the test instead of hanging it; no assertion is made on time.
const KILL_AFTER_MS = 150_000;

let dir: string;
let canaryPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "spec-diff-hostile-"));
  canaryPath = join(dir, "canary.yaml");
  await writeFile(canaryPath, `${CANARY}:\n  ${CANARY}: ${CANARY}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Run extends ProcessRun {
  maxRssKb: number;
}

/** `tsx scripts/spec-diff/main.ts <base fixture> <head> …flags`, with its peak memory. */
async function specDiff(head: string, name: string, ...flags: string[]): Promise<Run> {
  const headPath = join(dir, `${name}.yaml`);
  await writeFile(headPath, head);
  const rssFile = join(dir, `${name}.rss`);
  const args = ["--import", "tsx", "--import", MAX_RSS_HELPER, "scripts/spec-diff/main.ts"];
  const run = await runProcess(process.execPath, [...args, BASE, headPath, ...flags], {
    cwd: PROJECT_ROOT,
    env: childEnv({ MAX_RSS_FILE: rssFile }),
    killAfterMs: KILL_AFTER_MS,
  });
  const maxRssKb = Number(await readFile(rssFile, "utf8").catch(() => "NaN"));
  return { ...run, maxRssKb };
}

/** What every run must hold, whatever its exit. */
function expectContained(run: Run): void {
  expect(`${run.stdout}${run.stderr}`, describeRun(run)).not.toContain(CANARY);
  expect(run.stderr, describeRun(run)).not.toMatch(/^\s+at /m);
  expect(run.maxRssKb, describeRun(run)).toBeLessThan(MAX_RSS_KB);
}

/** Exit 2, nothing on stdout, one line on stderr that names the problem. */
function expectRefused(run: Run, problem: RegExp): void {
  expectContained(run);
  expect(run.code, describeRun(run)).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.split("\n").filter((line) => line.trim() !== "");
  expect(lines, describeRun(run)).toEqual([expect.stringMatching(/^spec:diff: /)]);
  expect(lines[0]).toMatch(problem);
}

/**
 * A listener on 127.0.0.1:0 that counts connections; it answers none of them. Closed when the
 * test whose `onTestFinished` is given ends: the test context's, as these tests run concurrently
 * and vitest's global one may belong to another test.
 */
async function listener(
  onTestFinished: TestContext["onTestFinished"],
): Promise<{ origin: string; connections: () => number }> {
  let connections = 0;
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    connections += 1;
    sockets.push(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, connections: () => connections };
}

const withRef = (ref: string, where: "example" | "schema"): string =>
  editSpec((spec: Spec) => {
    const { properties } = schema(spec, "ModelInstance");
    if (where === "example") properties.name.example = { $ref: ref };
    else properties.leak = { $ref: ref };
  });

describe.concurrent("spec:diff on a hostile spec", { timeout: KILL_AFTER_MS + 10_000 }, () => {
  it("refuses a local file in an example's $ref, naming where it stands", async () => {
    const run = await specDiff(withRef(canaryPath, "example"), "file-ref");
    expectRefused(
      run,
      /has a `\$ref` to ".*canary\.yaml" at #\/components\/schemas\/ModelInstance\/properties\/name\/example\/\$ref; only references into the same document/,
    );
  });

  it("refuses a file:// URL and a relative path as a schema's $ref", async () => {
    expectRefused(
      await specDiff(withRef(`file://${canaryPath}`, "schema"), "file-url"),
      /has a `\$ref` to "file:\/\/.*" at #\/components\/schemas\/ModelInstance\/properties\/leak\/\$ref; /,
    );
    expectRefused(
      await specDiff(withRef("./canary.yaml", "schema"), "relative"),
      /has a `\$ref` to "\.\/canary\.yaml" at #\/.*\/leak\/\$ref; /,
    );
  });

  it("opens no connection for an http $ref to 127.0.0.1", async ({ onTestFinished }) => {
    const server = await listener(onTestFinished);
    const run = await specDiff(withRef(`${server.origin}/schema.yaml`, "schema"), "http-ref");
    expectRefused(run, /has a `\$ref` to "http:\/\/127\.0\.0\.1:\d+\/schema\.yaml" at /);
    expect(server.connections()).toBe(0);
  });

  it("does not wait for a listener that never answers, nor connect to it", async ({
    onTestFinished,
  }) => {
    const server = await listener(onTestFinished);
    const silent = editSpec((spec: Spec) => {
      spec.components.examples ??= {};
      spec.components.examples.Remote = { externalValue: `${server.origin}/never.json` };
      schema(spec, "ModelInstance").properties.remote = { $ref: `${server.origin}/never.yaml` };
    });
    const run = await specDiff(silent, "silent");
    expectRefused(run, /has (a `\$ref`|an `externalValue`)/);
    expect(run.stderr).not.toContain("[killed");
    expect(server.connections()).toBe(0);
  });

  it("refuses alias amplification and billion laughs by counting expanded nodes", async () => {
    const items = Array.from({ length: 11_000 }, (_, index) => `{k: v${index}}`).join(", ");
    const amplified = `${BASE_SPEC}x-a: &a [${items}]\nx-b: [${Array(99).fill("*a").join(", ")}]\n`;
    expectRefused(
      await specDiff(amplified, "amplified"),
      /holds more than 1,000,000 YAML nodes with its aliases expanded, the limit \(--max-nodes raises it\)$/,
    );
    const laughs = ['x-l0: &l0 "lol"'];
    for (let level = 1; level < 10; level += 1) {
      laughs.push(
        `x-l${level}: &l${level} [${Array(10)
          .fill(`*l${level - 1}`)
          .join(",")}]`,
      );
    }
    expectRefused(
      await specDiff(`${BASE_SPEC}${laughs.join("\n")}\n`, "laughs"),
      /holds more than 1,000,000 YAML nodes/,
    );
  });

  it("refuses 10,000 levels of nesting and a loop of references", async () => {
    const deep = `${BASE_SPEC}x-deep: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`;
    expectRefused(await specDiff(deep, "deep"), /nests deeper than 100 levels, the limit/);
    const loop = editSpec((spec: Spec) => {
      spec.components.schemas.Loop = { $ref: "#/components/schemas/Loop" };
    });
    expectRefused(
      await specDiff(loop, "loop"),
      /has a `\$ref` to "#\/components\/schemas\/Loop", which leads back to itself/,
    );
  });

  it("refuses an oversized file before reading it, and says how to raise the limit", async () => {
    const oversized = `${BASE_SPEC}x-pad: "${"a".repeat(5_000_000)}"\n`;
    expectRefused(
      await specDiff(oversized, "oversized"),
      /is 5,0\d\d,\d\d\d bytes, over the limit of 5,000,000 \(--max-bytes raises it\)$/,
    );
  });

  it("keeps a report of long names, values and descriptions within 60,000 characters", async () => {
    const long = editSpec((spec: Spec) => {
      const instance = schema(spec, "ModelInstance");
      instance.properties[`f${"n".repeat(20_000)}`] = {
        type: "string",
        description: `${"d".repeat(1_000_000)} </details> \`\`\`\`\`\``,
      };
      schema(spec, "ModelVendor").enum.push("V".repeat(100_000));
    });
    const run = await specDiff(long, "long");
    expectContained(run);
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.length).toBeLessThanOrEqual(60_000);
    expect(run.stdout.match(/^<\/details>$/gm)).toHaveLength(1);
  });

  it("lists __proto__, constructor and prototype as fields, operations and enum values", async () => {
    const names = ["__proto__", "constructor", "prototype"];
    const edited = editSpec((spec: Spec) => {
      const { properties } = schema(spec, "ModelInstance");
      for (const name of names) {
        Object.defineProperty(properties, name, {
          value: { type: "string" },
          enumerable: true,
          writable: true,
          configurable: true,
        });
        spec.paths[`/${name}`] = {
          get: {
            operationId: `get_${name.replaceAll("_", "")}`,
            responses: { "204": { description: "Nothing." } },
          },
        };
        schema(spec, "ModelVendor").enum.push(name);
      }
    });
    const run = await specDiff(edited, "proto");
    expectContained(run);
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /^\| 3 new optional response fields: `__proto__`, `constructor` and `prototype` +\| safe /m,
    );
    expect(run.stdout).toMatch(
      /\| 3 new operations: `GET \/__proto__`, `GET \/constructor` and `GET \/prototype` +\| safe /,
    );
    expect(run.stdout).toMatch(
      /^\| response field `model_vendor` may now be `__proto__`, `constructor` and `prototype` +\| review /m,
    );
  });

  it("stops at --timeout, even in the middle of the work, with one line", async () => {
    const run = await specDiff(BASE_SPEC, "timeout", "--timeout", "0.01");
    expectRefused(run, /stopped after 0\.01 s, the --timeout limit; .* raise --timeout/);
  });

  it("stops at --max-memory with one line, instead of growing", async () => {
    const values = Array.from({ length: 2000 }, (_, index) => `V${index}`);
    const heavy = editSpec((spec: Spec) => {
      const { properties } = schema(spec, "ModelInstance");
      for (let index = 0; index < 40; index += 1) {
        properties[`amp${index}`] = { type: "string", enum: values };
      }
    });
    const run = await specDiff(heavy, "memory", "--max-memory", "64");
    expectRefused(
      run,
      /the comparison needed more than 64 MB of memory, the --max-memory limit; raise it/,
    );
  });
});

describe.concurrent("the other tools on a hostile spec", { timeout: KILL_AFTER_MS }, () => {
  const hostile = (): string => withRef(canaryPath, "example");

  /** One line on stderr, exit 2, nothing of the canary. */
  function expectOneLine(run: ProcessRun, pattern: RegExp): void {
    expect(run.code, describeRun(run)).toBe(2);
    expect(`${run.stdout}${run.stderr}`).not.toContain(CANARY);
    const lines = run.stderr.split("\n").filter((line) => line.trim() !== "");
    expect(lines, describeRun(run)).toEqual([expect.stringMatching(pattern)]);
  }

  it("lint:spec refuses it before Redocly runs", async () => {
    const file = join(dir, "lint.yaml");
    await writeFile(file, hostile());
    const run = await runProcess("npm", ["run", "-s", "lint:spec", "--", file], {
      cwd: PROJECT_ROOT,
    });
    expectOneLine(run, /^lint:spec: .*lint\.yaml has a `\$ref` to ".*canary\.yaml" at #\//);
  });

  it("generate refuses it before generating", async ({ onTestFinished }) => {
    const copy = await copyProject();
    // The test context's: the tests run concurrently, and the global one may be another's.
    onTestFinished(() => copy.remove());
    await writeFile(join(copy.dir, "openapi.yaml"), hostile());
    const run = await copy.run("generate:check");
    expectOneLine(
      { ...run, command: "npm run generate:check" },
      /^generate: openapi\.yaml has a `\$ref` to /,
    );
  });

  it("version:check refuses it, through spec:diff", async ({ onTestFinished }) => {
    const { dir: repository, run } = await pullRequestRepository({}, onTestFinished);
    await writeFile(join(repository, "openapi.yaml"), hostile());
    const result = await run("version:check", ["--base", "main"]);
    expectOneLine(
      result,
      /^version:check: spec:diff could not compare \S+ with openapi\.yaml: openapi\.yaml at `openapi\.yaml` has a `\$ref` to /,
    );
  });
});
