/**
 * The bench's child processes: compiles their entry points to plain JavaScript, forks them with
 * a clean `execArgv`, and kills every one still running when the bench ends, however it ends.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const running = new Set<ChildProcess>();

/** The compiled entry points, and the directory to remove afterwards. */
export interface CompiledEntries {
  serverFile: string;
  runnerFile: string;
  dir: string;
}

/**
 * Bundles bench-server.ts and bench-runner.ts to `.mjs` in a temporary directory. The children
 * then run on plain `node`: tsx's loader would add its own CPU and heap to what is measured.
 */
export async function compileEntries(libDir: string): Promise<CompiledEntries> {
  const dir = await mkdtemp(join(tmpdir(), "sgp-bench-"));
  await build({
    entryPoints: {
      server: join(libDir, "bench-server.ts"),
      runner: join(libDir, "bench-runner.ts"),
    },
    outdir: dir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
  });
  return { serverFile: join(dir, "server.mjs"), runnerFile: join(dir, "runner.mjs"), dir };
}

/** Removes the compiled entries. */
export async function removeEntries(entries: CompiledEntries): Promise<void> {
  await rm(entries.dir, { recursive: true, force: true });
}

/** Forks `file` on plain `node` with `execArgv` (not the parent's tsx flags) and tracks it. */
export function startChild(file: string, args: string[], execArgv: string[] = []): ChildProcess {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const child = fork(file, args, { execArgv, env, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** The next IPC message of `child`; rejects, naming `what`, if it exits or fails first. */
export function nextMessage<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      const how = child.signalCode ?? `code ${child.exitCode}`;
      return reject(new Error(`${what} has exited (${how}) and cannot answer.`));
    }
    const onMessage = (message: unknown): void => {
      cleanUp();
      resolve(message as T);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      cleanUp();
      reject(new Error(`${what} exited (${signal ?? `code ${code}`}) before answering.`));
    };
    const onError = (error: Error): void => {
      cleanUp();
      reject(new Error(`${what} failed: ${error.message}`));
    };
    const cleanUp = (): void => {
      child.off("message", onMessage).off("exit", onExit).off("error", onError);
    };
    child.on("message", onMessage).on("exit", onExit).on("error", onError);
  });
}

/** Resolves once `child` has exited. */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Kills every child still running (each by its own pid, via its handle). */
export function killChildren(): void {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}
