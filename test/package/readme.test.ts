/**
 * README samples are code: every ```ts block compiles on its own, as a reader pastes it into a
 * strict project with the packed package installed, and runs against the stand-in.
 */
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../src/testing/index.js";
import { packAndInstall, STRICT_OPTIONS, type ConsumerProject } from "../helpers/pack.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { childEnv, describeRun, runProcess } from "../helpers/run-process.js";

const TSC = join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");

/** The samples' project: a strict consumer, ESM under NodeNext. */
const TSCONFIG = {
  compilerOptions: { ...STRICT_OPTIONS, module: "NodeNext", moduleResolution: "NodeNext" },
  include: ["*.ts"],
};

/** The README's TypeScript blocks, in order, and how many ```ts fences it has. */
async function readmeSamples(): Promise<{ samples: string[]; fences: number }> {
  const readme = await readFile(join(PROJECT_ROOT, "README.md"), "utf8");
  const samples = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
  return { samples, fences: readme.split(/^```ts$/m).length - 1 };
}

describe("the README's samples", { timeout: 120_000 }, () => {
  let project: ConsumerProject | undefined;
  let samples: string[] = [];
  let fences = 0;
  let folder = "";

  beforeAll(async () => {
    project = await packAndInstall();
    ({ samples, fences } = await readmeSamples());
    folder = join(project.dir, "readme");
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "package.json"), JSON.stringify({ type: "module" }));
    await writeFile(join(folder, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
    await Promise.all(
      samples.map((sample, index) => writeFile(join(folder, `sample-${index + 1}.ts`), sample)),
    );
  }, 180_000);

  afterAll(async () => {
    await project?.remove();
  });

  it("are all found", () => {
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.length).toBe(fences);
  });

  it("each compile on their own, strictly, against the packed package", async () => {
    const run = await runProcess(process.execPath, [TSC, "-p", folder], { cwd: folder });
    expect(run.stdout + run.stderr, describeRun(run)).toBe("");
    expect(run.code, describeRun(run)).toBe(0);
  });

  it("each run against the stand-in, with the ids they use", async () => {
    const server: TestServer = await createTestServer();
    try {
      const env = childEnv({ SGP_API_KEY: server.apiKey, SGP_BASE_URL: server.url });
      for (const [index, sample] of samples.entries()) {
        const file = join(folder, "out", `sample-${index + 1}.js`);
        // A sample written as a node:test file runs as one.
        const args = sample.includes('from "node:test"') ? ["--test", file] : [file];
        const run = await runProcess(process.execPath, args, { cwd: folder, env });
        expect(run.code, `sample ${index + 1}\n${describeRun(run)}`).toBe(0);
        expect(run.stderr, `sample ${index + 1}\n${describeRun(run)}`).toBe("");
      }
      expect(server.requests.every((request) => request.hasValidApiKey)).toBe(true);
    } finally {
      await server.close();
    }
  });
});
