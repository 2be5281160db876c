/** Level-filtered logging. The functions are built once per client; a disabled level is a no-op. */
import type { LogLevel, Logger } from "../core/options.js";

/**
 * Log functions of one client; each is a no-op unless its level is enabled. The client writes
 * only warnings (an http:// baseURL) and debug lines (attempts, redirects).
 */
export interface Log {
  warn(message: string): void;
  debug(message: string): void;
  /** Whether debug lines are written, to skip building them. */
  isDebug: boolean;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
const noop = (): void => {};

/** Builds the log functions for a level and a logger. */
export function createLog(level: LogLevel, logger: Logger): Log {
  const at = (method: "warn" | "debug"): ((message: string) => void) =>
    RANK[level] >= RANK[method] ? (message) => logger[method](`[sgp-client] ${message}`) : noop;
  return {
    warn: at("warn"),
    debug: at("debug"),
    isDebug: RANK[level] >= RANK.debug,
  };
}
