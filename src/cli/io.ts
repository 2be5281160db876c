/**
 * What every `sgp-client` command shares: where it reads and writes (CliIO), its exit codes, the
 * errors that end it in one line, and argument parsing that reports a bad option in one line.
 */
import type { Readable } from "node:stream";
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Where the CLI reads its environment and input from, and writes to. */
export interface CliIO {
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Aborted on Ctrl-C: every wait (a request, standard input, `serve`) ends with exit 130. */
  signal?: AbortSignal | undefined;
  /**
   * Standard input, for `validate -`: `process.stdin`, or any Readable. `isTTY` is true when it
   * is a terminal, where `validate` says what it is waiting for.
   */
  stdin?: (Readable & { readonly isTTY?: boolean | undefined }) | undefined;
}

/** The exit codes every command documents in its help. */
export const EXIT = { ok: 0, apiError: 1, usage: 2, interrupted: 130 } as const;

/** A mistake in how the command was run, or input it cannot use: exit 2, one line. */
export class UsageError extends Error {}

/** Ctrl-C during a wait that is not a request: exit 130. */
export class InterruptedError extends Error {}

/**
 * `parseArgs` whose errors are UsageErrors of one line: Node's first sentence, without its
 * further lines of advice (`--` and `--name=-value`).
 */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const [first = ""] = (error as Error).message.split(/\.(?:\s|$)/);
    throw new UsageError(first);
  }
}

/** Resolves when `signal` aborts (never without one), for commands that run until Ctrl-C. */
export function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    signal?.addEventListener("abort", () => resolve(), { once: true });
  });
}
