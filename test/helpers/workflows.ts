/**
 * The repository's GitHub workflows, parsed, and the two ways their code runs: a `run:` step
 * under bash as the runner starts it, and an actions/github-script script as that action calls
 * it. Tests run the real step text, so a workflow edit is what they check.
 */
import { createRequire } from "node:module";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { PROJECT_ROOT } from "./project-copy.js";
import { childEnv, runProcess, type ProcessRun } from "./run-process.js";

export interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  "continue-on-error"?: boolean;
}

export interface Job {
  name?: string;
  needs?: string | string[];
  if?: string;
  environment?: string;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}

export interface Workflow {
  /** The file's text, for what the parsed form loses (comments beside `uses:`). */
  text: string;
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, Job>;
}

export const WORKFLOWS_DIR = join(PROJECT_ROOT, ".github", "workflows");

/** Every workflow in `.github/workflows/`, by file name, in name order. */
export async function readWorkflows(): Promise<Map<string, Workflow>> {
  const workflows = new Map<string, Workflow>();
  for (const file of (await readdir(WORKFLOWS_DIR)).sort()) {
    const text = await readFile(join(WORKFLOWS_DIR, file), "utf8");
    workflows.set(file, { text, ...(parse(text) as Omit<Workflow, "text">) });
  }
  return workflows;
}

/** The step of `job` named `name` (or with that id); throws when there is none. */
export function stepOf(job: Job, name: string): Step {
  const found = job.steps.find((step) => step.name === name || step.id === name);
  if (!found) throw new Error(`no step named ${name}`);
  return found;
}

/**
 * The `env:` entries of `job` and then of `step` that hold no `${{ }}` expression: the
 * constants a test reuses, as the runner would merge them.
 */
export function constantEnv(job: Job, step: Step): Record<string, string> {
  const entries = Object.entries({ ...job.env, ...step.env });
  return Object.fromEntries(entries.filter(([, value]) => !String(value).includes("${{")));
}

/**
 * Runs a `run:` step of `job` as GitHub's runner does for `shell: bash` (`bash --noprofile
 * --norc -eo pipefail`), with the job's and the step's constant env, then `env`; never rejects.
 */
export function runStep(
  job: Job,
  step: Step,
  options: { cwd: string; env: Record<string, string> },
): Promise<ProcessRun> {
  if (step.run === undefined) throw new Error(`step ${step.name ?? step.id} has no run:`);
  const args = ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run];
  return runProcess("bash", args, {
    cwd: options.cwd,
    env: childEnv({ ...constantEnv(job, step), ...options.env }),
  });
}

/** The parameters actions/github-script hands a script, as far as the scripts here use them. */
export interface ScriptContext {
  github: unknown;
  context: { repo: { owner: string; repo: string } };
  core: unknown;
}

/**
 * Runs a github-script step's `script` as the action does: the body of an async function of
 * `require`, `github`, `context` and `core`. The script reads `process.env`; stub it first.
 */
export async function runScript(step: Step, parameters: ScriptContext): Promise<void> {
  const script = step.with?.["script"];
  if (typeof script !== "string") throw new Error(`step ${step.name ?? step.id} has no script`);
  const AsyncFunction = (async () => {}).constructor as new (
    ...source: string[]
  ) => (...args: unknown[]) => Promise<void>;
  const run = new AsyncFunction("require", "github", "context", "core", script);
  await run(createRequire(import.meta.url), parameters.github, parameters.context, parameters.core);
}
