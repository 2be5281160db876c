/**
 * The consumer test: the packed tarball, installed into a fresh project, type-checks and runs
 * as ESM (NodeNext and Bundler resolution) and as CommonJS, and its bin works.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packAndInstall, STRICT_OPTIONS, type ConsumerProject } from "../helpers/pack.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { describeRun, runProcess, type ProcessRun } from "../helpers/run-process.js";

const TSC = join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");

/** What every consumer prints on its last line once its own checks pass. */
interface ConsumerReport {
  consumer: string;
  instance: { id: string; model_group_id: string };
  posted: { status: number; id: string | undefined };
  seeded: { groupId: string; instanceId: string };
  wrongKey: { name: string; status: number };
  isDefaultExportTheClass: boolean;
  isRequireTheClass?: boolean;
}

/** An ESM consumer in TypeScript; it throws on any mismatch and prints a ConsumerReport. */
function esmConsumer(label: string): string {
  return `import SGPClient, { AuthenticationError, SGPClient as NamedSGPClient } from "sgp-client";
import type { ModelInstance } from "sgp-client";
import { createTestServer } from "sgp-client/testing";

// Never called: it only has to fail to compile, which proves the types are not \`any\`.
export function misuse(client: SGPClient): void {
  // @ts-expect-error create needs the model instance id too
  void client.modelGroups.models.create("mg_only");
}

const server = await createTestServer();
try {
  const groupId = server.seeded.modelGroupIds[0];
  const instanceId = server.seeded.modelInstanceIds[0];
  if (groupId === undefined || instanceId === undefined) throw new Error("no seeded ids");
  const client = new SGPClient({ apiKey: server.apiKey, baseURL: server.url });
  const instance: ModelInstance = await client.modelGroups.models.create(groupId, instanceId);
  if (instance.id !== instanceId || instance.model_group_id !== groupId) {
    throw new Error(\`unexpected ModelInstance \${JSON.stringify(instance)}\`);
  }
  // client.POST loads openapi-fetch on first use, from a chunk of its own.
  const posted = await client.POST("/v4/model-groups/{model_group_id}/models/{model_instance_id}", {
    params: { path: { model_group_id: groupId, model_instance_id: instanceId } },
  });
  const wrongKey = new SGPClient({ apiKey: "not-the-key", baseURL: server.url, maxRetries: 0 });
  const error: unknown = await wrongKey.modelGroups.models.create(groupId, instanceId).then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof AuthenticationError)) {
    throw new Error(\`expected an AuthenticationError, got \${String(error)}\`);
  }
  const report = {
    consumer: ${JSON.stringify(label)},
    instance: { id: instance.id, model_group_id: instance.model_group_id },
    posted: { status: posted.response.status, id: posted.data?.id },
    seeded: { groupId, instanceId },
    wrongKey: { name: error.name, status: error.status },
    isDefaultExportTheClass: NamedSGPClient === SGPClient,
  };
  console.log(JSON.stringify(report));
} finally {
  await server.close();
}
`;
}

/** The same consumer as CommonJS JavaScript, loaded with require(). */
const CJS_CONSUMER = `"use strict";
const { SGPClient, AuthenticationError } = require("sgp-client");
const { createTestServer } = require("sgp-client/testing");

async function main() {
  const server = await createTestServer();
  try {
    const [groupId] = server.seeded.modelGroupIds;
    const [instanceId] = server.seeded.modelInstanceIds;
    const client = new SGPClient({ apiKey: server.apiKey, baseURL: server.url });
    const instance = await client.modelGroups.models.create(groupId, instanceId);
    if (instance.id !== instanceId || instance.model_group_id !== groupId) {
      throw new Error(\`unexpected ModelInstance \${JSON.stringify(instance)}\`);
    }
    const posted = await client.POST("/v4/model-groups/{model_group_id}/models/{model_instance_id}", {
      params: { path: { model_group_id: groupId, model_instance_id: instanceId } },
    });
    const wrongKey = new SGPClient({ apiKey: "not-the-key", baseURL: server.url, maxRetries: 0 });
    const error = await wrongKey.modelGroups.models.create(groupId, instanceId).then(
      () => undefined,
      (rejection) => rejection,
    );
    if (!(error instanceof AuthenticationError)) {
      throw new Error(\`expected an AuthenticationError, got \${String(error)}\`);
    }
    const report = {
      consumer: "cjs",
      instance: { id: instance.id, model_group_id: instance.model_group_id },
      posted: { status: posted.response.status, id: posted.data && posted.data.id },
      seeded: { groupId, instanceId },
      wrongKey: { name: error.name, status: error.status },
      isDefaultExportTheClass: require("sgp-client").default === SGPClient,
      // As in the official SDKs, require() gives the class, with the named exports on it.
      isRequireTheClass:
        require("sgp-client") === SGPClient &&
        require("sgp-client").NotFoundError === SGPClient.NotFoundError &&
        typeof SGPClient.VERSION === "string",
    };
    console.log(JSON.stringify(report));
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

/** A CommonJS TypeScript consumer, only type-checked, to prove the .d.cts declarations resolve. */
const CTS_CONSUMER = `import sgp = require("sgp-client");
import testing = require("sgp-client/testing");

// @ts-expect-error create needs the model instance id too
export const misuse = (client: sgp.SGPClient): unknown => client.modelGroups.models.create("g");

export async function addSeededModel(): Promise<sgp.ModelInstance> {
  const server: testing.TestServer = await testing.createTestServer();
  try {
    const [groupId, instanceId] = [server.seeded.modelGroupIds[0], server.seeded.modelInstanceIds[0]];
    if (groupId === undefined || instanceId === undefined) throw new Error("no seeded ids");
    const client = new sgp.default({ apiKey: server.apiKey, baseURL: server.url });
    return await client.modelGroups.models.create(groupId, instanceId);
  } catch (error) {
    if (error instanceof sgp.AuthenticationError) throw new Error(\`status \${error.status}\`);
    throw error;
  } finally {
    await server.close();
  }
}
`;

function expectSuccess(run: ProcessRun): void {
  expect(run.code, describeRun(run)).toBe(0);
}

/** Parses JSON a child printed, failing with everything it printed. */
function parseJson(run: ProcessRun, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`expected JSON in stdout\n${describeRun(run)}`);
  }
}

/** Parses the last line a consumer printed. */
function lastJsonLine(run: ProcessRun): unknown {
  return parseJson(run, run.stdout.trimEnd().split("\n").at(-1) ?? "");
}

function expectReport(run: ProcessRun, consumer: string): void {
  expectSuccess(run);
  const report = lastJsonLine(run) as ConsumerReport;
  expect(report, describeRun(run)).toEqual({
    consumer,
    instance: { id: report.seeded.instanceId, model_group_id: report.seeded.groupId },
    posted: { status: 200, id: report.seeded.instanceId },
    seeded: { groupId: expect.stringMatching(/^mg_/), instanceId: expect.stringMatching(/^mi_/) },
    wrongKey: { name: "AuthenticationError", status: 401 },
    isDefaultExportTheClass: true,
    ...(consumer === "cjs" && { isRequireTheClass: true }),
  });
}

describe("sgp-client, packed and installed in a fresh project", () => {
  let project: ConsumerProject | undefined;

  beforeAll(async () => {
    project = await packAndInstall();
  }, 180_000);

  afterAll(async () => {
    await project?.remove();
  });

  function consumerDir(): string {
    if (!project) throw new Error("the pack-and-install step failed; see the beforeAll error");
    return project.dir;
  }

  /** Writes files into a subfolder of the consumer project and returns its path. */
  async function writeFolder(name: string, files: Record<string, string>): Promise<string> {
    const folder = join(consumerDir(), name);
    await mkdir(folder, { recursive: true });
    for (const [file, text] of Object.entries(files)) await writeFile(join(folder, file), text);
    return folder;
  }

  function tsc(folder: string): Promise<ProcessRun> {
    return runProcess(process.execPath, [TSC, "-p", join(folder, "tsconfig.json"), "--listFiles"], {
      cwd: consumerDir(),
    });
  }

  function node(file: string): Promise<ProcessRun> {
    return runProcess(process.execPath, [file], { cwd: consumerDir() });
  }

  it("type-checks and runs a strict ESM consumer under NodeNext resolution", async () => {
    const folder = await writeFolder("esm-nodenext", {
      "consumer.ts": esmConsumer("esm-nodenext"),
      "tsconfig.json": JSON.stringify({
        compilerOptions: {
          ...STRICT_OPTIONS,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          verbatimModuleSyntax: true,
        },
        files: ["consumer.ts"],
      }),
    });
    const compile = await tsc(folder);
    expectSuccess(compile);
    expect(compile.stdout, describeRun(compile)).toContain(
      "node_modules/sgp-client/dist/index.d.ts",
    );
    expect(compile.stdout, describeRun(compile)).toContain(
      "node_modules/sgp-client/dist/testing/index.d.ts",
    );
    expectReport(await node(join(folder, "out", "consumer.js")), "esm-nodenext");
  }, 60_000);

  it("type-checks and runs the same consumer under Bundler resolution", async () => {
    const folder = await writeFolder("esm-bundler", {
      "consumer.ts": esmConsumer("esm-bundler"),
      "tsconfig.json": JSON.stringify({
        compilerOptions: {
          ...STRICT_OPTIONS,
          module: "ESNext",
          moduleResolution: "Bundler",
          verbatimModuleSyntax: true,
          // The NodeNext consumer already checks these same declaration files; this one proves
          // that Bundler resolution finds them, and skips checking them again (seconds of tsc).
          skipLibCheck: true,
        },
        files: ["consumer.ts"],
      }),
    });
    const compile = await tsc(folder);
    expectSuccess(compile);
    expect(compile.stdout, describeRun(compile)).toContain(
      "node_modules/sgp-client/dist/index.d.ts",
    );
    expectReport(await node(join(folder, "out", "consumer.js")), "esm-bundler");
  }, 60_000);

  it("runs a CommonJS consumer that uses require()", async () => {
    const folder = await writeFolder("cjs", { "consumer.cjs": CJS_CONSUMER });
    expectReport(await node(join(folder, "consumer.cjs")), "cjs");
  }, 60_000);

  it("type-checks a CommonJS TypeScript consumer against the .d.cts declarations", async () => {
    const folder = await writeFolder("cts", {
      "consumer.cts": CTS_CONSUMER,
      "tsconfig.json": JSON.stringify({
        compilerOptions: {
          ...STRICT_OPTIONS,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          noEmit: true,
          // tsup writes the .d.cts files with the .d.ts files' text (only import extensions
          // differ), which the NodeNext ESM consumer checks. CTS_CONSUMER's @ts-expect-error still fails to
          // compile if these declarations do not resolve, since any would let its misuse through.
          skipLibCheck: true,
        },
        files: ["consumer.cts"],
      }),
    });
    const compile = await tsc(folder);
    expectSuccess(compile);
    expect(compile.stdout, describeRun(compile)).toContain(
      "node_modules/sgp-client/dist/index.d.cts",
    );
    expect(compile.stdout, describeRun(compile)).toContain(
      "node_modules/sgp-client/dist/testing/index.d.cts",
    );
  }, 60_000);

  it("installs the sgp-client bin, whose --help prints the usage", async () => {
    const run = await runProcess(
      join(consumerDir(), "node_modules", ".bin", "sgp-client"),
      ["--help"],
      {
        cwd: consumerDir(),
      },
    );
    expectSuccess(run);
    expect(run.stdout, describeRun(run)).toMatch(/^Usage: sgp-client <command>/);
    expect(run.stdout, describeRun(run)).toContain("demo");
  }, 60_000);

  it("runs `sgp-client demo --json` against the embedded stand-in and prints a ModelInstance", async () => {
    const run = await runProcess(
      join(consumerDir(), "node_modules", ".bin", "sgp-client"),
      ["demo", "--json"],
      { cwd: consumerDir() },
    );
    expectSuccess(run);
    const instance = parseJson(run, run.stdout);
    expect(instance, describeRun(run)).toMatchObject({
      id: expect.stringMatching(/^mi_/),
      model_group_id: expect.stringMatching(/^mg_/),
      name: expect.any(String),
      model_type: expect.any(String),
      created_at: expect.any(String),
    });
  }, 60_000);

  it("refuses sgp-client/testing in a browser bundle at build time, naming the node condition", async () => {
    const bundling = build({
      stdin: {
        contents: 'import { createTestServer } from "sgp-client/testing"; createTestServer();',
        resolveDir: consumerDir(),
        loader: "js",
      },
      bundle: true,
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const failure = (await bundling.then(
      () => undefined,
      (error: unknown) => error,
    )) as { errors?: { text: string; notes: { text: string }[] }[] } | undefined;
    const [error] = failure?.errors ?? [];
    expect(error?.text).toBe('Could not resolve "sgp-client/testing"');
    expect(error?.notes.map((note) => note.text).join("\n")).toMatch(/"node"/);
  });
});
