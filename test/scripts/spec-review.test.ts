/**
 * The spec review workflow (.github/workflows/spec-review.yml), its steps run for real: the
 * read of the pull request's openapi.yaml against git repositories where the pull request also
 * edits the tools, the handling of spec:diff's exit codes, and the verdict script against a
 * GitHub that records statuses and comments. What the workflow must keep: base-branch code
 * judges, the pull request's files are data, and the status and comment land on the pull
 * request and head of the event, never anywhere a file names.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { describeRun, runProcess } from "../helpers/run-process.js";
import {
  constantEnv,
  readWorkflows,
  runScript,
  runStep,
  stepOf,
  type Job,
  type Workflow,
} from "../helpers/workflows.js";

let flow: Workflow;
const diffJob = (): Job => flow.jobs["diff"] ?? { steps: [] };
const verdictJob = (): Job => flow.jobs["verdict"] ?? { steps: [] };

beforeAll(async () => {
  const found = (await readWorkflows()).get("spec-review.yml");
  if (!found) throw new Error(".github/workflows/spec-review.yml is missing");
  flow = found;
});

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

describe("the spec review workflow", () => {
  it("runs base-branch code for every pull request, and again when a label changes", () => {
    expect(flow.on).toEqual({
      pull_request_target: {
        types: ["opened", "synchronize", "reopened", "labeled", "unlabeled"],
      },
    });
    expect(flow.concurrency).toEqual({
      group: "spec-review-${{ github.event.pull_request.number }}",
      "cancel-in-progress": true,
    });
  });

  it("never checks out the pull request: only the base branch, with no ref of the event", () => {
    const checkouts = diffJob().steps.filter((step) => step.uses?.startsWith("actions/checkout@"));
    expect(checkouts).toHaveLength(1);
    expect(Object.keys(checkouts[0]?.with ?? {}).sort()).toEqual([
      "fetch-depth",
      "persist-credentials",
    ]);
    // The head is named only to git, as the commit whose blob the read step takes.
    const namers = [...diffJob().steps, ...verdictJob().steps].filter((step) =>
      JSON.stringify(step).includes("github.event.pull_request.head"),
    );
    expect(namers.map((step) => step.name)).toEqual([
      "Read the pull request's openapi.yaml as data",
      "Set the status and post the comment",
    ]);
    expect(JSON.stringify(flow.jobs)).not.toMatch(/head\.(?:ref|repo)|allow-unsafe-pr-checkout/);
  });

  it("posts from a job that checks out nothing and runs no command", () => {
    const { steps } = verdictJob();
    expect(steps.map((step) => step.uses?.replace(/@.*/, ""))).toEqual([
      "actions/download-artifact",
      "actions/github-script",
    ]);
    expect(verdictJob().needs).toBe("diff");
    expect(verdictJob().if).toBe("${{ !cancelled() }}");
  });
});

/** `git …` in `cwd`, with a fixed identity; throws when git fails. */
async function git(cwd: string, ...args: string[]): Promise<string> {
  const identity = ["-c", "user.name=spec review test", "-c", "user.email=test@example.invalid"];
  const result = await runProcess("git", [...identity, "-c", "commit.gpgsign=false", ...args], {
    cwd,
  });
  if (result.code !== 0) throw new Error(`git failed\n${describeRun(result)}`);
  return result.stdout.trim();
}

/** Writes `files` under `dir`; `null` deletes one. */
async function writeFiles(dir: string, files: Record<string, string | null>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    if (text === null) await rm(path, { force: true });
    else {
      await mkdir(join(path, ".."), { recursive: true });
      await writeFile(path, text);
    }
  }
}

const BASE_SPEC = "openapi: 3.1.0\ninfo: {title: base, version: 1.0.0}\npaths: {}\n";
const TRUSTED_TOOL = "console.log('the base branch judges');\n";

describe("reading the pull request's openapi.yaml", () => {
  /** A bare repository standing in for GitHub: `main`, and pull requests under refs/pull/. */
  let origin: string;
  const heads = new Map<string, string>();
  let mainBeforeMove = "";

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), "spec-review-origin-"));
    origin = join(root, "origin.git");
    const work = join(root, "work");
    await git(root, "init", "--quiet", "--bare", "--initial-branch=main", origin);
    // GitHub serves any commit a ref reaches, as the read step's fetch by SHA expects.
    await git(origin, "config", "uploadpack.allowReachableSHA1InWant", "true");
    await git(root, "init", "--quiet", "--initial-branch=main", work);
    await writeFiles(work, {
      "openapi.yaml": BASE_SPEC,
      "scripts/spec-diff/main.ts": TRUSTED_TOOL,
      "package.json": '{"name":"sgp-client"}\n',
    });
    await git(work, "add", ".");
    await git(work, "commit", "--quiet", "-m", "base");
    mainBeforeMove = await git(work, "rev-parse", "HEAD");

    /** Commits `files` on a branch from `from` and publishes it as pull request `name`. */
    const pullRequest = async (
      name: string,
      from: string,
      files: Record<string, string | null>,
    ) => {
      await git(work, "checkout", "--quiet", "--detach", from);
      await writeFiles(work, files);
      await git(work, "add", "--all");
      await git(work, "commit", "--quiet", "-m", name);
      heads.set(name, await git(work, "rev-parse", "HEAD"));
      await git(work, "push", "--quiet", origin, `HEAD:refs/pull/${name}/head`);
    };
    await pullRequest("tools-and-spec", mainBeforeMove, {
      "openapi.yaml": `${BASE_SPEC}# the pull request's edit\n`,
      // What a hostile pull request adds beside its spec: new tools, a new workflow.
      "scripts/spec-diff/main.ts": "console.log('0 breaking');\n",
      "package.json": '{"name":"sgp-client","scripts":{"preinstall":"curl evil"}}\n',
      ".github/workflows/spec-review.yml": "name: Spec review\n",
    });
    await pullRequest("no-spec-change", mainBeforeMove, { "README.md": "docs only\n" });
    await pullRequest("deletes-spec", mainBeforeMove, { "openapi.yaml": null });
    await pullRequest("oversized", mainBeforeMove, {
      "openapi.yaml": `${BASE_SPEC}#${"x".repeat(300)}\n`,
    });
    await git(work, "checkout", "--quiet", "--detach", mainBeforeMove);
    await rm(join(work, "openapi.yaml"));
    await symlink("/etc/passwd", join(work, "openapi.yaml"));
    await git(work, "add", "--all");
    await git(work, "commit", "--quiet", "-m", "symlink");
    heads.set("symlink", await git(work, "rev-parse", "HEAD"));
    await git(work, "push", "--quiet", origin, "HEAD:refs/pull/symlink/head");

    // Main moves on with a spec edit of its own after the branches left it.
    await git(work, "checkout", "--quiet", "-B", "main", mainBeforeMove);
    await writeFiles(work, { "openapi.yaml": `${BASE_SPEC}# main's later edit\n` });
    await git(work, "commit", "--quiet", "--all", "-m", "main moves on");
    await git(work, "push", "--quiet", origin, "main");
    return () => rm(root, { recursive: true, force: true });
  });

  /** A fresh checkout of main, as the diff job's checkout leaves it, and the read step run in it. */
  async function readSpec(pullRequest: string, env: Record<string, string> = {}) {
    const temp = await tempDir("spec-review-run-");
    const checkout = join(temp, "checkout");
    await git(temp, "clone", "--quiet", origin, checkout);
    const before = await git(checkout, "rev-parse", "HEAD");
    const reviewDir = join(temp, "review");
    const output = join(temp, "github-output");
    await writeFile(output, "");
    const run = await runStep(diffJob(), stepOf(diffJob(), "spec"), {
      cwd: checkout,
      env: {
        HEAD_SHA: heads.get(pullRequest) ?? "",
        REVIEW_DIR: reviewDir,
        GITHUB_OUTPUT: output,
        GITHUB_TOKEN: "not-a-token",
        ...env,
      },
    });
    const read = (name: string): Promise<string | undefined> =>
      readFile(join(reviewDir, name), "utf8").catch(() => undefined);
    return { run, checkout, before, read, output: await readFile(output, "utf8") };
  }

  it("takes the spec as a blob and leaves the tools and the working tree as the base has them", async () => {
    const { run, checkout, before, read, output } = await readSpec("tools-and-spec");
    expect(run.code, describeRun(run)).toBe(0);
    expect(output).toBe("outcome=changed\n");
    expect(await read("outcome")).toBe("changed\n");
    expect(await read("head/openapi.yaml")).toBe(`${BASE_SPEC}# the pull request's edit\n`);
    // The base side is where the branch left main, not main's later edit.
    expect(await read("base/openapi.yaml")).toBe(BASE_SPEC);
    expect(await read("fork-point")).toBe(`${mainBeforeMove}\n`);
    expect(await git(checkout, "rev-parse", "HEAD")).toBe(before);
    expect(await git(checkout, "status", "--porcelain")).toBe("");
    expect(await readFile(join(checkout, "scripts/spec-diff/main.ts"), "utf8")).toBe(TRUSTED_TOOL);
    expect(await git(checkout, "config", "--get-regexp", "extraheader").catch(() => "")).toBe("");
  });

  it("says no-change for a pull request that does not touch the spec, though main did", async () => {
    const { run, read, output } = await readSpec("no-spec-change");
    expect(run.code, describeRun(run)).toBe(0);
    expect(output).toBe("outcome=no-change\n");
    expect(await read("head/openapi.yaml")).toBeUndefined();
  });

  it.each([
    ["deletes-spec", "The pull request deletes openapi.yaml."],
    ["symlink", "openapi.yaml is not a regular file in the pull request (git mode 120000)."],
  ])("refuses the %s pull request in its own words", async (pullRequest, reason) => {
    const { run, read, output } = await readSpec(pullRequest);
    expect(run.code, describeRun(run)).toBe(0);
    expect(output).toBe("outcome=refused\n");
    expect(await read("reason")).toBe(`${reason}\n`);
    expect(await read("head/openapi.yaml")).toBeUndefined();
  });

  it("refuses a spec over the size limit before writing it anywhere", async () => {
    const { run, read } = await readSpec("oversized", { MAX_BYTES: "200" });
    expect(run.code, describeRun(run)).toBe(0);
    expect(await read("reason")).toMatch(/^openapi\.yaml is \d+ bytes, more than the 200 bytes/);
    expect(await read("head/openapi.yaml")).toBeUndefined();
  });

  it("keeps the size limit spec:diff has by default", () => {
    expect(constantEnv(diffJob(), stepOf(diffJob(), "spec"))["MAX_BYTES"]).toBe(
      String(5 * 1024 * 1024),
    );
  });

  it("fails, and writes nothing, when the event's head is not a commit id", async () => {
    const { run, read } = await readSpec("tools-and-spec", {
      HEAD_SHA: "--upload-pack=touch /tmp/x",
    });
    expect(run.code, describeRun(run)).toBe(1);
    expect(await read("outcome")).toBeUndefined();
  });
});

describe("comparing with spec:diff", () => {
  const compareStep = () => stepOf(diffJob(), "Compare them with the base branch's spec:diff");

  /**
   * Runs the compare step with a stand-in `npm` first on PATH: it records its arguments, then
   * prints `stdout` and `stderr` and exits with `code`, as spec:diff would.
   */
  async function compare(code: number, stdout: string, stderr: string) {
    const temp = await tempDir("spec-review-compare-");
    const reviewDir = join(temp, "review");
    await mkdir(join(temp, "bin"), { recursive: true });
    await mkdir(reviewDir);
    await writeFile(join(temp, "stdout"), stdout);
    await writeFile(join(temp, "stderr"), stderr);
    await writeFile(
      join(temp, "bin", "npm"),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> "${temp}/args"\ncat "${temp}/stdout"\ncat "${temp}/stderr" >&2\nexit ${code}\n`,
    );
    await chmod(join(temp, "bin", "npm"), 0o755);
    const run = await runStep(diffJob(), compareStep(), {
      cwd: temp,
      env: { REVIEW_DIR: reviewDir, PATH: `${join(temp, "bin")}:${process.env["PATH"] ?? ""}` },
    });
    const read = (name: string): Promise<string | undefined> =>
      readFile(join(reviewDir, name), "utf8").catch(() => undefined);
    return { run, read, args: (await readFile(join(temp, "args"), "utf8")).trim().split("\n") };
  }

  it("runs spec:diff on the two revisions with its size and time limits, for both formats", async () => {
    const { run, read, args } = await compare(0, '{"summary":{}}\n', "");
    expect(run.code, describeRun(run)).toBe(0);
    expect(await read("outcome")).toBe("report\n");
    expect(await read("report.json")).toBe('{"summary":{}}\n');
    expect(args).toEqual(
      ["json", "markdown"].map((format) =>
        expect.stringMatching(
          new RegExp(
            `^run -s spec:diff -- \\S+/base/openapi\\.yaml \\S+/head/openapi\\.yaml --format ${format} --max-bytes 5242880 --timeout 120$`,
          ),
        ),
      ),
    );
  });

  it("turns spec:diff's refusal (exit 2) into a refused outcome quoting its first line", async () => {
    const line = "spec:diff: `$ref` at #/components/schemas/A is not local; `<img src=x>` @all";
    const { run, read } = await compare(2, "", `${line}\nat something\n`);
    expect(run.code, describeRun(run)).toBe(0);
    expect(await read("outcome")).toBe("refused\n");
    expect(await read("reason")).toBe(`${line}\n`);
  });

  it("fails the job on a crash, and keeps spec:diff's output from acting as workflow commands", async () => {
    const { run, read } = await compare(3, "", "::error::forged\n::add-mask::x\n");
    expect(run.code, describeRun(run)).toBe(1);
    expect(await read("outcome")).toBeUndefined();
    const [, token] = /^::stop-commands::([0-9a-f]{32})$/m.exec(run.stdout) ?? [];
    expect(token).toBeDefined();
    const stopped = run.stdout.indexOf(`::stop-commands::${token}`);
    expect(run.stdout.indexOf("::error::forged")).toBeGreaterThan(stopped);
    expect(run.stdout.indexOf(`::${token ?? ""}::`)).toBeGreaterThan(
      run.stdout.indexOf("::add-mask::x"),
    );
  });
});

describe("the verdict", () => {
  const HEAD = "a".repeat(40);
  const FORK_POINT = "b".repeat(40);
  const marker = (): string => verdictStepEnv("MARKER");

  function verdictStepEnv(name: string): string {
    return String(verdictJob().env?.[name] ?? "");
  }

  interface Comment {
    id: number;
    body: string;
    user: { login: string };
    issue_number: number;
  }
  interface Status {
    sha: string;
    state: string;
    context: string;
    description: string;
  }
  interface Setup {
    /** The artifact's files; undefined when the diff job uploaded none. */
    files?: Record<string, string> | undefined;
    diffResult?: string;
    /** The event's label and pull request number. */
    isApproved?: boolean;
    prNumber?: string;
    /** The pull request as GitHub has it when the script asks. */
    liveHead?: string;
    liveLabels?: string[];
    comments?: Comment[];
  }

  /** Runs the verdict script against a GitHub that records what it is asked to do. */
  async function decide(setup: Setup) {
    const reviewDir = join(await tempDir("spec-review-verdict-"), "spec-review");
    if (setup.files) await writeFiles(reviewDir, setup.files);
    for (const name of ["MARKER", "STATUS_CONTEXT", "APPROVAL_LABEL"]) {
      vi.stubEnv(name, verdictStepEnv(name));
    }
    vi.stubEnv("REVIEW_DIR", reviewDir);
    vi.stubEnv("DIFF_RESULT", setup.diffResult ?? "success");
    vi.stubEnv("PR_NUMBER", setup.prNumber ?? "7");
    vi.stubEnv("HEAD_SHA", HEAD);
    vi.stubEnv("IS_APPROVED", String(setup.isApproved ?? false));
    vi.stubEnv("RUN_URL", "https://github.com/o/r/actions/runs/1");
    const comments = setup.comments ?? [];
    const statuses: Status[] = [];
    const notices: string[] = [];
    const failures: string[] = [];
    const bot = { login: "github-actions[bot]" };
    const github = {
      rest: {
        pulls: {
          get: async ({ pull_number }: { pull_number: number }) => ({
            data: {
              number: pull_number,
              head: { sha: setup.liveHead ?? HEAD },
              labels: (
                setup.liveLabels ?? (setup.isApproved ? ["breaking-change-approved"] : [])
              ).map((name) => ({ name })),
            },
          }),
        },
        repos: {
          createCommitStatus: async (status: Status) => void statuses.push(status),
        },
        issues: {
          listComments: async ({ issue_number }: { issue_number: number }) => ({
            data: comments.filter((comment) => comment.issue_number === issue_number),
          }),
          createComment: async ({ issue_number, body }: { issue_number: number; body: string }) => {
            const comment = { id: comments.length + 100, body, user: bot, issue_number };
            comments.push(comment);
            return { data: comment };
          },
          updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
            Object.assign(comments.find((comment) => comment.id === comment_id) ?? {}, { body });
          },
        },
      },
      paginate: async (list: (options: object) => Promise<{ data: Comment[] }>, options: object) =>
        (await list(options)).data,
    };
    const core = {
      setFailed: (text: string) => void failures.push(text),
      notice: (text: string) => void notices.push(text),
      info() {},
    };
    const step = stepOf(verdictJob(), "Set the status and post the comment");
    await runScript(step, { github, context: { repo: { owner: "o", repo: "r" } }, core });
    return { statuses, comments, notices, failures };
  }

  const report = (
    summary: object,
    markdown = "## Spec changes\n\n| change |\n",
  ): Record<string, string> => ({
    outcome: "report\n",
    "fork-point": `${FORK_POINT}\n`,
    "report.json": JSON.stringify({ summary }),
    "report.markdown": markdown,
  });

  it("fails a breaking change without the label, on the event's head, saying which label approves", async () => {
    const { statuses, comments } = await decide({
      files: report({ breaking: 2, review: 1, safe: 0 }),
    });
    expect(statuses).toEqual([
      {
        owner: "o",
        repo: "r",
        sha: HEAD,
        state: "failure",
        context: "spec-review/verdict",
        description:
          "2 breaking, 1 review, 0 safe; if intended, a maintainer adds the label breaking-change-approved.",
        target_url: "https://github.com/o/r/actions/runs/1",
      },
    ]);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.issue_number).toBe(7);
    expect(comments[0]?.body.split("\n")[0]).toBe(marker());
    expect(comments[0]?.body).toContain("## Spec changes");
    expect(comments[0]?.body).toContain(`For ${HEAD} against ${FORK_POINT}`);
  });

  it("passes a labelled breaking change, and a report without one", async () => {
    const approved = await decide({
      files: report({ breaking: 2, review: 0, safe: 0 }),
      isApproved: true,
    });
    expect(approved.statuses.map(({ state, description }) => [state, description])).toEqual([
      ["success", "2 breaking, 0 review, 0 safe; breaking approved by breaking-change-approved."],
    ]);
    const clean = await decide({ files: report({ breaking: 0, review: 0, safe: 3 }) });
    expect(clean.statuses.map(({ state }) => state)).toEqual(["success"]);
  });

  it("passes a pull request that does not change the spec without commenting, and updates an old comment", async () => {
    const quiet = await decide({ files: { outcome: "no-change\n" } });
    expect(quiet.statuses.map(({ state, description }) => [state, description])).toEqual([
      ["success", "No change to openapi.yaml."],
    ]);
    expect(quiet.comments).toEqual([]);

    const earlier = {
      id: 5,
      body: `${marker()}\nold report`,
      user: { login: "github-actions[bot]" },
      issue_number: 7,
    };
    const updated = await decide({ files: { outcome: "no-change\n" }, comments: [earlier] });
    expect(updated.comments).toHaveLength(1);
    expect(updated.comments[0]?.body).toContain("does not change `openapi.yaml`");
  });

  it("updates its own comment, and leaves a quoted marker in someone else's alone", async () => {
    const quoted = {
      id: 9,
      body: `${marker()} quoted`,
      user: { login: "someone" },
      issue_number: 7,
    };
    const comments = [quoted];
    await decide({ files: report({ breaking: 0, review: 0, safe: 1 }, "## first\n"), comments });
    await decide({ files: report({ breaking: 0, review: 0, safe: 1 }, "## second\n"), comments });
    expect(comments).toHaveLength(2);
    expect(comments[0]).toEqual(quoted);
    expect(comments[1]?.body).toContain("## second");
    expect(comments[1]?.body).not.toContain("## first");
  });

  it("fails a refused spec and quotes spec:diff's reason as code, whatever it holds", async () => {
    const reason =
      "spec:diff: ``` </details> <img src=x onerror=alert(1)> @someone \u202e\u0007 `$ref`";
    const { statuses, comments } = await decide({
      files: { outcome: "refused\n", reason: `${reason}\n` },
    });
    expect(statuses.map(({ state }) => state)).toEqual(["failure"]);
    expect(statuses[0]?.description).not.toContain("img");
    const body = comments[0]?.body ?? "";
    const [, fence = "", quoted = ""] = /\n(`{4,})text\n(.*)\n\1\n/.exec(body) ?? [];
    expect(fence).toBe("````");
    expect(quoted).toContain("<img src=x onerror=alert(1)>");
    expect(quoted).not.toMatch(/[\u0000-\u001f\u202e]/);
    // Outside the code block, nothing of the reason.
    expect(body.replace(/\n(`{4,})text\n.*\n\1\n/, "")).not.toMatch(/img|@someone/);
  });

  it.each<[string, Setup]>([
    [
      "a failed diff job",
      { diffResult: "failure", files: report({ breaking: 0, review: 0, safe: 0 }) },
    ],
    ["no artifact", { files: undefined }],
    ["a report without counts", { files: report({ breaking: "0", review: 0, safe: 0 }) }],
    ["an unknown outcome", { files: { outcome: "passed\n" } }],
  ])("reports an error, never a pass, for %s", async (_, setup) => {
    const { statuses, comments } = await decide(setup);
    expect(statuses.map(({ state }) => state)).toEqual(["error"]);
    expect(comments[0]?.body).toContain("did not finish");
  });

  it("speaks only for the event's pull request: a pr-number file in the artifact changes nothing", async () => {
    const files = { ...report({ breaking: 1, review: 0, safe: 0 }), "pr-number": "8\n" };
    const { comments } = await decide({ files, prNumber: "7" });
    expect(comments.map(({ issue_number }) => issue_number)).toEqual([7]);
  });

  it("sets nothing when the pull request has moved on, or its label changed since the event", async () => {
    const moved = await decide({
      files: report({ breaking: 1, review: 0, safe: 0 }),
      liveHead: "c".repeat(40),
    });
    expect([moved.statuses, moved.comments]).toEqual([[], []]);
    expect(moved.notices).toEqual([
      expect.stringContaining("the run for that push sets the status"),
    ]);

    // A re-run of the run the label triggered, after the label was taken off again.
    const unlabelled = await decide({
      files: report({ breaking: 1, review: 0, safe: 0 }),
      isApproved: true,
      liveLabels: [],
    });
    expect([unlabelled.statuses, unlabelled.comments]).toEqual([[], []]);
  });

  it("refuses an event without a pull request number, and sets nothing", async () => {
    const { statuses, failures } = await decide({
      files: report({ breaking: 0, review: 0, safe: 0 }),
      prNumber: "7; id",
    });
    expect(statuses).toEqual([]);
    expect(failures).toEqual([expect.stringContaining("no pull request number")]);
  });

  it("cuts a report over 60,000 characters, so that GitHub takes the comment", async () => {
    const long = `## Spec changes\n${"x".repeat(70_000)}`;
    const { comments } = await decide({ files: report({ breaking: 0, review: 0, safe: 1 }, long) });
    const body = comments[0]?.body ?? "";
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain("…the report is cut here.");
  });
});
