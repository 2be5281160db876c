import { execFile, spawn as spawnChild, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { main, type CliIO } from "../../src/cli/main.js";
import { createTestServer, type TestServer } from "../../src/testing/index.js";
import { assertBuilt, DIST } from "../helpers/dist.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { childEnv, describeRun, runProcess } from "../helpers/run-process.js";
import { createSpecValidator } from "../helpers/spec.js";

const validator = createSpecValidator();

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(
  argv: string[],
  env: Record<string, string> = {},
  options = {},
  signal?: AbortSignal,
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    env,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    signal,
  };
  const code = await main(argv, io, options);
  return { code, stdout, stderr };
}

function envFor(server: TestServer): Record<string, string> {
  return { SGP_API_KEY: server.apiKey, SGP_BASE_URL: server.url };
}

function seededIds(server: TestServer): [string, string] {
  return [server.seeded.modelGroupIds[0]!, server.seeded.modelInstanceIds[0]!];
}

describe("sgp-client add-model", () => {
  it("prints a short summary of the ModelInstance", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = seededIds(server);
    const run = await cli(["add-model", groupId, instanceId], envFor(server));
    const instance = server.getModelInstance(instanceId)!;
    expect(run).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "Model instance added to its model group:",
        `  id            ${instance.id}`,
        `  name          ${instance.name}`,
        `  display name  ${instance.display_name}`,
        `  type          ${instance.model_type}`,
        `  vendor        ${instance.model_vendor}`,
        `  group         ${groupId}`,
        `  created at    ${instance.created_at}`,
        "",
      ].join("\n"),
    });
  });

  it("prints the full ModelInstance as JSON with --json", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = seededIds(server);
    const run = await cli(["add-model", "--json", groupId, instanceId], envFor(server));
    expect(run.code).toBe(0);
    const printed: unknown = JSON.parse(run.stdout);
    expect(validator.schema("ModelInstance", printed)).toEqual([]);
    expect(printed).toEqual({ ...server.getModelInstance(instanceId), model_group_id: groupId });
  });

  it("prints — for a missing optional field", async () => {
    await using server = await createTestServer();
    const group = server.addModelGroup();
    const instance = server.addModelInstance({ name: "bare" });
    const run = await cli(["add-model", group.id, instance.id], envFor(server));
    expect(run.stdout).toMatch(/display name {2}—\n/);
  });

  it("takes --base-url and --account-id over the environment", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = seededIds(server);
    const env = {
      SGP_API_KEY: server.apiKey,
      SGP_BASE_URL: "http://127.0.0.1:1",
      SGP_ACCOUNT_ID: "acct_env",
    };
    const run = await cli(
      ["add-model", groupId, instanceId, "--base-url", server.url, "--account-id", "acct_flag"],
      env,
    );
    expect(run.code).toBe(0);
    expect(server.requests[0]?.accountId).toBe("acct_flag");
  });

  it("reads SGP_ACCOUNT_ID", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = seededIds(server);
    await cli(["add-model", groupId, instanceId], {
      ...envFor(server),
      SGP_ACCOUNT_ID: "acct_env",
    });
    expect(server.requests[0]?.accountId).toBe("acct_env");
  });

  it("exits 1 with one line giving the status and the server's detail on a 404", async () => {
    await using server = await createTestServer();
    const run = await cli(["add-model", "mg_missing", "mi_x"], envFor(server));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^sgp-client: POST \/v4\/model-groups\/mg_missing\/models\/mi_x failed: 404 Not Found — Model group mg_missing not found \(request id req_[0-9a-f]+\)\n$/,
    );
  });

  it("exits 1 on a wrong key, without printing the key", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = seededIds(server);
    const run = await cli(["add-model", groupId, instanceId], {
      SGP_API_KEY: "sk-wrong-123456",
      SGP_BASE_URL: server.url,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^sgp-client: .*401 Unauthorized — The x-api-key sent is not accepted/,
    );
    expect(run.stderr).not.toContain("sk-wrong-123456");
  });

  it("exits 1 on a network error", async () => {
    const server = await createTestServer();
    await server.close();
    const run = await cli(["add-model", "g", "m"], { ...envFor(server) }, {});
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^sgp-client: POST .* failed: no response from 127\.0\.0\.1:\d+ \(ECONNREFUSED/,
    );
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 130 when interrupted", async () => {
    await using server = await createTestServer();
    server.injectFault({ delayMs: 60_000 });
    const controller = new AbortController();
    const [groupId, instanceId] = seededIds(server);
    const running = cli(["add-model", groupId, instanceId], envFor(server), {}, controller.signal);
    await server.waitForRequests(1);
    controller.abort();
    const run = await running;
    expect(run.code).toBe(130);
    expect(run.stderr).toBe("sgp-client: interrupted\n");
  });

  it("logs to stderr with SGP_LOG=debug, keeping stdout clean", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = seededIds(server);
    const run = await cli(["add-model", groupId, instanceId, "--json"], {
      ...envFor(server),
      SGP_LOG: "debug",
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ id: instanceId });
    expect(run.stderr).toMatch(
      /^\[sgp-client\] POST http:\/\/127\.0\.0\.1:\d+\/v4\/model-groups\/.* attempt 1\/3: 200 OK/m,
    );
  });
});

describe("SGP_LOG", () => {
  const WARNING =
    /^sgp-client: warning: SGP_LOG is "verbose", which is not a log level \(off, error, warn, info, debug\); using "warn"\.\n$/;

  it("warns once on a value that is not a log level, and the call goes ahead", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = seededIds(server);
    const run = await cli(["add-model", groupId, instanceId], {
      ...envFor(server),
      SGP_LOG: "verbose",
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Model instance added/);
    expect(run.stderr).toMatch(WARNING);
  });

  it("is not read by commands that make no call", async () => {
    const run = await cli(["--help"], { SGP_LOG: "verbose" });
    expect(run).toMatchObject({ code: 0, stderr: "" });
  });

  it("warns once, not twice, from the built bin, whose environment is the client's too", async () => {
    assertBuilt();
    await using server = await createTestServer();
    const [groupId, instanceId] = seededIds(server);
    const env = childEnv({ ...envFor(server), SGP_LOG: "verbose" });
    const run = await runProcess(
      process.execPath,
      [join(DIST, "cli.js"), "add-model", groupId, instanceId],
      {
        cwd: PROJECT_ROOT,
        env,
      },
    );
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stderr).toMatch(WARNING);
  });
});

describe("usage errors exit 2 with one line", () => {
  it.each([
    [
      ["add-model"],
      {},
      /^sgp-client: add-model needs <model_group_id> and <model_instance_id>\. Run `sgp-client --help` for usage\.\n$/,
    ],
    [["add-model", "g"], {}, /add-model needs/],
    [["add-model", "g", "m", "x"], {}, /unexpected argument "x"/],
    [["add-model", "g", "m", "--verbose"], {}, /Unknown option '--verbose'/],
    [["add-model", "g", "m", "--base-url"], {}, /--base-url/],
    [["frobnicate"], {}, /unknown command "frobnicate"/],
    [["help", "frobnicate"], {}, /unknown command "frobnicate"/],
    [
      ["add-model", "g", "m"],
      {},
      /^sgp-client: Missing API key: set the SGP_API_KEY environment variable\.\n$/,
    ],
    [
      ["add-model", "g", "m", "--base-url", "not a url"],
      { SGP_API_KEY: "k" },
      /Invalid option `baseURL`/,
    ],
    [
      ["add-model", "..", "m"],
      { SGP_API_KEY: "k" },
      /Invalid path parameter `model_group_id`: it cannot be "\.\."/,
    ],
    [["demo", "--base-url", "http://x"], {}, /demo runs against the stand-in; drop --base-url/],
  ])("%j", async (argv, env, message) => {
    const run = await cli(argv, env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("ends an unforeseen failure, such as a closed stdout, in one line with exit 1", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = seededIds(server);
    let stderr = "";
    const io: CliIO = {
      env: envFor(server),
      stdout: () => {
        throw new Error(
          "write EPIPE\n    at afterWriteDispatched (node:internal/stream_base_commons)",
        );
      },
      stderr: (text) => void (stderr += text),
    };
    expect(await main(["add-model", groupId, instanceId], io)).toBe(1);
    expect(stderr).toBe(
      "sgp-client: unexpected error: Error: write EPIPE\\n    at afterWriteDispatched (node:internal/stream_base_commons)\n",
    );
  });

  it("prints the help to stderr when no command is given", async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: sgp-client <command> \[options\]/);
  });
});

describe("help", () => {
  it.each([
    [["--help"], /^Usage: sgp-client <command> \[options\]/],
    [["-h"], /^Usage: sgp-client <command>/],
    [["help"], /^Usage: sgp-client <command>/],
    [
      ["add-model", "--help"],
      /^Usage: sgp-client add-model <model_group_id> <model_instance_id> \[options\]/,
    ],
    [["help", "add-model"], /^Usage: sgp-client add-model/],
    [["demo", "--help"], /^Usage: sgp-client demo/],
    [["help", "demo"], /^Usage: sgp-client demo/],
  ])("%j prints help and exits 0", async (argv, text) => {
    const run = await cli(argv);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(text);
    expect(run.stdout).toMatch(/Exit codes|embedded SGP stand-in/);
  });

  it("prints the version", async () => {
    const { VERSION } = await import("../../src/version.js");
    expect(await cli(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });
});

describe("demo and npm start's fallback", () => {
  it("demo adds a seeded instance to a seeded group on the stand-in and says so", async () => {
    const run = await cli(["demo"], { SGP_BASE_URL: "http://127.0.0.1:1" });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Model instance added to its model group:\n {2}id {12}mi_/);
    expect(run.stderr).toMatch(
      /That ran against the embedded SGP stand-in at http:\/\/127\.0\.0\.1:\d+ \(the demo command\), not against SGP\./,
    );
    expect(run.stderr).toMatch(/npx sgp-client add-model <model_group_id> <model_instance_id>/);
  });

  it("demo --json prints a valid ModelInstance", async () => {
    const run = await cli(["demo", "--json"]);
    expect(validator.schema("ModelInstance", JSON.parse(run.stdout))).toEqual([]);
  });

  it("demo add-model with unknown ids fails like the API, and still says where it ran", async () => {
    const run = await cli(["demo", "add-model", "mg_nope", "mi_nope"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/embedded SGP stand-in/);
    expect(run.stderr).toMatch(/404 Not Found — Model group mg_nope not found/);
  });

  it("without SGP_API_KEY, falls back to the stand-in and passes arguments through", async () => {
    const run = await cli(
      ["add-model", "mg_nope", "mi_1", "--json"],
      {},
      { isStandInWithoutKey: true },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\(SGP_API_KEY is not set\)/);
    const plain = await cli([], {}, { isStandInWithoutKey: true });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^Model instance added/);
  });

  it("with SGP_API_KEY, calls the configured API", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = seededIds(server);
    const run = await cli(["add-model", groupId, instanceId], envFor(server), {
      isStandInWithoutKey: true,
    });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(server.requests).toHaveLength(1);
  });
});

function spawn(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: PROJECT_ROOT,
        env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", ...env },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("as processes", { timeout: 60_000 }, () => {
  it("the bin exits 0, 1 and 2 as documented", async () => {
    await using server = await createTestServer();
    const [groupId, instanceId] = seededIds(server);
    const bin = ["--import", "tsx", "src/cli/bin.ts"];
    const [ok, notFound, usage] = await Promise.all([
      spawn(process.execPath, [...bin, "add-model", groupId, instanceId, "--json"], envFor(server)),
      spawn(process.execPath, [...bin, "add-model", "mg_nope", instanceId], envFor(server)),
      spawn(process.execPath, [...bin, "add-model"], envFor(server)),
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ id: instanceId, model_group_id: groupId });
    expect(notFound.code).toBe(1);
    expect(notFound.stderr).toMatch(/404 Not Found — Model group mg_nope not found/);
    expect(usage.code).toBe(2);
  });

  it("npm start with no key prints a model instance from the stand-in", async () => {
    const run = await spawn("npm", ["start", "--silent"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Model instance added to its model group:\n {2}id {12}mi_\w+\n {2}name {10}\S+/,
    );
    expect(run.stderr).toMatch(/embedded SGP stand-in/);
  });

  it("npm start passes arguments through", async () => {
    const run = await spawn("npm", ["start", "--silent", "--", "add-model", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: sgp-client add-model/);
  });
});

// util-linux's `script` runs a command on a pseudo-terminal: the one way to be a real terminal.
const hasScript = /util-linux/.test(spawnSync("script", ["--version"]).stdout?.toString() ?? "");

describe("the built bin on a real terminal", { timeout: 20_000 }, () => {
  it.skipIf(!hasScript)(
    "validate says what it waits for, and Ctrl-C typed at the terminal exits 130",
    async () => {
      assertBuilt();
      // The shell that script starts takes the paths from the environment: nothing to quote.
      const command = '"$NODE_BIN" "$CLI_JS" validate';
      const terminal = spawnChild("script", ["-qefc", command, "/dev/null"], {
        cwd: PROJECT_ROOT,
        env: childEnv({ NODE_BIN: process.execPath, CLI_JS: join(DIST, "cli.js") }),
      });
      onTestFinished(() => void terminal.kill("SIGKILL"));
      const exited = new Promise<number | null>((resolve) => terminal.on("exit", resolve));
      let screen = "";
      let isTyped = false;
      terminal.stdout.on("data", (chunk: Buffer) => {
        screen += chunk.toString();
        if (isTyped || !screen.includes("Ctrl-C cancels")) return;
        isTyped = true;
        terminal.stdin.write("\x03"); // what the terminal sends for Ctrl-C
      });
      expect(await exited, screen).toBe(130);
      expect(screen).toMatch(
        /^sgp-client: reading a response body from standard input: paste it, then press Ctrl-D/,
      );
      expect(screen).toMatch(/sgp-client: interrupted\r?\n$/);
      expect(screen).not.toMatch(/\n\s+at /);
    },
  );
});
