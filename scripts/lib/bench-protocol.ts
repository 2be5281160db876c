/**
 * What the bench parent and its child processes say to each other over IPC. Plain JSON only:
 * each child is a fresh Node process, so nothing else crosses the boundary.
 */

/** The client variants, each measured in its own process. */
export const VARIANTS = ["fetch", "openapi-fetch", "sgp-client", "sgp-client+undici"] as const;

/** One of {@link VARIANTS}. */
export type Variant = (typeof VARIANTS)[number];

/** Absolute `file:` URLs of the modules a runner imports, resolved once by the parent. */
export interface ModuleUrls {
  /** The built package, `dist/index.js`, never `src/`. */
  sgpClient: string;
  openapiFetch: string;
  undici: string;
}

/** What a runner process is started with (as its one argument, in JSON). */
export interface RunnerConfig {
  variant: Variant;
  /** `http://127.0.0.1:<port>` of the bench server. */
  baseURL: string;
  modules: ModuleUrls;
}

/** Parent to runner: one command at a time, each answered by one {@link RunnerReply}. */
export type RunnerCommand =
  /** Make `calls` calls; if `isMeasured`, add them to the run kept for `concurrency`. */
  | { kind: "calls"; concurrency: number; calls: number; isMeasured: boolean }
  /** Report every measured run. */
  | { kind: "report" }
  /** Make `calls` calls, then report the heap after GC. Needs `--expose-gc`. */
  | { kind: "heap"; concurrency: number; calls: number };

/** The numbers of one measured run. */
export interface RunResult {
  concurrency: number;
  calls: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  callsPerSecond: number;
  /** Client process CPU (user + system) per call, in microseconds. */
  cpuMicrosPerCall: number;
}

/** Heap used after forced GCs, before and after the calls. */
export interface HeapResult {
  calls: number;
  concurrency: number;
  /** After importing and constructing the client, before any call (two GCs). */
  heapBeforeBytes: number;
  /** After the calls and two GCs: the measure the target is checked against. */
  heapAfterBytes: number;
  /** After `settleGcs` GCs, when garbage awaiting finalizers has been freed too. */
  heapSettledBytes: number;
  settleGcs: number;
}

/** Runner to parent. `ready` comes unasked, once the client is built. */
export type RunnerReply =
  | { kind: "ready" }
  | { kind: "done" }
  | { kind: "runs"; runs: RunResult[] }
  | { kind: "heap"; heap: HeapResult }
  | { kind: "error"; message: string };

/** The one message the server sends once it listens. */
export interface ServerReady {
  kind: "ready";
  port: number;
}
