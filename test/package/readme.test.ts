/**
 * README samples are code: every ```ts block (and the CommonJS ```js one) compiles on its own, as
 * a reader pastes it into a strict project with the packed package installed, and runs against
 * the stand-in; the first-call samples also run against `sgp-client serve`, as the README's
 * "Try it without an account" says.
 */
import { spawn } from "node:child_process";
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../src/testing/index.js";
import { packAndInstall, STRICT_OPTIONS, type ConsumerProject } from "../helpers/pack.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { childEnv, describeRun, runProcess } from "../helpers/run-process.js";

const TSC = join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");

/**
 * The samples' project: a strict consumer, ESM under NodeNext. The CommonJS sample is checked as
 * JavaScript, where TypeScript types `require("sgp-client")` from the package's declarations.
 */
const TSCONFIG = {
  compilerOptions: {
    ...STRICT_OPTIONS,
    module: "NodeNext",
    moduleResolution: "NodeNext",
    allowJs: true,
    checkJs: true,
    // test/package/package.test.ts's NodeNext consumer checks the package's declarations without
    // skipLibCheck; here the samples are what is checked, not @types/node again (seconds of tsc).
    skipLibCheck: true,
  },
  include: ["*.ts", "*.cjs"],
};

/** One fenced sample: its code, its file name and the heading it sits under. */
interface Sample {
  code: string;
  /** `sample-N.ts`, or `sample-N.cjs` for a CommonJS ```js block. */
  file: string;
  /** What tsc writes it to, under `out/`. */
  output: string;
  heading: string;
}

/** The README's ```ts and ```js blocks, in order, and how many such fences it has. */
async function readmeSamples(): Promise<{ samples: Sample[]; fences: number }> {
  const readme = await readFile(join(PROJECT_ROOT, "README.md"), "utf8");
  const samples: Sample[] = [];
  let heading = "";
  let fence: { lang: string; lines: string[] } | undefined;
  for (const line of readme.split("\n")) {
    if (fence === undefined) {
      if (line.startsWith("#")) heading = line.replace(/^#+\s*/, "");
      const open = /^```(\w*)$/.exec(line);
      if (open) fence = { lang: open[1] ?? "", lines: [] };
    } else if (line === "```") {
      const index = samples.length + 1;
      const extension = fence.lang === "js" ? "cjs" : "ts";
      if (fence.lang === "ts" || fence.lang === "js") {
        samples.push({
          code: `${fence.lines.join("\n")}\n`,
          file: `sample-${index}.${extension}`,
          output: `sample-${index}.${extension === "cjs" ? "cjs" : "js"}`,
          heading,
        });
      }
      fence = undefined;
    } else {
      fence.lines.push(line);
    }
  }
  return { samples, fences: readme.split(/^```(?:ts|js)$/m).length - 1 };
}

/** Runs `sample` with node, after `exportLine` as a reader pastes it into a POSIX shell. */
function runAfterExport(folder: string, exportLine: string, sample: Sample) {
  const file = join(folder, "out", sample.output);
  return runProcess("sh", ["-c", `${exportLine}\nexec "$0" "$1"`, process.execPath, file], {
    cwd: folder,
    env: childEnv(),
  });
}

describe("the README's samples", { timeout: 120_000 }, () => {
  let project: ConsumerProject | undefined;
  let samples: Sample[] = [];
  let fences = 0;
  let folder = "";

  beforeAll(async () => {
    project = await packAndInstall();
    ({ samples, fences } = await readmeSamples());
    folder = join(project.dir, "readme");
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "package.json"), JSON.stringify({ type: "module" }));
    await writeFile(join(folder, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
    await Promise.all(samples.map((sample) => writeFile(join(folder, sample.file), sample.code)));
  }, 180_000);

  afterAll(async () => {
    await project?.remove();
  });

  it("are all found", () => {
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.length).toBe(fences);
    // JavaScript samples are the CommonJS ones, for readers without top-level await.
    for (const sample of samples.filter(({ file }) => file.endsWith(".cjs"))) {
      expect(sample.code).toMatch(/require\("sgp-client"\)/);
    }
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
      for (const sample of samples) {
        const file = join(folder, "out", sample.output);
        // A sample written as a node:test file runs as one.
        const args = sample.code.includes('from "node:test"') ? ["--test", file] : [file];
        const run = await runProcess(process.execPath, args, { cwd: folder, env });
        expect(run.code, `${sample.file}\n${describeRun(run)}`).toBe(0);
        expect(run.stderr, `${sample.file}\n${describeRun(run)}`).toBe("");
      }
      expect(server.requests.every((request) => request.hasValidApiKey)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("the first calls run against `sgp-client serve` with the line it prints, then Ctrl-C ends it with 130", async () => {
    const firstCalls = samples.filter((sample) => sample.heading === "A first call");
    expect(firstCalls.length).toBeGreaterThanOrEqual(2);
    const bin = join(project?.dir ?? "", "node_modules", "sgp-client", "dist", "cli.js");
    const served = spawn(process.execPath, [bin, "serve", "--port", "0"], {
      cwd: folder,
      env: childEnv(),
    });
    const exited = new Promise<number | null>((resolve) => served.on("exit", resolve));
    let stdout = "";
    let stderr = "";
    served.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
    try {
      const exportLine = await new Promise<string>((resolve, reject) => {
        served.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          const line = /^ {2}(export SGP_BASE_URL=.*)$/m.exec(stdout)?.[1];
          if (line) resolve(line);
        });
        void exited.then(() => reject(new Error(`serve exited first:\n${stdout}${stderr}`)));
      });
      for (const sample of firstCalls) {
        const run = await runAfterExport(folder, exportLine, sample);
        expect(run.code, `${sample.file}\n${describeRun(run)}`).toBe(0);
        expect(run.stderr, `${sample.file}\n${describeRun(run)}`).toBe("");
      }
      served.kill("SIGINT");
      expect(await exited).toBe(130);
      // serve logged each call as it arrived, none without the printed key.
      expect(stderr.match(/^POST \/v4\/model-groups\/.*\(request \d+, req_\w+\)$/gm)).toHaveLength(
        firstCalls.length,
      );
      expect(stderr).toMatch(/sgp-client: interrupted; the stand-in is stopped\n$/);
    } finally {
      served.kill();
    }
  });
});
