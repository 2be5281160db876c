/**
 * Runs a child process to completion and keeps everything it printed, so a failed assertion
 * can show the child's own words.
 */
import { execFile } from "node:child_process";

export interface ProcessRun {
  /** The command line, for messages. */
  command: string;
  /** The exit code; 1 when the process could not start or was killed. */
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kills a hung child after this many milliseconds, so the test fails instead of hanging. */
  killAfterMs?: number;
}

// npm hands its scripts (`npm test`) lifecycle variables such as npm_config_local_prefix, which
// would point a nested npm at this project instead of the consumer; keep only cache and network
// settings so a nested npm sees what a user's shell would.
const KEPT_NPM_VARIABLES = new Set([
  "npm_config_cache",
  "npm_config_cafile",
  "npm_config_registry",
  "npm_config_userconfig",
  "npm_config_globalconfig",
  "npm_config_proxy",
  "npm_config_https_proxy",
  "npm_config_noproxy",
  "npm_config_strict_ssl",
]);

/** `process.env` without npm's lifecycle variables and without SGP_* settings. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: "1" };
  for (const [name, value] of Object.entries(process.env)) {
    const lower = name.toLowerCase();
    if (lower.startsWith("npm_") && !KEPT_NPM_VARIABLES.has(lower)) continue;
    if (name.startsWith("SGP_")) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

/** Runs `file args…`; never rejects. */
export function runProcess(file: string, args: string[], options: RunOptions): Promise<ProcessRun> {
  const command = [file, ...args].join(" ");
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? childEnv(),
        timeout: options.killAfterMs ?? 120_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        const killed = error?.killed ? `\n[killed by ${String(error.signal)}]` : "";
        resolve({ command, code, stdout, stderr: `${stderr}${killed}` });
      },
    );
  });
}

/** The run as text for an assertion message: command, exit code, stdout and stderr. */
export function describeRun(run: ProcessRun): string {
  return [
    `$ ${run.command}`,
    `exit code ${run.code}`,
    `--- stdout ---`,
    run.stdout.trimEnd(),
    `--- stderr ---`,
    run.stderr.trimEnd(),
  ].join("\n");
}
